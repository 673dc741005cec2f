"""Everything Qt: the main window, table models, dialogs, workers, translations.

Only this package imports PySide6, and it never imports SQLAlchemy: it calls services
and receives plain rows.
"""
