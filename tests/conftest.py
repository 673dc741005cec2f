"""Shared test set-up: no display, no real home folder, no real settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["server_backend"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTDESK_LANG", "vi")


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point InspectDesk's own data folder (backups, demo) at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("inspectdesk-data")
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(folder))
    yield folder
