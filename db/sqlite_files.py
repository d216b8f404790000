"""Copying and checking SQLite files safely, through SQLite's online backup API.

A plain file copy of a live database can miss pages still in the ``-wal`` file or catch a
half-written transaction; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from db.errors import KnownError

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file or an empty file (which SQLite treats as a new database)."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header == b"" or header == SQLITE_HEADER


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` (replacing its content) with the backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A self-contained single file: no -wal or -shm beside it. Turnout switches it
            # back to WAL when it opens it as its database.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def check_integrity(path: Path) -> None:
    """Raise KnownError unless SQLite's integrity check passes on ``path``."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise KnownError(f"{path} is damaged or not a database ({error}).") from error
    if rows != [("ok",)]:
        raise KnownError(f"{path} failed SQLite's integrity check: {rows[0][0]}.")


def remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
