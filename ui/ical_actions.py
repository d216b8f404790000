"""Calendar files from the window: File › Export calendar…, File › Import calendar…,
Event › Send invite… and Event › Send cancellation….

The work is done by desktop.ical; this module asks what and where, shows what will be shared
or changed before anything happens, and reports. icalendar is imported inside the slots (via
desktop.ical.feed and desktop.ical.importer), off the start-up path. Text that came from users
or files is shown as plain text, never as rich text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KnownError
from desktop.filenames import path_inside
from desktop.timeutil import local_zone_name
from ui import locale_formats
from ui.busy import busy
from ui.features import new_action
from ui.messages import translated

ICS_FILTER = QT_TRANSLATE_NOOP(
    "IcalActions", "Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)"
)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


# "2030-06-04" (all day) or "2030-06-04 18:00 America/Chicago": how an import plan writes when.
_PLAN_WHEN = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}) (\S+))?")


def _local_when(text: str, locale: QLocale, local_zone: str) -> tuple[str, str]:
    """The import plan's ISO ``text`` the way the events list writes dates, and a tooltip.

    As in the list, a time in another zone than the computer's carries the zone's city; the
    tooltip names the whole zone. Text in another form is shown as it is.
    """
    match = _PLAN_WHEN.fullmatch(text.strip())
    if match is None:
        return text, text
    year, month, day, hour, minute, zone_name = match.groups()
    try:
        day_only = dt.date(int(year), int(month), int(day))
        if hour is None:
            shown = locale.toString(day_only, f"ddd {locale_formats.date_format(locale)}")
            return shown, shown
        moment = dt.datetime.combine(day_only, dt.time(int(hour), int(minute)))
    except ValueError:
        return text, text
    shown = locale.toString(moment, f"ddd {locale_formats.date_time_format(locale)}")
    tooltip = f"{shown} ({zone_name})"
    if zone_name != local_zone:
        shown += " " + zone_name.rsplit("/", 1)[-1].replace("_", " ")
    return shown, tooltip


def _mail_address(name: str, email: str) -> str:
    """``Name <email>`` as mail programs read it in a To: field: a name holding a comma or
    another special character is quoted, so "Okafor, Dana" stays one person."""
    name = " ".join(name.split())
    if not name:
        return email
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>"


class _WrappingDelegate(QStyledItemDelegate):
    """Wraps its column's text at the column's width, so a long reason is read in full.

    QTreeView asks for a row's height without saying how wide the column is; this delegate
    answers for the width the column has now (the dialog lays the rows out again on resize).
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index):
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(self._view.columnWidth(index.column()), 40), 1)
        return super().sizeHint(sized, index)


