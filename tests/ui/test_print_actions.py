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


def test_printing_with_nothing_selected_says_so(window):
    window.print_actions.print_action.trigger()
    assert window.errors == [("Nothing to print", "Select an event to print first.")]


def test_a_poster_of_an_internal_event_is_refused_in_one_sentence(qtbot, window):
    window.selected = 7

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.findChild(print_actions.QComboBox, "template"), "Poster")

    answer_dialog(qtbot, fill)
    window.print_actions.print_action.trigger()
    assert len(window.errors) == 1
    assert "internal event" in window.errors[0][1]


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
