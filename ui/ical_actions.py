"""Calendar files from the window: File › Export calendar…, File › Import calendar…,
Event › Send invite… and Event › Send cancellation….

The work is done by desktop.ical; this module asks what and where, shows what will be shared
or changed before anything happens, and reports. icalendar is imported inside the slots (via
desktop.ical.feed and desktop.ical.importer), off the start-up path. Text that came from users
or files is shown as plain text, never as rich text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KnownError
from desktop.filenames import path_inside
from ui import locale_formats

ICS_FILTER = QT_TRANSLATE_NOOP(
    "IcalActions", "Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)"
)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


@dataclass(frozen=True)
class ExportChoice:
    public: bool
    campaign: str | None
    start: dt.date | None
    end: dt.date | None


class ExportDialog(QDialog):
    """Public or team feed, which events, and a preview of what will be shared."""

    def __init__(self, parent: QWidget | None, campaigns: list[str], preview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export calendar"))
        self._preview = preview  # ExportChoice -> text; the dialog itself holds no SQL
        layout = QVBoxLayout(self)
        self.public = QRadioButton(
            self.tr("&Public feed — public events and public details only"), self
        )
        self.public.setObjectName("publicFeed")
        self.team = QRadioButton(self.tr("&Team feed (internal) — everything, do not post"), self)
        self.team.setObjectName("teamFeed")
        self.public.setChecked(True)
        layout.addWidget(self.public)
        layout.addWidget(self.team)
        form = QFormLayout()
        self.campaign = QComboBox(self)
        self.campaign.setObjectName("campaign")
        self.campaign.addItem(self.tr("All campaigns"), None)
        for name in campaigns:
            self.campaign.addItem(name, name)
        form.addRow(self.tr("&Campaign:"), self.campaign)
        self.limit = QCheckBox(self.tr("Only events &between"), self)
        self.limit.setObjectName("limitDates")
        today = QDate.currentDate()
        self.first = QDateEdit(today, self)
        self.first.setObjectName("first")
        self.last = QDateEdit(today.addMonths(3), self)
        self.last.setObjectName("last")
        dates = QHBoxLayout()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_formats.date_format())
            edit.setEnabled(False)
            dates.addWidget(edit)
        form.addRow(self.limit, dates)
        layout.addLayout(form)
        self.summary = _plain_label("", self)
        self.summary.setObjectName("exportPreview")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.public.toggled.connect(self._update)
        self.campaign.currentIndexChanged.connect(self._update)
        self.limit.toggled.connect(self._update)
        self.first.dateChanged.connect(self._update)
        self.last.dateChanged.connect(self._update)

    def choice(self) -> ExportChoice:
        limited = self.limit.isChecked()
        return ExportChoice(
            public=self.public.isChecked(),
            campaign=self.campaign.currentData(),
            start=self.first.date().toPython() if limited else None,
            end=self.last.date().toPython() if limited else None,
        )

    def _update(self) -> None:
        for edit in (self.first, self.last):
            edit.setEnabled(self.limit.isChecked())
        try:
            text, ok = self._preview(self.choice()), True
        except KnownError as error:
            text, ok = str(error), False
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent, campaigns: list[str], preview) -> ExportChoice | None:
        dialog = cls(parent, campaigns, preview)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ImportPreviewDialog(QDialog):
    """What an import will do, line by line, before anything is written."""

    def __init__(self, parent: QWidget | None, plan) -> None:
        super().__init__(parent)
        from desktop.ical import importer

        self.setWindowTitle(self.tr("Import calendar"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        changes = plan.count(importer.CREATE) + plan.count(importer.UPDATE)
        headline = f"{plan.summary().capitalize()}."
        if not changes:
            headline += " " + self.tr("Nothing would change.")
        self.headline = _plain_label(headline, self)
        self.headline.setObjectName("importSummary")
        layout.addWidget(self.headline)
        self.items = QTreeWidget(self)
        self.items.setObjectName("importItems")
        self.items.setRootIsDecorated(False)
        self.items.setHeaderLabels(
            [self.tr("What"), self.tr("Event"), self.tr("When"), self.tr("File"), self.tr("Why")]
        )
        labels = {
            importer.CREATE: self.tr("New"),
            importer.UPDATE: self.tr("Update"),
            importer.UNCHANGED: self.tr("Unchanged"),
            importer.SKIPPED: self.tr("Skipped"),
        }
        order = {importer.SKIPPED: 0, importer.CREATE: 1, importer.UPDATE: 2, importer.UNCHANGED: 3}
        for item in sorted(plan.items, key=lambda i: order.get(i.action, 9)):
            row = QTreeWidgetItem(
                [
                    labels.get(item.action, item.action),
                    item.title,
                    item.when,
                    item.source,
                    item.reason,
                ]
            )
            row.setToolTip(4, item.reason)
            self.items.addTopLevelItem(row)
        for column in range(4):
            self.items.resizeColumnToContents(column)
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setEnabled(changes > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, plan) -> bool:
        return cls(parent, plan).exec() == QDialog.DialogCode.Accepted


class IdentityDialog(QDialog):
    """The user's own name and email: the organizer of invites when an event names none."""

    def __init__(self, parent: QWidget | None, name: str, email: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who sends the invite?"))
        form = QFormLayout(self)
        form.addRow(
            _plain_label(
                self.tr(
                    "This event has no organizer with an email address. Invites are sent in "
                    "your name: replies come back to this address."
                ),
                self,
            )
        )
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.email = QLineEdit(email, self)
        self.email.setObjectName("email")
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &email:"), self.email)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.email.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.email.text().strip()
        valid = "@" in text and " " not in text and not text.startswith("@")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    @classmethod
    def ask(cls, parent, name: str, email: str) -> tuple[str, str] | None:
        dialog = cls(parent, name, email)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip(), dialog.email.text().strip()


class InviteSavedDialog(QDialog):
    """Where the invite was saved and who should get it, ready to copy into an email."""

    def __init__(self, parent: QWidget | None, path: Path, invite) -> None:
        super().__init__(parent)
        cancel = invite.method == "CANCEL"
        self.setWindowTitle(
            self.tr("The cancellation is ready") if cancel else self.tr("The invite is ready")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self.tr("Saved to %1. Attach this file to an email from %2 to these people:")
                .replace("%1", str(path))
                .replace("%2", invite.organizer.display()),
                self,
            )
        )
        self.recipients = QLineEdit(invite.recipients(), self)
        self.recipients.setObjectName("recipients")
        self.recipients.setReadOnly(True)
        layout.addWidget(self.recipients)
        row = QHBoxLayout()
        self.copy = QPushButton(self.tr("&Copy addresses"), self)
        self.copy.setObjectName("copyAddresses")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recipients.text())


