"""What the screens need of a server database: check an address, open it with the login's
role, and build an address from its parts (the UI does not touch SQLAlchemy's URLs)."""

from __future__ import annotations

from urllib.parse import quote

from sqlalchemy import text

from inspectdesk.db.database import Database
from inspectdesk.db.server import ServerFacts, init_server, open_server, server_status
from inspectdesk.db.server_roles import ROLES
from inspectdesk.services.builtin import seed_defaults

__all__ = ["ServerFacts", "address_of", "check_server", "connect", "role_of"]


def address_of(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """``postgresql://user[:password]@host:port/database`` with every part escaped."""
    login = quote(user.strip(), safe="")
    if password:
        login += ":" + quote(password, safe="")
    return f"postgresql://{login}@{host.strip()}:{int(port)}/{quote(database.strip(), safe='')}"


def initialise(address: str, *, new: bool = False) -> ServerFacts:
    """Create InspectDesk's schema in an empty server database, ready for a file to be
    copied in; ``new`` also gives it the built-in unit levels, unit kinds and checklists
    of a new file, for a team that starts on the server from nothing.

    Raises:
        The errors of :func:`~inspectdesk.db.server.init_server`.
    """
    facts = init_server(address)
    if not new:
        return facts
    db = open_server(address)
    try:
        with db.sessions.begin() as s:
            seed_defaults(s)
    finally:
        db.close()
    return facts


def check_server(address: str) -> ServerFacts:
    """Identify the server database without writing (raises the UserError that says why not)."""
    return server_status(address)


def role_of(db: Database) -> str:
    """The login's InspectDesk role on the server: ``owner``, ``leader``, ``secretary``,
    ``viewer`` or "" (no role: the server decides table by table)."""
    with db.engine.connect() as conn:
        owner = conn.execute(
            text(
                "SELECT session_user = pg_get_userbyid(datdba) FROM pg_database"
                " WHERE datname = current_database()"
            )
        ).scalar()
        if owner:
            return "owner"
        for role in ("leader", "secretary", "viewer"):
            member = conn.execute(
                text(
                    "SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = :g)"
                    " THEN pg_has_role(session_user, :g, 'MEMBER') ELSE false END"
                ),
                {"g": ROLES[role]},
            ).scalar()
            if member:
                return role
    return ""


def connect(address: str) -> tuple[Database, str]:
    """Open the server database and tell the login's role; a viewer's is read-only."""
    db = open_server(address)
    try:
        role = role_of(db)
    except BaseException:
        db.close()
        raise
    db.readonly = role == "viewer"
    db.facts["role"] = role
    return db, role
