"""Copying and checking SQLite files safely, through SQLite's online backup API.

A plain file copy of a live database can miss pages still in the ``-wal`` file or catch a
half-written transaction; the backup API copies a consistent snapshot.

A database protected with a passphrase is a SQLCipher file: it has no SQLite header (every
page, the first included, is encrypted), and SQLCipher only notices a wrong key at the first
query. Every function here takes the passphrase of each file it opens (None: not protected),
so a copy of a protected database is protected too and plaintext never reaches the disk.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from db.errors import KnownError
from db.messages import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher pages are whole multiples of this (its default page size is 4096).
_CIPHER_PAGE_UNIT = 512


class WrongPassphrase(KnownError):
    """The passphrase does not open this database."""


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file or an empty file (which SQLite treats as a new database)."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header == b"" or header == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` could be a SQLCipher database (and is not a plain SQLite one).

    Encrypted pages look like random bytes, so this can only rule out what is clearly
    something else: a plain SQLite file, an empty file, text, an image, a truncated file.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    if size == 0 or size % _CIPHER_PAGE_UNIT or head.startswith(SQLITE_HEADER):
        return False
    printable = sum(32 <= byte < 127 or byte in (9, 10, 13) for byte in head)
    known_magic = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"BEGIN:")
    return printable < len(head) * 0.9 and not head.startswith(known_magic)


def needs_passphrase(path: Path) -> bool:
    """True when ``path`` exists and is (as far as one can tell) a protected database."""
    try:
        return path.is_file() and looks_encrypted(path)
    except OSError:
        return False  # opening it will say why it cannot be read


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False):
    """A DB-API connection to ``path``: sqlite3, or sqlcipher3 keyed with ``passphrase``.

    Raises WrongPassphrase when the key does not open an existing file. The passphrase goes
    to SQLCipher as a bound parameter-free PRAGMA on this connection only, never to a log.
    """
    uri = Path(path).absolute().as_uri()
    target = f"{uri}?mode=ro" if readonly else uri
    if passphrase is None:
        return sqlite3.connect(target, uri=True)
    driver = cipher_driver()
    connection = driver.connect(target, uri=True, check_same_thread=False)
    try:
        apply_key(connection, passphrase)
        verify_key(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def cipher_driver():
    """The sqlcipher3 module, quiet (it logs failed page decryptions to stderr by default)."""
    try:
        import sqlcipher3
    except ImportError as error:  # an optional dependency
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "DatabaseFiles",
                "Passphrase protection needs the sqlcipher3 package: "
                "pip install 'turnout[encryption]'.",
            )
        ) from error
    return sqlcipher3


def apply_key(connection, passphrase: str) -> None:
    """Key a fresh SQLCipher connection; must come before anything reads the file."""
    if not passphrase:
        raise KnownError(QT_TRANSLATE_NOOP("DatabaseFiles", "The passphrase is empty."))
    quoted = passphrase.replace("'", "''")
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA key = '{quoted}'")
    finally:
        cursor.close()


def verify_key(connection, path: Path) -> None:
    """SQLCipher accepts any key at connect and fails at the first read: read now."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as error:
        if "not a database" in str(error) or "encrypted" in str(error):
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("DatabaseFiles", "Wrong passphrase for {path}.").format(path=path)
            ) from error
        raise


def copy_database(
    source: Path,
    target: Path,
    *,
    source_key: str | None = None,
    target_key: str | None = None,
) -> None:
    """Copy ``source`` into ``target`` (replacing its content), encrypted with ``target_key``.

    Same key on both sides: SQLite's backup API. Different keys (protecting a plain database,
    changing a passphrase, restoring a plain backup into a protected database): SQLCipher's
    ``sqlcipher_export`` into a fresh file beside ``target``, which is then copied in with the
    backup API and removed; it is encrypted with ``target_key``, so no plaintext is written.
    """
    if source_key != target_key:
        if target_key is None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "DatabaseFiles", "Turnout does not remove a database's passphrase."
                )
            )
        fresh = target.with_name(f".{target.name}.export")
        remove_quietly(fresh)
        try:
            export_encrypted(source, fresh, source_key=source_key, target_key=target_key)
            copy_database(fresh, target, source_key=target_key, target_key=target_key)
        finally:
            remove_quietly(fresh)
        return
    src = connect(source, source_key, readonly=True)
    try:
        dst = connect_new(target, target_key)
        try:
            src.backup(dst)
            # A self-contained single file: no -wal or -shm beside it. Turnout switches it
            # back to WAL when it opens it as its database.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def connect_new(path: Path, passphrase: str | None):
    """A connection to ``path`` that may be created (keyed, not verified: it may be empty)."""
    if passphrase is None:
        return sqlite3.connect(path)
    connection = cipher_driver().connect(str(path), check_same_thread=False)
    apply_key(connection, passphrase)
    return connection


def export_encrypted(
    source: Path, target: Path, *, source_key: str | None, target_key: str
) -> None:
    """Write a new SQLCipher database ``target`` holding everything in ``source``."""
    if target.exists():
        raise KnownError(
            QT_TRANSLATE_NOOP("DatabaseFiles", "{path} already exists.").format(path=target)
        )
    connection = (
        connect(source, source_key)
        if source_key
        else cipher_driver().connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    )
    try:
        cursor = connection.cursor()
        # ATTACH takes the key as a bound value: no quoting, and nothing in a statement log.
        cursor.execute("ATTACH DATABASE ? AS protected KEY ?", (str(target), target_key))
        cursor.execute("SELECT sqlcipher_export('protected')")
        cursor.execute("DETACH DATABASE protected")
        cursor.close()
    finally:
        connection.close()


def check_integrity(path: Path, passphrase: str | None = None) -> None:
    """Raise KnownError unless SQLite's integrity check passes on ``path``."""
    try:
        connection = connect(path, passphrase, readonly=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except WrongPassphrase:
        raise
    except Exception as error:
        if not _is_driver_error(error):
            raise
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "DatabaseFiles", "{path} is damaged or not a database ({error})."
            ).format(path=path, error=error)
        ) from error
    if rows != [("ok",)]:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "DatabaseFiles", "{path} failed SQLite's integrity check: {reason}."
            ).format(path=path, reason=rows[0][0])
        )


def _is_driver_error(error: Exception) -> bool:
    return isinstance(error, sqlite3.DatabaseError) or type(error).__module__.startswith(
        "sqlcipher3"
    )


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort: SSDs may keep old blocks)."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with contextlib.suppress(OSError), path.open("r+b") as handle:
            _zero(handle.fileno(), size)
        path.unlink()


def _zero(fd: int, size: int) -> None:
    block = b"\0" * 65536
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < size:
        written += os.write(fd, block[: min(len(block), size - written)])
    os.fsync(fd)


def remove_quietly(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            candidate.unlink()
