"""Engines and sessions: SQLite pragmas for durability, one sessionmaker per database."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from db.search import sqlite_contains

BUSY_TIMEOUT_MS = 5000


def url_for(target: str | os.PathLike[str]) -> URL:
    """The URL for a ``--db`` value: a file path means SQLite, anything with ``://`` a URL."""
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_database_engine(url: URL, **kwargs) -> Engine:
    """An engine with Turnout's connection rules applied."""
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _apply_sqlite_rules(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


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
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: the window keeps showing what it saved without reloading.
    return sessionmaker(engine, expire_on_commit=False)