class _ElidingDelegate(QStyledItemDelegate):
    """Cuts its column's text in the middle ("long-na…me.ics"): both ends of a file name
    tell files apart. The whole text is in the tooltip."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


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
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary)
        layout.addStretch(1)  # the preview stays under the choices when it gets shorter
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
    """What an import will do, line by line, before anything is written.

    Skipped items come first, and their reason (the "Why" column) takes the room that is left
    and wraps: for them the reason is the point. Titles wrap too; a file name is cut in the
    middle when long, whole in its tooltip.
    """

    COL_WHAT, COL_EVENT, COL_WHEN, COL_FILE, COL_WHY = range(5)

    def __init__(self, parent: QWidget | None, plan) -> None:
        super().__init__(parent)
        from desktop.ical import importer

        self.setWindowTitle(self.tr("Import calendar"))
        layout = QVBoxLayout(self)
        changes = plan.count(importer.CREATE) + plan.count(importer.UPDATE)
        self.headline = _plain_label(self._summary(plan, importer), self)
        self.headline.setObjectName("importSummary")
        layout.addWidget(self.headline)
        self.items = QTreeWidget(self)
        self.items.setObjectName("importItems")
        self.items.setRootIsDecorated(False)
        self.items.setAllColumnsShowFocus(True)
        self.items.setUniformRowHeights(False)
        self.items.setWordWrap(False)  # the delegates of Event and Why wrap; others do not
        # Scrolling by item, the view measures only the rows it shows: by pixel it would wrap
        # the text of all 5,000 rows of a large import before showing any.
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setHeaderLabels(
            [self.tr("What"), self.tr("Event"), self.tr("When"), self.tr("File"), self.tr("Why")]
        )
        self.items.setItemDelegateForColumn(self.COL_EVENT, _WrappingDelegate(self.items))
        self.items.setItemDelegateForColumn(self.COL_FILE, _ElidingDelegate(self.items))
        self.items.setItemDelegateForColumn(self.COL_WHY, _WrappingDelegate(self.items))
        labels = {
            importer.CREATE: self.tr("New"),
            importer.UPDATE: self.tr("Update"),
            importer.UNCHANGED: self.tr("Unchanged"),
            importer.SKIPPED: self.tr("Skipped"),
        }
        order = {importer.SKIPPED: 0, importer.CREATE: 1, importer.UPDATE: 2, importer.UNCHANGED: 3}
        locale, local_zone = QLocale(), local_zone_name()
        dates: dict[str, tuple[str, str]] = {}  # a large import repeats its times
        rows = []
        for item in sorted(plan.items, key=lambda i: order.get(i.action, 9)):
            if item.when not in dates:
                dates[item.when] = _local_when(item.when, locale, local_zone)
            when, when_tip = dates[item.when]
            # The importer's sentences (skip reasons, "Event #3 (no title)") in the window's
            # language; a title from the file passes through as it is.
            title, reason = translated(item.title), translated(item.reason)
            row = QTreeWidgetItem(
                [labels.get(item.action, item.action), title, when, item.source, reason]
            )
            for column, tip in (
                (self.COL_EVENT, title),
                (self.COL_WHEN, when_tip),
                (self.COL_FILE, item.source),
                (self.COL_WHY, reason),
            ):
                row.setToolTip(column, tip)
            rows.append(row)
        self.items.addTopLevelItems(rows)
        self._size_columns(rows)
        layout.addWidget(self.items, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setEnabled(changes > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (ok if changes else buttons.button(QDialogButtonBox.StandardButton.Cancel)).setFocus()
        self._size_dialog(len(rows))
        self.items.header().sectionResized.connect(self._on_section_resized)

    def _summary(self, plan, importer) -> str:
        """The counts, in the window's language, and the contacts the files' ORGANIZER and
        ATTENDEE lines will add."""
        counts = ", ".join(
            [
                self.tr("%n to create", "", plan.count(importer.CREATE)),
                self.tr("%n to update", "", plan.count(importer.UPDATE)),
                self.tr("%n unchanged", "", plan.count(importer.UNCHANGED)),
                self.tr("%n skipped", "", plan.count(importer.SKIPPED)),
            ]
        )
        lines = [self.tr("Events: %1.").replace("%1", counts)]
        contacts = getattr(plan, "contacts", 0)
        if contacts == 1:
            lines.append(self.tr("1 new contact, from the organizers and attendees in the files."))
        elif contacts:
            lines.append(
                self.tr(
                    "%n new contacts, from the organizers and attendees in the files.", "", contacts
                )
            )
        if not plan.count(importer.CREATE) + plan.count(importer.UPDATE):
            lines.append(self.tr("Nothing would change."))
        return " ".join(lines)

    def _size_columns(self, rows: list[QTreeWidgetItem]) -> None:
        """Short columns fit their text; titles and file names get what they need up to a
        share, so that the reason keeps the rest. Measured on the first rows only: 5,000 rows
        would take a second to measure, and skipped rows (the longest reasons) come first."""
        metrics = self.items.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 18
        sample = rows[:300]

        def widest(column: int) -> int:
            texts = [row.text(column) for row in sample]
            texts.append(self.items.headerItem().text(column))
            return max(metrics.horizontalAdvance(text) for text in texts) + pad

        em = metrics.horizontalAdvance("M")
        self._natural = {
            self.COL_WHAT: widest(self.COL_WHAT),
            self.COL_EVENT: min(widest(self.COL_EVENT), 20 * em),
            self.COL_WHEN: widest(self.COL_WHEN),
            self.COL_FILE: min(widest(self.COL_FILE), 16 * em),
        }
        self._narrowest = {self.COL_EVENT: 10 * em, self.COL_FILE: 9 * em}
        # A few words a line before a reason wraps; less room when the reasons are short.
        self._reason_width = min(widest(self.COL_WHY), 28 * em)
        header = self.items.header()
        for column in self._natural:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.COL_WHY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

    def _fit_columns(self, room: int) -> None:
        """Give the columns their natural widths, narrowing titles and file names (they wrap
        or are cut, whole in tooltips) when the reason would get less than its share."""
        widths = dict(self._natural)
        excess = sum(widths.values()) + self._reason_width - room
        slack = {c: max(widths[c] - low, 0) for c, low in self._narrowest.items()}
        total = sum(slack.values())
        if excess > 0 and total:
            for column, spare in slack.items():  # each gives in proportion to what it can
                widths[column] -= min(spare, excess * spare // total + 1)
        for column, width in widths.items():
            self.items.setColumnWidth(column, width)

    def _size_dialog(self, count: int) -> None:
        """Wide enough for the columns and a readable reason, tall enough for the rows (up
        to about fifteen), never larger than the screen."""
        frame = 2 * self.items.frameWidth() + self.style().pixelMetric(
            self.style().PixelMetric.PM_ScrollBarExtent
        )
        margins = self.layout().contentsMargins()
        chrome = margins.left() + margins.right() + frame
        row_height = self.items.fontMetrics().height() + 8
        want_width = sum(self._natural.values()) + self._reason_width + chrome
        want_height = (
            self.headline.sizeHint().height() + row_height * (min(max(count, 4), 15) + 2) + 100
        )
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(max(want_width, 640), int(screen.width() * 0.9))
        height = min(max(want_height, 320), int(screen.height() * 0.85))
        self.setMinimumSize(min(560, width), min(300, height))
        self.resize(width, height)
        self._fit_columns(width - chrome)

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column in (self.COL_EVENT, self.COL_WHY) and old != new:
            self.items.doItemsLayout()  # the rows' heights follow the wrapped text

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
    """Where the invite was saved and who should get it: one person a line, and a button that
    copies the addresses the way an email's To: field takes them."""

    def __init__(self, parent: QWidget | None, path: Path, invite) -> None:
        super().__init__(parent)
        cancel = invite.method == "CANCEL"
        self.setWindowTitle(
            self.tr("The cancellation is ready") if cancel else self.tr("The invite is ready")
        )
        self._path = Path(path)
        people = list(invite.attendees)
        self._addresses = [_mail_address(person.name, person.email) for person in people]
        layout = QVBoxLayout(self)
        self.saved = _plain_label(
            self.tr("Saved as %1 in the folder %2.")
            .replace("%1", self._path.name)
            .replace("%2", str(self._path.parent)),
            self,
        )
        self.saved.setObjectName("savedTo")
        self.saved.setToolTip(str(self._path))
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved)
        sender = invite.organizer.display()
        if len(people) == 1:
            text = self.tr("Attach it to an email from %1 to this person:")
        elif people:
            text = self.tr("Attach it to an email from %1 to these %n people:", "", len(people))
        else:
            text = self.tr(
                "Attach it to an email from %1. None of the event's people has an email "
                "address: add the recipients yourself."
            )
        self.instructions = _plain_label(text.replace("%1", sender), self)
        self.instructions.setObjectName("instructions")
        layout.addWidget(self.instructions)
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName("recipients")
        self.recipients.setReadOnly(True)
        self.recipients.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.recipients.setPlainText("\n".join(person.display() for person in people))
        self.recipients.setAccessibleName(self.tr("Recipients"))
        line = self.recipients.fontMetrics().lineSpacing()
        self.recipients.setMinimumHeight(line * min(max(len(people), 3), 10) + 16)
        self.recipients.setVisible(bool(people))
        layout.addWidget(self.recipients, 1)
        self.copied = _plain_label("", self)
        self.copied.setObjectName("copied")
        layout.addWidget(self.copied)
        row = QHBoxLayout()
        self.copy = QPushButton(self.tr("&Copy addresses"), self)
        self.copy.setObjectName("copyAddresses")
        self.copy.setEnabled(bool(people))
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        self.open_folder = QPushButton(self.tr("Open &folder"), self)
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(self._open_folder)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setMinimumWidth(min(max(self.fontMetrics().horizontalAdvance("M") * 34, 420), 640))
        (self.copy if people else buttons.button(QDialogButtonBox.StandardButton.Close)).setFocus()

    def addresses(self) -> str:
        """The recipients as an email's To: field takes them: ``Name <email>, …``."""
        return ", ".join(self._addresses)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.addresses())
        count = len(self._addresses)
        self.copied.setText(
            self.tr("Copied 1 address: paste it into the email's To: field.")
            if count == 1
            else self.tr("Copied %n addresses: paste them into the email's To: field.", "", count)
        )

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path.parent)))


