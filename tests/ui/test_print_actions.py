"""Printing from the window: the dialogs are used by keyboard and mouse, the results read back
from the PDF file or the preview."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox

from tests.desktop.printing_helpers import text
from tests.ui.contract_window import ContractWindow
from ui import print_actions

# The off-screen platform cannot resize a dialog to its size hint, and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, demo_database):
    shown = ContractWindow(demo_database)
    qtbot.addWidget(shown)
    print_actions.install(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def answer_dialog(qtbot, fill) -> None:
    """When the next modal dialog opens, let ``fill(dialog)`` type into it, then press OK."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


PRIME_DAY = "Prime Day protest outside the CEO's Manhattan apartment"


def pdf_text(path: Path) -> str:
    return text(path)


def test_save_as_pdf_writes_the_chosen_handbill_on_a4(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "handbill.pdf"
    monkeypatch.setattr(
        print_actions.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    window.selected = 4

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.findChild(print_actions.QComboBox, "template"), "Handbill")
        qtbot.keyClicks(dialog.findChild(print_actions.QComboBox, "page"), "A4")

    answer_dialog(qtbot, fill)
    window.print_actions.pdf_action.trigger()
    assert window.errors == []
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "595 x 842 pts" in info
    text = pdf_text(target)
    assert text.count("Prime Day protest outside the CEO's Manhattan apartment") == 2
    assert "North-west corner" not in text  # the meeting point is internal


def test_ctrl_p_previews_the_event_sheet_of_an_internal_event(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages: list[int] = []

    def exec_(dialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        pages.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.selected = 7  # the weekly meeting: internal, so the sheet is proposed
    answer_dialog(qtbot, lambda dialog: None)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.errors == []
    assert pages and pages[0] >= 1


def test_print_program_previews_the_chosen_range(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    pages: list[int] = []

    def exec_(dialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        pages.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)

    def fill(dialog) -> None:
        # Typing a year digit by digit passes through years before 1752, which QDateEdit
        # refuses; the calendar popup is what people use, so set the dates directly.
        dialog.findChild(print_actions.QDateEdit, "first").setDate(QDate(2019, 5, 1))
        dialog.findChild(print_actions.QDateEdit, "last").setDate(QDate(2019, 8, 31))
        qtbot.mouseClick(dialog.findChild(QCheckBox, "public"), Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, fill)
    window.print_actions.program_action.trigger()
    assert window.errors == []
    assert pages == [2]


def test_print_and_save_are_disabled_in_the_menu_with_no_event_selected(qtbot, window):
    menu = window.menu("event")
    actions = (window.print_actions.print_action, window.print_actions.pdf_action)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert [action.isEnabled() for action in actions] == [False, False]
    menu.hide()
    window.selected = 4
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert [action.isEnabled() for action in actions] == [True, True]
    menu.hide()


def test_ctrl_p_with_nothing_selected_does_nothing(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(print_actions.PrintActions, "print_event", lambda self: opened.append(1))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.errors == [] and not window.print_actions.print_action.isEnabled()


def test_an_internal_event_offers_only_its_event_sheet(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: 0)
    window.selected = 7  # the weekly meeting: internal
    seen = {}

    def fill(dialog) -> None:
        template = dialog.findChild(print_actions.QComboBox, "template")
        items = template.model()
        seen["enabled"] = {
            template.itemData(i): items.item(i).isEnabled() for i in range(template.count())
        }
        seen["note"] = dialog.findChild(print_actions.QLabel, "internalNote").text()
        seen["title"] = dialog.windowTitle()
        # A person trying to pick the poster cannot: the sheet stays chosen.
        qtbot.keyClicks(template, "Poster")
        seen["chosen"] = template.currentData()

    answer_dialog(qtbot, fill)
    window.print_actions.print_action.trigger()
    assert seen["enabled"] == {"poster": False, "handbill": False, "sheet": True}
    assert "internal" in seen["note"] and "public events" in seen["note"]
    assert "--" not in seen["note"]
    assert seen["title"] == "Print event"
    assert seen["chosen"] == "sheet"
    assert window.errors == []


def test_a_public_event_offers_every_template(qtbot, window):
    dialog = print_actions.FlyerDialog(window, public=True, languages=[])
    qtbot.addWidget(dialog)
    template = dialog.findChild(print_actions.QComboBox, "template")
    assert all(template.model().item(i).isEnabled() for i in range(template.count()))
    assert template.currentData() == "poster"
    assert dialog.findChild(print_actions.QLabel, "internalNote") is None


def test_the_dialog_names_its_action_and_saving_says_where(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "poster.pdf"
    monkeypatch.setattr(
        print_actions.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    window.selected = 4
    seen = {}

    def fill(dialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["title"], seen["button"] = dialog.windowTitle(), ok.text()

    answer_dialog(qtbot, fill)
    window.print_actions.pdf_action.trigger()
    assert seen == {"title": "Save event as PDF", "button": "Save as PDF…"}
    assert window.errors == []
    assert PRIME_DAY in pdf_text(target)
    assert window.statusBar().currentMessage() == f"Saved the poster to {target}"

    answer_dialog(qtbot, fill)
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: 0)
    window.print_actions.print_action.trigger()
    assert seen == {"title": "Print event", "button": "Print…"}


def test_the_program_cannot_end_before_it_starts(qtbot, window):
    dialog = print_actions.ProgramDialog(window)
    qtbot.addWidget(dialog)
    first = dialog.findChild(print_actions.QDateEdit, "first")
    last = dialog.findChild(print_actions.QDateEdit, "last")
    first.setDate(QDate(2031, 3, 10))
    assert last.date() >= first.date()
    last.setDate(QDate(2031, 3, 1))
    assert dialog.choice().last >= dialog.choice().first


def test_the_proposed_file_name_stays_in_the_folder(qtbot, window, demo_database, monkeypatch):
    from db.models import Event

    with demo_database.sessions.begin() as session:
        session.get(Event, 4).title = "../../.bashrc \u202efdp.exe"
    proposed: list[str] = []

    def cancel(parent, caption, suggested, *args, **kwargs):
        proposed.append(suggested)
        return "", ""

    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", cancel)
    window.selected = 4
    answer_dialog(qtbot, lambda dialog: None)
    window.print_actions.pdf_action.trigger()
    assert len(proposed) == 1
    path = Path(proposed[0])
    assert path.parent == Path.home().resolve()
    assert path.name == "bashrc fdp.exe.pdf"
