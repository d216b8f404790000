"""Backups: dated copies through the backup API, rotation, listing, restore checks."""

from __future__ import annotations

import os
import sqlite3

import pytest

from db.schema import open_database
from desktop import backups
from desktop.paths import backups_dir


def _dated(folder, stamps):
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number, stamp in enumerate(stamps):
        path = folder / f"turnout-{stamp}.sqlite3"
        path.write_bytes(b"")
        os.utime(path, (1_700_000_000 + number, 1_700_000_000 + number))
        made.append(path)
    return made


def test_rotation_keeps_the_newest_dated_backups_only(data_dir, tmp_path):
    database_path = tmp_path / "turnout.sqlite3"
    folder = backups_dir(database_path)
    stamps = [f"202501{day:02d}-090000" for day in range(1, 15)]
    made = _dated(folder, stamps)
    kept_by_hand = folder / "turnout-before-restore-20250101-080000.sqlite3"
    kept_by_hand.write_bytes(b"")
    removed = backups.rotate(database_path, keep=10)
    assert sorted(removed) == made[:4]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in made[4:]] + [kept_by_hand.name]
    )


def test_automatic_backup_once_a_day_and_listed_newest_first(demo_database, data_dir):
    first = backups.automatic_backup(demo_database, keep=3)
    assert first is not None and first.parent == backups_dir(demo_database.path)
    assert first.parent.parent == data_dir / "backups"
    assert backups.automatic_backup(demo_database, keep=3) is None  # today's exists
    (listed,) = backups.list_backups(demo_database.path)
    assert listed.path == first and listed.size == first.stat().st_size and listed.automatic
    assert not listed.protected
    with sqlite3.connect(first) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_each_database_keeps_its_own_backups(demo_database, data_dir, tmp_path):
    """Two databases on one laptop: neither's daily backup, list nor rotation touches the
    other's (one used to skip its backup because the other had made one that day)."""
    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "turnout.sqlite3")
    try:
        mine = backups.automatic_backup(demo_database, keep=1)
        theirs = backups.automatic_backup(other, keep=1)
        assert mine is not None and theirs is not None and mine.parent != theirs.parent
        assert [item.path for item in backups.list_backups(demo_database.path)] == [mine]
        assert [item.path for item in backups.list_backups(other.path)] == [theirs]
        backups.rotate(other.path, keep=1)
        assert mine.exists() and theirs.exists()
        # The folder says whose backups it holds.
        assert theirs.parent.name.startswith("turnout-")
    finally:
        other.close()


def test_backup_refuses_to_overwrite_and_reports_a_bad_folder(demo_database, tmp_path):
    target = tmp_path / "b.sqlite3"
    backups.backup(demo_database, target)
    with pytest.raises(backups.KnownError, match="already exists"):
        backups.backup(demo_database, target)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(backups.KnownError, match="could not be written"):
        backups.backup(demo_database, blocker / "b.sqlite3")


def test_restore_checks_the_file_first(demo_database, tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(backups.KnownError, match="not one of Turnout's"):
        backups.restore(demo_database, other)
    newer = tmp_path / "newer.sqlite3"
    backups.backup(demo_database, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(backups.KnownError, match="newer version"):
        backups.restore(demo_database, newer)
