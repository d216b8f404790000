"""Month/week calendar of occurrences (skeleton: being built)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db.schema import Database


class CalendarView(QWidget):
    """Shows occurrences by month and week.

    Signals: ``eventActivated(int)`` (double-click on an occurrence: the event id),
    ``newEventRequested(QDate)`` (click on an empty day).
    """

    eventActivated = Signal(int)
    newEventRequested = Signal(QDate)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Calendar", self))

    def refresh(self) -> None:
        """Reload after data changed."""
