"""The layer rules of DESIGN.md hold, and the check that enforces them really bites."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(
        [*command, "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    shutil.copytree(
        ROOT / "inspectdesk", root / "inspectdesk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_real_tree_keeps_every_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("db/__init__.py", "import PySide6.QtCore", "Only the UI"),
        ("domain/__init__.py", "import sqlalchemy", "The core knows nothing"),
        ("ui/__init__.py", "import sqlalchemy.orm", "The UI never touches SQLAlchemy"),
        ("services/__init__.py", "import inspectdesk.ui.settings", "Nobody imports the UI"),
        ("db/__init__.py", "import inspectdesk.services.files", "Layers"),
    ],
)
def test_a_broken_rule_fails_the_check(
    tree_copy: Path, module: str, line: str, contract: str
) -> None:
    target = tree_copy / "inspectdesk" / module
    original = target.read_text(encoding="utf-8")
    target.write_text(original + f"\n{line}  # injected by the test\n", encoding="utf-8")
    try:
        result = _lint_imports(tree_copy)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    assert any(ln.startswith(contract) for ln in broken), result.stdout
