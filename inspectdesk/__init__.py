"""InspectDesk: the inspection team secretary's desk.

The package is layered (see ``DESIGN.md``): ``domain`` and ``text`` know nothing,
``db`` knows SQLAlchemy, ``services`` and ``documents`` know the core, and only ``ui``
(reached through ``app``) knows Qt.
"""

__version__ = "0.1.0"
