#!/usr/bin/env python3
"""Set up and run InspectDesk from a source checkout, with nothing but Python 3.11+.

    python3 dev.py start [FILE]   set up .venv if needed, then open InspectDesk
                                  (a demo database the first time, when no FILE is given)
    python3 dev.py test           set up .venv with the test tools, then run every check:
                                  ruff, ruff format, mypy, import-linter, pytest (and,
                                  when INSPECTDESK_TEST_POSTGRES names a server account,
                                  pytest again with every database on PostgreSQL)

On Windows use ``py dev.py start`` / ``py dev.py test``. The virtual environment lives
in ``.venv`` beside this file and is refreshed whenever ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _run(*cmd: str | Path, env: dict[str, str] | None = None) -> int:
    print("→", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def ensure_venv(extras: str) -> Path:
    """Create ``.venv`` and install the project (with ``extras``) when out of date."""
    python = _venv_python()
    if not python.exists():
        print(f"Tạo môi trường ảo / creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != digest:
        target = f".[{extras}]" if extras else "."
        code = _run(
            python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target
        )
        if code:
            sys.exit(f"Cài đặt thất bại / installation failed (pip exit code {code})")
        stamp.write_text(digest)
    return python


def start(args: list[str]) -> int:
    python = ensure_venv("")
    return _run(python, "-m", "inspectdesk", *args)


def test(args: list[str]) -> int:
    python = ensure_venv("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bin_dir = python.parent
    checks: list[tuple[str | Path, ...]] = [
        (
            python,
            "-m",
            "ruff",
            "check",
            "inspectdesk",
            "tests",
            "dev.py",
            "scripts",
            "installer",
            "bench",
        ),
        (
            python,
            "-m",
            "ruff",
            "format",
            "--check",
            "inspectdesk",
            "tests",
            "dev.py",
            "scripts",
            "installer",
            "bench",
        ),
        (python, "-m", "mypy"),
        (bin_dir / ("lint-imports.exe" if os.name == "nt" else "lint-imports"),),
    ]
    failed = [" ".join(map(str, c[:4])) for c in checks if _run(*c, env=env)]
    code = _run(python, "-m", "pytest", *args, env=env)
    if not args and env.get("INSPECTDESK_TEST_POSTGRES"):
        # The office server mode: every test about the data again, on PostgreSQL.
        print("Lượt thứ hai trên máy chủ PostgreSQL / second pass on PostgreSQL", flush=True)
        server_code = _run(python, "-m", "pytest", "--backend=postgresql", env=env)
        if server_code:
            failed.append("pytest --backend=postgresql")
            code = code or server_code
    if failed:
        print("Các kiểm tra không đạt / failed checks: " + "; ".join(failed), flush=True)
        return code or 1
    return code


def main() -> int:
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"InspectDesk cần Python {'.'.join(map(str, MIN_PYTHON))} trở lên / needs "
            f"Python {'.'.join(map(str, MIN_PYTHON))}+; this is {sys.version.split()[0]}"
        )
    if len(sys.argv) < 2 or sys.argv[1] not in {"start", "test"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return start(rest) if command == "start" else test(rest)


if __name__ == "__main__":
    sys.exit(main())
