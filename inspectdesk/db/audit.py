"""Who is making a change: the user and machine recorded in ``updated_by``."""

from __future__ import annotations

import getpass
import platform
from contextvars import ContextVar

_actor: ContextVar[str | None] = ContextVar("inspectdesk_actor", default=None)


def default_actor() -> str:
    """``user@machine`` for the person at this computer."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (services, containers)
        user = "unknown"
    machine = platform.node() or "unknown"
    return f"{user}@{machine}"[:200]


def current_actor() -> str:
    """The actor set for this context, else the person at this computer."""
    return _actor.get() or default_actor()


def set_actor(actor: str | None) -> None:
    """Name the actor of the changes made from now on in this context."""
    _actor.set(actor[:200] if actor else None)
