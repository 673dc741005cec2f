"""Alembic environment: always run programmatically on a connection the app hands over."""

from __future__ import annotations

from alembic import context

from inspectdesk.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("InspectDesk migrations run from inspectdesk.db.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
