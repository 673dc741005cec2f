"""Who may do what on a server database: secretary, leader and viewer, enforced by PostgreSQL.

Three group roles (``inspectdesk_secretary``, ``inspectdesk_leader``,
``inspectdesk_viewer``) hold the rights; a person's login role is made a member of one.
The server itself refuses what a role may not do, whatever program connects:

* viewer — reads everything, writes nothing;
* secretary — reads and writes, but cannot take signed minutes out of “signed”;
* leader — as a secretary, and may unlock signed minutes.

The unlock rule is a trigger on ``visit``: a change of a signed visit's status is refused
unless the login is a leader (or the database's owner, who administers it).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from inspectdesk.db.server import connection_error, parse_address, server_engine
from inspectdesk.domain.enums import VisitStatus
from inspectdesk.errors import UserError

ROLES = {
    "secretary": "inspectdesk_secretary",
    "leader": "inspectdesk_leader",
    "viewer": "inspectdesk_viewer",
}
"""The role a person is given → the PostgreSQL group role that holds its rights."""

_LOGIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class ServerRoleUnknown(UserError):
    code = "server_role_unknown"
    vi = (
        "Không có vai trò “{role}”; các vai trò là: secretary (thư ký), leader (lãnh đạo),"
        " viewer (chỉ xem)."
    )
    en = "There is no role “{role}”; the roles are secretary, leader and viewer."


class ServerRolesNotAllowed(UserError):
    code = "server_roles_not_allowed"
    vi = "Tài khoản “{user}” không được tạo hay cấp vai trò trên máy chủ {host} ({detail})."
    en = "The account “{user}” may not create or grant roles on the server {host} ({detail})."


class ServerRefused(UserError):
    code = "server_refused"
    vi = "Máy chủ không cho phép việc này với vai trò của bạn ({detail})."
    en = "The server does not allow this for your role ({detail})."


_GUARD = f"""
CREATE OR REPLACE FUNCTION inspectdesk_guard_signed() RETURNS trigger AS $$
BEGIN
  IF OLD.status = '{VisitStatus.SIGNED.value}' AND NEW.status <> '{VisitStatus.SIGNED.value}'
     AND NOT pg_has_role(session_user, 'inspectdesk_leader', 'MEMBER')
     AND session_user <> (SELECT pg_get_userbyid(datdba) FROM pg_database
                          WHERE datname = current_database()) THEN
    RAISE EXCEPTION 'only a leader may unlock signed minutes'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS inspectdesk_guard_signed ON visit;
CREATE TRIGGER inspectdesk_guard_signed BEFORE UPDATE OF status ON visit
  FOR EACH ROW EXECUTE FUNCTION inspectdesk_guard_signed();
"""


def _setup(conn: Connection) -> None:
    for group in ROLES.values():
        conn.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') "
            f'THEN CREATE ROLE "{group}" NOLOGIN; END IF; END $$'
        )
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for group in ROLES.values():
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{group}"'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{group}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{group}"'))
    for group in (ROLES["secretary"], ROLES["leader"]):
        conn.execute(
            text(f'GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{group}"')
        )
        conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{group}"'))
    viewer = ROLES["viewer"]
    conn.execute(
        text(f'REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM "{viewer}"')
    )
    conn.exec_driver_sql(_GUARD)


def set_up_roles(address: str) -> None:
    """Create the three group roles, give them their rights on this database's tables and
    install the unlock rule. Run by the database's owner after ``init`` and ``upgrade``
    (new tables get no rights until it runs again); running it twice changes nothing.

    Raises:
        ServerRolesNotAllowed: the account may not create roles or grant on these tables.
    """
    with server_engine(address) as (url, engine):
        try:
            with engine.begin() as conn:
                _setup(conn)
        except DBAPIError as exc:
            if _is_privilege_error(exc):
                raise ServerRolesNotAllowed(
                    user=url.username or "", host=url.host, detail=_first_line(exc)
                ) from None
            raise connection_error(exc, url) from None


def grant_role(address: str, login: str, role: str) -> None:
    """Make the login role ``login`` a secretary, leader or viewer (and only that).

    Raises:
        ServerRoleUnknown, ServerRolesNotAllowed, and the connection errors.
    """
    if role not in ROLES:
        raise ServerRoleUnknown(role=role)
    url = parse_address(address)
    if not _LOGIN_NAME.match(login):
        raise ServerRolesNotAllowed(user=login, host=url.host, detail="not a login name")
    with server_engine(address) as (_url, engine):
        try:
            with engine.begin() as conn:
                _setup(conn)
                for group in ROLES.values():
                    if group != ROLES[role]:
                        conn.execute(text(f'REVOKE "{group}" FROM "{login}"'))
                conn.execute(text(f'GRANT "{ROLES[role]}" TO "{login}"'))
        except DBAPIError as exc:
            if _is_privilege_error(exc) or "does not exist" in str(exc.orig):
                raise ServerRolesNotAllowed(
                    user=url.username or "", host=url.host, detail=_first_line(exc)
                ) from None
            raise connection_error(exc, url) from None


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0]


def _is_privilege_error(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", "") == "42501" or "permission denied" in str(exc.orig)


def refused_by_role(exc: BaseException) -> UserError | None:
    """The sentence for a write the server refused because of the login's role."""
    if isinstance(exc, DBAPIError) and _is_privilege_error(exc):
        return ServerRefused(detail=_first_line(exc))
    return None
