"""Removing a database's passphrase: turnout decrypt and desktop.encryption.unprotect.

Each test protects a database holding data, then checks that the plain file opens with the
standard library's sqlite3 and holds every row, or that a refusal left the file byte for byte
as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
TITLE = "Secret strike meeting 9d2f"
TABLES = ("events", "places", "contacts", "roles", "tasks", "campaigns")


@pytest.fixture
def words(tmp_path_factory: pytest.TempPathFactory):
    """Passphrase files kept outside the database's folder."""
    folder = tmp_path_factory.mktemp("keys")

    def write(name: str, passphrase: str) -> Path:
        path = folder / name
        path.write_text(passphrase + "\n", encoding="utf-8")
        return path

    return write


def _counts(path: Path, passphrase: str | None = None) -> dict[str, int]:
    from db.sqlite_files import connect

    connection = connect(path, passphrase, readonly=True)
    try:
        return {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in TABLES
        }
    finally:
        connection.close()


@pytest.fixture
def protected(run_cli, db_path, words, data_dir):
    """The demo campaign plus one known event, a backup, then protected with PASSPHRASE.

    Returns the passphrase file and the row counts before protection.
    """
    assert run_cli("demo")[0] == 0
    assert run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00")[0] == 0
    assert run_cli("backup")[0] == 0
    counts = _counts(db_path)
    assert counts["events"] > 1 and counts["contacts"] > 0
    key = words("key", PASSPHRASE)
    assert run_cli("encrypt", "--new-passphrase-file", str(key))[0] == 0
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    return key, counts


def _one_sentence(err: str) -> None:
    assert err.startswith("turnout: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def _leftovers(db_path: Path) -> list[str]:
    return sorted(p.name for p in db_path.parent.iterdir() if db_path.name in p.name)


def test_decrypt_gives_a_plain_file_with_every_row(protected, run_cli, db_path, data_dir):
    key, counts = protected
    code, out, err = run_cli("--passphrase-file", str(key), "decrypt")
    assert (code, err) == (0, ""), err
    assert "Removed the passphrase" in out and "anyone" in out
    assert "1 backup made while it was protected keeps the old passphrase" in out
    assert db_path.read_bytes().startswith(b"SQLite format 3\x00")
    # The standard library, with no key at all, reads everything.
    plain = sqlite3.connect(db_path)
    try:
        assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        titles = {row[0] for row in plain.execute("SELECT title FROM events")}
    finally:
        plain.close()
    assert TITLE in titles
    assert _counts(db_path) == counts
    assert _leftovers(db_path) == [db_path.name]  # no temporary copy, -wal or -shm
    # Turnout opens it with no passphrase, and writes to it.
    code, out, err = run_cli("events", "--from", "2030-05-01", "--to", "2030-05-02")
    assert code == 0 and TITLE in out, err
    assert run_cli("event", "add", "--title", "After", "--start", "2030-06-01 10:00")[0] == 0
    # The backup made while it was protected is still protected.
    (backup,) = (data_dir / "backups").rglob("turnout-*.sqlite3")
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert _counts(backup, PASSPHRASE)["events"] == counts["events"]


def test_a_wrong_or_missing_passphrase_changes_no_byte(protected, run_cli, db_path, words):
    before = db_path.read_bytes()
    code, out, err = run_cli("--passphrase-file", str(words("bad", "wrong words here")), "decrypt")
    assert code == 1 and out == ""
    _one_sentence(err)
    assert "wrong passphrase" in err.lower()
    code, out, err = run_cli("decrypt")  # no terminal to ask on under pytest
    assert code == 1 and "--passphrase-file" in err
    _one_sentence(err)
    assert db_path.read_bytes() == before
    assert _leftovers(db_path) == [db_path.name]


def test_a_plain_missing_or_foreign_file_is_refused(run_cli, db_path, tmp_path, words):
    run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00")
    before = db_path.read_bytes()
    key = str(words("key", PASSPHRASE))
    code, _, err = run_cli("--passphrase-file", key, "decrypt")
    assert code == 1 and "not protected with a passphrase" in err
    _one_sentence(err)
    assert db_path.read_bytes() == before
    code, _, err = run_cli("--passphrase-file", key, "decrypt", db=tmp_path / "none.db")
    assert code == 1 and "does not exist" in err and not (tmp_path / "none.db").exists()
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"%PDF-1.7" + b"\0" * 4088)
    code, _, err = run_cli("--passphrase-file", key, "decrypt", db=junk)
    assert code == 1 and "not a Turnout database" in err
    code, _, err = run_cli("decrypt", db="postgresql+psycopg://someone@localhost/none")
    assert code == 1 and "team database" in err


