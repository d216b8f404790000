"""Encryption at rest: turnout encrypt, opening with a passphrase, changing it, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

TITLE = "Secret strike meeting 7c1e"
PHONE = "+1 555 0199 4242"


def _files_holding(folder: Path, needle: str) -> list[Path]:
    data = needle.encode("utf-8")
    return [p for p in folder.rglob("*") if p.is_file() and data in p.read_bytes()]


@pytest.fixture
def words(tmp_path_factory: pytest.TempPathFactory):
    """Passphrase files kept outside the database's folder (they hold the passphrase)."""
    folder = tmp_path_factory.mktemp("keys")

    def write(name: str, passphrase: str) -> Path:
        path = folder / name
        path.write_text(passphrase + "\n", encoding="utf-8")
        return path

    return write


@pytest.fixture
def protected(run_cli, db_path, words, data_dir):
    """A database with a known title and phone, a plaintext backup, then protected."""
    assert run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00",
                   "--notes", PHONE)[0] == 0  # fmt: skip
    assert run_cli("backup")[0] == 0
    key = words("key", "correct horse battery")
    code, out, err = run_cli("encrypt", "--new-passphrase-file", str(key))
    assert (code, err) == (0, ""), err
    assert "Protected" in out and "1 backups" in out
    return key


def test_no_plaintext_is_left_after_encrypt(protected, db_path, data_dir):
    folder = db_path.parent
    leftovers = sorted(p.name for p in folder.iterdir() if p.name.startswith(db_path.name))
    assert leftovers == [db_path.name]  # no -wal, -shm or conversion file beside it
    for needle in (TITLE, PHONE, "correct horse"):
        assert _files_holding(folder, needle) == []
        assert _files_holding(data_dir, needle) == []
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_open_with_the_passphrase_file(protected, run_cli):
    code, out, _ = run_cli("--passphrase-file", str(protected), "events", "--from", "2030-05-01")
    assert code == 0 and TITLE in out


def test_wrong_or_missing_passphrase_is_one_sentence(protected, run_cli, words, db_path):
    code, out, err = run_cli("--passphrase-file", str(words("bad", "wrong words")), "events")
    assert code == 1 and out == ""
    assert "wrong passphrase" in err.lower() and err.count("\n") == 1
    assert "Traceback" not in err
    code, _, err = run_cli("events")  # stdin is not a terminal under pytest
    assert code == 1 and "protected with a passphrase" in err and "--passphrase-file" in err
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_mistyped_path_is_not_created(protected, run_cli, tmp_path):
    typo = tmp_path / "turnuot.sqlite3"
    code, _, err = run_cli("--passphrase-file", str(protected), "events", db=typo)
    assert code == 1 and "does not exist" in err
    assert not typo.exists()


def test_change_the_passphrase_round_trip(protected, run_cli, words, data_dir):
    new = words("new", "a different long passphrase")
    code, out, err = run_cli("--passphrase-file", str(protected), "encrypt",
                             "--new-passphrase-file", str(new))  # fmt: skip
    assert code == 0 and "Changed the passphrase" in out, err
    code, _, err = run_cli("--passphrase-file", str(protected), "events")
    assert code == 1 and "wrong passphrase" in err.lower()
    code, out, _ = run_cli("--passphrase-file", str(new), "events", "--from", "2030-05-01")
    assert code == 0 and TITLE in out
    # The backup made before protection follows the new passphrase too.
    from db.sqlite_files import check_integrity

    (backup,) = (data_dir / "backups").rglob("turnout-*.sqlite3")
    check_integrity(backup, "a different long passphrase")
    back = words("back", "correct horse battery")
    code, _, err = run_cli("--passphrase-file", str(new), "encrypt",
                           "--new-passphrase-file", str(back))  # fmt: skip
    assert code == 0, err
    code, out, _ = run_cli("--passphrase-file", str(back), "events", "--from", "2030-05-01")
    assert code == 0 and TITLE in out


