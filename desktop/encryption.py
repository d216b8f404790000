"""Protecting a database with a passphrase (SQLCipher), changing it, or removing it.

The conversion never touches the original until a verified protected copy exists: the data is
exported with ``sqlcipher_export`` into a new file beside it, the copy is checked (integrity and
the row count of every table), then renamed over the original. The plaintext left behind is
overwritten where Turnout can reach it: the old file and its ``-wal`` (through descriptors held
across the rename), the copies kept before upgrades and the automatic backups, which are
protected with the same passphrase. On an SSD or a copy-on-write file system old blocks may
survive an overwrite; README's "Safety and privacy" says so.

Removing the passphrase (``unprotect``) takes the same road the other way: ``sqlcipher_export``
into a plain file beside the database, verified, renamed over the encrypted one. The backups and
before-upgrade copies made while it was protected stay encrypted with the old passphrase: they
may be on another disk or kept for a reason, and decrypting them is not what was asked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from db.errors import KnownError, describe_driver_error
from db.messages import QT_TRANSLATE_NOOP
from db.sqlite_files import (
    WrongPassphrase,
    check_integrity,
    cipher_driver,
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
        return QT_TRANSLATE_NOOP(
            "Encryption", "The new passphrase is too short; use at least {count} characters."
        ).format(count=MIN_LENGTH)
    if passphrase != passphrase.strip():
        return QT_TRANSLATE_NOOP(
            "Encryption", "The new passphrase starts or ends with a space; remove it."
        )
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
        raise KnownError(
            QT_TRANSLATE_NOOP("Encryption", "{path} does not exist; check the path.").format(
                path=path
            )
        )
    protected = not looks_like_sqlite(path)
    if protected and not looks_encrypted(path):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{path} is not a Turnout database (the file is not an SQLite database).",
            ).format(path=path)
        )
    if protected and current is None:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{path} is already protected; give its current passphrase with --passphrase-file.",
            ).format(path=path)
        )
    source_key = current if protected else None
    if source_key is not None and source_key == new:
        raise KnownError(
            QT_TRANSLATE_NOOP("Encryption", "The new passphrase is the same as the current one.")
        )
    check_integrity(path, source_key)  # WrongPassphrase before anything is touched
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
    except (OSError, sqlite3.Error, *_cipher_errors()) as error:
        # A full disk or a read-only folder is the machine's doing: one sentence, not a crash.
        raise KnownError(_failure_sentence(error, path, removing=False)) from error
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
                QT_TRANSLATE_NOOP(
                    "Encryption",
                    "{path} is open in another program (a Turnout window?); "
                    "close it and try again.",
                ).format(path=path)
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


def _verify_copy(
    source: Path, source_key: str | None, copy: Path, copy_key: str | None, what: str = "protected"
) -> None:
    check_integrity(copy, copy_key)
    if _table_counts(source, source_key) != _table_counts(copy, copy_key):
        if what == "plain":
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Encryption", "The plain copy of {path} is incomplete; nothing was changed."
                ).format(path=source)
            )
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption", "The protected copy of {path} is incomplete; nothing was changed."
            ).format(path=source)
        )


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


def _replace_and_overwrite(fresh: Path, target: Path, *, overwrite: bool = True) -> None:
    """Rename ``fresh`` over ``target`` durably, then zero the replaced file's old content
    (unless ``overwrite`` is False: there is no point zeroing ciphertext)."""
    fsync_file(fresh)
    old = _open_for_overwrite(target) if overwrite else None
    try:
        os.replace(fresh, target)
        fsync_folder(target.parent)
    except OSError as error:
        if old is not None:
            os.close(old)
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption", "Cannot replace {path}: {reason}; nothing was changed."
            ).format(path=target, reason=error.strerror)
        ) from error
    if old is not None:
        _overwrite_and_close(old)


def copies_of(path: Path) -> list[Path]:
    """Files that hold (older) copies of the database: before-upgrade copies and backups."""
    found = sorted(path.parent.glob(f"{path.name}.before-upgrade-*"))
    folder = backups_dir(path)
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


# --- removing the passphrase ----------------------------------------------------------------


NOT_PROTECTED = QT_TRANSLATE_NOOP(
    "Encryption", "{path} is not protected with a passphrase; there is nothing to remove."
)


@dataclass(frozen=True)
class UnprotectReport:
    copies_still_protected: int  # backups and copies that keep the old passphrase


def unprotect(path: Path, current: str) -> UnprotectReport:
    """Turn the protected database file ``path`` back into a plain SQLite file.

    Every connection to the file must be closed first. Refused, with the file left as it was,
    for a wrong passphrase, a file that is not protected, a folder that cannot be written or a
    disk without room for the plain copy. Until the final rename the encrypted file is the
    database; the rename is atomic, so a crash leaves either the encrypted or the plain one.
    """
    path = Path(path).expanduser().absolute()
    if not path.is_file():
        raise KnownError(
            QT_TRANSLATE_NOOP("Encryption", "{path} does not exist; check the path.").format(
                path=path
            )
        )
    if looks_like_sqlite(path):
        raise KnownError(NOT_PROTECTED.format(path=path))
    if not looks_encrypted(path):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{path} is not a Turnout database (the file is not an SQLite database).",
            ).format(path=path)
        )
    if not current:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Encryption", "Give the current passphrase of {path} to remove it."
            ).format(path=path)
        )
    try:
        check_integrity(path, current)  # WrongPassphrase before anything is touched
        fresh = path.with_name(f".{path.name}.unprotecting-{os.getpid()}")
        remove_quietly(fresh)
        try:
            _make_private_file(path, fresh)
            _close_wal(path, current)
            try:
                _export_plain(path, current, fresh)
            except (OSError, sqlite3.Error, *_cipher_errors()) as error:
                # A write error here is almost always a full disk; say it that way.
                raise OSError(errno.ENOSPC, str(error)) from error
            if fresh.stat().st_size == 0 or not looks_like_sqlite(fresh):
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "Encryption",
                        "The plain copy of {path} was not written; nothing was changed.",
                    ).format(path=path)
                )
            _verify_copy(path, current, fresh, None, what="plain")
            # The plain file is no easier to read for other users than the encrypted one was.
            os.chmod(fresh, stat.S_IMODE(path.stat().st_mode) & 0o666)
            _replace_and_overwrite(fresh, path, overwrite=False)
        except BaseException:
            remove_quietly(fresh)
            raise
    except (OSError, sqlite3.Error, *_cipher_errors()) as error:
        raise KnownError(_failure_sentence(error, path)) from error
    # Journal mode DELETE left no -wal; an -shm holds only the WAL index, never data.
    remove_quietly(Path(f"{path}-shm"))
    still = sum(1 for copy in copies_of(path) if not looks_like_sqlite(copy))
    return UnprotectReport(copies_still_protected=still)


def _export_plain(source: Path, passphrase: str, target: Path) -> None:
    """Write a new plain SQLite database ``target`` holding everything in ``source``."""
    connection = connect(source, passphrase)
    try:
        cursor = connection.cursor()
        # An empty key attaches a plain SQLite file; the key travels as a bound value.
        cursor.execute("ATTACH DATABASE ? AS plain KEY ?", (str(target), ""))
        cursor.execute("SELECT sqlcipher_export('plain')")
        cursor.execute("DETACH DATABASE plain")
        cursor.close()
    finally:
        connection.close()


def _make_private_file(path: Path, probe: Path) -> None:
    """Create the empty file the plain copy goes into, readable by this user only, or refuse.

    Creating it is the test that the folder can be written (``os.access`` says yes to root
    even on a read-only mount). The copy is about as large as the database, so the disk must
    hold that plus a margin.
    """
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    needed = path.stat().st_size + (1 << 20)
    if shutil.disk_usage(path.parent).free < needed:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _cipher_errors() -> tuple[type[BaseException], ...]:
    try:
        return (cipher_driver().Error,)
    except KnownError:
        return ()


def _failure_sentence(error: BaseException, path: Path, *, removing: bool = True) -> str:
    """One sentence for the machine's failure while removing (or adding, changing) the
    passphrase."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    full = code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)) or "full" in text
    if full and not removing:
        return QT_TRANSLATE_NOOP(
            "Encryption",
            "There is not enough free disk space beside {path} for the protected copy; "
            "nothing was changed.",
        ).format(path=path)
    if full:
        return QT_TRANSLATE_NOOP(
            "Encryption",
            "There is not enough free disk space beside {path} for the plain copy; "
            "nothing was changed.",
        ).format(path=path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return QT_TRANSLATE_NOOP(
            "Encryption", "{folder} cannot be written (it is read-only); nothing was changed."
        ).format(folder=path.parent)
    sentence = describe_driver_error(error, str(path))
    if sentence is not None:
        return sentence
    reason = getattr(error, "strerror", None) or str(error)
    if not removing:
        return QT_TRANSLATE_NOOP(
            "Encryption", "{path} could not be protected ({reason}); nothing was changed."
        ).format(path=path, reason=reason)
    return QT_TRANSLATE_NOOP(
        "Encryption",
        "The passphrase of {path} could not be removed ({reason}); nothing was changed.",
    ).format(path=path, reason=reason)
