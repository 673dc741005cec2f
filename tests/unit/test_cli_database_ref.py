"""A FILE argument is a path, or a server address kept whole."""

from __future__ import annotations

from pathlib import Path

from inspectdesk.cli.common import database_ref


def test_a_server_address_stays_text_and_a_file_becomes_a_path() -> None:
    assert database_ref("postgresql://thu_ky@10.0.0.5:5432/inspectdesk") == (
        "postgresql://thu_ky@10.0.0.5:5432/inspectdesk"
    )
    assert database_ref("tệp kiểm tra.idb") == Path("tệp kiểm tra.idb")
    assert database_ref(r"\\server\share\data.idb") == Path(r"\\server\share\data.idb")
    assert isinstance(database_ref("postgresql.idb"), Path)
