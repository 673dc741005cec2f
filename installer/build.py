#!/usr/bin/env python3
"""Build InspectDesk for delivery: freeze, self-test the frozen app, compile the installer.

    python installer/build.py [--skip-installer]

Runs on Windows and on Linux, from any folder, with the Python that has InspectDesk and
PyInstaller installed (``pip install .[build]``). Steps:

1. ``pyinstaller --noconfirm installer/inspectdesk.spec`` → ``dist/InspectDesk/``;
2. ``dist/InspectDesk/InspectDesk --self-test`` with ``QT_QPA_PLATFORM=offscreen``;
3. ``makensis -WX -DSOURCE_DIR=… -DVERSION=… -DOUT_FILE=… installer/inspectdesk.nsi``
   → ``dist/InspectDesk-<version>-setup.exe`` (a Windows installer, even when built on Linux;
   the Linux-frozen folder only proves the spec and the script, ship the Windows one).

Exits non-zero, with one sentence saying what failed, on the first failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "InspectDesk"


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def app_version() -> str:
    """``inspectdesk.__version__`` read from the source (no import of the app)."""
    for line in (ROOT / "inspectdesk" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("inspectdesk/__init__.py has no __version__")


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    print("→", " ".join(command), flush=True)
    code = subprocess.call(command, cwd=ROOT, env=env)
    if code != 0:
        raise BuildError(f"{Path(command[0]).name} failed with exit code {code}")


ICON = ROOT / "build" / "inspectdesk.ico"


def make_icon() -> Path:
    """Render resources/icons/inspectdesk.svg into the .ico the program and installer use."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from inspectdesk.ui.app_icon import write_ico

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 — painting needs it
    try:
        return write_ico(ICON)
    except ValueError as exc:
        raise BuildError(str(exc)) from exc


def freeze() -> Path:
    """Run PyInstaller on the spec; return the frozen executable."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            f"PyInstaller is not installed for {sys.executable}: "
            'run  pip install ".[build]"  (or  pip install pyinstaller) and try again'
        )
    spec = INSTALLER / "inspectdesk.spec"
    _run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(WORK), str(spec)]
    )  # fmt: skip
    exe = DIST / APP_NAME / (f"{APP_NAME}.exe" if os.name == "nt" else APP_NAME)
    if not exe.is_file():
        raise BuildError(f"PyInstaller finished but {exe} is missing")
    return exe


def self_test(exe: Path) -> None:
    """Run the frozen app's ``--self-test`` without a window and show what it printed.

    The output is captured through pipes: a windowed Windows program has no console of its
    own, so only handles passed to it explicitly carry its report.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("→", exe, "--self-test", flush=True)
    result = subprocess.run(
        [str(exe), "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        timeout=600,
    )
    print(result.stdout + result.stderr, end="", flush=True)
    if result.returncode != 0:
        raise BuildError(f"the frozen app failed its --self-test (exit code {result.returncode})")


def build_installer(version: str) -> Path:
    """Compile the NSIS installer from the frozen folder; return the setup.exe."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError(
            "makensis (NSIS) is not on PATH: on Debian/Ubuntu  apt-get install nsis ; "
            "on Windows  choco install nsis  or https://nsis.sourceforge.io ; "
            "or pass --skip-installer"
        )
    out_file = DIST / f"{APP_NAME}-{version}-setup.exe"
    flag = "/" if os.name == "nt" else "-"  # makensis on Windows also accepts "-", but docs use "/"
    _run(
        [makensis, f"{flag}WX", f"{flag}V2",
         f"{flag}DSOURCE_DIR={DIST / APP_NAME}", f"{flag}DVERSION={version}",
         f"{flag}DOUT_FILE={out_file}",
         *([f"{flag}DICON_FILE={ICON}"] if ICON.is_file() else []),
         str(INSTALLER / "inspectdesk.nsi")]
    )  # fmt: skip
    if not out_file.is_file():
        raise BuildError(f"makensis finished but {out_file} is missing")
    return out_file


def main(argv: list[str] | None = None) -> int:
    """Run every step; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-installer", action="store_true", help="freeze and self-test only")
    args = parser.parse_args(argv)
    try:
        version = app_version()
        make_icon()
        exe = freeze()
        self_test(exe)
        print(f"✓ frozen app passed --self-test: {exe}", flush=True)
        if not args.skip_installer:
            setup = build_installer(version)
            print(f"✓ installer: {setup}", flush=True)
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
