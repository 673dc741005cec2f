"""The reviewed sample of a plan: drawn, swapped-in and hand-added units, with reasons.

Revision ID: 0004_sample_picks
Revises: 0003_signed_copies
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sample_picks"
down_revision = "0003_signed_copies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sample_pick",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("stratum_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "drawn",
                "added",
                "swapped_in",
                name="picksource",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("replaced_unit_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_sample_pick_plan_id_plan")),
        sa.ForeignKeyConstraint(
            ["replaced_unit_id"], ["unit.id"], name=op.f("fk_sample_pick_replaced_unit_id_unit")
        ),
        sa.ForeignKeyConstraint(
            ["stratum_id"],
            ["sampling_stratum.id"],
            name=op.f("fk_sample_pick_stratum_id_sampling_stratum"),
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_sample_pick_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_pick")),
    )
    with op.batch_alter_table("sample_pick", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sample_pick_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_sample_pick_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sample_pick_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sample_pick", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_pick_unit_id"))
        batch_op.drop_index(batch_op.f("ix_sample_pick_plan_id"))
        batch_op.drop_index(batch_op.f("ix_sample_pick_deleted"))
    op.drop_table("sample_pick")