CRASH_AFTER_COMMIT = textwrap.dedent(
    """
    import os, sys
    import sqlcipher3
    path, passphrase, title = sys.argv[1:]
    connection = sqlcipher3.connect(path)
    connection.execute(f"PRAGMA key = '{passphrase}'")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("UPDATE events SET title = 'Only in the WAL' WHERE title = ?", (title,))
    connection.commit()
    os._exit(0)  # a crash: the commit stays in the -wal, never checkpointed
    """
)


def test_a_commit_left_in_the_wal_reaches_the_plain_file(protected, db_path):
    from desktop.encryption import unprotect

    command = [sys.executable, "-c", CRASH_AFTER_COMMIT, str(db_path), PASSPHRASE, TITLE]
    subprocess.run(command, check=True, timeout=60)
    wal = Path(f"{db_path}-wal")
    assert wal.stat().st_size > 0
    unprotect(db_path, PASSPHRASE)
    plain = sqlite3.connect(db_path)
    try:
        titles = {row[0] for row in plain.execute("SELECT title FROM events")}
    finally:
        plain.close()
    assert "Only in the WAL" in titles and TITLE not in titles
    assert not wal.exists() and not Path(f"{db_path}-shm").exists()


def test_the_plain_file_keeps_the_private_permissions(protected, db_path):
    from desktop.encryption import unprotect

    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    os.chmod(db_path, 0o600)
    unprotect(db_path, PASSPHRASE)
    assert (db_path.stat().st_mode & 0o777) == 0o600


def test_a_read_only_folder_changes_nothing(protected, db_path, run_cli, monkeypatch):
    """The refusal a read-only folder gives. Root may write anywhere, so the folder's refusal
    is made for it: creating a file there fails with EROFS, as on a read-only mount."""
    key, _ = protected
    before = db_path.read_bytes()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        real_open = os.open

        def refusing_open(path, flags, *args, **kwargs):
            if Path(path).parent == db_path.parent and flags & os.O_CREAT:
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
        code, out, err = run_cli("--passphrase-file", str(key), "decrypt")
        monkeypatch.undo()
    else:
        os.chmod(db_path.parent, 0o555)
        try:
            code, out, err = run_cli("--passphrase-file", str(key), "decrypt")
        finally:
            os.chmod(db_path.parent, 0o755)
    assert code == 1 and out == ""
    _one_sentence(err)
    assert "read-only" in err and "nothing was changed" in err
    assert db_path.read_bytes() == before
    assert _leftovers(db_path) == [db_path.name]


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    # A full disk: writes past this size fail (EFBIG) instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40000, 40000))
    from desktop.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_changes_nothing(protected, db_path, data_dir):
    key, counts = protected
    before = db_path.read_bytes()
    assert len(before) > 40000
    command = ["--db", str(db_path), "--passphrase-file", str(key), "decrypt"]
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), "TURNOUT_DATA_DIR": str(data_dir)},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    _one_sentence(done.stderr)
    assert "disk space" in done.stderr and "nothing was changed" in done.stderr
    assert db_path.read_bytes() == before
    assert _leftovers(db_path) == [db_path.name]
    assert _counts(db_path, PASSPHRASE) == counts


def test_protect_again_after_removing(protected, run_cli, db_path, words):
    key, counts = protected
    assert run_cli("--passphrase-file", str(key), "decrypt")[0] == 0
    again = words("again", "another long passphrase")
    code, out, err = run_cli("encrypt", "--new-passphrase-file", str(again))
    assert code == 0 and "Protected" in out, err
    assert _counts(db_path, "another long passphrase") == counts
