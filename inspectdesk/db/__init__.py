"""The data layer: SQLAlchemy models, the ``.idb`` file format, migrations."""
