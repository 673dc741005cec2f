"""Entry script of the frozen InspectDesk (PyInstaller): the same as the ``inspectdesk`` command."""

from __future__ import annotations

import sys

from inspectdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
