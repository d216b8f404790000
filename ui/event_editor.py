"""The event editor: every field of an event, its people and tasks, in one dialog.

The dialog never touches the database: it starts from an ``EventEdit`` (or defaults), shows
problems next to the field they concern while the person types, keeps Save disabled until
there are none, and hands back an ``EventEdit``. The window saves it in one transaction.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.vocabulary import EVENT_KINDS, EVENT_STATUSES, ROLE_KINDS
from desktop.events import (
    Choices,
    EventDraft,
    EventEdit,
    RoleDraft,
    TaskDraft,
    edit_problems,
)
from desktop.settings import default_zone
from ui import locale_formats, vocabulary
from ui.recurrence_editor import RecurrenceEditor
from ui.zone_box import ZoneBox

NEW_PLACE = -1
NO_TURNOUT = -1


def problem_colour() -> QColor:
    """A red that reads on the light and the dark palette alike."""
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _pydatetime(value: QDateTime) -> dt.datetime:
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _text_box(parent: QWidget, name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(54)
    box.setMaximumHeight(90)
    return box


def _turnout_box(parent: QWidget, name: str, accessible: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(NO_TURNOUT, 10_000_000)
    box.setSpecialValueText(QCoreApplication.translate("EventDialog", "not known"))
    box.setValue(NO_TURNOUT)
    return box


class RoleRow(QWidget):
    """One person in one role: contact, role, shown publicly, remove."""

    removed = Signal(QWidget)
    changed = Signal()

    def __init__(self, contacts: list[tuple[int, str]], role: RoleDraft | None, parent=None):
        super().__init__(parent)
        self.contact = QComboBox(self)
        self.contact.setObjectName("roleContact")
        self.contact.setAccessibleName(self.tr("Person"))
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        self.role = QComboBox(self)
        self.role.setObjectName("roleKind")
        self.role.setAccessibleName(self.tr("Role"))
        for kind in ROLE_KINDS:
            self.role.addItem(vocabulary.label(kind), kind)
        self.public = QCheckBox(self.tr("Shown publicly"), self)
        self.public.setObjectName("rolePublic")
        self.public.setToolTip(self.tr("Print this person on flyers and public feeds"))
        self.remove = QToolButton(self)
        self.remove.setObjectName("roleRemove")
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this person from the event"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contact, 3)
        layout.addWidget(self.role, 2)
        layout.addWidget(self.public)
        layout.addWidget(self.remove)
        if role is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findData(role.contact_id)))
            self.role.setCurrentIndex(max(0, self.role.findData(role.role)))
            self.public.setChecked(role.shown_publicly)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.contact.currentIndexChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.public.toggled.connect(self.changed)

    def value(self) -> RoleDraft | None:
        contact_id = self.contact.currentData()
        if contact_id is None:
            return None
        return RoleDraft(contact_id, self.role.currentData(), self.public.isChecked())


class TaskRow(QWidget):
    """One checklist item: done, text, due date, assignee, remove."""

    removed = Signal(QWidget)
    changed = Signal()

    def __init__(self, contacts: list[tuple[int, str]], task: TaskDraft | None, parent=None):
        super().__init__(parent)
        self.done = QCheckBox(self)
        self.done.setObjectName("taskDone")
        self.done.setAccessibleName(self.tr("Done"))
        self.text = QLineEdit(self)
        self.text.setObjectName("taskText")
        self.text.setPlaceholderText(self.tr("What needs doing"))
        self.text.setAccessibleName(self.tr("Task"))
        self.has_due = QCheckBox(self.tr("Due"), self)
        self.has_due.setObjectName("taskHasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(locale_formats.date_format())
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDate(QDate.currentDate())
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("taskAssignee")
        self.assignee.setAccessibleName(self.tr("Assigned to"))
        self.assignee.addItem(self.tr("(nobody yet)"), None)
        for contact_id, name in contacts:
            self.assignee.addItem(name, contact_id)
        self.remove = QToolButton(self)
        self.remove.setObjectName("taskRemove")
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done)
        layout.addWidget(self.text, 4)
        layout.addWidget(self.has_due)
        layout.addWidget(self.due)
        layout.addWidget(self.assignee, 2)
        layout.addWidget(self.remove)
        if task is not None:
            self.done.setChecked(task.done)
            self.text.setText(task.text)
            if task.due_date is not None:
                self.has_due.setChecked(True)
                self.due.setDate(QDate(task.due_date.year, task.due_date.month, task.due_date.day))
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(task.assignee_id)))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        for signal in (
            self.done.toggled,
            self.text.textChanged,
            self.has_due.toggled,
            self.due.dateChanged,
            self.assignee.currentIndexChanged,
        ):
            signal.connect(self.changed)

    def value(self) -> TaskDraft:
        due = _pydate(self.due.date()) if self.has_due.isChecked() else None
        return TaskDraft(self.text.text(), self.done.isChecked(), due, self.assignee.currentData())


class _RowList(QWidget):
    """A column of RoleRow or TaskRow widgets with an "Add" button below."""

    changed = Signal()

    def __init__(self, make_row, add_label: str, add_name: str, parent=None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[QWidget] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(self)
        holder.setLayout(self._column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(holder)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        self.add_button = QPushButton(add_label, self)
        self.add_button.setObjectName(add_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add)

    def add(self, value=None) -> QWidget:
        row = self._make_row(value)
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self._column.addWidget(row)
        row.show()  # a layout shows new children only on the next turn of the event loop
        self.changed.emit()
        return row

    def _on_add(self) -> None:
        row = self.add()
        row.setFocus()
        focus = getattr(row, "text", None) or getattr(row, "contact", None)
        if focus is not None:
            focus.setFocus()

    def _remove(self, row: QWidget) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()
        self.add_button.setFocus()


class EventDialog(QDialog):
    """Create or edit an event. ``edit()`` is the result; Save is enabled when it is valid."""

    def __init__(
        self,
        choices: Choices,
        edit: EventEdit | None = None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._choices = choices
        self._version = edit.version if edit else None
        self._zone_touched = edit is not None
        # Problems of a stored event show at once; those of a new one once a field is touched.
        self._touched: set[str] = set()
        self._show_all = edit is not None
        self._problem_labels: dict[str, QLabel] = {}
        self._field_of: dict[str, QWidget] = {}
        self._tab_of: dict[str, int] = {}
        self.setWindowTitle(
            self.tr("Edit event — %s") % edit.draft.title if edit else self.tr("New event")
        )
        self._build()
        self._load(edit or EventEdit(draft=self._default_draft(day)))
        self._connect_signals()
        self._validate()
        self._loaded = self.edit()
        self.resize(760, 640)
        self.title.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, choices: Choices, edit: EventEdit | None = None
    ) -> EventEdit | None:
        """Show the dialog modally; the edit, or None when cancelled."""
        dialog = cls(choices, edit, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.edit()
            return None
        finally:
            dialog.deleteLater()

    # --- building ---------------------------------------------------------------------------

    def _problem_label(self, name: str, tab: int) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"problem_{name}")
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour())
        label.setPalette(palette)
        label.hide()
        self._problem_labels[name] = label
        self._tab_of[name] = tab
        return label

    def _with_problem(self, widget: QWidget, name: str, tab: int) -> QWidget:
        self._field_of[name] = widget
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._problem_label(name, tab))
        # Never taller than its contents, or the field drifts away from its label.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def _combo(self, name: str, accessible: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self._build_main(), self.tr("&Event"))
        self.recurrence = RecurrenceEditor(self)
        repeat_page = QWidget(self)
        repeat_layout = QVBoxLayout(repeat_page)
        repeat_layout.addWidget(self.recurrence)
        repeat_layout.addWidget(self._problem_label("rrule", 1))
        repeat_layout.addStretch(1)
        self.tabs.addTab(repeat_page, self.tr("&Repeats"))
        self.tabs.addTab(self._build_public(), self.tr("&Public details"))
        self.tabs.addTab(self._build_internal(), self.tr("&Internal (team only)"))
        self.tabs.addTab(self._build_people(), self.tr("Pe&ople"))
        self.tabs.addTab(self._build_tasks(), self.tr("&Tasks"))

        self.summary = QLabel(self)
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour())
        self.summary.setPalette(palette)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _build_main(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title = self._line("title", self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Picket at the main gate"))
        form.addRow(self.tr("&Title:"), self._with_problem(self.title, "title", 0))
        self.kind = self._combo(
            "kind", self.tr("Kind"), [(vocabulary.label(k), k) for k in EVENT_KINDS]
        )
        self.status = self._combo(
            "status", self.tr("Status"), [(vocabulary.label(s), s) for s in EVENT_STATUSES]
        )
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status)
        row.addWidget(status_label)
        row.addWidget(self.status, 1)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, row)
        self.visibility = self._combo(
            "visibility",
            self.tr("Visibility"),
            [
                (self.tr("Internal — only for the team"), "internal"),
                (self.tr("Public — may go into public feeds, flyers and programs"), "public"),
            ],
        )
        form.addRow(self.tr("&Visibility:"), self._with_problem(self.visibility, "visibility", 0))

        self.all_day = QCheckBox(self.tr("&All day"), self)
        self.all_day.setObjectName("allDay")
        form.addRow("", self.all_day)
        self.start = QDateTimeEdit(self)
        self.start.setObjectName("start")
        self.start.setAccessibleName(self.tr("Starts"))
        self.end = QDateTimeEdit(self)
        self.end.setObjectName("end")
        self.end.setAccessibleName(self.tr("Ends"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(locale_formats.date_time_format())
        form.addRow(self.tr("Sta&rts:"), self.start)
        self.end_label = QLabel(self.tr("E&nds:"), self)
        self.end_label.setBuddy(self.end)
        form.addRow(self.end_label, self._with_problem(self.end, "end", 0))
        self.timezone = ZoneBox(self)
        self.timezone.setObjectName("timezone")
        self.timezone.setAccessibleName(self.tr("Time zone"))
        form.addRow(self.tr("Time &zone:"), self._with_problem(self.timezone, "timezone", 0))

        self.place = QComboBox(self)
        self.place.setObjectName("place")
        self.place.setAccessibleName(self.tr("Place"))
        self.place.addItem(self.tr("(no place yet)"), None)
        for place_id, name, _zone in self._choices.places:
            self.place.addItem(name, place_id)
        self.place.addItem(self.tr("New place…"), NEW_PLACE)
        self.new_place = self._line("newPlace", self.tr("Name of the new place"))
        self.new_place.setPlaceholderText(self.tr("Name of the new place"))
        place_box = QWidget(self)
        place_column = QVBoxLayout(place_box)
        place_column.setContentsMargins(0, 0, 0, 0)
        place_column.addWidget(self.place)
        place_column.addWidget(self.new_place)
        place_column.addWidget(self._problem_label("new_place", 0))
        place_column.addWidget(self._problem_label("place_id", 0))
        form.addRow(self.tr("&Place:"), place_box)

        self.campaign = self._combo(
            "campaign",
            self.tr("Campaign"),
            [(self.tr("(no campaign)"), None), *[(n, i) for i, n in self._choices.campaigns]],
        )
        form.addRow(self.tr("&Campaign:"), self.campaign)
        self.tags = self._line("tags", self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("e.g. strike, warehouse"))
        form.addRow(self.tr("Ta&gs:"), self.tags)
        return page

    def _build_public(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(self.tr("Everything here may be published when the event is public."), page)
        note.setWordWrap(True)
        form.addRow(note)
        self.description = _text_box(page, "description", self.tr("Public description"))
        form.addRow(self.tr("&Description:"), self.description)
        self.demands = _text_box(page, "demands", self.tr("Demands"))
        form.addRow(self.tr("De&mands:"), self.demands)
        self.what_to_bring = _text_box(page, "whatToBring", self.tr("What to bring"))
        form.addRow(self.tr("What to &bring:"), self.what_to_bring)
        self.accessibility = _text_box(page, "accessibility", self.tr("Accessibility"))
        form.addRow(self.tr("Accessi&bility:"), self.accessibility)
        self.url = self._line("url", self.tr("Public web address"))
        self.url.setPlaceholderText("https://")
        form.addRow(self.tr("&Web address:"), self._with_problem(self.url, "url", 2))
        self.alt_language = self._line("altLanguage", self.tr("Second language code"))
        self.alt_language.setPlaceholderText(self.tr("e.g. es"))
        self.alt_language.setMaximumWidth(90)
        self.alt_title = self._line("altTitle", self.tr("Title in the second language"))
        form.addRow(self.tr("Second &language:"), self.alt_language)
        form.addRow(self.tr("Title in it:"), self.alt_title)
        self.alt_description = _text_box(
            page, "altDescription", self.tr("Description in the second language")
        )
        form.addRow(self.tr("Description in it:"), self.alt_description)
        return page

    def _internal_banner(self, text: str) -> QWidget:
        banner = QFrame(self)
        banner.setObjectName("internalBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        banner.setPalette(palette)
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(banner)
        icon = QLabel(banner)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
        )
        label = QLabel(text, banner)
        label.setWordWrap(True)
        row.addWidget(icon)
        row.addWidget(label, 1)
        return banner

    def _build_internal(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(
            self._internal_banner(
                self.tr(
                    "Internal — never printed on flyers or put into public feeds. "
                    "Only the team's exports and the marshal's sheet carry these fields."
                )
            )
        )
        self.notes = _text_box(page, "notes", self.tr("Internal notes"))
        form.addRow(self.tr("&Notes (internal):"), self.notes)
        self.meeting_point = _text_box(page, "meetingPoint", self.tr("Meeting point, internal"))
        form.addRow(self.tr("&Meeting point (internal):"), self.meeting_point)
        self.route = _text_box(page, "route", self.tr("Route, internal"))
        form.addRow(self.tr("&Route (internal):"), self.route)
        self.safety_notes = _text_box(
            page, "safetyNotes", self.tr("Safety and legal notes, internal")
        )
        form.addRow(self.tr("&Safety and legal (internal):"), self.safety_notes)
        self.legal_hotline = self._line("legalHotline", self.tr("Legal hotline, internal"))
        form.addRow(self.tr("Legal &hotline (internal):"), self.legal_hotline)
        # Turnout figures are internal (DESIGN.md): no public export ever carries them.
        self.expected_turnout = _turnout_box(page, "expectedTurnout", self.tr("Expected turnout"))
        form.addRow(
            self.tr("E&xpected turnout (internal):"),
            self._with_problem(self.expected_turnout, "expected_turnout", 3),
        )
        self.actual_turnout = _turnout_box(page, "actualTurnout", self.tr("Actual turnout"))
        form.addRow(
            self.tr("&Actual turnout (internal):"),
            self._with_problem(self.actual_turnout, "actual_turnout", 3),
        )
        return page

    def _build_people(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            self._internal_banner(
                self.tr(
                    "People are internal unless “Shown publicly” is ticked "
                    "(for example a press contact printed on a flyer)."
                )
            )
        )
        self.people = _RowList(
            lambda value: RoleRow(self._choices.contacts, value, self),
            self.tr("Add a &person"),
            "addPerson",
            page,
        )
        self.people.add_button.setEnabled(bool(self._choices.contacts))
        if not self._choices.contacts:
            self.people.add_button.setToolTip(self.tr("Add contacts in the Contacts view first"))
        layout.addWidget(self.people, 1)
        layout.addWidget(self._problem_label("roles", 4))
        return page

    def _build_tasks(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            self._internal_banner(self.tr("The checklist is internal: only the team sees it."))
        )
        self.checklist = _RowList(
            lambda value: TaskRow(self._choices.contacts, value, self),
            self.tr("Add a &task"),
            "addTask",
            page,
        )
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self._problem_label("tasks", 5))
        return page

    # --- loading ----------------------------------------------------------------------------

    def _default_draft(self, day: dt.date | None) -> EventDraft:
        if day is None:
            now = dt.datetime.now().replace(second=0, microsecond=0)
            start = now.replace(minute=0) + dt.timedelta(hours=1)
        else:
            start = dt.datetime.combine(day, dt.time(18, 0))
        return EventDraft(
            title="", start=start, end=start + dt.timedelta(hours=2), timezone=default_zone()
        )

    def _load(self, edit: EventEdit) -> None:
        draft = edit.draft
        self.title.setText(draft.title)
        self._select(self.kind, draft.kind)
        self._select(self.status, draft.status)
        self._select(self.visibility, draft.visibility)
        self.all_day.setChecked(draft.all_day)
        self.start.setDateTime(_qdatetime(draft.start))
        self.end.setDateTime(_qdatetime(draft.effective_end()))
        self._previous_start = draft.start
        self.timezone.setCurrentText(draft.timezone)
        self._select(self.place, draft.place_id)
        self.new_place.setText(edit.new_place)
        if edit.new_place:
            self._select(self.place, NEW_PLACE)
        self._select(self.campaign, draft.campaign_id)
        self.tags.setText(", ".join(draft.tags))
        for name in ("description", "demands", "what_to_bring", "accessibility"):
            getattr(self, name).setPlainText(getattr(draft, name))
        for name in ("notes", "meeting_point", "route", "safety_notes", "alt_description"):
            getattr(self, name).setPlainText(getattr(draft, name))
        self.url.setText(draft.url)
        self.legal_hotline.setText(draft.legal_hotline)
        self.alt_language.setText(draft.alt_language)
        self.alt_title.setText(draft.alt_title)
        for name in ("expected_turnout", "actual_turnout"):
            value = getattr(draft, name)
            getattr(self, name).setValue(NO_TURNOUT if value is None else value)
        self.recurrence.set_zone(draft.timezone)
        self.recurrence.set_start(draft.start, draft.all_day)
        self.recurrence.load(draft.rrule, draft.exdates)
        for role in edit.roles:
            self.people.add(role)
        for task in edit.tasks:
            self.checklist.add(task)
        self._apply_all_day()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # --- reading ----------------------------------------------------------------------------

    def edit(self) -> EventEdit:
        """What the person entered."""
        all_day = self.all_day.isChecked()
        start = _pydatetime(self.start.dateTime())
        end = _pydatetime(self.end.dateTime())
        if all_day:
            start = dt.datetime.combine(start.date(), dt.time())
            end = dt.datetime.combine(end.date(), dt.time())
        place = self.place.currentData()
        draft = EventDraft(
            title=self.title.text(),
            start=start,
            end=end,
            timezone=self.timezone.zone_name(),
            all_day=all_day,
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            visibility=self.visibility.currentData(),
            rrule=self.recurrence.rule(),
            exdates=self.recurrence.exdates(),
            place_id=None if place in (None, NEW_PLACE) else place,
            campaign_id=self.campaign.currentData(),
            description=self.description.toPlainText(),
            demands=self.demands.toPlainText(),
            what_to_bring=self.what_to_bring.toPlainText(),
            accessibility=self.accessibility.toPlainText(),
            url=self.url.text().strip(),
            expected_turnout=self._turnout(self.expected_turnout),
            notes=self.notes.toPlainText(),
            meeting_point=self.meeting_point.toPlainText(),
            route=self.route.toPlainText(),
            safety_notes=self.safety_notes.toPlainText(),
            legal_hotline=self.legal_hotline.text().strip(),
            actual_turnout=self._turnout(self.actual_turnout),
            alt_language=self.alt_language.text().strip(),
            alt_title=self.alt_title.text(),
            alt_description=self.alt_description.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
        )
        roles = [value for row in self.people.rows if (value := row.value()) is not None]
        return EventEdit(
            draft=draft,
            roles=roles,
            tasks=[row.value() for row in self.checklist.rows],
            new_place=self.new_place.text().strip() if place == NEW_PLACE else "",
            version=self._version,
        )

    @staticmethod
    def _turnout(box: QSpinBox) -> int | None:
        return None if box.value() == NO_TURNOUT else box.value()

    def problems(self) -> dict[str, str]:
        """The problems shown now, by field."""
        found = edit_problems(self.edit())
        if "timezone" in found and self.timezone.problem():
            found["timezone"] = self.timezone.problem()  # a city in several zones: say which
        if self.place.currentData() == NEW_PLACE and not self.new_place.text().strip():
            found["new_place"] = self.tr("Write the name of the new place.")
        return found

    # --- reactions ----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+S (Cmd+S) saves, as in every editor; with problems it shows them.
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self._on_save)
        self.all_day.toggled.connect(self._apply_all_day)
        self.start.dateTimeChanged.connect(self._on_start_changed)
        self.place.currentIndexChanged.connect(self._on_place_changed)
        self.timezone.currentTextChanged.connect(self._on_zone_edited)
        # A problem shows once its field was changed (or a save was tried), so a new event
        # does not open in red. Every change still re-checks, to keep Save's state right.
        for signal, names in (
            (self.title.textChanged, ("title",)),
            (self.url.textChanged, ("url",)),
            (self.new_place.textChanged, ("new_place",)),
            (self.tags.textChanged, ("tags",)),
            (self.alt_language.textChanged, ("alt_language",)),
            (self.legal_hotline.textChanged, ("legal_hotline",)),
            (self.kind.currentIndexChanged, ("kind",)),
            (self.status.currentIndexChanged, ("status",)),
            (self.visibility.currentIndexChanged, ("visibility",)),
            (self.campaign.currentIndexChanged, ("campaign_id",)),
            (self.expected_turnout.valueChanged, ("expected_turnout",)),
            (self.actual_turnout.valueChanged, ("actual_turnout",)),
            (self.end.dateTimeChanged, ("end",)),
            (self.start.dateTimeChanged, ("end", "rrule")),
            (self.all_day.toggled, ("end", "rrule")),
            (self.place.currentIndexChanged, ("new_place", "place_id")),
            (self.recurrence.changed, ("rrule",)),
            (self.people.changed, ("roles",)),
            (self.checklist.changed, ("tasks",)),
        ):
            signal.connect(lambda *_args, names=names: self._touch(names))

    def _touch(self, names: tuple[str, ...]) -> None:
        self._touched.update(names)
        self._validate()

    def _apply_all_day(self) -> None:
        all_day = self.all_day.isChecked()
        fmt = locale_formats.date_format() if all_day else locale_formats.date_time_format()
        for edit in (self.start, self.end):
            edit.setDisplayFormat(fmt)
        self.end_label.setText(self.tr("Last &day:") if all_day else self.tr("E&nds:"))
        self.recurrence.set_start(_pydatetime(self.start.dateTime()), all_day)
        self._validate()

    def _on_start_changed(self, value: QDateTime) -> None:
        # Moving the start moves the end with it, keeping the length (as calendars do).
        start = _pydatetime(value)
        length = _pydatetime(self.end.dateTime()) - self._previous_start
        self._previous_start = start
        if length >= dt.timedelta(0):
            self.end.blockSignals(True)
            self.end.setDateTime(_qdatetime(start + length))
            self.end.blockSignals(False)
        self.recurrence.set_start(start, self.all_day.isChecked())
        self._validate()

    def _on_place_changed(self) -> None:
        place = self.place.currentData()
        self.new_place.setVisible(place == NEW_PLACE)
        if place == NEW_PLACE:
            self.new_place.setFocus()
        if not self._zone_touched:
            # A new event follows the zone of its place until someone picks a zone.
            for place_id, _name, zone_name in self._choices.places:
                if place_id == place and zone_name:
                    self.timezone.blockSignals(True)
                    self.timezone.setCurrentText(zone_name)
                    self.timezone.blockSignals(False)
                    self.recurrence.set_zone(zone_name)
        self._validate()

    def _on_zone_edited(self) -> None:
        self._zone_touched = True
        self._touched.add("timezone")
        self.recurrence.set_zone(self.timezone.zone_name())
        self._validate()

    def _validate(self) -> None:
        if not hasattr(self, "save_button"):
            return
        self.new_place.setVisible(self.place.currentData() == NEW_PLACE)
        found = self.problems()
        shown = {
            name: text for name, text in found.items() if self._show_all or name in self._touched
        }
        for name, label in self._problem_labels.items():
            text = shown.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            if name in self._field_of:
                # Screen readers announce the problem with the field, not only sighted users.
                self._field_of[name].setAccessibleDescription(text)
        troubled_tabs = {self._tab_of.get(name, 0) for name in shown}
        for tab in range(self.tabs.count()):
            bar = self.tabs.tabBar()
            bar.setTabTextColor(
                tab,
                problem_colour()
                if tab in troubled_tabs
                else self.palette().color(QPalette.ColorRole.WindowText),
            )
        self.save_button.setEnabled(not found)
        # A disabled Save says why on hover even before any problem is shown in red.
        self.save_button.setToolTip(
            self.tr("To save: %s") % next(iter(found.values())) if found else ""
        )
        if shown:
            first = next(iter(shown.values()))
            more = len(shown) - 1
            text = first if not more else self.tr("%s (and %d more)") % (first, more)
            self.summary.setText(self.tr("To save: %s") % text)
        else:
            self.summary.setText("")

    def reveal_problems(self) -> None:
        """Show every problem, as after a try to save, and go to the first one."""
        self._show_all = True
        self._validate()
        found = self.problems()
        if found:
            name = next(iter(found))
            self.tabs.setCurrentIndex(self._tab_of.get(name, 0))
            field = self._field_of.get(name)
            if field is not None:
                field.setFocus()

    def has_changes(self) -> bool:
        return self.edit() != self._loaded

    def reject(self) -> None:
        # Escape is easy to hit by mistake; typed work is never dropped without asking.
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("Close the editor and lose what you changed in this event?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.result() != QDialog.DialogCode.Accepted and self.has_changes():
            self.reject()
            if self.isVisible():
                event.ignore()
                return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        # Enter is "save" here; with Save disabled QDialog would swallow it without a word.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() and not self.save_button.isEnabled():
            self.reveal_problems()
            return
        super().keyPressEvent(event)

    def _on_save(self) -> None:
        if self.problems():
            self.reveal_problems()
            return
        self.accept()
