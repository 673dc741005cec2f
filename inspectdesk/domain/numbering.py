"""Document numbers (số, ký hiệu) under Decree 30/2020/NĐ-CP.

Numbers run from 01 on 1 January to 31 December, per document type and issuer; numbers
below 10 carry a leading zero; "/" separates the number from the ký hiệu and "-" joins
the abbreviation groups, without spaces: ``05/BB-ĐKT``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from inspectdesk.domain.enums import DocumentType

_CODE_RE = re.compile(r"^[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*$")
_NUMBER_RE = re.compile(r"^\s*(\d+)\s*/\s*([A-ZĐa-zđ]+)\s*-\s*(\S+?)\s*$")


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """A parsed document number such as ``05/BB-ĐKT``."""

    sequence: int
    doc_type: DocumentType
    issuer_code: str

    def __str__(self) -> str:
        return format_document_number(self.sequence, self.doc_type, self.issuer_code)


def is_valid_issuer_code(code: str) -> bool:
    """Return whether ``code`` can stand after the type code (``ĐKT``, ``UBND-NV``)."""
    return bool(_CODE_RE.match(unicodedata.normalize("NFC", code)))


def format_document_number(sequence: int, doc_type: DocumentType, issuer_code: str) -> str:
    """Format the number and ký hiệu of a document.

    Args:
        sequence: the yearly sequence, from 1.
        doc_type: the document type (its value is the type code, e.g. ``BB``).
        issuer_code: the issuer's abbreviation, e.g. ``ĐKT``.

    Returns:
        The Decree 30 form, e.g. ``05/BB-ĐKT``.

    Raises:
        ValueError: when the sequence is not positive or the issuer code is malformed.
    """
    if sequence < 1:
        raise ValueError(f"sequence must be positive, got {sequence}")
    code = unicodedata.normalize("NFC", issuer_code.strip())
    if not is_valid_issuer_code(code):
        raise ValueError(f"malformed issuer code: {issuer_code!r}")
    return f"{sequence:02d}/{doc_type.value}-{code}"


def parse_document_number(text: str) -> DocumentNumber:
    """Parse ``05/BB-ĐKT`` (spaces around the separators are forgiven).

    Raises:
        ValueError: when the text is not a document number of a known type.
    """
    match = _NUMBER_RE.match(unicodedata.normalize("NFC", text))
    if not match:
        raise ValueError(f"not a document number: {text!r}")
    sequence, type_code, issuer = match.groups()
    try:
        doc_type = DocumentType(type_code.upper())
    except ValueError:
        raise ValueError(f"unknown document type {type_code!r} in {text!r}") from None
    issuer = issuer.upper()
    if not is_valid_issuer_code(issuer) or int(sequence) < 1:
        raise ValueError(f"not a document number: {text!r}")
    return DocumentNumber(int(sequence), doc_type, issuer)
