"""Turnout's main window: a sidebar of views (events, calendar, contacts, places, campaigns).

Contract for feature modules (ui/features.py): ``window.database`` is the open
``db.schema.Database``; ``window.menu(name)`` returns the "file", "edit", "event", "view" or
"help" menu; ``window.selected_event_id()`` is the event under the cursor or None;
``window.refresh_all()`` reloads every view after a change; ``window.show_error(title, text)``
reports a KnownError.

The window owns every transaction: dialogs hand back drafts, and each save, delete or
duplicate is one transaction followed by an undo command (ui/undo.py).

Start-up matters (DESIGN.md, Performance): what the first paint of the events list does not
need (the feature modules, the campaign filter's choices, the welcome page of an empty
database, the event services and undo commands) is built or imported later; see
``finish_setup``.
"""

from __future__ import annotations

import datetime as dt
import linecache
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.schema import Database
from db.vocabulary import EVENT_KINDS, EVENT_STATUSES
from desktop import __version__
from desktop.errors import KnownError
from desktop.event_list import EventFilter, row_position
from desktop.paths import data_dir
from desktop.timeutil import local_zone_name
from ui import actions, locale_formats, vocabulary
from ui.event_table_model import EventProxyModel, EventTableModel

# Imported where used, after the first paint: desktop.events (with dateutil), desktop.demo,
# ui.undo, ui.welcome, ui.messages, ui.crash and the feature modules (ui/features.py).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    from desktop import events
    from desktop.events import EventEdit
    from ui.calendar_view import CalendarView
    from ui.event_editor import EventDialog
    from ui.records_views import CampaignsView, ContactsView, PlacesView
    from ui.welcome import WelcomePage

VIEWS = ("events", "calendar", "contacts", "places", "campaigns")
# How long typing must pause before the matches are counted for the status bar.
COUNT_DELAY_MS = 300


def window_settings() -> QSettings:
    """The window's remembered state, kept beside the database in Turnout's data folder."""
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop's next turn after ``widget`` first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint, not in it: the rest of the window paints first.
            QTimer.singleShot(0, self._then)
        return False


