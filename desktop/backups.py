"""Backups and restores of a local database, always through SQLite's online backup API.

``backup`` writes a dated copy into the database's own backups folder (or where asked);
``automatic_backup`` makes at most one a day (at window start and on ``turnout backup``) and
keeps the last ``KEEP`` dated ones. Each database file has its own folder (``backups_dir``),
so one database never lists, rotates or re-encrypts another's backups. A protected
database's backups are protected with the same passphrase.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.errors import KnownError
from db.messages import QT_TRANSLATE_NOOP
from db.schema import REVISIONS, Database
from db.sqlite_files import (
    WrongPassphrase,
    check_integrity,
    connect,
    copy_database,
    looks_encrypted,
    looks_like_sqlite,
    remove_quietly,
)
from desktop.paths import backups_dir

KEEP = 10
# Dated backups, the ones rotation may remove: turnout-20250501-093000.sqlite3
_DATED = re.compile(r"^turnout-(\d{8}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime
    size: int
    protected: bool

    @property
    def automatic(self) -> bool:
        return _DATED.match(self.path.name) is not None


def local_path(database: Database) -> Path:
    """The database's file; KnownError for a team database, whose backups are the server's."""
    if database.path is None:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "Backups of a team database are made on the server (pg_dump); "
                "see docs/team-server.md.",
            )
        )
    return database.path


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _driver_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, sqlite3.Error]
    try:
        import sqlcipher3

        errors.append(sqlcipher3.Error)
    except ImportError:
        pass
    return tuple(errors)


def backup(database: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: a dated file in the backups folder)."""
    source = local_path(database)
    passphrase = database.passphrase()
    if target is None:
        target = backups_dir(source) / f"turnout-{_stamp()}.sqlite3"
    target = target.expanduser().absolute()
    if target.exists():
        raise KnownError(
            QT_TRANSLATE_NOOP("Backups", "{path} already exists; choose another name.").format(
                path=target
            )
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, target, source_key=passphrase, target_key=passphrase)
    except _driver_errors() as error:
        remove_quietly(target)
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "The backup could not be written to {path}: {error}."
            ).format(path=target, error=error)
        ) from error
    check_integrity(target, passphrase)
    return target


def list_backups(database_path: Path) -> list[BackupFile]:
    """Backups of the database file ``database_path`` in its backups folder, newest first."""
    folder = backups_dir(database_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("turnout-*.sqlite3"):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append(
            BackupFile(
                path=path,
                made=dt.datetime.fromtimestamp(stat.st_mtime),
                size=stat.st_size,
                protected=looks_encrypted(path),
            )
        )
    return sorted(found, key=lambda item: (item.made, item.path.name), reverse=True)


def automatic_backup(database: Database, keep: int | None = None) -> Path | None:
    """Back up once a day (None when today's exists), keeping the newest ``keep`` dated ones
    (by default the number chosen in the settings, ``KEEP`` unless changed)."""
    if keep is None:
        from desktop.settings import backup_count

        keep = backup_count()
    if database.path is None or not database.path.is_file():
        return None
    today = dt.date.today().strftime("%Y%m%d")
    dated = [item for item in list_backups(database.path) if item.automatic]
    made = None
    if not any(item.path.name.startswith(f"turnout-{today}-") for item in dated):
        made = backup(database)
    rotate(database.path, keep)
    return made


def rotate(database_path: Path, keep: int | None = None) -> list[Path]:
    """Remove the database's dated backups beyond the newest ``keep`` (default: the
    settings' number)."""
    if keep is None:
        from desktop.settings import backup_count

        keep = backup_count()
    dated = sorted(
        (item.path for item in list_backups(database_path) if item.automatic),
        key=lambda path: path.name,
        reverse=True,
    )
    removed = dated[max(keep, 1) :]
    for path in removed:
        remove_quietly(path)
    return removed


def check_backup_file(path: Path, passphrase: str | None = None) -> None:
    """KnownError unless ``path`` is a sound Turnout database this program can open.

    A protected backup is opened with ``passphrase`` (the open database's).
    """
    if not path.is_file():
        raise KnownError(QT_TRANSLATE_NOOP("Backups", "{path} does not exist.").format(path=path))
    if looks_like_sqlite(path) and path.stat().st_size > 0:
        key = None
    elif looks_encrypted(path):
        if passphrase is None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{path} is a backup protected with a passphrase; open a database protected "
                    "with the same passphrase to restore it.",
                ).format(path=path)
            )
        key = passphrase
    else:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "{path} is not a Turnout backup (it is not an SQLite database)."
            ).format(path=path)
        )
    try:
        check_integrity(path, key)
    except WrongPassphrase as error:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "{path} is protected with a different passphrase from this database's."
            ).format(path=path)
        ) from error
    connection = connect(path, key, readonly=True)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        revision = None
    finally:
        connection.close()
    if revision is None:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "{path} is an SQLite database, but not one of Turnout's."
            ).format(path=path)
        )
    if revision[0] not in REVISIONS:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "{path} was written by a newer version of Turnout."
            ).format(path=path)
        )
    return key


def restore(database: Database, source: Path) -> Path:
    """Replace the database's content with ``source``; returns where the old content was kept.

    A plain backup restored into a protected database is protected on the way in.
    """
    target = local_path(database)
    passphrase = database.passphrase()
    source = source.expanduser().absolute()
    source_key = check_backup_file(source, passphrase)
    if source == target:
        raise KnownError(QT_TRANSLATE_NOOP("Backups", "That file is the open database itself."))
    kept = backups_dir(target) / f"turnout-before-restore-{_stamp()}.sqlite3"
    kept.parent.mkdir(parents=True, exist_ok=True)
    database.close()
    copy_database(target, kept, source_key=passphrase, target_key=passphrase)
    check_integrity(kept, passphrase)
    try:
        copy_database(source, target, source_key=source_key, target_key=passphrase)
        check_integrity(target, passphrase)
    except (*_driver_errors(), KnownError) as error:
        copy_database(kept, target, source_key=passphrase, target_key=passphrase)
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Backups", "The restore failed and nothing was changed: {error}"
            ).format(error=error)
        ) from error
    return kept
