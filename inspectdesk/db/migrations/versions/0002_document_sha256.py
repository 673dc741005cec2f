"""The register records the SHA-256 of each generated document file.

Revision ID: 0002_document_sha256
Revises: 0001_initial
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_document_sha256"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The server default fills the rows already there, then goes: the model has none.
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sha256", sa.String(length=64), nullable=False, server_default="")
        )
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.alter_column("sha256", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("issued_document", schema=None) as batch_op:
        batch_op.drop_column("sha256")