def _feed_preview_text(result) -> str:
    if result.public:
        lines = [
            QCoreApplication.translate(
                "IcalActions",
                "%1 public event(s) will be in the feed; %2 internal event(s) are left out.",
            )
            .replace("%1", str(result.events))
            .replace("%2", str(result.left_out_events)),
            QCoreApplication.translate("IcalActions", "Left out of every event, and why:"),
        ]
        lines += [f"  • {what}: {why}" for what, why in result.left_out]
        return "\n".join(lines)
    return QCoreApplication.translate(
        "IcalActions",
        "%1 event(s), with internal notes, meeting points, routes and contacts. "
        "Internal — share it only with the team, never post it.",
    ).replace("%1", str(result.events))


class IcalActions:
    """The calendar-file actions of one window, using only its feature contract."""

    def __init__(self, window) -> None:
        self.window = window
        file_menu = window.menu("file")
        self.export_action = QAction(
            QCoreApplication.translate("IcalActions", "&Export calendar…"), window
        )
        self.export_action.setObjectName("exportCalendar")
        self.export_action.triggered.connect(self.export_calendar)
        self.import_action = QAction(
            QCoreApplication.translate("IcalActions", "&Import calendar…"), window
        )
        self.import_action.setObjectName("importCalendar")
        self.import_action.triggered.connect(self.import_calendar)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        event_menu = window.menu("event")
        self.invite_action = QAction(
            QCoreApplication.translate("IcalActions", "Send &invite…"), window
        )
        self.invite_action.setObjectName("sendInvite")
        self.invite_action.triggered.connect(self.send_invite)
        self.cancel_action = QAction(
            QCoreApplication.translate("IcalActions", "Send &cancellation…"), window
        )
        self.cancel_action.setObjectName("sendCancellation")
        self.cancel_action.triggered.connect(self.send_cancellation)
        event_menu.addSeparator()
        event_menu.addAction(self.invite_action)
        event_menu.addAction(self.cancel_action)

    # --- export ---------------------------------------------------------------------------

    def _options(self, choice: ExportChoice):
        from desktop.ical.feed import FeedOptions

        return FeedOptions(choice.public, choice.campaign, choice.start, choice.end)

    def _preview_text(self, choice: ExportChoice) -> str:
        from desktop.ical.feed import preview_feed

        with self.window.database.sessions() as session:
            return _feed_preview_text(preview_feed(session, self._options(choice)))

    def export_calendar(self) -> None:
        from sqlalchemy import select

        from db.models import Campaign

        try:
            with self.window.database.sessions() as session:
                campaigns = list(session.scalars(select(Campaign.name).order_by(Campaign.name)))
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not export"), str(error)
            )
            return
        choice = ExportDialog.ask(self.window, campaigns, self._preview_text)
        if choice is None:
            return
        suggested = "public-events.ics" if choice.public else "team-calendar-INTERNAL.ics"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("IcalActions", "Export calendar"),
            str(Path.home() / suggested),
            QCoreApplication.translate("IcalActions", ICS_FILTER),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        from desktop.files import write_atomically
        from desktop.ical.feed import export_feed

        try:
            with self.window.database.sessions() as session:
                data = export_feed(session, self._options(choice))
            write_atomically(Path(path), data)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not export the calendar"),
                str(error),
            )

    # --- import ---------------------------------------------------------------------------

    def import_calendar(self, paths: list[str] | None = None) -> None:
        """Import calendar files: ``paths`` (``turnout FILE.ics``), else the ones chosen."""
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(
                self.window,
                QCoreApplication.translate("IcalActions", "Import calendar"),
                str(Path.home()),
                QCoreApplication.translate("IcalActions", ICS_FILTER),
            )
        if not paths:
            return
        from desktop.ical import importer

        try:
            files = importer.read_paths([Path(p) for p in paths])
            with self.window.database.sessions() as session:
                plan = importer.preview(session, files)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not import"), str(error)
            )
            return
        if not ImportPreviewDialog.ask(self.window, plan):
            return
        try:
            with self.window.database.sessions.begin() as session:
                importer.apply(session, files)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Nothing was imported"), str(error)
            )
            return
        self.window.refresh_all()

    # --- invites --------------------------------------------------------------------------

    def send_invite(self) -> None:
        self._invite(cancel=False)

    def send_cancellation(self) -> None:
        self._invite(cancel=True)

    def _invite(self, *, cancel: bool) -> None:
        event_id = self.window.selected_event_id()
        if event_id is None:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "No event selected"),
                QCoreApplication.translate("IcalActions", "Select the event to invite people to."),
            )
            return
        from desktop import events
        from desktop.ical.feed import export_invite
        from desktop.settings import load_settings, save_identity

        try:
            with self.window.database.sessions() as session:
                event = events.find(session, event_id)
                has_organizer = any(
                    r.role == "organizer" and r.contact.email.strip() for r in event.roles
                )
                title = event.title
            settings = load_settings()
            if not has_organizer and not settings.email:
                identity = IdentityDialog.ask(self.window, settings.name, settings.email)
                if identity is None:
                    return
                save_identity(*identity)
            with self.window.database.sessions() as session:
                invite = export_invite(session, events.find(session, event_id), cancel=cancel)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not make the invite"), str(error)
            )
            return
        suffix = "cancellation" if cancel else "invite"
        suggested = str(path_inside(Path.home(), f"{title} {suffix}", ".ics"))
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("IcalActions", "Save the cancellation")
            if cancel
            else QCoreApplication.translate("IcalActions", "Save the invite"),
            suggested,
            QCoreApplication.translate("IcalActions", ICS_FILTER),
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        from desktop.files import write_atomically

        try:
            write_atomically(Path(path), invite.data)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not save the invite"), str(error)
            )
            return
        self.last_saved = InviteSavedDialog(self.window, Path(path), invite)
        self.last_saved.exec()


def install(window) -> None:
    window.ical_actions = IcalActions(window)
