"""Turnout's main window.

Contract for feature modules (ui/features.py): ``window.database`` is the open
``db.schema.Database``; ``window.menu(name)`` returns the "file", "edit", "event", "view" or
"help" menu; ``window.selected_event_id()`` is the event under the cursor or None;
``window.refresh_all()`` reloads every view after a change; ``window.show_error(title, text)``
reports a KnownError.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMenu, QMessageBox, QTableView

from db.schema import Database
from ui import features
from ui.event_table_model import EventTableModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
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
        self._menus: dict[str, QMenu] = {}
        for name, title in (("file", "&File"), ("edit", "&Edit"), ("event", "E&vent"),
                            ("view", "&View"), ("help", "&Help")):  # fmt: skip
            self._menus[name] = self.menuBar().addMenu(title)
        self._menus["file"].addAction("&Quit", self.close)
        self._status = QLabel(self)
        self.statusBar().addWidget(self._status)
        features.install_all(self)
        self._update_status()

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def selected_event_id(self) -> int | None:
        index = self.events_view.currentIndex()
        if not index.isValid():
            return None
        return index.data(EventTableModel.EventIdRole)

    def refresh_all(self) -> None:
        self.events_model.refresh()
        self._update_status()

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _update_status(self) -> None:
        self._status.setText(f"{self.events_model.total()} events · {self.database.describe()}")
