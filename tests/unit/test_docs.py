"""Reference documents generated from the code are up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_json_format_reference_matches_the_schema() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "json_format_doc.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
