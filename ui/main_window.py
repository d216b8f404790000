"""Turnout's main window."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView

from db.schema import Database
from ui.event_table_model import EventTableModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self.setWindowTitle("Turnout")
        self.resize(1100, 700)
        self.events_model = EventTableModel(database, self)
        self.events_view = QTableView(self)
        self.events_view.setObjectName("eventsView")
        self.events_view.setModel(self.events_model)
        self.events_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.verticalHeader().setVisible(False)
        header = self.events_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.events_view.setColumnWidth(EventTableModel.COL_WHEN, 230)
        self.events_view.setColumnWidth(EventTableModel.COL_TITLE, 380)
        self.setCentralWidget(self.events_view)
        self._status = QLabel(self)
        self.statusBar().addWidget(self._status)
        self._update_status()

    def _update_status(self) -> None:
        self._status.setText(f"{self.events_model.total()} events · {self._database.describe()}")
