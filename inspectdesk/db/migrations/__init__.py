"""Alembic migrations of the InspectDesk schema (run in batch mode, foreign keys off)."""
