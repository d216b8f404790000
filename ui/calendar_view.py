"""The calendar: a month or week of occurrences beside the agenda of the selected day.

Only the visible days are read and expanded (``occurrences_between`` bounds every series to
that range), so a month with a thousand recurring series opens at once. Occurrences are
placed on the days of their own zone's wall clock, as the events list shows them.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.schema import Database
from desktop import events, records
from desktop.errors import KnownError
from desktop.events import Occurrence
from desktop.timeutil import UTC, local_zone_name, zone_city
from ui import locale_formats, vocabulary
from ui.calendar_grid import MONTH, WEEK, CalendarGrid, days_of, time_text, to_date, to_qdate

_Index = QModelIndex | QPersistentModelIndex
# Zones run from UTC-12 to UTC+14: read this much around the visible days, then keep what
# falls on them by each event's own wall clock.
_MARGIN = dt.timedelta(days=2)
# Month or week ranges kept in memory until the next refresh().
_CACHED_RANGES = 6


class DayAgendaModel(QAbstractListModel):
    """The occurrences of one day, for the list beside the grid."""

    EventIdRole = Qt.ItemDataRole.UserRole + 1
    CampaignColourRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Occurrence] = []
        self._colours: dict[str, str] = {}
        self._local_zone = local_zone_name()

    def set_rows(self, rows: list[Occurrence], colours: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._colours = colours
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        occurrence = self._rows[index.row()]
        cancelled = occurrence.status == "cancelled"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(occurrence)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(occurrence).replace("\n", ", ")
        if role == self.EventIdRole:
            return occurrence.event_id
        if role in (Qt.ItemDataRole.DecorationRole, self.CampaignColourRole):
            colour = self._colours.get(occurrence.campaign)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(occurrence, full_zone=True)
        return None

    def _text(self, occurrence: Occurrence, *, full_zone: bool = False) -> str:
        locale = QLocale()
        if occurrence.all_day:
            when = self.tr("All day")
        else:
            end = occurrence.end
            end_text = locale.toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat)
            when = f"{time_text(occurrence, locale)}–{end_text}"
        details = [part for part in (occurrence.place, occurrence.campaign) if part]
        if not occurrence.all_day and occurrence.timezone != self._local_zone:
            # The city, as the events list shows it ("New York"); the tooltip names the zone.
            zone_name = occurrence.timezone
            details.append(zone_name if full_zone else zone_city(zone_name))
        if occurrence.status == "cancelled":
            details.insert(0, self.tr("cancelled"))
        elif occurrence.status in ("tentative", "postponed"):
            details.insert(0, vocabulary.label(occurrence.status))
        if occurrence.recurring:
            details.append(self.tr("repeats"))
        lines = [f"{when}  {occurrence.title}"]
        if details:
            lines.append(" · ".join(details))
        return "\n".join(lines)


class CalendarView(QWidget):
    """Shows occurrences by month and week.

    Signals: ``eventActivated(int)`` (double-click on an occurrence: the event id),
    ``newEventRequested(QDate)`` (double-click on a day's empty space, Enter on an empty day,
    or the "New event on this day" button).
    """

    eventActivated = Signal(int)
    newEventRequested = Signal(QDate)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._loaded_range: tuple[dt.date, int] | None = None
        self._stale = False
        self._cache: OrderedDict[tuple[dt.date, int], tuple[dict, dict[str, str]]] = OrderedDict()
        self._colours: dict[str, str] = {}

        self.grid = CalendarGrid(self)
        self.grid.setObjectName("calendarGrid")
        self.agenda_model = DayAgendaModel(self)
        self._build()
        self._connect_signals()
        self._update_title()
        self.refresh()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.setToolTip(self.tr("Go to today (Home or T)"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("calendarTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.month_button = QToolButton(self)
        self.month_button.setText(self.tr("Month"))
        self.month_button.setAccessibleName(self.tr("Show a month"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.week_button.setAccessibleName(self.tr("Show a week"))
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)

        self.day_label = QLabel(self)
        self.day_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.day_label.font())
        bold.setBold(True)
        self.day_label.setFont(bold)
        self.agenda = QListView(self)
        self.agenda.setObjectName("dayAgenda")
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Events of the selected day"))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(2)
        self.agenda.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setIconSize(QSize(12, 12))
        self.agenda.setMinimumWidth(260)
        self.day_label.setBuddy(self.agenda)
        self.empty_label = QLabel(self.tr("Nothing planned. Double-click the day to add an event."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.new_button = QPushButton(self.tr("New event on this day…"), self)
        self.new_button.setAccessibleName(self.tr("New event on the selected day"))

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.day_label)
        side_layout.addWidget(self.agenda, 1)
        side_layout.addWidget(self.empty_label)
        side_layout.addWidget(self.new_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.previous_button, self.today_button)
        self.setTabOrder(self.today_button, self.next_button)
        self.setTabOrder(self.next_button, self.month_button)
        self.setTabOrder(self.month_button, self.week_button)
        self.setTabOrder(self.week_button, self.grid)
        self.setTabOrder(self.grid, self.agenda)
        self.setTabOrder(self.agenda, self.new_button)
        self.setFocusProxy(self.grid)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.month_button.toggled.connect(self._on_mode_toggled)
        self.grid.currentChanged.connect(self._on_current_changed)
        self.grid.occurrenceActivated.connect(self.eventActivated)
        self.grid.emptyDayActivated.connect(self.newEventRequested)
        self.grid.dayActivated.connect(self._focus_agenda)
        self.grid.moreRequested.connect(self._on_more_requested)
        self.agenda.activated.connect(self._on_agenda_activated)
        self.agenda.doubleClicked.connect(self._on_agenda_activated)
        self.new_button.clicked.connect(
            lambda: self.newEventRequested.emit(to_qdate(self.grid.current()))
        )
        # Ctrl+PgUp/PgDn work from the buttons and the agenda too, not only from the grid.
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step(step))

    # --- public -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the visible days after data changed (when next shown, if hidden now)."""
        self._loaded_range = None
        self._cache.clear()
        self.grid.set_today(dt.date.today())
        if self.isVisible():
            self._load()
        else:
            # Every save elsewhere refreshes every view; a hidden calendar waits until shown.
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self._load()
        super().showEvent(event)

    def current_date(self) -> QDate:
        return to_qdate(self.grid.current())

    def set_current_date(self, day: QDate) -> None:
        self.grid.set_current(to_date(day))

    def mode(self) -> str:
        return self.grid.mode()

    def set_mode(self, mode: str) -> None:
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)

    @Slot()
    def go_to_today(self) -> None:
        self.grid.set_today(dt.date.today())
        self.grid.set_current(dt.date.today())
        self.grid.setFocus()

    # --- slots --------------------------------------------------------------------------------

    def _step(self, direction: int) -> None:
        current = self.grid.current()
        if self.grid.mode() == WEEK:
            self.grid.set_current(current + dt.timedelta(days=7 * direction))
        else:
            self.grid.set_current(to_date(to_qdate(current).addMonths(direction)))

    @Slot(bool)
    def _on_mode_toggled(self, month: bool) -> None:
        self.grid.set_mode(MONTH if month else WEEK)
        unit = self.tr("month") if month else self.tr("week")
        self.previous_button.setAccessibleName(self.tr("Previous %1").replace("%1", unit))
        self.next_button.setAccessibleName(self.tr("Next %1").replace("%1", unit))
        self.previous_button.setToolTip(self.tr("Previous %1 (Page Up)").replace("%1", unit))
        self.next_button.setToolTip(self.tr("Next %1 (Page Down)").replace("%1", unit))
        self._update_title()
        self._load()

    @Slot(QDate)
    def _on_current_changed(self, _day: QDate) -> None:
        self._update_title()
        self._load()

    @Slot(QDate)
    def _on_more_requested(self, _day: QDate) -> None:
        # A month cell shows a few; the week shows more; the day's agenda lists them all.
        if self.grid.mode() == MONTH:
            self.set_mode(WEEK)
        else:
            self._focus_agenda()

    @Slot()
    def _focus_agenda(self) -> None:
        self.agenda.setFocus()
        self.agenda.setCurrentIndex(self.agenda_model.index(0, 0))

    @Slot(QModelIndex)
    def _on_agenda_activated(self, index: QModelIndex) -> None:
        event_id = index.data(DayAgendaModel.EventIdRole)
        if event_id is not None:
            self.eventActivated.emit(int(event_id))

    # --- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        visible = self.grid.visible_range()
        if visible != self._loaded_range:
            cached = self._cache.pop(visible, None)
            if cached is None:
                try:
                    cached = self._read(*visible)
                except KnownError as error:
                    self.day_label.setText(str(error))
                    return
            # Going back and forth between months is instant; any change clears this.
            self._cache[visible] = cached
            while len(self._cache) > _CACHED_RANGES:
                self._cache.popitem(last=False)
            by_day, self._colours = cached
            self.grid.set_occurrences(by_day, self._colours)
            self._loaded_range = visible
        self._show_day()

    def _read(
        self, first: dt.date, count: int
    ) -> tuple[dict[dt.date, list[Occurrence]], dict[str, str]]:
        """The occurrences on each of ``count`` days from ``first``, and the campaign colours."""
        last = first + dt.timedelta(days=count)
        start = dt.datetime.combine(first, dt.time(), UTC) - _MARGIN
        end = dt.datetime.combine(last, dt.time(), UTC) + _MARGIN
        with records.explained_errors(self.database.url), self.database.sessions() as session:
            found = events.occurrences_between(session, start, end)
            colours = records.campaign_colours(session)
        by_day: dict[dt.date, list[Occurrence]] = {}
        for occurrence in found:
            for day in days_of(occurrence):
                if first <= day < last:
                    by_day.setdefault(day, []).append(occurrence)
        for day_list in by_day.values():
            # All-day first, then by wall-clock time of day as people read it.
            day_list.sort(key=lambda o: (not o.all_day, o.start.time(), o.title))
        return by_day, colours

    def _show_day(self) -> None:
        day = self.grid.current()
        rows = self.grid.occurrences_on(day)
        self.agenda_model.set_rows(rows, self._colours)
        self.day_label.setText(self.locale().toString(to_qdate(day), QLocale.FormatType.LongFormat))
        self.empty_label.setVisible(not rows)

    def _update_title(self) -> None:
        current = to_qdate(self.grid.current())
        locale = self.locale()
        if self.grid.mode() == MONTH:
            text = locale.toString(current, self.tr("MMMM yyyy", "date format"))
        else:
            first, _ = self.grid.visible_range()
            last = first + dt.timedelta(days=6)
            # The locale's own order: "Jul 14 – Jul 20, 2019", "14 de jul al 20 de jul de 2019".
            first_text = locale.toString(to_qdate(first), locale_formats.day_month_format(locale))
            last_text = locale.toString(to_qdate(last), locale_formats.medium_date_format(locale))
            text = self.tr("Week of %1 – %2").replace("%1", first_text).replace("%2", last_text)
        self.title_label.setText(text)
