"""Engines and sessions: SQLite pragmas for durability, one sessionmaker per database."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from db.errors import KnownError, describe_driver_error
from db.search import sqlite_contains

BUSY_TIMEOUT_MS = 5000
# A team server that does not answer within this is reported unreachable.
SERVER_CONNECT_TIMEOUT_S = 5
# Sessions that change data announce it here, so teammates' windows refresh.
CHANGES_CHANNEL = "turnout_changes"


class SecretKey:
    """The passphrase of a protected database, held in memory only.

    It is never part of a URL, a repr or a log line. ``forget()`` (the window's Lock) drops it:
    the engine then cannot open a connection until ``remember()`` is given it again.
    """

    def __init__(self, passphrase: str) -> None:
        self._passphrase: str | None = passphrase

    def __repr__(self) -> str:
        return "SecretKey(<hidden>)" if self._passphrase else "SecretKey(<forgotten>)"

    @property
    def known(self) -> bool:
        return self._passphrase is not None

    def reveal(self) -> str:
        if self._passphrase is None:
            raise KnownError("The database is locked; unlock it with its passphrase.")
        return self._passphrase

    def forget(self) -> None:
        self._passphrase = None

    def remember(self, passphrase: str) -> None:
        self._passphrase = passphrase


def url_for(target: str | os.PathLike[str]) -> URL:
    """The URL for a ``--db`` value: a file path means SQLite, anything with ``://`` a URL."""
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_database_engine(url: URL, key: SecretKey | None = None, **kwargs) -> Engine:
    """An engine with Turnout's connection rules applied.

    With ``key`` the file is a SQLCipher database: ``sqlcipher3`` makes each connection and
    keys it before anything reads the file; the URL stays a plain one, without the passphrase.
    """
    if is_sqlite(url) and key is not None:
        engine = create_engine(url, **_cipher_connection(url, key), **kwargs)
        _apply_sqlite_rules(engine)
    elif is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _apply_sqlite_rules(engine)
    else:
        connect_args = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S} if is_postgresql(url) else {}
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args, **kwargs)
    _translate_environment_errors(engine, describe(url))
    return engine


def _cipher_connection(url: URL, key: SecretKey) -> dict:
    from db.sqlite_files import apply_key, cipher_driver

    driver = cipher_driver()

    def connect():
        passphrase = key.reveal()
        connection = driver.connect(
            url.database, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        apply_key(connection, passphrase)
        return connection

    return {"module": driver, "creator": connect}


def describe(url: URL) -> str:
    """A database's name for messages: the file, or the server address without password."""
    return url.database if is_sqlite(url) else url.render_as_string(hide_password=True)


def is_postgresql(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def _translate_environment_errors(engine: Engine, where: str) -> None:
    """A locked file, a full disk or an unreachable server becomes a KnownError sentence.

    Whatever the operation (a save in the window, a command, a background refresh), the
    user then reads one sentence; errors that mean a bug in Turnout pass unchanged.
    """

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> None:
        if not isinstance(context.original_exception, Exception):
            return
        sentence = describe_driver_error(context.original_exception, where)
        if sentence is not None:
            raise KnownError(sentence) from context.original_exception


def _apply_sqlite_rules(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # one user action is exactly one BEGIN ... COMMIT (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        dbapi_connection.create_function("turnout_contains", 2, sqlite_contains, deterministic=True)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            # WAL with NORMAL loses confirmed commits on power loss; FULL does not.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            # Deleted rows (a contact forgotten on purpose) are overwritten, not just unlinked.
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: the window keeps showing what it saved without reloading.
    # The token tells this database's own announcements from teammates' (db.live).
    factory = sessionmaker(engine, expire_on_commit=False, info={"turnout_token": uuid.uuid4().hex})
    if engine.dialect.name == "postgresql":
        _announce_changes(factory)
    return factory


def announcement_token(factory: sessionmaker[Session]) -> str:
    """What this session factory's commits say in their NOTIFY payload."""
    return factory.kw["info"]["turnout_token"]


def _announce_changes(factory: sessionmaker[Session]) -> None:
    """Every commit that wrote something sends a NOTIFY, delivered when the commit lands."""

    @event.listens_for(factory, "after_flush")
    def _wrote(session: Session, _context) -> None:
        session.info["turnout_wrote"] = True

    @event.listens_for(factory, "before_commit")
    def _notify(session: Session) -> None:
        session.flush()  # the commit's own flush comes after this hook
        if session.info.pop("turnout_wrote", False):
            session.execute(
                text("SELECT pg_notify(:channel, :token)"),
                {"channel": CHANGES_CHANNEL, "token": session.info["turnout_token"]},
            )

    @event.listens_for(factory, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop("turnout_wrote", None)