def _count(template: str, number: int) -> str:
    """``template`` with ``%1`` as ``number`` in the window's locale. For counts above one
    that already have their own sentence for one: pyside6-lupdate does not collect
    ``QCoreApplication.translate(..., n)`` as a plural message, so a ``%n`` there would stay
    English in Spanish."""
    return template.replace("%1", QLocale().toString(number))


def _feed_preview_text(result) -> str:
    """What the feed will hold. English loads no translation file, so each count has its own
    sentence for one and a ``%n`` sentence (plural forms in other languages) for the rest."""
    if result.public:
        shared, kept = result.events, result.left_out_events
        if not shared:
            lines = [
                QCoreApplication.translate(
                    "IcalActions", "No public event matches these choices: nothing to export."
                )
            ]
        elif shared == 1:
            lines = [
                QCoreApplication.translate("IcalActions", "1 public event will be in the feed.")
            ]
        else:
            lines = [
                _count(
                    QCoreApplication.translate(
                        "IcalActions", "%1 public events will be in the feed."
                    ),
                    shared,
                )
            ]
        if kept == 1:
            lines.append(QCoreApplication.translate("IcalActions", "1 internal event is left out."))
        elif kept:
            lines.append(
                _count(
                    QCoreApplication.translate("IcalActions", "%1 internal events are left out."),
                    kept,
                )
            )
        if shared:
            lines.append(
                QCoreApplication.translate("IcalActions", "Left out of every event, and why:")
            )
            lines += [f"  • {what}: {why}" for what, why in result.left_out]
        return "\n".join(lines)
    if not result.events:
        return QCoreApplication.translate(
            "IcalActions", "No event matches these choices: nothing to export."
        )
    internal = QCoreApplication.translate(
        "IcalActions",
        "With internal notes, meeting points, routes and contacts. "
        "Internal — share it only with the team, never post it.",
    )
    if result.events == 1:
        return QCoreApplication.translate("IcalActions", "1 event.") + " " + internal
    return (
        _count(QCoreApplication.translate("IcalActions", "%1 events."), result.events)
        + " "
        + internal
    )