def test_backups_of_a_protected_database_stay_protected(protected, run_cli, tmp_path):
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    code, _, err = run_cli("--passphrase-file", str(protected), "backup", "-o", str(target))
    assert code == 0, err
    assert _files_holding(target.parent, TITLE) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target).execute("SELECT * FROM events").fetchall()
    run_cli("--passphrase-file", str(protected), "event", "add", "--title", "Later",
            "--start", "2030-06-01 10:00")  # fmt: skip
    code, out, err = run_cli("--passphrase-file", str(protected), "restore", str(target))
    assert code == 0, err
    code, out, _ = run_cli("--passphrase-file", str(protected), "events", "--from", "2030-05-01")
    assert TITLE in out and "Later" not in out
    assert _files_holding(tmp_path, TITLE) == []


def test_weak_or_mismatched_new_passphrases_change_nothing(run_cli, db_path, words):
    run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00")
    before = db_path.read_bytes()
    code, _, err = run_cli("encrypt", "--new-passphrase-file", str(words("short", "abc")))
    assert code == 1 and "too short" in err
    code, _, err = run_cli("encrypt")  # no terminal to ask on
    assert code == 1 and "--new-passphrase-file" in err
    assert db_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


def test_encrypting_a_missing_or_foreign_file_is_one_sentence(run_cli, tmp_path, words):
    key = str(words("key", "correct horse battery"))
    code, _, err = run_cli("encrypt", "--new-passphrase-file", key, db=tmp_path / "none.db")
    assert code == 1 and "does not exist" in err and not (tmp_path / "none.db").exists()
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list\n")
    code, _, err = run_cli("encrypt", "--new-passphrase-file", key, db=junk)
    assert code == 1 and "not a Turnout database" in err
    assert junk.read_text() == "shopping list\n"


def test_the_passphrase_never_reaches_repr_or_url(protected, db_path):
    from db.schema import open_database

    database = open_database(db_path, "correct horse battery")
    try:
        shown = " ".join([repr(database), repr(database.engine), str(database.url),
                          database.describe()])  # fmt: skip
        assert "correct horse" not in shown
        with database.sessions() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT title FROM events")).scalar() == TITLE
        database.lock()
        from desktop.errors import KnownError

        with pytest.raises(KnownError, match="locked"), database.sessions() as session:
            session.execute(text("SELECT 1")).all()
        from db.sqlite_files import WrongPassphrase

        with pytest.raises(WrongPassphrase):
            database.unlock("not it at all")
        database.unlock("correct horse battery")
        with database.sessions() as session:
            assert session.execute(text("SELECT count(*) FROM events")).scalar() == 1
    finally:
        database.close()


def test_copies_kept_before_an_upgrade_are_protected_too(run_cli, db_path, words):
    run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00")
    copy = db_path.with_name(f"{db_path.name}.before-upgrade-0002-20250101-000000")
    from db.sqlite_files import check_integrity, copy_database

    copy_database(db_path, copy)
    assert TITLE.encode() in copy.read_bytes()
    key = words("key", "correct horse battery")
    code, out, err = run_cli("encrypt", "--new-passphrase-file", str(key))
    assert code == 0 and "1 backups and copies" in out, err
    assert TITLE.encode() not in copy.read_bytes()
    check_integrity(copy, "correct horse battery")


def test_a_plain_backup_restored_into_a_protected_database_is_protected(
    run_cli, db_path, words, tmp_path
):
    run_cli("event", "add", "--title", TITLE, "--start", "2030-05-01 10:00")
    plain = tmp_path / "plain-backup.sqlite3"
    assert run_cli("backup", "-o", str(plain))[0] == 0
    key = words("key", "correct horse battery")
    assert run_cli("encrypt", "--new-passphrase-file", str(key))[0] == 0
    # A copy outside the data folder is the user's to keep; it stays as it was.
    assert TITLE.encode() in plain.read_bytes()
    code, _, err = run_cli("--passphrase-file", str(key), "restore", str(plain))
    assert code == 0, err
    assert TITLE.encode() not in db_path.read_bytes()
    code, out, _ = run_cli("--passphrase-file", str(key), "events", "--from", "2030-05-01")
    assert TITLE in out
