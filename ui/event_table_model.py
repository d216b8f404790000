"""The events list as a real Qt table model that fetches rows lazily, a page at a time.

Searching, filtering and sorting happen in SQL (desktop/event_list.py). The rows a person
has scrolled past are not all kept: with 100,000 events, a list scrolled to its end would hold
every one. The model keeps the ``CACHED_PAGES`` pages used last (a page is ``PAGE_SIZE`` rows,
keyed by its offset) and reads a page again when a row of it is asked for after it was
dropped, so memory stays flat at any scroll position. ``EventProxyModel`` is the sort/filter
proxy the view talks to; it hands both jobs down to the source model's query instead of
filtering the loaded rows in Python.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from db.errors import KnownError
from db.schema import Database
from desktop.event_list import SORT_KEYS, EventFilter, EventRow, count_events, fetch_rows
from desktop.timeutil import UTC, local_zone_name, zone
from ui import locale_formats, vocabulary

PAGE_SIZE = 128
# A narrower search looks only among the previous matches when there are at most this many.
NARROW_LIMIT = 1000
# How many pages are kept: several screens around the viewport, and at least NARROW_LIMIT
# rows, so a search with few matches that was scrolled through can be narrowed in place.
CACHED_PAGES = max(10, -(-NARROW_LIMIT // PAGE_SIZE))
_Index = QModelIndex | QPersistentModelIndex
_EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_ANSWERED = frozenset(
    {
        _EVENT_ID_ROLE,
        _ROW_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


class _Page:
    """One page of rows, and their dates once formatted (the costly part of painting)."""

    __slots__ = ("rows", "when")

    def __init__(self, rows: list[EventRow]) -> None:
        self.rows = rows
        self.when: list[str | None] = [None] * len(rows)


class EventTableModel(QAbstractTableModel):
    COL_WHEN, COL_TITLE, COL_KIND, COL_STATUS, COL_PLACE, COL_CAMPAIGN, COL_VISIBILITY = range(7)
    EventIdRole = _EVENT_ID_ROLE
    # The row's EventRow, for code that needs more than one column (tests, tooltips).
    RowRole = _ROW_ROLE

    totalChanged = Signal(int)

    def __init__(self, database: Database, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        # The pages kept, least recently used first: page n holds rows n*PAGE_SIZE and on.
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._row_count = 0  # rows the view knows of: the pages fetched so far, kept or not
        # The page asked for last, answered without touching the cache's order.
        self._hot_number, self._hot_page = -1, _Page([])
        self._total: int | None = 0
        self._more = False
        self._local_zone = local_zone_name()
        # Dates as the window's locale writes them, with the weekday and a four-digit year:
        # "Mon 7/15/2030 5:30 PM" in the US, "lun 15/7/2030 17:30" in Spanish.
        self._locale = QLocale()
        self._day_format = f"ddd {locale_formats.date_format(self._locale)}"
        self._moment_format = f"ddd {locale_formats.date_time_format(self._locale)}"
        self._filter = EventFilter(zone_name=self._local_zone)
        self._sort_key = "when"
        self._descending = False
        self._now = dt.datetime.now(UTC)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._headers = (
            self.tr("When"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Place"),
            self.tr("Campaign"),
            self.tr("Visibility"),
        )
        self.refresh()

    # --- what is shown ---------------------------------------------------------------------

    def event_filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, chosen: EventFilter, *, count: bool = True) -> None:
        """Show what ``chosen`` lets through; ``count=False`` leaves the total for later
        (``count_now``), so a keystroke in the search box costs one page query only."""
        if chosen != self._filter:
            within = None
            if chosen.narrows(self._filter):
                # Typing on narrows the list: look among the current matches only.
                within = self._all_ids_if_few()
            self._filter = chosen
            self.refresh(count=count, within=within)

    def _all_ids_if_few(self) -> list[int] | None:
        """Every matching id, in order, when all of them are loaded and there are few."""
        if self._total is None or self._total != self._row_count or self._total > NARROW_LIMIT:
            return None
        pages = range(-(-self._row_count // PAGE_SIZE))
        if any(number not in self._pages for number in pages):
            return None
        return [row.id for number in pages for row in self._pages[number].rows]

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "when"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.refresh(count=self._total is not None)

    def query_state(self) -> tuple[EventFilter, str, bool]:
        return self._filter, self._sort_key, self._descending

    def refresh(self, *, count: bool = True, within: list[int] | None = None) -> None:
        """Reload from the database: the first page, and the count unless told to wait."""
        self._now = dt.datetime.now(UTC)
        with self._database.sessions() as session:
            rows = self._fetch(session, 0, within)
            if len(rows) < PAGE_SIZE:
                total = len(rows)  # a short first page is the whole answer
            elif count:
                total = count_events(session, self._filter, now=self._now)
            else:
                total = None
        self.beginResetModel()
        self._pages.clear()
        self._pages[0] = self._hot_page = _Page(rows)
        self._hot_number = 0
        self._row_count, self._total = len(rows), total
        self._more = len(rows) == PAGE_SIZE
        self.endResetModel()
        self.totalChanged.emit(self.total())

    def count_now(self) -> None:
        """Count the matching events when the last refresh left that for later."""
        if self._total is not None:
            return
        with self._database.sessions() as session:
            self._total = count_events(session, self._filter, now=self._now)
        self.totalChanged.emit(self._total)

    def is_counted(self) -> bool:
        return self._total is not None

    def _fetch(self, session, offset: int, within: list[int] | None = None) -> list[EventRow]:
        return fetch_rows(
            session,
            offset,
            PAGE_SIZE,
            self._filter,
            sort_key=self._sort_key,
            descending=self._descending,
            now=self._now,
            within=within,
        )

    def _keep(self, number: int, page: _Page) -> None:
        self._pages[number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)  # the page used longest ago

    def _page(self, number: int) -> _Page | None:
        """Page ``number``, read again from the database if it was dropped."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
        else:
            from desktop.records import explained_errors  # not needed before the first paint

            try:
                with explained_errors(self._database.url), self._database.sessions() as session:
                    page = _Page(self._fetch(session, number * PAGE_SIZE))
            except KnownError:
                return None  # painted blank; the next refresh (or a retry) reads it
            self._keep(number, page)
        self._hot_number, self._hot_page = number, page
        return page

    def _row(self, row: int) -> tuple[_Page, int] | None:
        if not 0 <= row < self._row_count:
            return None
        page = self._page(row // PAGE_SIZE)
        position = row % PAGE_SIZE
        if page is None or position >= len(page.rows):
            return None  # the events changed since the list was read; a refresh follows
        return page, position

    def cached_rows(self) -> int:
        """How many rows are held in memory (at most CACHED_PAGES pages)."""
        return sum(len(page.rows) for page in self._pages.values())

    def total(self) -> int:
        """How many events match, loaded or not (the rows loaded so far while not counted)."""
        return self._row_count if self._total is None else self._total

    def event_id_at(self, row: int) -> int | None:
        found = self._row(row)
        return None if found is None else found[0].rows[found[1]].id

    def row_of(self, event_id: int) -> int | None:
        """The row of ``event_id`` among the rows held in memory."""
        for number, page in self._pages.items():
            for position, row in enumerate(page.rows):
                if row.id == event_id:
                    return number * PAGE_SIZE + position
        return None

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._total is None:
            return self._more
        return self._row_count < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        first = self._row_count
        with self._database.sessions() as session:
            rows = self._fetch(session, first)
        self._more = len(rows) == PAGE_SIZE
        if not rows:
            self._total = first
            return
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._keep(first // PAGE_SIZE, _Page(rows))
        self._row_count += len(rows)
        self.endInsertRows()
        if not self._more and self._total is None:
            self._total = self._row_count
            self.totalChanged.emit(self._total)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A view asks a dozen roles per cell while painting; most are answered here at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        number, position = divmod(index.row(), PAGE_SIZE)
        if number == self._hot_number:  # a view asks for the cells of one page in a row
            page = self._hot_page
        else:
            found = self._row(index.row())
            if found is None:
                return None
            page = found[0]
        if position >= len(page.rows):
            return None
        row = page.rows[position]
        if role == self.EventIdRole:
            return row.id
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() == self.COL_WHEN:
                text = page.when[position]
                if text is None:
                    text = page.when[position] = self._format_when(row)
                return text
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self._struck if row.status == "cancelled" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_past(self._now):
                # The palette's placeholder colour is "greyed" in light and dark themes alike.
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _display(self, row: EventRow, column: int) -> str:
        if column == self.COL_WHEN:
            return self._format_when(row)
        if column == self.COL_KIND:
            return vocabulary.label(row.kind)
        if column == self.COL_STATUS:
            return vocabulary.label(row.status)
        if column == self.COL_VISIBILITY:
            return vocabulary.label(row.visibility)
        return (None, row.title, None, None, row.place, row.campaign, None)[column] or ""

    def _format_when(self, row: EventRow) -> str:
        text = self._when_text(row)
        if row.recurring:
            text += " ↻"
        if row.timezone != self._local_zone and not row.all_day:
            # The city part is enough to tell zones apart at a glance; the tooltip says more.
            text += " " + row.timezone.rsplit("/", 1)[-1].replace("_", " ")
        return text

    def _tooltip(self, row: EventRow) -> str:
        notes = []
        if row.status == "cancelled":
            notes.append(self.tr("Cancelled"))
        if row.is_past(self._now):
            notes.append(self.tr("Past"))
        if row.recurring:
            notes.append(self.tr("Repeats"))
        when = self._when_text(row)
        return " · ".join([row.title, f"{when} ({row.timezone})", *notes])

    def _when_text(self, row: EventRow) -> str:
        """The start in the event's zone; an all-day event of several days gives its last
        day too (stored ends are exclusive: midnight after the last day)."""
        local = row.starts_at.astimezone(zone(row.timezone))
        if not row.all_day:
            return self._locale.toString(local.replace(tzinfo=None), self._moment_format)
        text = self._locale.toString(local.replace(tzinfo=None), self._day_format)
        last = row.ends_at.astimezone(zone(row.timezone)) - dt.timedelta(days=1)
        if last.date() > local.date():
            text += " – " + self._locale.toString(last.replace(tzinfo=None), self._day_format)
        return text


class EventProxyModel(QIdentityProxyModel):
    """The proxy in front of the events list, for sorting and filtering.

    Sorting and filtering go down to the source's SQL query (``set_filter``/``sort``), so
    they cover every event, not just the rows fetched so far; the proxy shows the source's
    rows as they are. An identity proxy, not a QSortFilterProxyModel: that one keeps two
    index tables as long as the rows fetched, which a list scrolled to row 100,000 pays for
    in memory for nothing.
    """

    def __init__(self, source: EventTableModel, parent=None) -> None:
        super().__init__(parent)
        self._source = source  # PySide does not keep the source alive for an identity proxy
        self.setSourceModel(source)

    def events(self) -> EventTableModel:
        return self._source

    def set_filter(self, chosen: EventFilter, *, count: bool = True) -> None:
        self.events().set_filter(chosen, count=count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.events().sort_by(column, order)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.events().canFetchMore()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self.events().fetchMore()

    def event_id(self, index: _Index) -> int | None:
        return index.data(EventTableModel.EventIdRole) if index.isValid() else None
