"""Lists and editors for contacts, places and campaigns (skeleton: being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db.schema import Database


class _RecordsView(QWidget):
    """A list with an editor. ``changed()`` is emitted after a save or delete."""

    changed = Signal()
    TITLE = ""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.TITLE, self))

    def refresh(self) -> None:
        """Reload after data changed elsewhere."""


class ContactsView(_RecordsView):
    TITLE = "Contacts"


class PlacesView(_RecordsView):
    TITLE = "Places"


class CampaignsView(_RecordsView):
    TITLE = "Campaigns"
