"""Backups and restores of a local database, always through SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db.errors import KnownError
from db.schema import REVISIONS, Database
from db.sqlite_files import check_integrity, copy_database, looks_like_sqlite
from desktop.paths import backups_dir


def _local_path(database: Database) -> Path:
    if database.path is None:
        raise KnownError(
            "Backups of a team database are made on the server (pg_dump); see docs/team-server.md."
        )
    return database.path


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup(database: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: a dated file in the backups folder)."""
    source = _local_path(database)
    if target is None:
        target = backups_dir() / f"turnout-{_stamp()}.sqlite3"
    target = target.expanduser().absolute()
    if target.exists():
        raise KnownError(f"{target} already exists; choose another name.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, target)
    except (OSError, sqlite3.Error) as error:
        target.unlink(missing_ok=True)
        raise KnownError(f"The backup could not be written to {target}: {error}.") from error
    check_integrity(target)
    return target


def check_backup_file(path: Path) -> None:
    """KnownError unless ``path`` is a sound Turnout database this program can open."""
    if not path.is_file():
        raise KnownError(f"{path} does not exist.")
    if not looks_like_sqlite(path) or path.stat().st_size == 0:
        raise KnownError(f"{path} is not a Turnout backup (it is not an SQLite database).")
    check_integrity(path)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        revision = None
    finally:
        connection.close()
    if revision is None:
        raise KnownError(f"{path} is an SQLite database, but not one of Turnout's.")
    if revision[0] not in REVISIONS:
        raise KnownError(f"{path} was written by a newer version of Turnout.")


def restore(database: Database, source: Path) -> Path:
    """Replace the database's content with ``source``; returns where the old content was kept."""
    target = _local_path(database)
    source = source.expanduser().absolute()
    check_backup_file(source)
    if source == target:
        raise KnownError("That file is the open database itself.")
    kept = backups_dir() / f"turnout-before-restore-{_stamp()}.sqlite3"
    kept.parent.mkdir(parents=True, exist_ok=True)
    database.close()
    copy_database(target, kept)
    check_integrity(kept)
    try:
        copy_database(source, target)
        check_integrity(target)
    except (OSError, sqlite3.Error, KnownError) as error:
        copy_database(kept, target)
        raise KnownError(f"The restore failed and nothing was changed: {error}.") from error
    return kept
