"""The Windows build files stay honest: bundle contents, the workflow, the NSIS script, build.py.

PyYAML is not a dependency, so the workflow is checked with a small indentation-aware reading
of its ``steps:`` list plus line checks (and fully parsed only when PyYAML happens to be there).
The NSIS script is compiled with ``makensis -WX`` against a dummy payload when makensis is on
PATH (``apt-get install nsis``); otherwise that test is skipped.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

import inspectdesk

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
NSI = INSTALLER / "inspectdesk.nsi"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


spec_data = _load("spec_data")


def _runtime_files(folder: Path) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.suffix not in spec_data.SOURCE_ONLY_SUFFIXES
    }


def test_the_bundle_holds_every_resource_the_app_loads() -> None:
    bundled = spec_data.expand_datas(ROOT)
    missing = _runtime_files(ROOT / "resources") - set(bundled)
    assert not missing, f"add to installer/spec_data.py DATAS: {sorted(missing)}"
    assert not [name for name in bundled if name.endswith(".ts")], "sources are not shipped"
    for name, source in bundled.items():  # same place in the bundle as in the checkout
        assert source.relative_to(ROOT).as_posix() == name


def test_the_bundle_holds_every_migration() -> None:
    bundled = set(spec_data.expand_datas(ROOT))
    migrations = _runtime_files(ROOT / "inspectdesk" / "db" / "migrations")
    assert "inspectdesk/db/migrations/env.py" in migrations
    assert any("/versions/" in name for name in migrations)
    assert migrations <= bundled, sorted(migrations - bundled)


def test_every_resource_folder_the_code_reads_is_bundled() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "inspectdesk").rglob("*.py"))
    folders = set(re.findall(r'resources_dir\(\)\s*/\s*"([^"]+)"', source))
    assert {"fonts", "translations", "checklists", "encodings"} <= folders
    bundled = spec_data.expand_datas(ROOT)
    for folder in folders:
        assert any(name.startswith(f"resources/{folder}/") for name in bundled), folder


def test_a_pattern_matching_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="resources/fonts"):
        spec_data.expand_datas(tmp_path)


def test_qt_modules_kept_are_exactly_those_the_app_imports() -> None:
    used: set[str] = set()
    for path in (ROOT / "inspectdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used == spec_data.USED_QT_MODULES
    excluded = {name.removeprefix("PySide6.") for name in spec_data.QT_EXCLUDES}
    assert not used & excluded


def test_the_spec_is_one_folder_windowed_without_upx() -> None:
    spec = (INSTALLER / "inspectdesk.spec").read_text(encoding="utf-8")
    assert "import spec_data" in spec and "spec_data.DATAS" in spec
    assert "exclude_binaries=True" in spec  # one folder (COLLECT), not one file
    assert "console=False" in spec
    assert spec.count("upx=False") == 2
    assert "inspectdesk.__version__" in spec
    entry = (INSTALLER / "run_inspectdesk.py").read_text(encoding="utf-8")
    assert "from inspectdesk.cli import main" in entry and "sys.exit(main())" in entry


def _workflow_steps(text: str) -> list[tuple[str, list[str]]]:
    """(comment above the step, the step's lines) for each item of the job's ``steps:``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "steps:")
    steps_indent = len(lines[start]) - len(lines[start].lstrip())
    steps: list[tuple[str, list[str]]] = []
    comment = ""
    for line in lines[start + 1 :]:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if stripped and indent <= steps_indent:
            break
        if stripped.startswith("#"):
            comment = stripped
        elif stripped.startswith("- "):
            steps.append((comment, [stripped[2:]]))
            comment = ""
        elif stripped:
            assert steps, f"text before the first step: {line!r}"
            steps[-1][1].append(stripped)
    return steps


def test_the_workflow_is_well_formed_and_documents_each_step() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text, "YAML forbids tabs for indentation"
    for number, line in enumerate(text.splitlines(), 1):
        indent = len(line) - len(line.lstrip())
        assert indent % 2 == 0, f"line {number}: odd indentation"
    for key in ("name", "on", "jobs"):
        assert re.search(rf"^{key}:", text, re.MULTILINE), key
    assert re.search(r"^\s+runs-on: windows-latest$", text, re.MULTILINE)
    steps = _workflow_steps(text)
    assert len(steps) >= 8
    for comment, body in steps:
        assert body[0].startswith("name: "), body
        assert comment.startswith("# ") and len(comment) > 10, f"no comment above {body[0]}"
    flat = "\n".join("\n".join(body) for _, body in steps)
    expected = [
        "uses: actions/checkout@",
        "uses: actions/setup-python@",
        'python-version: "3.11"',
        "python dev.py test",
        'pip install ".[build]"',
        "python installer/build.py",
        '-ArgumentList "/S"',
        '-ArgumentList "--self-test"',
        "Uninstall.exe",
        "uses: actions/upload-artifact@",
    ]
    positions = [flat.index(piece) for piece in expected]  # ValueError names a missing one
    assert positions == sorted(positions), "steps are out of order"
    if importlib.util.find_spec("yaml") is not None:  # pragma: no cover - optional
        parsed = importlib.import_module("yaml").safe_load(text)
        assert len(parsed["jobs"]["installer"]["steps"]) == len(steps)