class _OnResize(QObject):
    """Calls ``then`` after each resize of ``widget`` (a child of it, so it lives as long)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._then()
        return False


class MainWindow(QMainWindow):
    def __init__(self, database: Database, *, defer_setup: bool = False) -> None:
        """``defer_setup``: leave ``finish_setup`` until the window has first painted (how
        Turnout starts: desktop/gui.py); otherwise it is done before this returns."""
        super().__init__()
        self.database = database
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Turnout"))
        self.undo_stack = QUndoStack(self)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._menus: dict[str, QMenu] = {}
        self._open_editors: dict[int | None, EventDialog] = {}
        # Feature modules' actions that need a selected event (follow_selection).
        self._selection_actions: list[QAction] = []
        self._editors: list[EventDialog] = []  # every open editor, new events' too
        self._ready = False
        self._when_ready: list[Callable[[], None]] = []
        self._welcome: WelcomePage | None = None
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._status = QLabel(self)
        self._status.setObjectName("statusText")
        self.statusBar().addWidget(self._status, 1)
        self._database_label = QLabel(self.database.describe(), self)
        self._database_label.setObjectName("databaseText")
        self._database_label.setToolTip(self.tr("The database this window works on"))
        self.statusBar().addPermanentWidget(self._database_label)
        self._connect_signals()
        self._restore_settings()
        self._update_events_page()
        self._update_status()
        self._update_actions()
        if defer_setup:
            _AfterFirstPaint(self, self.finish_setup)
        else:
            self.finish_setup()

    def finish_setup(self) -> None:
        """Add what the first paint does without: the crash dialog, the feature modules'
        actions and shortcuts (ui/features.py), the campaign filter's choices. Runs once."""
        if self._ready:
            return
        self._ready = True
        from ui import crash, features

        crash.install(self)
        # Not needed before typing, and its icon is the costliest of the window to load.
        self.search.setClearButtonEnabled(True)
        file_menu = self._menus["file"]
        file_menu.removeAction(self.quit_action)  # Quit stays last, below the features
        features.install_all(self)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # The features' status bar widgets go left of the database's name, as before.
        self.statusBar().removeWidget(self._database_label)
        self.statusBar().addPermanentWidget(self._database_label)
        self._database_label.show()
        try:
            self._refresh_campaign_filter()
        except KnownError as error:
            self.show_error(self.tr("Could not read the database"), str(error))
        # PySide6 read the source of every module imported after it into linecache (its
        # check for "from __feature__ import"); a running window never needs it: ~4 MB.
        linecache.clearcache()
        waiting, self._when_ready = self._when_ready, []
        for callback in waiting:
            callback()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once ``finish_setup`` has run (at once if it has)."""
        if self._ready:
            callback()
        else:
            self._when_ready.append(callback)

    # --- building ----------------------------------------------------------------------------

    def _build_views(self) -> None:
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        titles = (
            self.tr("Events"),
            self.tr("Calendar"),
            self.tr("Contacts"),
            self.tr("Places"),
            self.tr("Campaigns"),
        )
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            item.setSizeHint(item.sizeHint().expandedTo(QSize(0, 30)))
            item.setToolTip(self.tr("%s (Ctrl+%d)") % (title, number))
            self.sidebar.addItem(item)
        self.sidebar.setMinimumWidth(110)
        self.sidebar.setMaximumWidth(260)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("views")
        self.stack.addWidget(self._build_events_page())
        # The other views are built the first time they are shown: the window opens on the
        # events list, and reading every contact and place first would only delay that.
        self._views: dict[str, QWidget] = {}
        for _name in VIEWS[1:]:
            self.stack.addWidget(QWidget(self.stack))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([140, 1060])
        self.setCentralWidget(self.splitter)
        self.sidebar.setCurrentRow(0)

    def _build_events_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("eventsPage")
        self.search = QLineEdit(page)
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search events"))
        self.search.setPlaceholderText(
            self.tr("Search titles, places, descriptions, tags and people  (Ctrl+F)")
        )

        def combo(name: str, accessible: str, items) -> QComboBox:
            box = QComboBox(page)
            box.setObjectName(name)
            box.setAccessibleName(accessible)
            for text, data in items:
                box.addItem(text, data)
            return box

        self.kind_filter = combo(
            "kindFilter",
            self.tr("Kind filter"),
            [(self.tr("Any kind"), None), *[(vocabulary.label(k), k) for k in EVENT_KINDS]],
        )
        self.status_filter = combo(
            "statusFilter",
            self.tr("Status filter"),
            [(self.tr("Any status"), None), *[(vocabulary.label(s), s) for s in EVENT_STATUSES]],
        )
        self.campaign_filter = combo(
            "campaignFilter", self.tr("Campaign filter"), [(self.tr("Any campaign"), None)]
        )
        # The campaigns' names arrive after the first paint (finish_setup): grow to fit them.
        self.campaign_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.visibility_filter = combo(
            "visibilityFilter",
            self.tr("Visibility filter"),
            [
                (self.tr("Public and internal"), None),
                (self.tr("Public only"), "public"),
                (self.tr("Internal only"), "internal"),
            ],
        )
        self.range_filter = combo(
            "rangeFilter",
            self.tr("Date range"),
            [
                (self.tr("All dates"), "all"),
                (self.tr("Upcoming"), "upcoming"),
                (self.tr("Past"), "past"),
                (self.tr("Between dates…"), "custom"),
            ],
        )
        self.clear_filters = QPushButton(self.tr("C&lear"), page)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.setToolTip(self.tr("Show all events again"))

        filters = QHBoxLayout()
        for widget in (
            self.kind_filter,
            self.status_filter,
            self.campaign_filter,
            self.visibility_filter,
            self.range_filter,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters)
        self._filters_row = filters
        self._days: tuple[QDateEdit, QDateEdit] | None = None  # built for "Between dates…"

        self.events_model = EventTableModel(self.database, self)
        self.events_proxy = EventProxyModel(self.events_model, self)
        self.events_view = QTableView(page)
        self.events_view.setObjectName("eventsView")
        # The view's viewport met as a child first: PySide6 does not recognise its type when
        # viewport() returns it, and looks for it among every QtWidgets class (~8 ms before
        # the first paint). Found this way it is known, and viewport() returns it at once.
        self.events_view.findChild(QWidget, "qt_scrollarea_viewport")
        self.events_view.setAccessibleName(self.tr("Events"))
        self.events_view.setModel(self.events_proxy)
        self.events_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.setAlternatingRowColors(True)
        self.events_view.setWordWrap(False)
        self.events_view.setTabKeyNavigation(False)  # Tab leaves the list, as elsewhere
        self.events_view.verticalHeader().setVisible(False)
        # The indicator first, so enabling sorting does not query the database a second time.
        self.events_view.horizontalHeader().setSortIndicator(
            EventTableModel.COL_WHEN, Qt.SortOrder.AscendingOrder
        )
        self.events_view.setSortingEnabled(True)
        header = self.events_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EventTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in (
            (EventTableModel.COL_WHEN, 230),
            (EventTableModel.COL_KIND, 85),
            (EventTableModel.COL_STATUS, 85),
            (EventTableModel.COL_PLACE, 160),
            (EventTableModel.COL_CAMPAIGN, 120),
            (EventTableModel.COL_VISIBILITY, 75),
        ):
            self.events_view.setColumnWidth(column, width)
        self._fit_headings()
        # Other columns give way to the title on a narrow window (see _keep_title_readable).
        self._wanted_widths: dict[int, int] = {}
        self._fitting_title = False
        header.sectionResized.connect(self._remember_wanted_width)
        # A new order starts at its top (the list keeps only the pages near the view, and the
        # old scroll position means nothing in the new order).
        header.sortIndicatorChanged.connect(lambda *_: self.events_view.scrollToTop())
        _OnResize(self.events_view.viewport(), self._keep_title_readable)

        self.no_match = QLabel(self.tr("No event matches the search and filters."), page)
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setVisible(False)

        list_page = QWidget(page)
        list_column = QVBoxLayout(list_page)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(self.search)
        list_column.addLayout(filters)
        list_column.addWidget(self.no_match)
        list_column.addWidget(self.events_view, 1)

        self.events_stack = QStackedWidget(page)
        self.events_stack.addWidget(list_page)
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.events_stack)
        self._list_page = list_page
        return page

    def _action(
        self,
        name: str,
        text: str,
        slot,
        shortcuts=(),
        icon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    # Columns that give up width to the title, widest first (their text is elided), and the
    # least place and campaign keep; none gets narrower than its heading.
    _YIELDING_COLUMNS = (
        EventTableModel.COL_PLACE,
        EventTableModel.COL_CAMPAIGN,
        EventTableModel.COL_KIND,
        EventTableModel.COL_STATUS,
        EventTableModel.COL_VISIBILITY,
    )
    _YIELDING_LEAST = {EventTableModel.COL_PLACE: 80, EventTableModel.COL_CAMPAIGN: 80}

    def _remember_wanted_width(self, column: int, _old: int, new: int) -> None:
        if not self._fitting_title and column in self._YIELDING_COLUMNS:
            self._wanted_widths[column] = new  # the person dragged it: their width

    def _keep_title_readable(self) -> None:
        """The title is what people read first: on a narrow window the widest of place,
        campaign, kind, status and visibility shrink alike (never below their heading) to
        leave it a third of the list, or as near as they can; they grow back to their chosen
        widths when the window does."""
        header = self.events_view.horizontalHeader()
        width = self.events_view.viewport().width()
        if width <= 0:
            return
        fixed = sum(
            header.sectionSize(column)
            for column in range(self.events_model.columnCount())
            if column != EventTableModel.COL_TITLE
            and column not in self._YIELDING_COLUMNS
            and not header.isSectionHidden(column)
        )
        yielding = [c for c in self._YIELDING_COLUMNS if not header.isSectionHidden(c)]
        wanted = {c: self._wanted_widths.get(c, header.sectionSize(c)) for c in yielding}
        room = width - max(180, width // 3) - fixed
        widths = dict(wanted)
        if sum(wanted.values()) > room and yielding:
            # Water-filling: the largest cap at which the yielding columns fit the room.
            cap, spent, ordered = max(wanted.values()), 0, sorted(wanted.values())
            for index, size in enumerate(ordered):
                left = len(ordered) - index
                if spent + size * left > room:
                    cap = (room - spent) // left
                    break
                spent += size
            widths = {c: max(self._least_width(c), min(size, cap)) for c, size in wanted.items()}
        self._fitting_title = True
        try:
            for column, size in widths.items():
                self._wanted_widths.setdefault(column, wanted[column])
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting_title = False

    def _least_width(self, column: int) -> int:
        """A yielding column never gets narrower than its heading (place and campaign: 80 px)."""
        heading = str(self.events_model.headerData(column, Qt.Orientation.Horizontal))
        need = self.events_view.horizontalHeader().fontMetrics().horizontalAdvance(heading) + 24
        return max(self._YIELDING_LEAST.get(column, 0), need)

    def _fit_headings(self) -> None:
        """Widen columns narrower than their heading (widths remembered from another
        language, or made for English: "Visibilidad" is longer than "Visibility")."""
        header = self.events_view.horizontalHeader()
        for column in range(self.events_model.columnCount()):
            if column == EventTableModel.COL_TITLE:
                continue  # stretches
            heading = str(self.events_model.headerData(column, Qt.Orientation.Horizontal))
            need = header.fontMetrics().horizontalAdvance(heading) + 24
            words = {
                EventTableModel.COL_KIND: EVENT_KINDS,
                EventTableModel.COL_STATUS: EVENT_STATUSES,
            }
            for word in words.get(column, ()):  # the closed word lists fit whole
                advance = self.events_view.fontMetrics().horizontalAdvance(vocabulary.label(word))
                need = max(need, advance + 12)
            if header.sectionSize(column) < need:
                self.events_view.setColumnWidth(column, need)

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(
            "newEvent",
            self.tr("&New event…"),
            self.new_event,
            [QKeySequence.StandardKey.New],
            pixmap.SP_FileIcon,
            self.tr("Plan a new action"),
        )
        self.open_action = self._action(
            "openEvent",
            self.tr("&Open event…"),
            self.open_selected,
            ["Return", "Enter"],
            pixmap.SP_DialogOpenButton,
            self.tr("Edit the selected event"),
        )
        # Enter opens and Delete deletes only in the list: in a text field they edit text.
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.events_view.addAction(self.open_action)
        self.duplicate_action = self._action(
            "duplicateEvent",
            self.tr("D&uplicate event"),
            self.duplicate_selected,
            ["Ctrl+D"],
            pixmap.SP_FileDialogNewFolder,
            self.tr("Copy the selected event one week later, for the next action in a series"),
        )
        self.delete_action = self._action(
            "deleteEvent",
            self.tr("&Delete event"),
            self.delete_selected,
            [QKeySequence.StandardKey.Delete],
            pixmap.SP_TrashIcon,
            self.tr("Delete the selected event (Undo brings it back)"),
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.events_view.addAction(self.delete_action)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(pixmap.SP_ArrowForward))
        # Connected after the stack's own slots: the undone step is the redo text by now. The
        # status bar says what happened, instead of still saying "Saved …" after an undo.
        self.undo_action.triggered.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Undone: %s") % self.undo_stack.redoText(), 5000
            )
        )
        self.redo_action.triggered.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Redone: %s") % self.undo_stack.undoText(), 5000
            )
        )
        self.find_action = self._action(
            "find", self.tr("&Find events"), self.focus_search, [QKeySequence.StandardKey.Find]
        )
        self.load_demo_action = self._action(
            "loadDemo", self.tr("Load the e&xample campaign"), self.load_example
        )
        self.refresh_action = self._action(
            "refresh", self.tr("&Reload"), self.refresh_all, [QKeySequence.StandardKey.Refresh]
        )
        self.help_action = self._action(
            "help", self.tr("Turnout &help"), self.show_help, ["F1"], pixmap.SP_DialogHelpButton
        )
        self.about_action = self._action("about", self.tr("&About Turnout"), self.show_about)
        self.quit_action = self._action(
            "quit", self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit]
        )
        names = (
            self.tr("&Events"),
            self.tr("&Calendar"),
            self.tr("C&ontacts"),
            self.tr("&Places"),
            self.tr("Ca&mpaigns"),
        )
        self.view_actions = []
        for number, (key, text) in enumerate(zip(VIEWS, names, strict=True), start=1):
            action = self._action(
                f"show_{key}", text, lambda _=False, n=number - 1: self.show_view(n)
            )
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setCheckable(True)
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        for name, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("event", self.tr("E&vent")),
            ("view", self.tr("&View")),
            ("help", self.tr("&Help")),
        ):
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(f"{name}Menu")
            self._menus[name] = menu
        self._menus["file"].addAction(self.load_demo_action)
        self._menus["edit"].addActions([self.undo_action, self.redo_action])
        self._menus["edit"].addSeparator()
        self._menus["edit"].addAction(self.find_action)
        self._menus["event"].addActions(
            [self.new_action, self.open_action, self.duplicate_action, self.delete_action]
        )
        self._menus["view"].addActions(self.view_actions)
        self._menus["view"].addSeparator()
        self._menus["view"].addAction(self.refresh_action)
        self._menus["help"].addActions([self.help_action, self.about_action])
        # Import, export, print and backup join the File menu above Quit (finish_setup).
        self._menus["file"].addSeparator()
        self._menus["file"].addAction(self.quit_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        bar.addActions([self.new_action, self.open_action, self.duplicate_action])
        bar.addAction(self.delete_action)
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        self.addToolBar(bar)

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_view_changed)
        # The first view was chosen before this connection: tick it in the View menu too.
        self.view_actions[max(self.sidebar.currentRow(), 0)].setChecked(True)
        self.search.textChanged.connect(self._apply_filter)
        for box in (
            self.kind_filter,
            self.status_filter,
            self.campaign_filter,
            self.visibility_filter,
            self.range_filter,
        ):
            box.currentIndexChanged.connect(self._apply_filter)
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.events_model.totalChanged.connect(self._update_status)
        self._count_timer.timeout.connect(self._count_matches)
        self.events_model.modelReset.connect(self._update_actions)
        self.events_view.doubleClicked.connect(self._on_row_activated)
        self.events_view.selectionModel().currentChanged.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._update_actions)

    # --- the contract for feature modules ------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def selected_event_id(self) -> int | None:
        if self.events_stack.currentWidget() is not self._list_page:
            return None
        return self.events_proxy.event_id(self.events_view.currentIndex())

    def refresh_all(self) -> None:
        """Reload every view from the database (after a change made anywhere)."""
        try:
            self.events_model.refresh()
            self._refresh_campaign_filter()
        except KnownError as error:
            self.show_error(self.tr("Could not read the database"), str(error))
        for view in self._views.values():
            view.refresh()
        self._update_events_page()
        self._update_status()
        self._update_actions()

    def show_error(self, title: str, text: str) -> None:
        from ui import messages

        messages.warning(self, title, text)

    # --- views ---------------------------------------------------------------------------------

    def show_view(self, number: int) -> None:
        self.sidebar.setCurrentRow(number)

    def view(self, name: str) -> QWidget:
        """The view called ``name`` ("calendar", "contacts", ...), built on first use."""
        if name == "events":
            return self.stack.widget(0)
        if name not in self._views:
            index = VIEWS.index(name)
            view = self._make_view(name)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._views[name] = view
        return self._views[name]

    def _make_view(self, name: str) -> QWidget:
        # Imported here: a view nobody opens costs nothing at start-up.
        if name == "calendar":
            from ui.calendar_view import CalendarView

            view = CalendarView(self.database, self.stack)
            view.eventActivated.connect(self.open_event)
            view.newEventRequested.connect(self._on_new_event_on_day)
        else:
            from ui.records_views import CampaignsView, ContactsView, PlacesView

            kind = {"contacts": ContactsView, "places": PlacesView, "campaigns": CampaignsView}
            view = kind[name](self.database, self.stack)
            view.changed.connect(self.refresh_all)
        view.setObjectName(f"{name}View")
        return view

    @property
    def calendar_view(self) -> CalendarView:
        return self.view("calendar")

    @property
    def contacts_view(self) -> ContactsView:
        return self.view("contacts")

    @property
    def places_view(self) -> PlacesView:
        return self.view("places")

    @property
    def campaigns_view(self) -> CampaignsView:
        return self.view("campaigns")

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    @Slot(int)
    def _on_view_changed(self, row: int) -> None:
        if row < 0:
            return
        self.view(VIEWS[row])
        self.stack.setCurrentIndex(row)
        for number, action in enumerate(self.view_actions):
            action.setChecked(number == row)
        # The event count belongs to the events list and calendar; the contacts, places and
        # campaigns views count their own rows above their lists.
        self._status.setVisible(VIEWS[row] in ("events", "calendar"))
        self._update_actions()

    @Slot()
    def focus_search(self) -> None:
        self.show_view(0)
        self.events_stack.setCurrentWidget(self._list_page)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @property
    def first_day(self) -> QDateEdit:
        """The first day of "Between dates…" (built the first time it is needed)."""
        return self._date_edits()[0]

    @property
    def last_day(self) -> QDateEdit:
        return self._date_edits()[1]

    def _date_edits(self) -> tuple[QDateEdit, QDateEdit]:
        if self._days is None:
            from PySide6.QtWidgets import QDateEdit

            today = QDate.currentDate()
            first = QDateEdit(today, self._list_page)
            first.setObjectName("firstDay")
            first.setAccessibleName(self.tr("From"))
            last = QDateEdit(today.addMonths(1), self._list_page)
            last.setObjectName("lastDay")
            last.setAccessibleName(self.tr("To"))
            place = self._filters_row.indexOf(self.range_filter) + 1
            for offset, edit in enumerate((first, last)):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(locale_formats.date_format())
                edit.setVisible(False)
                self._filters_row.insertWidget(place + offset, edit)
                edit.dateChanged.connect(self._apply_filter)
            # Tab goes through them where they stand, not last (they were made last).
            QWidget.setTabOrder(self.range_filter, first)
            QWidget.setTabOrder(first, last)
            QWidget.setTabOrder(last, self.clear_filters)
            self._days = (first, last)
        return self._days

    def _current_filter(self) -> EventFilter:
        custom = self.range_filter.currentData() == "custom"
        return EventFilter(
            text=self.search.text(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            campaign_id=self.campaign_filter.currentData(),
            visibility=self.visibility_filter.currentData(),
            range=self.range_filter.currentData(),
            first_day=self.first_day.date().toPython() if custom else None,
            last_day=self.last_day.date().toPython() if custom else None,
            zone_name=local_zone_name(),
        )

    @Slot()
    def _apply_filter(self) -> None:
        custom = self.range_filter.currentData() == "custom"
        if custom or self._days is not None:
            self.first_day.setVisible(custom)
            self.last_day.setVisible(custom)
        chosen = self._current_filter()
        # While someone types, each keystroke fetches one page; the count (a scan of every
        # event) waits until the typing pauses.
        typing = bool(chosen.text.strip())
        try:
            self.events_proxy.set_filter(chosen, count=not typing)
        except KnownError as error:
            self.show_error(self.tr("Could not read the database"), str(error))
        if typing and not self.events_model.is_counted():
            self._count_timer.start()
        self._update_events_page()

    @Slot()
    def _count_matches(self) -> None:
        try:
            self.events_model.count_now()
        except KnownError as error:
            self.show_error(self.tr("Could not read the database"), str(error))

    @Slot()
    def clear_all_filters(self) -> None:
        widgets = (
            self.search,
            self.kind_filter,
            self.status_filter,
            self.campaign_filter,
            self.visibility_filter,
            self.range_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for box in widgets[1:]:
            box.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()

    def _refresh_campaign_filter(self) -> None:
        from desktop import events

        chosen = self.campaign_filter.currentData()
        campaigns = actions.read(self.database, events.campaign_choices)
        self.campaign_filter.blockSignals(True)
        while self.campaign_filter.count() > 1:
            self.campaign_filter.removeItem(1)
        for campaign_id, name in campaigns:
            self.campaign_filter.addItem(name, campaign_id)
        index = self.campaign_filter.findData(chosen)
        self.campaign_filter.setCurrentIndex(max(0, index))
        self.campaign_filter.blockSignals(False)
        if chosen is not None and index < 0:
            self._apply_filter()  # the chosen campaign is gone

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page of an empty database, built when first needed."""
        if self._welcome is None:
            from ui.welcome import WelcomePage

            self._welcome = WelcomePage(self.events_stack)
            self._welcome.loadExampleRequested.connect(self.load_example)
            self._welcome.newEventRequested.connect(self.new_event)
            self.events_stack.addWidget(self._welcome)
        return self._welcome

    def _update_events_page(self) -> None:
        filtered = not self.events_model.event_filter().is_empty()
        empty = self.events_model.total() == 0
        if empty and not filtered:
            from desktop import events

            try:
                has_any = actions.read(self.database, events.has_events)
            except KnownError:
                has_any = True
            empty = not has_any
        self.events_stack.setCurrentWidget(
            self.welcome if empty and not filtered else self._list_page
        )
        self.no_match.setVisible(filtered and self.events_model.total() == 0)

    def _update_status(self) -> None:
        total = self.events_model.total()
        if not self.events_model.is_counted():
            text = self.tr("%d+ events shown (counting…)") % total
        elif self.events_model.event_filter().is_empty():
            text = self.tr("%d events") % total if total != 1 else self.tr("1 event")
        else:
            text = (
                self.tr("%d events shown (filtered)") % total
                if total != 1
                else self.tr("1 event shown (filtered)")
            )
        self._status.setText(text)

    def follow_selection(self, *actions: QAction) -> None:
        """Feature modules' actions that act on the selected event: enabled exactly when
        Open, Duplicate and Delete are (ui/features.py's contract)."""
        self._selection_actions.extend(actions)
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_event_id() is not None and self.current_view() == "events"
        for action in (self.open_action, self.duplicate_action, self.delete_action,
                       *self._selection_actions):  # fmt: skip
            action.setEnabled(selected)

    # --- events: new, open, duplicate, delete ----------------------------------------------------

    def _choices(self) -> events.Choices:
        from desktop import events

        return actions.read(self.database, events.choices)

    @Slot()
    def new_event(self, day: dt.date | None = None) -> EventDialog | None:
        """Open the editor for a new event (on ``day`` when given)."""
        try:
            choices = self._choices()
        except KnownError as error:
            self.show_error(self.tr("Could not read the database"), str(error))
            return None
        from ui.event_editor import EventDialog

        dialog = EventDialog(choices, None, self, day=day if isinstance(day, dt.date) else None)
        self._show_editor(dialog, None, None)
        return dialog

    @Slot(QDate)
    def _on_new_event_on_day(self, day: QDate) -> None:
        self.new_event(day.toPython())

    @Slot()
    def open_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.open_event(event_id)

    def _on_row_activated(self, index) -> None:
        event_id = self.events_proxy.event_id(index)
        if event_id is not None:
            self.open_event(event_id)

    @Slot(int)
    def open_event(self, event_id: int) -> EventDialog | None:
        """Open the editor on an event (bring it forward when it is open already)."""
        if event_id in self._open_editors:
            dialog = self._open_editors[event_id]
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        from desktop import events

        def load(session):
            return events.edit_of(events.find(session, event_id)), events.choices(session)

        try:
            before, choices = actions.read(self.database, load)
        except KnownError as error:
            self.show_error(self.tr("Could not open the event"), str(error))
            self.refresh_all()
            return None
        from ui.event_editor import EventDialog

        dialog = EventDialog(choices, before, self)
        self._show_editor(dialog, event_id, before)
        return dialog

    def _show_editor(
        self, dialog: EventDialog, event_id: int | None, before: EventEdit | None
    ) -> None:
        # Window-modal and not blocking: the window keeps painting, and tests can type into it.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if event_id is not None:
            self._open_editors[event_id] = dialog
        self._editors.append(dialog)
        dialog.finished.connect(lambda _result: self._forget_editor(dialog, event_id))
        dialog.accepted.connect(lambda: self._save(dialog.edit(), event_id, before))
        dialog.show()

    def _forget_editor(self, dialog: EventDialog, event_id: int | None) -> None:
        if self._open_editors.get(event_id) is dialog:
            del self._open_editors[event_id]
        if dialog in self._editors:
            self._editors.remove(dialog)

    def _save(self, edit: EventEdit, event_id: int | None, before: EventEdit | None) -> None:
        from desktop import events
        from desktop.events import EditConflict
        from ui.undo import CreateEventCommand, EditEventCommand

        try:
            saved_id = actions.run(self.database, lambda s: events.save_edit(s, edit, event_id).id)
        except EditConflict as error:
            self._resolve_conflict(str(error), edit, event_id)
            return
        except KnownError as error:
            self.show_error(self.tr("Could not save the event"), str(error))
            if event_id is not None and not self._exists(event_id):
                event_id, before = None, None  # deleted meanwhile: offer it as a new event
            self._reopen_with(edit, event_id, before)
            return
        title = edit.draft.title.strip()
        if event_id is None:
            command = CreateEventCommand(self, saved_id, self.tr("Create “%s”") % title)
        else:
            command = EditEventCommand(self, event_id, before, edit, self.tr("Edit “%s”") % title)
        self.undo_stack.push(command)
        self.after_change(saved_id)
        self.statusBar().showMessage(self.tr("Saved “%s”.") % title, 5000)

    def _exists(self, event_id: int) -> bool:
        from desktop import events

        try:
            actions.read(self.database, lambda s: events.find(s, event_id))
        except KnownError:
            return False
        return True

    def _reopen_with(self, edit: EventEdit, event_id: int | None, before: EventEdit | None) -> None:
        """Give the person their typing back after a save failed: nothing is lost."""
        try:
            choices = self._choices()
        except KnownError:
            return
        from ui.event_editor import EventDialog

        dialog = EventDialog(choices, edit, self)
        if event_id is None:
            dialog.setWindowTitle(self.tr("New event"))
        self._show_editor(dialog, event_id, before)

    def _resolve_conflict(self, text: str, edit: EventEdit, event_id: int | None) -> None:
        """Someone saved this event after the editor opened it: the person chooses."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Someone else changed this event"),
                          text, QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setInformativeText(
            self.tr(
                "Keep mine: your version replaces theirs.\n"
                "Take theirs: your changes are dropped.\n"
                "Save mine as a copy: theirs stays, yours becomes a new event."
            )
        )
        keep_mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        take_theirs = box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.RejectRole)
        as_copy = box.addButton(self.tr("Save mine as a copy"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(take_theirs)
        box.exec()
        chosen = box.clickedButton()
        from desktop import events

        def current(session):
            return events.edit_of(events.find(session, event_id))

        try:
            theirs = actions.read(self.database, current)
        except KnownError as error:
            self.show_error(self.tr("Could not save the event"), str(error))
            self.refresh_all()
            return
        if chosen is keep_mine:
            self._save(replace(edit, version=theirs.version), event_id, theirs)
        elif chosen is as_copy:
            self._save(replace(edit, version=None), None, None)
        else:
            self.refresh_all()
            if event_id is not None:
                self.select_event(event_id)
            self.statusBar().showMessage(self.tr("Kept the version saved by someone else."), 8000)

    @Slot()
    def duplicate_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        from desktop import events
        from ui.undo import CreateEventCommand

        try:
            new_id, title = actions.run(
                self.database,
                lambda s: (lambda e: (e.id, e.title))(events.duplicate(s, event_id)),
            )
        except KnownError as error:
            self.show_error(self.tr("Could not duplicate the event"), str(error))
            return
        self.undo_stack.push(CreateEventCommand(self, new_id, self.tr("Duplicate “%s”") % title))
        self.after_change(new_id)
        self.statusBar().showMessage(
            self.tr("Copied “%s” one week later; Ctrl+Z takes it back.") % title, 8000
        )

    @Slot()
    def delete_selected(self) -> None:
        # No question asked: Undo brings the event back with the same id and UID.
        event_id = self.selected_event_id()
        if event_id is None:
            return
        row = self.events_view.currentIndex().row()
        from desktop import events
        from ui.undo import DeleteEventCommand

        try:
            kept = actions.run(self.database, lambda s: events.delete(s, event_id))
        except KnownError as error:
            self.show_error(self.tr("Could not delete the event"), str(error))
            return
        title = kept.edit.draft.title
        self.undo_stack.push(DeleteEventCommand(self, kept, self.tr("Delete “%s”") % title))
        self.after_change(None)
        self._select_row(min(row, self.events_proxy.rowCount() - 1))
        self.statusBar().showMessage(self.tr("Deleted “%s”; Ctrl+Z brings it back.") % title, 8000)

    @Slot()
    def load_example(self) -> None:
        from desktop.demo import load_demo

        try:
            added = actions.run(self.database, load_demo)
        except KnownError as error:
            self.show_error(self.tr("Could not load the example campaign"), str(error))
            return
        self.refresh_all()
        self.statusBar().showMessage(
            self.tr("Loaded the example campaign: %d events.") % added["events"], 8000
        )

    # --- called by undo commands ----------------------------------------------------------------

    def after_change(self, event_id: int | None) -> None:
        self.refresh_all()
        if event_id is not None:
            self.select_event(event_id)

    def report_undo_failure(self, text: str) -> None:
        self.show_error(
            self.tr("Could not undo or redo"),
            text + "\n\n" + self.tr("This step was taken out of the undo history."),
        )
        self.refresh_all()

    def select_event(self, event_id: int) -> bool:
        """Make ``event_id`` the current row, fetching pages until it is loaded."""
        row = self.events_model.row_of(event_id)
        if row is None:
            chosen, key, descending = self.events_model.query_state()
            try:
                position = actions.read(
                    self.database,
                    lambda s: row_position(
                        s, event_id, chosen, sort_key=key, descending=descending
                    ),
                )
            except KnownError:
                position = None
            if position is None:
                return False
            while self.events_model.rowCount() <= position and self.events_model.canFetchMore():
                self.events_model.fetchMore()
            row = self.events_model.row_of(event_id)
            if row is None:
                return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        if row < 0:
            self._update_actions()
            return
        index = self.events_proxy.index(row, EventTableModel.COL_TITLE)
        self.events_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.events_view.scrollTo(index)
        self._update_actions()

    # --- help ----------------------------------------------------------------------------------

    @Slot()
    def show_help(self) -> None:
        """F1: the user guide (offline, in the window's language), brought forward if open."""
        from ui.help_browser import HelpBrowser

        if getattr(self, "help_browser", None) is None:
            self.help_browser = HelpBrowser(self)
        self.help_browser.show()
        self.help_browser.raise_()
        self.help_browser.activateWindow()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Turnout"),
            self.tr("Turnout %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Turnout plans, publishes and prints protests, strikes, walkouts and "
                "pickets — offline.\nDatabase: %s"
            )
            % self.database.describe(),
        )

    # --- remembered state ----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = window_settings()
        self.resize(1200, 760)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value("events/header")
        if isinstance(header, QByteArray):
            self.events_view.horizontalHeader().restoreState(header)
            self._wanted_widths.clear()  # the restored widths are the chosen ones
            self._fit_headings()
        view = settings.value("window/view", "events")
        if view in VIEWS:
            self.show_view(VIEWS.index(view))

    def save_settings(self) -> None:
        settings = window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("events/header", self.events_view.horizontalHeader().saveState())
        settings.setValue("window/view", self.current_view())
        settings.sync()

    def closeEvent(self, event) -> None:
        editors = [d for d in self._editors if d.isVisible()]
        for dialog in editors:
            dialog.close()
            if dialog.isVisible():  # the person chose to keep editing
                event.ignore()
                return
        self.save_settings()
        super().closeEvent(event)
