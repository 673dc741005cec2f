"""Files on network shares and USB sticks are edited through a local working copy.

SQLite's own documentation warns that live databases on network filesystems get
corrupted and that USB sticks lose writes when pulled out. So such a file is copied
to a local working file (a consistent snapshot, SQLite's backup API); all edits go
there; the shared file is replaced only as a whole — a complete copy written beside
it, flushed, then renamed over it — after each burst of edits and on close. If the
shared file was changed by someone else since it was copied, it is never overwritten:
:class:`SharedFileChanged` lets the caller offer a merge. A note beside the working
copy remembers where it came from, so after a crash the next start can offer to save
the unsaved changes back (:func:`unsaved_copies`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from inspectdesk.db import fileformat
from inspectdesk.errors import FileMissing, UserError
from inspectdesk.paths import data_dir
from inspectdesk.services.backups import fingerprint_of
from inspectdesk.services.maintenance import copy_atomically

REMOTE_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "vfat", "exfat", "msdos"}
)
"""Linux filesystems treated as shared or removable (FAT is what USB sticks carry)."""


class SharedFileChanged(UserError):
    """Someone else saved the shared file since our copy was taken."""

    code = "shared_file_changed"
    vi = (
        "Tệp “{path}” đã được người khác thay đổi kể từ khi bạn mở. InspectDesk không ghi đè "
        "lên đó; hãy hợp nhất thay đổi của hai bên."
    )
    en = (
        "The file “{path}” was changed by someone else since you opened it. InspectDesk "
        "will not overwrite it; merge the two sets of changes."
    )


def work_dir() -> Path:
    """Where working copies live (the user's local data folder)."""
    return data_dir() / "work"


def _mounts() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            found.append((parts[1].replace("\\040", " "), parts[2]))
    return found


def is_shared_location(path: Path) -> bool:
    """Whether ``path`` is on a network share or a removable drive."""
    if os.environ.get("INSPECTDESK_WORKING_COPY") == "always":
        return True
    path = Path(path).resolve()
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
        text = str(path)
        if text.startswith("\\\\"):
            return True
        import ctypes

        kind = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")  # type: ignore[attr-defined]
        return kind in (2, 4)  # DRIVE_REMOVABLE, DRIVE_REMOTE
    best, fstype = "", ""
    for mount, kind in _mounts():
        inside = str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, fstype = mount, kind
    return fstype in REMOTE_FILESYSTEMS


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the shared file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> Stamp:
        stat = Path(path).stat()
        digest = hashlib.sha256()
        with Path(path).open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        return cls(stat.st_size, stat.st_mtime_ns, digest.hexdigest())

    def same_file(self, path: Path) -> bool:
        """Whether ``path`` still holds what this stamp recorded (hash checked if touched)."""
        try:
            stat = Path(path).stat()
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) == (self.size, self.mtime_ns):
            return True
        return stat.st_size == self.size and Stamp.of(path).sha256 == self.sha256


@dataclass
class WorkingCopy:
    """A shared file's local working copy and what we know of the shared file."""

    shared: Path
    local: Path
    stamp: Stamp
    saved: str  # the fingerprint of the data when it was last saved back (or copied)

    @property
    def note(self) -> Path:
        """The note that remembers this copy's origin (for recovery after a crash)."""
        return self.local.with_suffix(".json")

    def _write_note(self) -> None:
        data = {
            "shared": str(self.shared),
            "size": self.stamp.size,
            "mtime_ns": self.stamp.mtime_ns,
            "sha256": self.stamp.sha256,
            "saved": self.saved,
        }
        tmp = self.note.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.note)

    @classmethod
    def take(cls, shared: Path, folder: Path | None = None) -> WorkingCopy:
        """Copy ``shared`` to a fresh local working file.

        Raises:
            FileMissing, NotAnInspectDeskFile, DamagedFile, FileTooNew: see ``identify``.
        """
        from inspectdesk.db import migrate

        shared = Path(shared).resolve()
        fileformat.identify(shared, app_generation=migrate.schema_generation())
        folder = Path(folder) if folder is not None else work_dir()
        folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha1(str(shared).encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
        local = folder / f"{shared.stem}-{key}{fileformat.FILE_SUFFIX}"
        stamp = Stamp.of(shared)
        copy_atomically(shared, local)
        copy = cls(shared, local, stamp, fingerprint_of(local) or "")
        copy._write_note()
        return copy

    def has_unsaved_changes(self) -> bool:
        """Whether the working copy holds edits not yet written back."""
        return (fingerprint_of(self.local) or "") != self.saved

    def shared_changed(self) -> bool:
        """Whether someone else replaced the shared file since we read or wrote it."""
        return not self.stamp.same_file(self.shared)

    def save_back(self) -> bool:
        """Replace the shared file by the working copy, atomically; False if nothing to do.

        Raises:
            FileMissing: the shared file (or its share) cannot be reached.
            SharedFileChanged: the shared file changed meanwhile (nothing is written).
            ReadOnlyFile, DiskFull: the shared folder cannot take the file.
        """
        before = fingerprint_of(self.local) or ""
        if before == self.saved:
            return False
        if not self.shared.parent.is_dir() or not self.shared.exists():
            raise FileMissing(path=self.shared)
        if self.shared_changed():
            raise SharedFileChanged(path=self.shared)
        copy_atomically(self.local, self.shared)
        self.stamp = Stamp.of(self.shared)
        # what was read before copying: an edit made during the copy stays unsaved
        self.saved = before
        self._write_note()
        return True

    def accept_shared(self) -> None:
        """Take the shared file as it is now as the base (after merging it in)."""
        self.stamp = Stamp.of(self.shared)
        self.saved = ""  # the merged working copy differs from it: save it back
        self._write_note()

    def discard(self) -> None:
        """Remove the working copy and its note (after a save-back, or when abandoned)."""
        for path in (self.local, self.note, Path(str(self.local) + "-journal")):
            with contextlib.suppress(OSError):
                path.unlink()


def unsaved_copies(folder: Path | None = None) -> list[WorkingCopy]:
    """Working copies left by a crash that hold changes never written back."""
    folder = Path(folder) if folder is not None else work_dir()
    if not folder.is_dir():
        return []
    found = []
    for note in sorted(folder.glob("*.json")):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            copy = WorkingCopy(
                Path(data["shared"]),
                note.with_suffix(fileformat.FILE_SUFFIX),
                Stamp(int(data["size"]), int(data["mtime_ns"]), str(data["sha256"])),
                str(data["saved"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if copy.local.exists() and copy.has_unsaved_changes():
            found.append(copy)
    return found
