"""Printing from the window: Event › Print… (with a preview), Event › Save as PDF…, and
File › Print program….

The pieces themselves come from desktop.printing; this module only asks what to print and
where. QtPrintSupport is imported inside the slots, off the start-up path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDir, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.errors import KnownError
from desktop.filenames import path_inside
from ui import locale_formats
from ui.features import new_action

TEMPLATE_CHOICES = (
    ("poster", QT_TRANSLATE_NOOP("PrintActions", "Poster (public)")),
    ("handbill", QT_TRANSLATE_NOOP("PrintActions", "Handbill, two per page (public)")),
    ("sheet", QT_TRANSLATE_NOOP("PrintActions", "Event sheet for marshals (internal)")),
)
PAGE_CHOICES = (
    ("letter", QT_TRANSLATE_NOOP("PrintActions", "Letter (8.5 × 11 in)")),
    ("a4", QT_TRANSLATE_NOOP("PrintActions", "A4 (210 × 297 mm)")),
)


@dataclass(frozen=True)
class FlyerChoice:
    template: str
    page: str
    lang: str | None


@dataclass(frozen=True)
class ProgramChoice:
    first: dt.date
    last: dt.date
    public: bool
    page: str


def _fill(combo: QComboBox, choices, current: str) -> None:
    for value, label in choices:
        combo.addItem(QCoreApplication.translate("PrintActions", label), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))


PUBLIC_TEMPLATES = ("poster", "handbill")
ACTIONS = {
    # action: (window title, button)
    "print": (
        QT_TRANSLATE_NOOP("PrintActions", "Print event"),
        QT_TRANSLATE_NOOP("PrintActions", "Print…"),
    ),
    "pdf": (
        QT_TRANSLATE_NOOP("PrintActions", "Save event as PDF"),
        QT_TRANSLATE_NOOP("PrintActions", "Save as PDF…"),
    ),
}
SAVED = {
    "poster": QT_TRANSLATE_NOOP("PrintActions", "Saved the poster to %s"),
    "handbill": QT_TRANSLATE_NOOP("PrintActions", "Saved the handbills to %s"),
    "sheet": QT_TRANSLATE_NOOP("PrintActions", "Saved the event sheet to %s"),
}


class FlyerDialog(QDialog):
    """Which piece of one event, on which paper, with which second language.

    ``action`` is "print" or "pdf": the title and the button say which. An internal event
    has no poster or handbill, so those choices are shown disabled, with the reason.
    """

    def __init__(
        self, parent: QWidget | None, *, public: bool, languages: list[str], action: str = "print"
    ) -> None:
        super().__init__(parent)
        from desktop.printing import default_page

        title, button = ACTIONS[action]
        self.setWindowTitle(QCoreApplication.translate("PrintActions", title))
        form = QFormLayout(self)
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        _fill(self.template, TEMPLATE_CHOICES, "poster" if public else "sheet")
        self.page = QComboBox(self)
        self.page.setObjectName("page")
        _fill(self.page, PAGE_CHOICES, default_page())
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("None"), None)
        for code in languages:
            self.language.addItem(_language_label(code), code)
        form.addRow(self.tr("&Template:"), self.template)
        if not public:
            for template in PUBLIC_TEMPLATES:
                self.template.model().item(self.template.findData(template)).setEnabled(False)
            note = QLabel(
                self.tr("This event is internal: posters and handbills are for public events."),
                self,
            )
            note.setObjectName("internalNote")
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(self.tr("&Paper:"), self.page)
        form.addRow(self.tr("Second &language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PrintActions", button)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()

    def _template_changed(self) -> None:
        # The sheet is internal and shows everything; a second language is a flyer choice.
        self.language.setEnabled(self.template.currentData() != "sheet")

    def choice(self) -> FlyerChoice:
        lang = self.language.currentData() if self.language.isEnabled() else None
        return FlyerChoice(self.template.currentData(), self.page.currentData(), lang)

    @classmethod
    def ask(
        cls, parent, *, public: bool, languages: list[str], action: str = "print"
    ) -> FlyerChoice | None:
        dialog = cls(parent, public=public, languages=languages, action=action)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice() if accepted else None


class ProgramDialog(QDialog):
    """The date range of a program, public or internal, and the paper."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        from desktop.printing import default_page

        self.setWindowTitle(self.tr("Print program"))
        form = QFormLayout(self)
        today = QDate.currentDate()
        self.first = QDateEdit(today, self)
        self.first.setObjectName("first")
        self.last = QDateEdit(today.addDays(6), self)
        self.last.setObjectName("last")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_formats.date_format())
        # The range cannot end before it starts (the service would refuse it).
        self.last.setMinimumDate(today)
        self.first.dateChanged.connect(self.last.setMinimumDate)
        self.public = QCheckBox(self.tr("Public program (public events and details only)"), self)
        self.public.setObjectName("public")
        self.public.setChecked(True)
        self.page = QComboBox(self)
        self.page.setObjectName("page")
        _fill(self.page, PAGE_CHOICES, default_page())
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        form.addRow("", self.public)
        form.addRow(self.tr("&Paper:"), self.page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> ProgramChoice:
        return ProgramChoice(
            self.first.date().toPython(),
            self.last.date().toPython(),
            self.public.isChecked(),
            self.page.currentData(),
        )

    @classmethod
    def ask(cls, parent) -> ProgramChoice | None:
        dialog = cls(parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _language_label(code: str) -> str:
    from PySide6.QtCore import QLocale

    locale = QLocale(code.replace("-", "_"))
    name = locale.nativeLanguageName() or code
    return f"{name} ({code})"


class PrintActions:
    """The print actions of one window, using only its feature contract."""

    def __init__(self, window) -> None:
        self.window = window
        event_menu = window.menu("event")
        self.print_action = new_action(
            window,
            QCoreApplication.translate("PrintActions", "&Print…"),
            "printEvent",
            self.print_event,
        )
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.pdf_action = new_action(
            window,
            QCoreApplication.translate("PrintActions", "Sa&ve as PDF…"),
            "saveEventPdf",
            self.save_event_pdf,
        )
        event_menu.addSeparator()
        event_menu.addAction(self.print_action)
        event_menu.addAction(self.pdf_action)
        self.program_action = new_action(
            window,
            QCoreApplication.translate("PrintActions", "Print pro&gram…"),
            "printProgram",
            self.print_program,
        )
        window.menu("file").addAction(self.program_action)
        # Actions live on the window too, so the shortcut works with the menu closed.
        window.addAction(self.print_action)
        # Enabled only while an event is selected, like Open and Delete (Ctrl+P included).
        window.follow_selection(self.print_action, self.pdf_action)

    # --- slots ---------------------------------------------------------------------------

    def print_event(self) -> None:
        prepared = self._prepare_flyer("print")
        if prepared is not None:
            piece, choice = prepared
            self._preview(piece, choice.page)

    def save_event_pdf(self) -> None:
        prepared = self._prepare_flyer("pdf")
        if prepared is None:
            return
        piece, choice = prepared
        suggested = str(path_inside(Path.home(), piece.title, ".pdf"))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("PrintActions", "Save as PDF"),
            suggested,
            QCoreApplication.translate("PrintActions", "PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            from desktop.files import write_atomically

            write_atomically(Path(path), piece.pdf(choice.page))
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("PrintActions", "Could not save the PDF"), str(error)
            )
            return
        saved = QCoreApplication.translate("PrintActions", SAVED[choice.template])
        self.window.statusBar().showMessage(saved % QDir.toNativeSeparators(path), 8000)

    def print_program(self) -> None:
        choice = ProgramDialog.ask(self.window)
        if choice is None:
            return
        from desktop.printing.pieces import prepare_program

        try:
            with self.window.database.sessions.begin() as session:
                piece = prepare_program(session, choice.first, choice.last, public=choice.public)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("PrintActions", "Could not print the program"),
                str(error),
            )
            return
        self._preview(piece, choice.page)

    # --- helpers -------------------------------------------------------------------------

    def _prepare_flyer(self, action: str):
        event_id = self.window.selected_event_id()
        if event_id is None:
            # Only from code: the window disables the actions with nothing selected.
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PrintActions", "Select an event to print first."),
                5000,
            )
            return None
        from desktop import events
        from desktop.printing.pieces import prepare_flyer

        try:
            with self.window.database.sessions.begin() as session:
                event = events.find(session, event_id)
                has_text = bool(event.alt_title.strip() or event.alt_description.strip())
                languages = [event.alt_language] if event.alt_language and has_text else []
                public = event.visibility == "public"
            # No transaction stays open while the dialog waits for a person.
            choice = FlyerDialog.ask(self.window, public=public, languages=languages, action=action)
            if choice is None:
                return None
            with self.window.database.sessions.begin() as session:
                event = events.find(session, event_id)
                piece = prepare_flyer(event, choice.template, lang=choice.lang)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("PrintActions", "Could not print"), str(error)
            )
            return None
        return piece, choice

    def _preview(self, piece, page: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop.printing import page_layout
        from desktop.printing.fonts import load_fonts

        load_fonts()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(page))
        printer.setDocName(piece.title)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintActions", "Print — %s") % piece.title
        )
        dialog.paintRequested.connect(piece.render)
        self.last_preview = dialog  # kept for tests and for the dialog's lifetime
        dialog.exec()


def install(window) -> None:
    window.print_actions = PrintActions(window)
    # The shipped fonts are registered once the window is up (not before it shows), so the
    # preview of a machine with no fonts installed still has text.
    from PySide6.QtCore import QTimer

    from desktop.printing.fonts import load_fonts

    QTimer.singleShot(0, load_fonts)
