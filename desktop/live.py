"""Noticing that someone else changed the database, so the window can show it.

On PostgreSQL each commit that writes sends a NOTIFY (db.engine); a watcher LISTENs on its
own connection. On SQLite (two windows on one file) ``PRAGMA data_version`` changes when
another connection commits. Either way ``poll()`` is cheap enough to call every second or
two from the window's timer, and says when the team server cannot be reached.
"""

from __future__ import annotations

import contextlib

from db.engine import (
    CHANGES_CHANNEL,
    announcement_token,
    describe,
    is_postgresql,
    is_sqlite,
)
from db.errors import KnownError, describe_driver_error
from db.schema import Database


class ChangeWatcher:
    """``poll()`` is True when another connection committed a change since the last poll.

    It raises KnownError (one sentence) while the database cannot be reached, and
    reconnects by itself on a later poll.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._connection = None
        self._pending = False
        self._data_version: int | None = None

    @property
    def supported(self) -> bool:
        url = self._database.url
        return is_sqlite(url) or is_postgresql(url)

    def poll(self) -> bool:
        if not self.supported:
            return False
        try:
            if is_sqlite(self._database.url):
                return self._poll_sqlite()
            return self._poll_postgresql()
        except KnownError:
            self.close()
            raise
        except Exception as error:  # a driver error: the connection is gone
            self.close()
            sentence = describe_driver_error(error, describe(self._database.url))
            if sentence is None:
                raise
            raise KnownError(sentence) from error

    def _poll_sqlite(self) -> bool:
        if self._connection is None:
            raw = self._database.engine.raw_connection()
            driver = raw.driver_connection
            raw.detach()  # ours alone: data_version counts other connections' commits
            self._connection = driver
        version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    def _poll_postgresql(self) -> bool:
        if self._connection is None:
            import psycopg

            url = self._database.url.set(drivername="postgresql")
            self._connection = psycopg.connect(
                url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
            )
            self._connection.add_notify_handler(self._on_notify)
            self._connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        self._connection.execute("SELECT 1")  # delivers notifications that arrived
        changed, self._pending = self._pending, False
        return changed

    def _on_notify(self, notification) -> None:
        if notification.payload != announcement_token(self._database.sessions):
            self._pending = True

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # closing a broken connection may fail too
                self._connection.close()
            self._connection = None
        self._data_version = None
