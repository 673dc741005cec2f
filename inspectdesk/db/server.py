"""Databases on a PostgreSQL server (office server mode): connect, identify, create, upgrade.

A server database is addressed by a URL, ``postgresql://user@host:port/database``. The
password is never part of InspectDesk's settings: it comes from the URL when a person
types it, or from libpq's own places (``PGPASSWORD``, the ``pgpass`` file). The schema is
made and upgraded by the same Alembic migrations as a file; the schema generation is
kept in ``file_meta`` as in a file, so a server from a newer InspectDesk is recognised
before anything is read. PostgreSQL knowledge stays in this module.

Every failure a person can meet is a :class:`~inspectdesk.errors.UserError` naming what
is wrong: the server cannot be reached, the login is refused, the database does not
exist, it is not an InspectDesk database, its schema is too new or needs upgrading.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session

import inspectdesk
import inspectdesk.db.events  # NFC, search keys and the change log on every write
from inspectdesk.db import migrate
from inspectdesk.db.database import Database, _sessions, _write_meta
from inspectdesk.db.models import FileMeta
from inspectdesk.errors import UserError

SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 10


class ServerAddressInvalid(UserError):
    code = "server_address_invalid"
    vi = "Địa chỉ máy chủ “{url}” không đúng dạng postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu."
    en = "The server address “{url}” is not of the form postgresql://user@host/database."


class ServerUnreachable(UserError):
    code = "server_unreachable"
    transient = True
    vi = (
        "Không kết nối được máy chủ {host}:{port}. Hãy kiểm tra máy chủ đã bật, địa chỉ"
        " và cổng đúng, và mạng cho phép kết nối."
    )
    en = (
        "Cannot reach the server {host}:{port}. Check that it is running, that the address"
        " and port are right and that the network lets you through."
    )


class ServerConnectionLost(UserError):
    """The server went away in the middle of the work (network, restart, administrator)."""

    code = "server_connection_lost"
    transient = True
    vi = (
        "Mất kết nối với máy chủ {host}:{port} (cơ sở dữ liệu “{database}”). Việc vừa làm"
        " chưa được ghi; những gì đã lưu trên máy chủ vẫn an toàn. Hãy kiểm tra mạng rồi"
        " thử lại: InspectDesk tự kết nối lại."
    )
    en = (
        "The connection to the server {host}:{port} (database “{database}”) was lost. What"
        " was just being done was not saved; what is saved on the server is safe. Check the"
        " network and try again: InspectDesk reconnects by itself."
    )


class ServerLoginFailed(UserError):
    code = "server_login_failed"
    vi = (
        "Máy chủ {host} từ chối đăng nhập của “{user}”: sai mật khẩu hoặc tài khoản không có quyền."
    )
    en = "The server {host} refused the login of “{user}”: wrong password or no permission."


class ServerDatabaseMissing(UserError):
    code = "server_database_missing"
    vi = "Máy chủ {host} không có cơ sở dữ liệu “{database}”. Hãy nhờ quản trị viên tạo trước."
    en = "The server {host} has no database “{database}”. Ask the administrator to create it."


class ServerNotInspectDesk(UserError):
    code = "server_not_inspectdesk"
    vi = "Cơ sở dữ liệu “{database}” trên {host} không phải của InspectDesk ({reason_vi})."
    en = "The database “{database}” on {host} is not an InspectDesk database ({reason_en})."


class ServerNotInitialised(UserError):
    code = "server_not_initialised"
    vi = (
        "Cơ sở dữ liệu “{database}” trên {host} chưa được khởi tạo cho InspectDesk."
        " Hãy chạy: inspectdesk server {url} init"
    )
    en = (
        "The database “{database}” on {host} is not set up for InspectDesk yet."
        " Run: inspectdesk server {url} init"
    )


class ServerSchemaTooNew(UserError):
    code = "server_schema_too_new"
    vi = (
        "Cơ sở dữ liệu trên {host} dùng lược đồ {server_generation}, mới hơn phiên bản này"
        " (lược đồ {app_generation}). Hãy cập nhật InspectDesk."
    )
    en = (
        "The database on {host} has schema {server_generation}, newer than this version"
        " (schema {app_generation}). Update InspectDesk."
    )


class ServerSchemaTooOld(UserError):
    code = "server_schema_too_old"
    vi = (
        "Cơ sở dữ liệu trên {host} dùng lược đồ cũ {server_generation} (phiên bản này cần"
        " {app_generation}). Quản trị viên hãy chạy: inspectdesk server {url} upgrade"
    )
    en = (
        "The database on {host} has the older schema {server_generation} (this version needs"
        " {app_generation}). The administrator should run: inspectdesk server {url} upgrade"
    )


class ServerFileOnly(UserError):
    code = "server_file_only"
    vi = (
        "Lệnh “{command}” chỉ dùng cho tệp dữ liệu, không dùng cho cơ sở dữ liệu trên máy chủ"
        " “{url}”. Hãy chép ra tệp trước: inspectdesk server {url} copy-out TỆP.idb"
    )
    en = (
        "“{command}” works on database files, not on the server database “{url}”."
        " Copy it to a file first: inspectdesk server {url} copy-out FILE.idb"
    )


def is_server_address(text: str | object) -> bool:
    """Whether ``text`` names a server database rather than a file."""
    return isinstance(text, str) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse_address(text: str) -> URL:
    """The SQLAlchemy URL of a server address (driver psycopg), or ServerAddressInvalid."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ServerAddressInvalid(url=text) from None
    if url.get_backend_name() not in SCHEMES or not url.host or not url.database:
        raise ServerAddressInvalid(url=text)
    return url.set(drivername="postgresql+psycopg")


