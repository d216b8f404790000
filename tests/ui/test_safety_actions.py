"""Safety in the window: lock (Ctrl+L), protect with a passphrase, backups, restore, CSV, purge.

Modal dialogs are answered by patching their ``exec`` to type into the real dialog and accept
it; message boxes are patched, not clicked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import func, select, text

from db.models import Contact, Event

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery"


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def record(kind):
        def box(parent, title, text_value, *args, **kwargs):
            shown.append(f"{kind}: {text_value}")
            return QMessageBox.StandardButton.Yes

        return box

    for kind in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))

    def exec_(box):
        assert box.textFormat() == Qt.TextFormat.PlainText
        shown.append(f"box: {box.text()}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def window(qtbot, demo_database, messages):
    from ui.main_window import MainWindow

    shown = MainWindow(demo_database)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _answer(monkeypatch, dialog_class, fill) -> None:
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _event_count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Event))


def test_ctrl_l_locks_and_a_plain_database_unlocks_with_the_button(qtbot, window):
    safety = window.safety_actions
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert safety.locked and safety.lock_screen.isVisible()
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    assert window.database.engine.pool.checkedin() == 0  # every connection closed
    assert "no passphrase" in safety.lock_screen.hint.text()
    qtbot.mouseClick(safety.lock_screen.button, Qt.MouseButton.LeftButton)
    assert not safety.locked and window.centralWidget().isVisible()


def test_protect_then_lock_asks_for_the_passphrase(qtbot, window, monkeypatch, messages):
    from ui.passphrase_dialog import PassphraseDialog

    def fill(dialog):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.again, PASSPHRASE)

    _answer(monkeypatch, PassphraseDialog, fill)
    window.safety_actions.protect_action.trigger()
    assert any("The database is protected" in line for line in messages), messages
    path = window.database.path
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert window.database.protected
    assert window.safety_actions.protect_action.text() == "Change &passphrase…"
    events = _event_count(window.database)
    assert events > 0

    window.safety_actions.lock_action.trigger()
    screen = window.safety_actions.lock_screen
    assert screen.passphrase.isVisible()
    with pytest.raises(Exception, match="locked"), window.database.sessions() as session:
        session.execute(text("SELECT 1")).all()
    count_before = len(messages)
    qtbot.wait(1600)  # timers that fire while locked (daily backup, watchers) stay quiet
    assert len(messages) == count_before
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert window.safety_actions.locked and screen.error.text() == "Wrong passphrase."
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.safety_actions.locked
    assert _event_count(window.database) == events


def test_idle_time_locks(qtbot, window):
    safety = window.safety_actions
    safety._apply_lock_after(1)
    assert safety.idle_timer.isActive()
    safety.idle_timer.setInterval(10)
    safety.idle_timer.start()
    qtbot.waitUntil(lambda: safety.locked)
    assert not window.centralWidget().isVisible()


def test_backup_and_restore_from_the_list(qtbot, window, monkeypatch, messages, data_dir):
    from ui.safety_actions import RestoreDialog

    window.safety_actions.backup_action.trigger()
    assert any("Backed up to" in line for line in messages)
    (made,) = (data_dir / "backups").rglob("turnout-*.sqlite3")
    before = _event_count(window.database)
    with window.database.sessions.begin() as session:
        session.execute(text("DELETE FROM events"))
    assert _event_count(window.database) == 0

    seen = {}

    def pick_first(dialog):
        seen["rows"] = dialog.model.rowCount()
        seen["size"] = dialog.model.item(0, 1).text()
        dialog.table.selectRow(0)

    _answer(monkeypatch, RestoreDialog, pick_first)
    window.safety_actions.restore_action.trigger()
    assert seen["rows"] == 1 and seen["size"].endswith("KB")
    assert _event_count(window.database) == before
    assert list((data_dir / "backups").rglob("turnout-before-restore-*.sqlite3"))
    assert made.exists()


def test_automatic_backup_once_a_day(window, data_dir):
    window.safety_actions.automatic_backup()
    window.safety_actions.automatic_backup()
    assert len(list((data_dir / "backups").rglob("turnout-2*.sqlite3"))) == 1


def test_export_contacts_csv(window, monkeypatch, tmp_path):
    target = tmp_path / "out"
    offered = {}

    def save(parent, title, suggested, filters):
        offered["name"] = Path(suggested).name
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.safety_actions.export_contacts_action.trigger()
    assert offered["name"] == "Turnout contacts INTERNAL.csv"
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("name,organisation")


def test_import_contacts_csv(window, monkeypatch, tmp_path, messages):
    source = tmp_path / "people.csv"
    source.write_text("name,phone\nNew Person,555-0100\n,555\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(source), ""))
    window.safety_actions.import_csv_action.trigger()
    assert any("Added 1 contacts" in line and "skipped 1 rows" in line for line in messages)
    with window.database.sessions() as session:
        assert session.scalar(select(Contact).where(Contact.name == "New Person")) is not None


def test_purge_shows_what_it_removes_then_removes_it(qtbot, window, monkeypatch):
    from ui.safety_actions import PurgeDialog

    with window.database.sessions.begin() as session:
        session.execute(
            text("UPDATE events SET ends_at = :old, starts_at = :old WHERE rrule IS NULL"),
            {"old": dt.datetime(2000, 1, 1)},
        )
    shown = {}

    def fill(dialog):
        dialog.days.setValue(30)
        shown["summary"] = dialog.summary.text()
        shown["enabled"] = dialog.purge_button.isEnabled()

    _answer(monkeypatch, PurgeDialog, fill)
    window.safety_actions.purge_action.trigger()
    assert "The events themselves stay" in shown["summary"] and shown["enabled"]
    # One line a kind, the count beside its label: "  • roles: 12" (no "1 roles").
    lines = shown["summary"].splitlines()
    assert lines[0].startswith("Events that ended before ") and lines[0][-1].isdigit()
    assert lines[1] == "Turnout will remove from them:"
    assert [line.split(":")[0].strip() for line in lines[2:6]] == [
        "• roles", "• tasks", "• events' internal notes",
        "• contacts who appear only in these events",
    ]  # fmt: skip
    assert all(line.rsplit(": ", 1)[1].isdigit() for line in lines[2:6])
    with window.database.sessions() as session:
        from desktop import purge

        assert purge.plan(session, 30).empty


def test_dialogs_cancelled_change_nothing(qtbot, window, monkeypatch):
    from ui.passphrase_dialog import PassphraseDialog

    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.safety_actions.protect_action.trigger()
    assert window.database.path.read_bytes().startswith(b"SQLite format 3")


def test_start_asks_again_after_a_wrong_passphrase(qtbot, db_path, monkeypatch, messages):
    from db.schema import open_database
    from desktop.cli import Context
    from desktop.encryption import protect
    from desktop.gui import _open_database
    from ui.passphrase_dialog import PassphraseDialog

    open_database(db_path).close()
    protect(db_path, None, PASSPHRASE)
    answers = iter(["a wrong guess", PASSPHRASE])
    errors: list[str] = []

    def ask(parent, path, error=""):
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(PassphraseDialog, "ask_to_open", staticmethod(ask))
    context = Context(db_target=str(db_path), passphrase_file=None)
    database = _open_database(context)
    try:
        assert database is not None and database.protected
        assert errors[0] == "" and "Wrong passphrase" in errors[1]
    finally:
        context.close()
    monkeypatch.setattr(PassphraseDialog, "ask_to_open", staticmethod(lambda *a: None))
    assert _open_database(Context(db_target=str(db_path), passphrase_file=None)) is None
    assert messages == []  # cancelling says nothing more


def _protect_in_the_window(qtbot, window, monkeypatch) -> None:
    from ui.passphrase_dialog import PassphraseDialog

    def fill(dialog):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.again, PASSPHRASE)

    _answer(monkeypatch, PassphraseDialog, fill)
    window.safety_actions.protect_action.trigger()
    assert window.database.protected


def test_remove_passphrase_asks_it_and_a_confirmation(qtbot, window, monkeypatch, messages):
    """A wrong passphrase first (the file stays byte for byte), then the right one: the file
    is plain SQLite with every row, and the window goes on working without a passphrase."""
    import sqlite3

    from ui.passphrase_dialog import RemovePassphraseDialog

    safety = window.safety_actions
    assert not safety.remove_passphrase_action.isVisible()
    _protect_in_the_window(qtbot, window, monkeypatch)
    assert safety.remove_passphrase_action.isVisible()
    path = window.database.path
    events = _event_count(window.database)
    seen: list[dict] = []

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        wrong = not seen
        seen.append({"error": dialog.error.text(), "bytes": path.read_bytes()})
        qtbot.keyClicks(dialog.current, "not the passphrase" if wrong else PASSPHRASE)
        # Typing is not enough: the removal must be confirmed in words.
        assert not dialog.remove_button.isEnabled()
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "anyone who has this laptop" in dialog.understood.text()
        dialog.understood.click()
        assert dialog.remove_button.isEnabled()
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RemovePassphraseDialog, "exec", exec_)
    safety.remove_passphrase_action.trigger()
    assert len(seen) == 2
    assert seen[0]["error"] == "" and seen[1]["error"] == "Wrong passphrase; nothing was changed."
    assert seen[1]["bytes"] == seen[0]["bytes"]  # the wrong passphrase changed nothing
    assert not seen[0]["bytes"].startswith(b"SQLite format 3")
    assert any("Anyone who has this laptop can now read" in line for line in messages), messages

    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("SELECT count(*) FROM events").fetchone()[0] == events
        assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        plain.close()
    assert not window.database.protected
    assert safety.protect_action.text() == "&Protect with passphrase…"
    assert not safety.remove_passphrase_action.isVisible()
    assert _event_count(window.database) == events  # the window reads the plain file
    safety.lock_action.trigger()
    assert "no passphrase" in safety.lock_screen.hint.text()
    qtbot.mouseClick(safety.lock_screen.button, Qt.MouseButton.LeftButton)
    assert not safety.locked


def test_remove_passphrase_cancelled_changes_nothing(qtbot, window, monkeypatch, messages):
    from ui.passphrase_dialog import RemovePassphraseDialog

    _protect_in_the_window(qtbot, window, monkeypatch)
    path = window.database.path

    def cancel(dialog):
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        before.append(path.read_bytes())
        dialog.reject()
        return dialog.result()

    before: list[bytes] = []
    monkeypatch.setattr(RemovePassphraseDialog, "exec", cancel)
    window.safety_actions.remove_passphrase_action.trigger()
    assert path.read_bytes() == before[0] and window.database.protected
    assert window.safety_actions.remove_passphrase_action.isVisible()


def test_protecting_shows_a_wait_cursor_and_says_what_it_does(qtbot, window, monkeypatch):
    """Protecting takes seconds (every backup is re-encrypted): the cursor and the status
    bar say so meanwhile, and both are back to normal after."""
    from PySide6.QtWidgets import QApplication

    from desktop import encryption
    from ui.passphrase_dialog import PassphraseDialog

    def fill(dialog):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.again, PASSPHRASE)

    seen = []
    real = encryption.protect

    def watched(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
        return real(*args, **kwargs)

    monkeypatch.setattr(encryption, "protect", watched)
    _answer(monkeypatch, PassphraseDialog, fill)
    window.safety_actions.protect_action.trigger()
    assert seen == [(Qt.CursorShape.WaitCursor, "Protecting the database and its backups…")]
    assert QApplication.overrideCursor() is None and window.database.protected
