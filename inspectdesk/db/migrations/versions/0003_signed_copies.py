"""Signed minutes: the date signed in the register, and the scanned signed copies.

Revision ID: 0003_signed_copies
Revises: 0002_document_sha256
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_signed_copies"
down_revision = "0002_document_sha256"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_on", sa.Date(), nullable=True))

    op.create_table(
        "signed_copy",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=60), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["issued_document.id"],
            name=op.f("fk_signed_copy_document_id_issued_document"),
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_signed_copy_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_copy")),
    )
    with op.batch_alter_table("signed_copy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signed_copy_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_signed_copy_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signed_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signed_copy_visit_id"))
        batch_op.drop_index(batch_op.f("ix_signed_copy_deleted"))
    op.drop_table("signed_copy")
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_column("signed_on")