def shown_address(url: URL) -> str:
    """The address as it may be printed and remembered: never with the password."""
    return (
        url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")
    )


@dataclass(frozen=True)
class ServerFacts:
    """What a server database is, read without writing."""

    address: str
    generation: int
    revision: str | None
    app_version: str


def make_server_engine(url: URL) -> Engine:
    """An engine on the server, failing fast when it cannot be reached, whose failures
    to connect and lost connections are sentences (:func:`_worded_failures`)."""
    try:
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "InspectDesk"},
        )
    except NoSuchModuleError:  # pragma: no cover - psycopg is a dependency
        raise ServerAddressInvalid(url=shown_address(url)) from None
    event.listen(engine, "handle_error", _worded_failures(url))
    return engine


def _worded_failures(url: URL) -> Callable[[ExceptionContext], None]:
    """A ``handle_error`` hook: a connection that cannot be made raises the sentence of
    :func:`connection_error`, one that is lost mid-work :class:`ServerConnectionLost`
    (both :class:`UserError`, so every screen and command says them instead of
    crashing). The pool's own liveness check is left alone: it reconnects quietly."""

    def handle(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return
        if context.connection is None:  # could not connect at all
            raise connection_error(context.original_exception, url)
        if context.is_disconnect:
            raise ServerConnectionLost(**_words(url))

    return handle


def _words(url: URL) -> dict[str, object]:
    return {
        "host": url.host,
        "port": url.port or 5432,
        "user": url.username or "",
        "database": url.database,
        "url": shown_address(url),
    }


def connection_error(exc: BaseException, url: URL) -> UserError:
    """The sentence for a failed connection, from the driver's message."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    words = _words(url)
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerLoginFailed(**words)
    if "role" in text and "does not exist" in text:
        return ServerLoginFailed(**words)
    if "database" in text and "does not exist" in text:
        return ServerDatabaseMissing(**words)
    if "permission denied" in text or "pg_hba.conf" in text:
        return ServerLoginFailed(**words)
    return ServerUnreachable(**words)


def identify_server(engine: Engine, url: URL, *, app_generation: int) -> ServerFacts:
    """What the server database holds, or the UserError that says why it cannot be used.

    Raises:
        ServerUnreachable, ServerLoginFailed, ServerDatabaseMissing, ServerNotInspectDesk,
        ServerNotInitialised, ServerSchemaTooNew, ServerSchemaTooOld.
    """
    words = _words(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                raise ServerNotInitialised(**words)
            if "file_meta" not in tables or "alembic_version" not in tables:
                raise ServerNotInspectDesk(
                    **words,
                    reason_vi="không có bảng thông tin của InspectDesk",
                    reason_en="it has no InspectDesk information table",
                )
            meta = {str(k): str(v) for k, v in conn.execute(select(FileMeta.key, FileMeta.value))}
            revision = migrate.current_revision(conn)
    except DBAPIError as exc:
        raise connection_error(exc, url) from None
    generation = max(migrate.generation_of(revision), int(meta.get("schema_generation", "0")))
    if generation > app_generation:
        raise ServerSchemaTooNew(
            **words, server_generation=generation, app_generation=app_generation
        )
    facts = ServerFacts(shown_address(url), generation, revision, meta.get("app_version", ""))
    if generation < app_generation:
        raise ServerSchemaTooOld(
            **words, server_generation=generation, app_generation=app_generation
        )
    return facts


def open_server(address: str, *, readonly: bool = False) -> Database:
    """Connect to an InspectDesk database on a server (schema checked, nothing written)."""
    url = parse_address(address)
    engine = make_server_engine(url)
    try:
        facts = identify_server(engine, url, app_generation=migrate.schema_generation())
    except BaseException:
        engine.dispose()
        raise
    return Database(
        engine=engine,
        sessions=_sessions(engine),
        path=None,
        readonly=readonly,
        facts={"address": facts.address, "app_version": facts.app_version},
    )


@contextlib.contextmanager
def server_engine(address: str) -> Iterator[tuple[URL, Engine]]:
    """The parsed address and an engine on it, disposed of afterwards."""
    url = parse_address(address)
    engine = make_server_engine(url)
    try:
        yield url, engine
    finally:
        engine.dispose()


def server_status(address: str) -> ServerFacts:
    """Identify the server database without writing; raises what would stop an open."""
    with server_engine(address) as (url, engine):
        return identify_server(engine, url, app_generation=migrate.schema_generation())


def init_server(address: str) -> ServerFacts:
    """Create InspectDesk's schema in an empty server database (the migrations, to head).

    Raises:
        ServerNotInspectDesk: the database already holds tables.
        and the connection errors of :func:`identify_server`.
    """
    with server_engine(address) as (url, engine):
        try:
            with engine.connect() as conn:
                tables = inspect(conn).get_table_names()
        except DBAPIError as exc:
            raise connection_error(exc, url) from None
        if tables:
            raise ServerNotInspectDesk(
                **_words(url),
                reason_vi="cơ sở dữ liệu đã có bảng, không khởi tạo lại",
                reason_en="it already has tables; it is not set up again",
            )
        _migrate_to_head(engine, url)
        return identify_server(engine, url, app_generation=migrate.schema_generation())


def upgrade_server(address: str) -> tuple[int, ServerFacts]:
    """Migrate an InspectDesk server database to this version's schema; the generation
    it had and the facts after. A database already at this schema is left alone."""
    app_generation = migrate.schema_generation()
    with server_engine(address) as (url, engine):
        try:
            before = identify_server(engine, url, app_generation=app_generation).generation
        except ServerSchemaTooOld as exc:
            before = int(exc.params["server_generation"])
            _migrate_to_head(engine, url)
        return before, identify_server(engine, url, app_generation=app_generation)


def _migrate_to_head(engine: Engine, url: URL) -> None:
    """Run the migrations to head and record this version in ``file_meta``, in one go."""
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
            _write_meta(
                conn,
                {
                    "app_version": inspectdesk.__version__,
                    "schema_generation": str(migrate.schema_generation()),
                },
            )
    except DBAPIError as exc:
        raise connection_error(exc, url) from None


def hold_series_lock(s: Session, name: str) -> None:
    """Until the transaction ends, be the only writer of the series ``name``.

    On a server several people issue documents at once: two transactions reading the
    same last number would otherwise both take the next one (and one fail on the
    register's unique rule). A transaction-scoped advisory lock queues them. A file
    needs nothing: SQLite lets one writer in at a time.
    """
    if s.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    s.execute(
        text("SELECT pg_advisory_xact_lock(:key)"),
        {"key": int.from_bytes(digest, "big", signed=True)},
    )