def test_the_installer_script_has_every_required_piece() -> None:
    nsi = NSI.read_text(encoding="utf-8")
    for piece in (
        "RequestExecutionLevel user",
        'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"',
        'InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"',  # upgrade in place
        '!include "MUI2.nsh"',
        '!insertmacro MUI_LANGUAGE "Vietnamese"',
        '!insertmacro MUI_LANGUAGE "English"',
        'WriteRegStr HKCU "Software\\Classes\\.idb" "" "${PROG_ID}"',
        '\'"$INSTDIR\\${APP_EXE}" "%1"\'',
        "$SMPROGRAMS\\${APP_NAME}.lnk",
        'Section /o "$(SecDesktopName)"',  # optional desktop shortcut
        'Section /o "un.$(SecRemoveDataName)"',  # user data kept unless ticked
        'RMDir /r "$LOCALAPPDATA\\InspectDesk"',
        'File /r "${SOURCE_DIR}\\*.*"',
        "${VERSION}",
    ):
        assert piece in nsi, piece
    assert "HKLM" not in nsi and "$PROGRAMFILES" not in nsi, "per-user only"
    # Removing user data happens only in the unticked uninstaller section.
    removal = nsi.index('RMDir /r "$LOCALAPPDATA\\InspectDesk"')
    assert nsi.rindex("Section", 0, removal) == nsi.index('Section /o "un.$(SecRemoveDataName)"')
    # Every language string exists in both languages (makensis warns otherwise).
    names = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", nsi, re.MULTILINE)
    by_name: dict[str, set[str]] = {}
    for name, language in names:
        by_name.setdefault(name, set()).add(language)
    assert by_name and all(langs == {"VIETNAMESE", "ENGLISH"} for langs in by_name.values())


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_the_installer_script_compiles_without_warnings(tmp_path: Path) -> None:
    payload = tmp_path / "InspectDesk"
    (payload / "_internal").mkdir(parents=True)
    (payload / "InspectDesk.exe").write_bytes(b"MZ dummy")
    (payload / "_internal" / "Qt6Core.dll").write_bytes(b"dummy")
    out_file = tmp_path / "InspectDesk-9.8.7-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-WX",
            "-V2",
            f"-DSOURCE_DIR={payload}",
            "-DVERSION=9.8.7",
            f"-DOUT_FILE={out_file}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out_file.read_bytes()[:2] == b"MZ"


def test_the_installer_script_refuses_to_build_without_a_payload() -> None:
    if shutil.which("makensis") is None:
        pytest.skip("makensis (NSIS) is not installed")
    result = subprocess.run(
        ["makensis", "-V1", "-DVERSION=1.0.0", str(NSI)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SOURCE_DIR" in result.stdout + result.stderr


def test_build_script_reads_the_app_version() -> None:
    build = _load("build")
    assert build.app_version() == inspectdesk.__version__


def test_build_script_says_how_to_get_missing_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    build = _load("build")
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    with pytest.raises(build.BuildError, match="apt-get install nsis"):
        build.build_installer("0.1.0")
    monkeypatch.setattr(build.importlib.util, "find_spec", lambda _name: None)
    with pytest.raises(build.BuildError, match="pip install"):
        build.freeze()
    assert build.main(["--skip-installer"]) == 1


def test_install_guide_pictures_every_installer_page() -> None:
    """docs/install.md shows each page the installer and uninstaller go through."""
    root = Path(__file__).resolve().parents[2]
    guide = (root / "docs" / "install.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((install/[^)]+\.png)\)", guide)
    assert len(pictures) == 8, pictures
    for picture in pictures:
        assert (root / "docs" / picture).is_file(), picture
    assert (root / "installer" / "capture_pages.sh").is_file()


def test_only_unused_qt_libraries_are_left_out_of_the_bundle() -> None:
    for module in spec_data.USED_QT_MODULES:
        library = "Qt6" + module.removeprefix("Qt")
        for name in (f"PySide6/Qt/lib/lib{library}.so.6", f"PySide6\\{library}.dll"):
            assert spec_data.keeps_binary(name), name
    for unused in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6\\Qt6Qml.dll",
        "PySide6\\Qt6QmlModels.dll",
    ):
        assert not spec_data.keeps_binary(unused), unused
