"""Opening databases: create at head, upgrade with a kept copy, refuse what is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from db import schema
from db.errors import KnownError
from db.models import Event
from db.schema import HEAD, REVISIONS, open_database


def _alembic(connection, command_name: str, revision: str) -> None:
    schema._run_alembic(connection, command_name, revision)


def _make_database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        _alembic(connection, "upgrade", revision)
    engine.dispose()


def _insert_event_at_0001(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO places (uid, created_at, updated_at, name, address, city, region, "
            "postcode, country, timezone, access_notes, disclosure) VALUES ('p-1', "
            "'2019-01-01 00:00:00', '2019-01-01 00:00:00', 'Hall', '', 'Boston', '', '', '', "
            "'America/New_York', '', 'exact')"
        )
        connection.execute(
            "INSERT INTO events (uid, created_at, updated_at, title, kind, status, visibility, "
            "starts_at, ends_at, timezone, all_day, exdates, place_id, description, demands, "
            "what_to_bring, accessibility, url, notes, meeting_point, route, safety_notes, "
            "legal_hotline, sequence, version) VALUES ('e-1', '2019-01-01 00:00:00', "
            "'2019-01-01 00:00:00', 'Walkout', 'walkout', 'planned', 'public', "
            "'2019-06-26 17:00:00', '2019-06-26 19:00:00', 'America/New_York', 0, '[]', 1, "
            "'', '', '', '', '', 'secret', '', '', '', '', 3, 1)"
        )
    connection.close()


def test_revision_list_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(schema.MIGRATIONS_DIR))
    history = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(history) == REVISIONS
    assert scripts.get_current_head() == HEAD


def test_a_new_database_is_created_at_head(db_path):
    database = open_database(db_path)
    with database.engine.connect() as connection:
        assert schema.current_revision(connection) == HEAD
    database.close()


def test_created_and_migrated_schemas_are_the_same(tmp_path):
    """create_all at head and upgrading from the first revision give the same tables."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    path = tmp_path / "old.sqlite3"
    _make_database_at(path, REVISIONS[0])
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_an_old_database_with_data_is_upgraded_and_a_copy_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    _make_database_at(path, "0001")
    _insert_event_at_0001(path)
    database = open_database(path)
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert (event.title, event.notes, event.sequence) == ("Walkout", "secret", 3)
        assert event.place.name == "Hall"
        assert event.alt_title == ""  # the column revision 0002 added
        assert event.starts_at.hour == 17 and event.starts_at.tzinfo is not None
    database.close()
    copies = list(tmp_path.glob("old.sqlite3.before-upgrade-0001-*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as kept:
        assert kept.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert kept.execute("SELECT title FROM events").fetchall() == [("Walkout",)]


def test_a_failing_upgrade_restores_the_copy(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    _make_database_at(path, "0001")
    _insert_event_at_0001(path)
    real_run = schema._run_alembic

    def upgrade_then_fail(connection, command_name, revision):
        real_run(connection, command_name, revision)
        connection.exec_driver_sql("DELETE FROM events")
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(schema, "_run_alembic", upgrade_then_fail)
    with pytest.raises(
        KnownError, match=r"Upgrading .* failed \(disk I/O error\); it was restored"
    ):
        open_database(path)
    with sqlite3.connect(path) as restored:
        assert restored.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert restored.execute("SELECT title FROM events").fetchall() == [("Walkout",)]
        assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_database_from_a_newer_program_is_refused(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KnownError, match="newer version of Turnout"):
        open_database(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(KnownError, match="is not a Turnout database"):
        open_database(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(KnownError, match="not one of Turnout's"):
        open_database(path)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(KnownError, match="is a folder"):
        open_database(tmp_path)


def test_missing_folders_are_created(tmp_path):
    database = open_database(tmp_path / "a" / "b" / "turnout.sqlite3")
    database.close()
    assert (tmp_path / "a" / "b" / "turnout.sqlite3").is_file()


def test_postgresql_database_is_upgraded_with_its_data(postgres_server):
    """Team mode: the same migrations upgrade a server database in one transaction."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin, url, _ = postgres_server
    name = "turnout_upgrade_test"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    target = make_url(url).set(database=name).render_as_string(hide_password=False)
    try:
        engine = create_engine(target)
        with engine.begin() as connection:
            _alembic(connection, "upgrade", "0001")
            connection.execute(text(
                "INSERT INTO events (uid, created_at, updated_at, title, kind, status, "
                "visibility, starts_at, ends_at, timezone, all_day, exdates, description, "
                "demands, what_to_bring, accessibility, url, notes, meeting_point, route, "
                "safety_notes, legal_hotline, sequence, version) VALUES ('e-1', now(), now(), "
                "'Walkout', 'walkout', 'planned', 'public', '2019-06-26 17:00Z', "
                "'2019-06-26 19:00Z', 'America/New_York', false, '[]', '', '', '', '', '', "
                "'secret', '', '', '', '', 3, 1)"
            ))  # fmt: skip
        engine.dispose()
        database = open_database(target)
        with database.sessions() as session:
            event = session.scalars(select(Event)).one()
            assert (event.title, event.notes, event.alt_title) == ("Walkout", "secret", "")
            assert event.starts_at.hour == 17
        with database.engine.connect() as connection:
            assert schema.current_revision(connection) == HEAD
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
            connection.commit()
        database.close()
        with pytest.raises(KnownError, match="newer version of Turnout"):
            open_database(target)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