class IcalActions:
    """The calendar-file actions of one window, using only its feature contract."""

    def __init__(self, window) -> None:
        self.window = window
        file_menu = window.menu("file")
        self.export_action = new_action(
            window,
            QCoreApplication.translate("IcalActions", "&Export calendar…"),
            "exportCalendar",
            self.export_calendar,
        )
        self.import_action = new_action(
            window,
            QCoreApplication.translate("IcalActions", "&Import calendar…"),
            "importCalendar",
            self.import_calendar,
        )
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        event_menu = window.menu("event")
        self.invite_action = new_action(
            window,
            QCoreApplication.translate("IcalActions", "Send &invite…"),
            "sendInvite",
            self.send_invite,
        )
        self.cancel_action = new_action(
            window,
            QCoreApplication.translate("IcalActions", "Send &cancellation…"),
            "sendCancellation",
            self.send_cancellation,
        )
        event_menu.addSeparator()
        event_menu.addAction(self.invite_action)
        event_menu.addAction(self.cancel_action)
        # They need an event selected, like Open and Delete. A trigger without a selection
        # (from code) still says so (_invite).
        window.follow_selection(self.invite_action, self.cancel_action)

    # --- export ---------------------------------------------------------------------------

    def _options(self, choice: ExportChoice):
        from desktop.ical.feed import FeedOptions

        return FeedOptions(choice.public, choice.campaign, choice.start, choice.end)

    def _preview_text(self, choice: ExportChoice) -> str:
        """What the feed will hold; KnownError (the dialog shows it and disables Export) when
        it would hold no event."""
        from desktop.ical.feed import preview_feed

        with self.window.database.sessions() as session:
            result = preview_feed(session, self._options(choice))
        text = _feed_preview_text(result)
        if not result.events:
            raise KnownError(text)
        return text

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
            with busy(
                self.window,
                QCoreApplication.translate("IcalActions", "Writing the calendar file…"),
            ):
                with self.window.database.sessions() as session:
                    data = export_feed(session, self._options(choice))
                write_atomically(Path(path), data)
        except KnownError as error:
            self.window.show_error(
                QCoreApplication.translate("IcalActions", "Could not export the calendar"),
                str(error),
            )
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("IcalActions", "Saved the calendar as %1.").replace(
                "%1", Path(path).name
            ),
            8000,
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

        reading = (
            QCoreApplication.translate("IcalActions", "Reading the calendar file…")
            if len(paths) == 1
            else _count(
                QCoreApplication.translate("IcalActions", "Reading %1 calendar files…"),
                len(paths),
            )
        )
        try:
            with busy(self.window, reading):
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
            importing = QCoreApplication.translate("IcalActions", "Importing the calendar…")
            with busy(self.window, importing), self.window.database.sessions.begin() as session:
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
