"""The window as Turnout starts it (desktop/gui.py): the events list paints first, and the menus'
feature actions (ui/features.py) arrive right after, before anyone can reach for them."""

from __future__ import annotations

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from ui import ical_actions, print_actions
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def printed(monkeypatch) -> list[int | None]:
    """The event under the cursor each time Print… runs (the dialog itself is not opened)."""
    seen: list[int | None] = []
    monkeypatch.setattr(
        print_actions.PrintActions,
        "print_event",
        lambda self: seen.append(self.window.selected_event_id()),
    )
    return seen


@pytest.fixture
def started(qtbot, demo_database) -> MainWindow:
    """Started as desktop/gui.py starts it: shown, then the events processed once."""
    window = MainWindow(demo_database, defer_setup=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def names(menu) -> list[str]:
    return [action.objectName() for action in menu.actions() if not action.isSeparator()]


def test_the_feature_actions_wait_for_the_first_paint(qtbot, demo_database):
    window = MainWindow(demo_database, defer_setup=True)
    qtbot.addWidget(window)
    assert window.events_model.rowCount() > 0
    assert "exportCalendar" not in names(window.menu("file"))
    calls: list[str] = []
    window.when_ready(lambda: calls.append("ready"))
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == ["ready"])
    assert "exportCalendar" in names(window.menu("file"))
    window.when_ready(lambda: calls.append("again"))  # once ready, at once
    assert calls == ["ready", "again"]


def test_a_started_window_has_every_menu_action(started):
    file_actions = names(started.menu("file"))
    for name in (
        "loadDemo",
        "openTeamDatabaseAction",
        "importCalendar",
        "exportCalendar",
        "printProgram",
    ):
        assert name in file_actions
    assert file_actions[-1] == "quit"  # below the features, as in every start
    event_actions = names(started.menu("event"))
    for name in ("newEvent", "deleteEvent", "sendInvite", "printEvent", "saveEventPdf"):
        assert name in event_actions
    assert "preferences" in names(started.menu("edit"))
    assert started.campaign_filter.count() > 1  # the example campaign's name is offered


def test_ctrl_p_prints_the_selected_event_in_a_started_window(qtbot, printed, started):
    started.events_view.setFocus()
    qtbot.keyClick(started.events_view, Qt.Key.Key_Down)
    chosen = started.selected_event_id()
    assert chosen is not None
    qtbot.keyClick(started.events_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [chosen]


def test_export_calendar_from_the_file_menu_of_a_started_window(
    qtbot, started, tmp_path, monkeypatch
):
    target = tmp_path / "public.ics"
    monkeypatch.setattr(ical_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press_ok)
            return
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_ok)
    export = next(a for a in started.menu("file").actions() if a.objectName() == "exportCalendar")
    export.trigger()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) > 0


def test_the_database_name_is_still_shown_in_a_started_window(started, demo_database):
    label = started.statusBar().findChild(QLabel, "databaseText")
    assert label.isVisible() and label.text() == demo_database.describe()
