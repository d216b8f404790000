"""Feature modules that add their actions to the main window.

Each module named here has ``install(window)``; it adds actions to ``window.menu("file")`` and
friends and keeps its heavy imports (icalendar, printing) inside the slots, off the start-up
path. A feature appears in the menus only once its module is listed: no disabled stubs.

What a module may use of the window (tests/ui/contract_window.py is the stand-in): ``database``,
``menu(name)``, ``selected_event_id()``, ``follow_selection(*actions)`` (enabled exactly while
an event is selected, like Open and Delete), ``refresh_all()``, ``show_error(title, text)``
and the status bar.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtGui import QAction

FEATURE_MODULES: tuple[str, ...] = (
    "ui.team_actions",
    "ui.ical_actions",
    "ui.print_actions",
    "ui.live_updates",
    "ui.safety_actions",
    "ui.settings_dialog",
)


def new_action(window, text: str, name: str, slot: Callable[[], object]) -> QAction:
    """An action of a feature module: owned by the window, named for tests and the
    accessibility tree, calling ``slot`` when triggered. ``text`` is already translated."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install_all(window) -> None:
    for name in FEATURE_MODULES:
        importlib.import_module(name).install(window)
