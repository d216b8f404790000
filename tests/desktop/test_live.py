"""A window notices what another connection (a teammate, another window) committed."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from db.schema import open_database
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.live import ChangeWatcher

pytestmark = pytest.mark.postgres


def _add_event(database, title: str) -> None:
    with database.sessions.begin() as session:
        events.create(session, EventDraft(title=title, start=dt.datetime(2030, 5, 1, 12),
                                          timezone="UTC"))  # fmt: skip


def _poll_until_changed(watcher: ChangeWatcher, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.05)
    return False


def test_a_teammates_commit_is_noticed_and_my_own_reads_are_not(database, db_target):
    teammate = open_database(db_target)
    watcher = ChangeWatcher(database)
    try:
        assert watcher.poll() is False  # the first look only sets the baseline
        with database.sessions() as session:  # reading changes nothing
            events.occurrences_between(session, dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
                                       dt.datetime(2040, 1, 1, tzinfo=dt.UTC))  # fmt: skip
        assert watcher.poll() is False
        _add_event(teammate, "Teammate's picket")
        assert _poll_until_changed(watcher)
        assert watcher.poll() is False  # told once
    finally:
        watcher.close()
        teammate.close()


def test_an_unreachable_server_is_one_sentence():
    from db.engine import create_database_engine, session_factory, url_for
    from db.schema import Database

    url = url_for("postgresql+psycopg://nobody:secret@127.0.0.1:9/turnout")  # port 9: discard
    engine = create_database_engine(url)
    offline = Database(url=url, engine=engine, sessions=session_factory(engine))
    watcher = ChangeWatcher(offline)
    with pytest.raises(KnownError, match="cannot be reached") as raised:
        watcher.poll()
    assert "secret" not in str(raised.value)
    with pytest.raises(KnownError, match="cannot be reached"), offline.sessions() as session:
        events.find(session, 1)
    engine.dispose()
