"""``python -m inspectdesk``: the same as the ``inspectdesk`` command."""

import sys

from inspectdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
