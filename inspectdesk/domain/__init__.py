"""Plain domain vocabulary and rules: no Qt, no SQLAlchemy."""
