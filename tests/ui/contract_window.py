"""A stand-in for the main window: only the contract feature modules rely on (ui/features.py).

Feature tests install one module into it, so they test that module and not the whole window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


class ContractWindow(QMainWindow):
    """The window contract of ui/features.py, without the rest of the main window."""

    def __init__(self, database) -> None:
        super().__init__()
        self.database = database
        self._selected: int | None = None
        self._selection_actions: list = []
        self.errors: list[tuple[str, str]] = []
        self.refreshed = 0
        self._menus = {name: self.menuBar().addMenu(name) for name in ("file", "event")}

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def selected_event_id(self) -> int | None:
        return self._selected

    @property
    def selected(self) -> int | None:
        return self._selected

    @selected.setter
    def selected(self, event_id: int | None) -> None:
        """Selecting in the stand-in updates followed actions, as the main window does."""
        self._selected = event_id
        for action in self._selection_actions:
            action.setEnabled(event_id is not None)

    def follow_selection(self, *actions) -> None:
        self._selection_actions.extend(actions)
        self.selected = self._selected

    def refresh_all(self) -> None:
        self.refreshed += 1

    def show_error(self, title: str, text: str) -> None:
        self.errors.append((title, text))
