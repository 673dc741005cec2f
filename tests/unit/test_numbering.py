"""Document numbers in the Decree 30 form."""

from __future__ import annotations

import unicodedata

import pytest

from inspectdesk.domain.enums import DocumentType
from inspectdesk.domain.numbering import (
    DocumentNumber,
    format_document_number,
    is_valid_issuer_code,
    parse_document_number,
)


@pytest.mark.parametrize(
    ("sequence", "doc_type", "issuer", "expected"),
    [
        (5, DocumentType.MINUTES, "ĐKT", "05/BB-ĐKT"),
        (1, DocumentType.REPORT, "SNV", "01/BC-SNV"),
        (9, DocumentType.PLAN, "UBND", "09/KH-UBND"),
        (10, DocumentType.DECISION, "SNV", "10/QĐ-SNV"),
        (230, DocumentType.PLAN, "UBND", "230/KH-UBND"),
        (12, DocumentType.NOTICE, "UBND-NV", "12/TB-UBND-NV"),
    ],
)
def test_format(sequence: int, doc_type: DocumentType, issuer: str, expected: str) -> None:
    assert format_document_number(sequence, doc_type, issuer) == expected


def test_decomposed_issuer_code_is_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "ĐKT")
    assert format_document_number(3, DocumentType.MINUTES, decomposed) == "03/BB-ĐKT"


@pytest.mark.parametrize("bad", ["", "đkt", "Đ KT", "ĐKT-", "-ĐKT", "Đ/KT"])
def test_malformed_issuer_codes_are_refused(bad: str) -> None:
    assert not is_valid_issuer_code(bad)
    with pytest.raises(ValueError):
        format_document_number(1, DocumentType.MINUTES, bad)


@pytest.mark.parametrize("sequence", [0, -1])
def test_sequence_starts_at_one(sequence: int) -> None:
    with pytest.raises(ValueError):
        format_document_number(sequence, DocumentType.MINUTES, "ĐKT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/BB-ĐKT", DocumentNumber(5, DocumentType.MINUTES, "ĐKT")),
        (" 5 / bb - đkt ", DocumentNumber(5, DocumentType.MINUTES, "ĐKT")),
        ("230/KH-UBND", DocumentNumber(230, DocumentType.PLAN, "UBND")),
    ],
)
def test_parse(text: str, expected: DocumentNumber) -> None:
    assert parse_document_number(text) == expected
    assert str(parse_document_number(text)) == format_document_number(
        expected.sequence, expected.doc_type, expected.issuer_code
    )


@pytest.mark.parametrize("bad", ["", "BB-ĐKT", "05/XX-ĐKT", "00/BB-ĐKT", "05/BB", "abc"])
def test_parse_refuses_what_is_not_a_number(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_document_number(bad)
