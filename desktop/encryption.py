"""Protecting a database with a passphrase (SQLCipher), or changing its passphrase.

The conversion never touches the original until a verified protected copy exists: the data is
exported with ``sqlcipher_export`` into a new file beside it, the copy is checked (integrity and
the row count of every table), then renamed over the original. The plaintext left behind is
overwritten where Turnout can reach it: the old file and its ``-wal`` (through descriptors held
across the rename), the copies kept before upgrades and the automatic backups, which are
protected with the same passphrase. On an SSD or a copy-on-write file system old blocks may
survive an overwrite; README's "Safety and privacy" says so.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from db.errors import KnownError
from db.sqlite_files import (
    WrongPassphrase,
    check_integrity,
    connect,
    export_encrypted,
    fsync_file,
    fsync_folder,
    looks_encrypted,
    looks_like_sqlite,
    remove_quietly,
)
from desktop.paths import backups_dir

MIN_LENGTH = 8


@dataclass(frozen=True)
class ProtectReport:
    changed: bool  # True when the database already had a passphrase
    copies_protected: int  # backups and before-upgrade copies now under the new passphrase
    copies_skipped: list[Path]  # protected with some other passphrase: left as they were


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is not acceptable, in one sentence; None when it is."""
    if len(passphrase) < MIN_LENGTH:
        return f"The new passphrase is too short; use at least {MIN_LENGTH} characters."
    if passphrase != passphrase.strip():
        return "The new passphrase starts or ends with a space; remove it."
    return None


def protect(path: Path, current: str | None, new: str) -> ProtectReport:
    """Protect the database file ``path`` with ``new`` (``current``: its passphrase, if any).

    Every connection to the file must be closed first; another program holding it open is
    refused with a sentence rather than left writing into the replaced file.
    """
    path = Path(path).expanduser().absolute()
    problem = passphrase_problem(new)
    if problem:
        raise KnownError(problem)
    if not path.is_file():
        raise KnownError(f"{path} does not exist; check the path.")
    protected = not looks_like_sqlite(path)
    if protected and not looks_encrypted(path):
        raise KnownError(f"{path} is not a Turnout database (the file is not an SQLite database).")
    if protected and current is None:
        raise KnownError(
            f"{path} is already protected; give its current passphrase with --passphrase-file."
        )
    source_key = current if protected else None
    if source_key is not None and source_key == new:
        raise KnownError("The new passphrase is the same as the current one.")
    check_integrity(path, source_key)
    fresh = path.with_name(f".{path.name}.protecting-{os.getpid()}")
    remove_quietly(fresh)
    wal = _open_for_overwrite(Path(f"{path}-wal"))
    try:
        _close_wal(path, source_key)
        try:
            export_encrypted(path, fresh, source_key=source_key, target_key=new)
            _verify_copy(path, source_key, fresh, new)
            _replace_and_overwrite(fresh, path)
        except BaseException:
            remove_quietly(fresh)
            raise
    finally:
        if wal is not None:
            _overwrite_and_close(wal)
    remove_quietly(Path(f"{path}-shm"))  # holds no data, only the WAL index
    done, skipped = _protect_copies(path, source_key, new)
    return ProtectReport(changed=protected, copies_protected=done, copies_skipped=skipped)


def _close_wal(path: Path, passphrase: str | None) -> None:
    """Fold the ``-wal`` into the file and leave WAL mode, which needs sole access.

    Not a TRUNCATE checkpoint: leaving WAL mode deletes the ``-wal`` at its full size, so the
    descriptor ``protect`` holds on it can still overwrite the plaintext pages it held.
    """
    connection = connect(path, passphrase)
    try:
        connection.execute("PRAGMA busy_timeout=2000")
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except Exception as error:
            if "locked" in str(error) or "busy" in str(error):
                mode = "busy"
            else:
                raise
        if str(mode).lower() != "delete":
            raise KnownError(
                f"{path} is open in another program (a Turnout window?); close it and try again."
            )
    finally:
        connection.close()


def _table_counts(path: Path, passphrase: str | None) -> dict[str, int]:
    connection = connect(path, passphrase, readonly=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names
        }
    finally:
        connection.close()


def _verify_copy(source: Path, source_key: str | None, copy: Path, copy_key: str) -> None:
    check_integrity(copy, copy_key)
    if _table_counts(source, source_key) != _table_counts(copy, copy_key):
        raise KnownError(f"The protected copy of {source} is incomplete; nothing was changed.")


def _open_for_overwrite(path: Path) -> int | None:
    if sys.platform == "win32":
        return None  # an open file cannot be replaced there; the rename alone must do
    try:
        return os.open(path, os.O_RDWR)
    except OSError:
        return None


def _overwrite_and_close(fd: int) -> None:
    """Zero what a descriptor still reaches (a file already replaced or deleted), then close."""
    try:
        size = os.fstat(fd).st_size
        block = b"\0" * 65536
        os.lseek(fd, 0, os.SEEK_SET)
        written = 0
        while written < size:
            written += os.write(fd, block[: min(len(block), size - written)])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_and_overwrite(fresh: Path, target: Path) -> None:
    """Rename ``fresh`` over ``target`` durably, then zero the replaced file's old content."""
    fsync_file(fresh)
    old = _open_for_overwrite(target)
    try:
        os.replace(fresh, target)
        fsync_folder(target.parent)
    except OSError as error:
        if old is not None:
            os.close(old)
        raise KnownError(
            f"Cannot replace {target}: {error.strerror}; nothing was changed."
        ) from error
    if old is not None:
        _overwrite_and_close(old)


def copies_of(path: Path) -> list[Path]:
    """Files that hold (older) copies of the database: before-upgrade copies and backups."""
    found = sorted(path.parent.glob(f"{path.name}.before-upgrade-*"))
    folder = backups_dir()
    if folder.is_dir():
        found += sorted(p for p in folder.glob("turnout-*.sqlite3") if p.is_file())
    return found


def _protect_copies(path: Path, old_key: str | None, new: str) -> tuple[int, list[Path]]:
    done, skipped = 0, []
    for copy in copies_of(path):
        if looks_like_sqlite(copy):
            source_key = None
        elif old_key is not None:
            source_key = old_key
        else:
            skipped.append(copy)
            continue
        fresh = copy.with_name(f".{copy.name}.protecting")
        remove_quietly(fresh)
        try:
            export_encrypted(copy, fresh, source_key=source_key, target_key=new)
            _verify_copy(copy, source_key, fresh, new)
            _replace_and_overwrite(fresh, copy)
        except WrongPassphrase:
            remove_quietly(fresh)
            skipped.append(copy)
            continue
        except KnownError:
            remove_quietly(fresh)
            raise
        with contextlib.suppress(OSError):
            Path(f"{copy}-wal").unlink()
        done += 1
    return done, skipped
