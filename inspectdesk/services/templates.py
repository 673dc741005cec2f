"""Which template each document uses: a user's edited copy, or the built-in one.

A user adjusts a document by saving the built-in template (:meth:`TemplateStore.export`),
editing it in Word and putting it back (:meth:`TemplateStore.install`, which renders it
with sample data first and refuses a broken one). The copy lives in the templates folder
under the kind's file name (``bien-ban-kiem-tra.docx``…) and is used from then on;
:meth:`TemplateStore.reset` goes back to the built-in template, keeping the copy aside.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspectdesk.documents.builtin import KINDS, builtin_template, sample_context
from inspectdesk.documents.output import write_atomically
from inspectdesk.documents.templating import Template, TemplateProblem, render_docx
from inspectdesk.errors import UserError
from inspectdesk.paths import templates_dir

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


class TemplateUnreadable(UserError):
    """A template file cannot be read (missing, locked, too big)."""

    code = "template_unreadable"
    vi = "Không đọc được mẫu văn bản “{path}”: {detail}."
    en = "Cannot read the document template “{path}”: {detail}."


class UnknownTemplateKind(UserError):
    code = "unknown_template_kind"
    vi = "Không có loại văn bản “{key}”; các loại: {known}."
    en = "There is no document kind “{key}”; known kinds: {known}."


@dataclass(frozen=True, slots=True)
class TemplateStatus:
    """Where a kind's template comes from."""

    key: str
    title_vi: str
    title_en: str
    file_name: str
    path: Path  # where the user's copy is (or would be)
    custom: bool
    modified: datetime | None


def read_template(path: Path) -> Template:
    """A template file's bytes, with a clear message when it cannot be read.

    Raises:
        TemplateUnreadable: missing, a folder, unreadable or larger than 20 MB.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateUnreadable(path=path, detail=f"{size // 1_048_576} MB > 20 MB")
        return Template(path.name, path.read_bytes())
    except IsADirectoryError as exc:
        raise TemplateUnreadable(path=path, detail="đây là thư mục / it is a folder") from exc
    except OSError as exc:
        raise TemplateUnreadable(path=path, detail=exc.strerror or str(exc)) from exc


def known_kind(key: str) -> str:
    """``key`` if it names a kind of document.

    Raises:
        UnknownTemplateKind: it does not.
    """
    if key not in KINDS:
        raise UnknownTemplateKind(key=key, known=", ".join(KINDS))
    return key


def check_template(key: str, template: Template) -> None:
    """Render ``template`` as a document of kind ``key`` with sample data.

    Raises:
        UnknownTemplateKind: no such kind.
        TemplateProblem: it cannot be rendered (the message names the fault).
    """
    render_docx(template.content, sample_context(known_kind(key)), name=template.name)


class TemplateStore:
    """The templates folder (by default the user's, see :func:`paths.templates_dir`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None

    @property
    def folder(self) -> Path:
        """The templates folder (it may not exist yet)."""
        return self._folder if self._folder is not None else templates_dir()

    def path_of(self, key: str) -> Path:
        """Where the user's copy of the kind ``key`` is (or would be)."""
        return self.folder / KINDS[known_kind(key)].file_name

    def template(self, key: str) -> Template:
        """The template documents of kind ``key`` are made from.

        Raises:
            TemplateUnreadable: the user's copy exists but cannot be read.
        """
        path = self.path_of(key)
        if path.is_file():
            return read_template(path)
        return builtin_template(key)

    def statuses(self) -> list[TemplateStatus]:
        """Every kind and where its template comes from."""
        result = []
        for key, kind in KINDS.items():
            path = self.path_of(key)
            custom = path.is_file()
            modified = datetime.fromtimestamp(path.stat().st_mtime) if custom else None
            result.append(
                TemplateStatus(
                    key, kind.title_vi, kind.title_en, kind.file_name, path, custom, modified
                )
            )
        return result

    def export(self, key: str, target: Path, *, builtin: bool = True) -> Path:
        """Save the built-in template (or the one in use) to ``target`` for editing."""
        template = builtin_template(known_kind(key)) if builtin else self.template(key)
        return write_atomically(template.content, Path(target))

    def install(self, key: str, source: Path) -> Path:
        """Check ``source`` and make it the template of kind ``key``; return its new path.

        Raises:
            TemplateUnreadable: ``source`` cannot be read.
            TemplateProblem: it does not render with sample data (nothing is installed).
        """
        template = read_template(Path(source))
        check_template(known_kind(key), template)
        self.folder.mkdir(parents=True, exist_ok=True)
        return write_atomically(template.content, self.path_of(key))

    def reset(self, key: str) -> Path | None:
        """Go back to the built-in template; the user's copy is kept as ``….docx.bak``."""
        path = self.path_of(key)
        if not path.is_file():
            return None
        kept = path.with_name(path.name + ".bak")
        shutil.move(path, kept)
        return kept


__all__ = [
    "TemplateProblem",
    "TemplateStatus",
    "TemplateStore",
    "TemplateUnreadable",
    "UnknownTemplateKind",
    "check_template",
    "known_kind",
    "read_template",
]
