"""The window shows a teammate's change by itself, keeps the user's place, and says when
the server is away."""

from __future__ import annotations

import datetime as dt

import pytest

from db.schema import open_database
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.live import ChangeWatcher
from ui.event_table_model import EventTableModel
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


def _titles(window) -> list[str]:
    model = window.events_model
    return [model.index(row, EventTableModel.COL_TITLE).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot, demo_database):
    shown = MainWindow(demo_database)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.live_updates.stop()


def test_a_teammates_new_event_appears_and_my_selection_stays(qtbot, window, db_target):
    window.show_view(0)
    assert window.select_event(3)
    teammate = open_database(db_target)
    try:
        with teammate.sessions.begin() as session:
            events.create(session, EventDraft(title="Teammate's new picket", timezone="UTC",
                                              start=dt.datetime(2019, 7, 1, 12)))  # fmt: skip
        qtbot.waitUntil(lambda: "Teammate's new picket" in _titles(window), timeout=10_000)
        assert window.selected_event_id() == 3
    finally:
        teammate.close()


def test_offline_banner_comes_and_goes(qtbot, window, monkeypatch):
    shown_before = _titles(window)
    live = window.live_updates

    def unreachable(self):
        raise KnownError("The team server cannot be reached; what is on screen stays readable.")

    monkeypatch.setattr(ChangeWatcher, "poll", unreachable)
    live.poll()
    assert live.banner.isVisible()
    assert "cannot be reached" in live.banner.text()
    assert "what is on screen stays readable" in live.banner.toolTip()
    assert _titles(window) == shown_before  # what was on screen is still there
    monkeypatch.setattr(ChangeWatcher, "poll", lambda self: False)
    live.poll()
    assert not live.banner.isVisible()
    assert _titles(window) == shown_before
