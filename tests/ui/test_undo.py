"""Undo and redo of create, edit, delete and duplicate, through the window's undo stack."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Event
from desktop import events
from ui import messages
from ui.event_editor import EventDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch) -> list[str]:
    """The editor asks before dropping changes; answer "Discard" (closing widgets at teardown)."""
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def window(qtbot, demo_database) -> MainWindow:
    shown = MainWindow(demo_database)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitActive(shown):
        shown.activateWindow()
    return shown


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    return shown


def undo(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, window) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def the_dialog(window) -> EventDialog:
    (dialog,) = [d for d in window.findChildren(EventDialog) if d.isVisible()]
    return dialog


def snapshot_of(database, event_id):
    with database.sessions() as session:
        return events.snapshot(session, event_id)


def find_id(database, title: str) -> int | None:
    with database.sessions() as session:
        return session.scalar(select(Event.id).where(Event.title == title))


def test_undo_and_redo_a_new_event(qtbot, window, demo_database):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = the_dialog(window)
    qtbot.keyClicks(dialog.title, "Sit-in at the council")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    event_id = find_id(demo_database, "Sit-in at the council")
    created = snapshot_of(demo_database, event_id)
    assert window.undo_action.text() == "&Undo Create “Sit-in at the council”"
    undo(qtbot, window)
    assert find_id(demo_database, "Sit-in at the council") is None
    assert window.statusBar().currentMessage() == "Undone: Create “Sit-in at the council”"
    redo(qtbot, window)
    assert window.statusBar().currentMessage() == "Redone: Create “Sit-in at the council”"
    again = snapshot_of(demo_database, event_id)
    assert (again.id, again.uid) == (created.id, created.uid)
    assert window.selected_event_id() == event_id


def test_undo_and_redo_an_edit_with_people_and_tasks(qtbot, window, demo_database):
    event_id = find_id(demo_database, "Protest inside the company's cloud conference")
    before = snapshot_of(demo_database, event_id)
    window.open_event(event_id)
    dialog = the_dialog(window)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Cloud conference protest")
    qtbot.mouseClick(dialog.people.rows[0].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.checklist.rows[0].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = snapshot_of(demo_database, event_id)
    assert edited.edit.draft.title == "Cloud conference protest"
    assert len(edited.edit.roles) == len(before.edit.roles) - 1
    assert len(edited.edit.tasks) == len(before.edit.tasks) - 1
    undo(qtbot, window)
    restored = snapshot_of(demo_database, event_id)
    assert restored.edit.draft == before.edit.draft
    assert restored.edit.roles == before.edit.roles
    assert restored.edit.tasks == before.edit.tasks
    redo(qtbot, window)
    assert snapshot_of(demo_database, event_id).edit.draft.title == "Cloud conference protest"


def test_several_steps_undo_in_order(qtbot, window, demo_database):
    rally = find_id(demo_database, "Rally at the Spheres")
    window.select_event(rally)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.selected_event_id()
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)  # deletes the copy
    window.select_event(rally)
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    with demo_database.sessions() as session:
        assert session.get(Event, rally) is None and session.get(Event, copy) is None
    undo(qtbot, window)
    undo(qtbot, window)
    with demo_database.sessions() as session:
        assert session.get(Event, rally) is not None and session.get(Event, copy) is not None
    undo(qtbot, window)
    with demo_database.sessions() as session:
        assert session.get(Event, copy) is None
    assert not window.undo_stack.canUndo()


def test_an_undo_that_cannot_run_says_so_and_leaves_the_history(
    qtbot, window, demo_database, warnings, monkeypatch
):
    import db.engine

    rally = find_id(demo_database, "Rally at the Spheres")
    window.select_event(rally)
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 50)
    demo_database.engine.dispose()
    other = sqlite3.connect(str(demo_database.path))
    other.execute("BEGIN EXCLUSIVE")
    try:
        undo(qtbot, window)
    finally:
        other.rollback()
        other.close()
    assert len(warnings) == 1 and "another program" in warnings[0]
    assert find_id(demo_database, "Rally at the Spheres") is None
    assert not window.undo_stack.canUndo()
    # The window still works.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = the_dialog(window)
    qtbot.keyClicks(dialog.title, "Still working")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert find_id(demo_database, "Still working") is not None


def test_redo_of_an_edit_after_someone_deleted_the_event(qtbot, window, demo_database, warnings):
    rally = find_id(demo_database, "Rally at the Spheres")
    window.open_event(rally)
    dialog = the_dialog(window)
    qtbot.keyClicks(dialog.title, " again")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    undo(qtbot, window)
    with demo_database.sessions.begin() as session:
        events.delete(session, rally)
    redo(qtbot, window)
    assert warnings and "deleted" in warnings[0]
    assert find_id(demo_database, "Rally at the Spheres again") is None
