"""The events list as a real Qt table model that fetches rows lazily, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db.schema import Database
from desktop.event_list import EventRow, count_events, fetch_rows
from desktop.timeutil import local_zone_name, zone

PAGE_SIZE = 256
_Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    COL_WHEN, COL_TITLE, COL_KIND, COL_STATUS, COL_PLACE, COL_CAMPAIGN, COL_VISIBILITY = range(7)
    HEADERS = ("When", "Title", "Kind", "Status", "Place", "Campaign", "Visibility")
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, database: Database, parent=None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[EventRow] = []
        self._total = 0
        self._local_zone = local_zone_name()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        with self._database.sessions() as session:
            self._total = count_events(session)
            self._rows = fetch_rows(session, 0, PAGE_SIZE)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        with self._database.sessions() as session:
            page = fetch_rows(session, len(self._rows), PAGE_SIZE)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.EventIdRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_WHEN:
            return self._when(row)
        return (
            None,
            row.title,
            row.kind,
            row.status,
            row.place,
            row.campaign,
            row.visibility,
        )[column]

    def _when(self, row: EventRow) -> str:
        local = row.starts_at.astimezone(zone(row.timezone))
        text = local.strftime("%Y-%m-%d") if row.all_day else local.strftime("%Y-%m-%d %H:%M")
        if row.recurring:
            text += " ↻"
        if row.timezone != self._local_zone and not row.all_day:
            text += f" ({row.timezone})"
        return text
