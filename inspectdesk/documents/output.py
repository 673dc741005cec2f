"""Writing a document file so that the old file stays whole until the new one is complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A stream to a temporary file beside ``path`` that replaces ``path`` on success.

    The data is flushed to the disk before the rename; on any error the temporary file is
    removed and ``path`` is left as it was.

    Raises:
        OSError: the folder cannot be written.
    """
    path = Path(path)
    fd, temp = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=f"{path.suffix}.tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomically(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_output`; return ``path``."""
    with atomic_output(Path(path)) as stream:
        stream.write(data)
    return Path(path)
