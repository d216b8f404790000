"""Lists and editors for contacts, places and campaigns.

Each view is a searchable table beside an editor form. The form hands back a draft; the view
runs the transaction through ``desktop.records`` (no SQL here), refreshes, and emits
``changed()`` so the window can reload what depends on it. Unsaved edits are never dropped
silently: switching rows or starting a new record asks first, and a delete says what it
will affect before anything goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.schema import Database
from desktop import records
from desktop.errors import KnownError
from desktop.records import CampaignDraft, ContactDraft, PlaceDraft
from ui import messages
from ui.records_forms import (
    DISCLOSURE_LABELS,
    CampaignForm,
    ContactForm,
    PlaceForm,
    RecordForm,
    problem_colour,
)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    attribute: str
    # Turns the row's value into the text shown (None: str(value)).
    text: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows of one noun (``records.ContactRow`` and friends), one column per attribute."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("RecordTableModel", self._columns[section].header)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        value = getattr(row, column.attribute)
        if role == self.IdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.text is not None:
                return column.text(value)
            return str(value)
        if role == self.SortRole:
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.attribute == "name":
            colour = getattr(row, "colour", None)
            return QColor(colour) if colour else None
        return None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class _RecordsView(QWidget):
    """A list with an editor. ``changed()`` is emitted after a save or delete."""

    changed = Signal()

    # Filled in by each subclass. PHRASES are whole phrases, not "New %1" with a noun put in:
    # Spanish says "Nuevo contacto" but "Nueva campaña".
    NOUN = ""
    PLURAL = ""
    PHRASES: dict[str, str] = {}
    COLUMNS: list[Column] = []
    STRETCH_COLUMN = 0  # the column that takes the width left over (the name)
    FORM_WIDTH = (300, 400)  # the form's width: at least, and at most on a wide window
    FORM: type[RecordForm] = RecordForm

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """This class's strings live in its own context ("_RecordsView"), the subclasses' in
        theirs; PySide asks only the subclass's, so look in both."""
        untranslated = QCoreApplication.translate("", text, disambiguation, n)
        for context in ("_RecordsView", type(self).__name__):
            found = QCoreApplication.translate(context, text, disambiguation, n)
            if found != untranslated:
                return found
        return untranslated

    def _phrase(self, key: str, n: int = -1) -> str:
        return QCoreApplication.translate("_RecordsView", self.PHRASES[key], None, n)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._editing_id: int | None = None
        self._saved_draft: Any = self._empty_draft()
        self._selecting = False

        self.model = RecordTableModel(self.COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RecordTableModel.SortRole)
        self.form = self.FORM(self)
        self._build()
        self._set_tab_order()
        self._connect_signals()
        self.refresh()
        self._load_new()

    # --- what subclasses say ------------------------------------------------------------------

    def _empty_draft(self) -> Any:
        raise NotImplementedError

    def _list(self, session: Session, search: str) -> list[Any]:
        raise NotImplementedError

    def _load(self, session: Session, record_id: int) -> Any:
        raise NotImplementedError

    def _save(self, session: Session, draft: Any, record_id: int | None) -> int:
        raise NotImplementedError

    def _impact(self, session: Session, record_id: int) -> str:
        raise NotImplementedError

    def _delete(self, session: Session, record_id: int) -> None:
        raise NotImplementedError

    def _usage(self, session: Session, record_id: int) -> str:
        raise NotImplementedError

    def _after_delete(self) -> None:
        """Runs after a delete was committed."""

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self._phrase("search…"))
        self.search.setAccessibleName(self._phrase("search"))
        self.new_button = QPushButton(self._phrase("&new"), self)
        self.new_button.setAccessibleName(self._phrase("new"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self._phrase("delete selected"))
        self.delete_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)

        self.table = QTableView(self)
        self.table.setObjectName("recordsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.PLURAL.capitalize())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # The name takes the room left; every other column is as wide as what it shows (up to
        # a cap), so Handle or "Public sees" is not cut off while the name has space to spare.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMaximumSectionSize(320)
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(200)  # measure at most 200 rows, even in big lists
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == self.STRETCH_COLUMN
                else QHeaderView.ResizeMode.Interactive,
            )
        self.table.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("usage")
        self.usage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.usage_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("saveError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(self.palette()))
        self.error_label.setPalette(palette)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self._phrase("save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setAccessibleName(self.tr("Undo the changes not saved yet"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The form narrows with its panel (fields shrink); it never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.usage_label)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.error_label)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.NOUN}Splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # The list gets the room: the form keeps about its natural width, and a wider window
        # widens the list, not the form.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column as wide as its contents; when they do not all fit beside the name,
        the widest are narrowed alike (their text elided) so none disappears off the edge."""
        header = self.table.horizontalHeader()
        others = [c for c in range(len(self.COLUMNS)) if c != self.STRETCH_COLUMN]
        natural = {
            c: min(
                header.maximumSectionSize(),
                max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)),
            )
            for c in others
        }
        name_least = max(120, header.sectionSizeHint(self.STRETCH_COLUMN))
        budget = self.table.viewport().width() - name_least
        cap = max(natural.values(), default=0)
        if sum(natural.values()) > budget:
            # Water-filling: the largest cap at which the columns fit the budget.
            widths = sorted(natural.values())
            spent = 0
            for index, width in enumerate(widths):
                left = len(widths) - index
                if spent + width * left > budget:
                    cap = max(header.minimumSectionSize(), (budget - spent) // left)
                    break
                spent += width
        for column, width in natural.items():
            header.resizeSection(column, min(width, cap))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_placed and self.splitter.width() > 0:
            # Once: after that the splitter stays where the person dragged it.
            least, most = self.FORM_WIDTH
            form = max(least, min(most, self.splitter.width() * 3 // 10))
            self.splitter.setSizes([self.splitter.width() - form, form])
            self._splitter_placed = True

    def _set_tab_order(self) -> None:
        chain = [
            self.search,
            self.new_button,
            self.delete_button,
            self.table,
            *self.form.focus_order,
            self.revert_button,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.edited.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(lambda _index: self.form.first_field().setFocus())
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # --- public -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (and the record being edited, when it has no unsaved changes)."""
        try:
            with records.explained_errors(self.database.url), self.database.sessions() as session:
                rows = self._list(session, self.search.text())
                usage = (
                    self._usage(session, self._editing_id) if self._editing_id is not None else ""
                )
        except KnownError as error:
            # Keep showing what was read last; the form and its unsaved edits stay.
            self._show_error(str(error))
            return
        self._selecting = True
        try:
            self.model.set_rows(rows)
            self._select_row_of(self._editing_id)
        finally:
            self._selecting = False
        self.usage_label.setText(usage)
        self._fit_columns()
        shown = self.model.rowCount()
        self.count_label.setText(
            self.tr("%1 of them match the search").replace("%1", str(shown))
            if self.search.text().strip()
            else (self._phrase("1") if shown == 1 else self._phrase("%n", shown))
        )
        self._update_buttons()

    def is_dirty(self) -> bool:
        return self.form.draft() != self._saved_draft

    def select_record(self, record_id: int) -> None:
        """Open the record with this id in the editor (after asking about unsaved changes)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    # --- slots --------------------------------------------------------------------------------

    @Slot(str)
    def _on_search(self, _text: str) -> None:
        self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        record_id = current.data(RecordTableModel.IdRole) if current.isValid() else None
        if record_id == self._editing_id:
            return
        if not self._settle_unsaved():
            self._selecting = True
            try:
                self._select_row_of(self._editing_id)
            finally:
                self._selecting = False
            return
        if record_id is None:
            self._load_new()
        else:
            self._open(record_id)

    @Slot()
    def new_record(self) -> None:
        if not self._settle_unsaved():
            return
        self._selecting = True
        try:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        finally:
            self._selecting = False
        self._load_new()
        self.form.first_field().setFocus()

    @Slot()
    def save(self) -> bool:
        """Save the form; True when saved (or nothing to save)."""
        problems = self.form.problems()
        if problems:
            self.form.reveal_all_problems()
            return False
        draft = self.form.draft()
        try:
            with (
                records.explained_errors(self.database.url),
                self.database.sessions.begin() as session,
            ):
                record_id = self._save(session, draft, self._editing_id)
                saved = self._load(session, record_id)
        except KnownError as error:
            self._show_error(str(error))
            return False
        self._editing_id = record_id
        self._saved_draft = saved
        self.form.load(saved)
        self._show_error("")
        self._update_heading(saved)
        self.refresh()
        self.changed.emit()
        return True

    @Slot()
    def revert(self) -> None:
        self.form.load(self._saved_draft)
        self._show_error("")
        self._update_buttons()

    @Slot()
    def delete_selected(self) -> None:
        record_id = self._editing_id
        if record_id is None:
            return
        try:
            with records.explained_errors(self.database.url), self.database.sessions() as session:
                question = self._impact(session, record_id)
        except KnownError as error:
            self._show_error(str(error))
            self.refresh()
            return
        answer = messages.question(
            self,
            self._phrase("delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with records.explained_errors(self.database.url):
                with self.database.sessions.begin() as session:
                    self._delete(session, record_id)
                self._after_delete()
        except KnownError as error:
            self._show_error(str(error))
            return
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(record_id), 0)).row()
        self._load_new()
        self.refresh()
        self._select_nearest(row)
        self.changed.emit()

    # --- helpers ------------------------------------------------------------------------------

    def _settle_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; False when the person wants to keep editing."""
        if not self.is_dirty():
            return True
        name = self.form.draft().name.strip() or self._phrase("the new")
        answer = messages.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _open(self, record_id: int) -> None:
        try:
            with records.explained_errors(self.database.url), self.database.sessions() as session:
                draft = self._load(session, record_id)
                usage = self._usage(session, record_id)
        except KnownError as error:
            self._show_error(str(error))
            self.refresh()
            return
        self._editing_id = record_id
        self._saved_draft = draft
        self.form.load(draft)
        self.usage_label.setText(usage)
        self._update_heading(draft)
        self._show_error("")
        self._update_buttons()

    def _load_new(self) -> None:
        self._editing_id = None
        self._saved_draft = self._empty_draft()
        self.form.load(self._saved_draft)
        self.usage_label.setText(self.tr("Not saved yet."))
        self._update_heading(None)
        self._show_error("")
        self._update_buttons()

    def _update_heading(self, draft: Any) -> None:
        if draft is None:
            self.heading.setText(self._phrase("new"))
        else:
            self.heading.setText(draft.name)

    def _select_row_of(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self.table.selectionModel().setCurrentIndex(
                QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _select_nearest(self, row: int) -> None:
        count = self.proxy.rowCount()
        if count == 0 or row < 0:
            self._load_new()
            return
        self.table.setCurrentIndex(self.proxy.index(min(row, count - 1), 0))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self.form.problems())
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._editing_id is not None)


class ContactsView(_RecordsView):
    NOUN = "contact"
    PLURAL = "contacts"
    PHRASES = {
        "search…": QT_TRANSLATE_NOOP("_RecordsView", "Search contacts…"),
        "search": QT_TRANSLATE_NOOP("_RecordsView", "Search contacts"),
        "&new": QT_TRANSLATE_NOOP("_RecordsView", "&New contact"),
        "new": QT_TRANSLATE_NOOP("_RecordsView", "New contact"),
        "delete selected": QT_TRANSLATE_NOOP("_RecordsView", "Delete the selected contact"),
        "save": QT_TRANSLATE_NOOP("_RecordsView", "Save the contact"),
        "delete": QT_TRANSLATE_NOOP("_RecordsView", "Delete contact"),
        "the new": QT_TRANSLATE_NOOP("_RecordsView", "the new contact"),
        "1": QT_TRANSLATE_NOOP("_RecordsView", "1 contact"),
        "%n": QT_TRANSLATE_NOOP("_RecordsView", "%n contacts"),
    }
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), "name"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Events"), "events"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Organisation"), "organisation"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Phone"), "phone"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Email"), "email"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Handle"), "handle"),
    ]
    FORM = ContactForm

    def _empty_draft(self) -> ContactDraft:
        return ContactDraft(name="")

    def _list(self, session: Session, search: str):
        return records.list_contacts(session, search)

    def _load(self, session: Session, record_id: int) -> ContactDraft:
        return records.contact_draft(session, record_id)

    def _save(self, session: Session, draft: ContactDraft, record_id: int | None) -> int:
        return records.save_contact(session, draft, record_id)

    def _impact(self, session: Session, record_id: int) -> str:
        return records.contact_impact(session, record_id)

    def _delete(self, session: Session, record_id: int) -> None:
        records.delete_contact(session, record_id)

    def _after_delete(self) -> None:
        # The deleted name and number must not linger in the write-ahead log.
        records.forget_deleted(self.database.engine)

    def _usage(self, session: Session, record_id: int) -> str:
        events, _roles, tasks = records.contact_usage(session, record_id)
        text = (
            self.tr("Has a role in 1 event.")
            if events == 1
            else self.tr("Has a role in %n events.", "", events)
        )
        if tasks:
            text += " " + (
                self.tr("Assigned 1 task.")
                if tasks == 1
                else self.tr("Assigned %n tasks.", "", tasks)
            )
        return text


class PlacesView(_RecordsView):
    NOUN = "place"
    PLURAL = "places"
    PHRASES = {
        "search…": QT_TRANSLATE_NOOP("_RecordsView", "Search places…"),
        "search": QT_TRANSLATE_NOOP("_RecordsView", "Search places"),
        "&new": QT_TRANSLATE_NOOP("_RecordsView", "&New place"),
        "new": QT_TRANSLATE_NOOP("_RecordsView", "New place"),
        "delete selected": QT_TRANSLATE_NOOP("_RecordsView", "Delete the selected place"),
        "save": QT_TRANSLATE_NOOP("_RecordsView", "Save the place"),
        "delete": QT_TRANSLATE_NOOP("_RecordsView", "Delete place"),
        "the new": QT_TRANSLATE_NOOP("_RecordsView", "the new place"),
        "1": QT_TRANSLATE_NOOP("_RecordsView", "1 place"),
        "%n": QT_TRANSLATE_NOOP("_RecordsView", "%n places"),
    }
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), "name"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Events"), "events"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Address"), "address"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "City"), "city"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Time zone"), "timezone"),
        Column(
            QT_TRANSLATE_NOOP("RecordTableModel", "Public sees"),
            "disclosure",
            lambda key: DISCLOSURE_LABELS.get(key, key),
        ),
    ]
    FORM = PlaceForm

    def _empty_draft(self) -> PlaceDraft:
        return PlaceDraft(name="")

    def _list(self, session: Session, search: str):
        return records.list_places(session, search)

    def _load(self, session: Session, record_id: int) -> PlaceDraft:
        return records.place_draft(session, record_id)

    def _save(self, session: Session, draft: PlaceDraft, record_id: int | None) -> int:
        return records.save_place(session, draft, record_id)

    def _impact(self, session: Session, record_id: int) -> str:
        return records.place_impact(session, record_id)

    def _delete(self, session: Session, record_id: int) -> None:
        records.delete_place(session, record_id)

    def _usage(self, session: Session, record_id: int) -> str:
        count = records.place_usage(session, record_id)
        return (
            self.tr("Used by 1 event.") if count == 1 else self.tr("Used by %n events.", "", count)
        )


class CampaignsView(_RecordsView):
    NOUN = "campaign"
    PLURAL = "campaigns"
    PHRASES = {
        "search…": QT_TRANSLATE_NOOP("_RecordsView", "Search campaigns…"),
        "search": QT_TRANSLATE_NOOP("_RecordsView", "Search campaigns"),
        "&new": QT_TRANSLATE_NOOP("_RecordsView", "&New campaign"),
        "new": QT_TRANSLATE_NOOP("_RecordsView", "New campaign"),
        "delete selected": QT_TRANSLATE_NOOP("_RecordsView", "Delete the selected campaign"),
        "save": QT_TRANSLATE_NOOP("_RecordsView", "Save the campaign"),
        "delete": QT_TRANSLATE_NOOP("_RecordsView", "Delete campaign"),
        "the new": QT_TRANSLATE_NOOP("_RecordsView", "the new campaign"),
        "1": QT_TRANSLATE_NOOP("_RecordsView", "1 campaign"),
        "%n": QT_TRANSLATE_NOOP("_RecordsView", "%n campaigns"),
    }
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), "name"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Events"), "events"),
        Column(QT_TRANSLATE_NOOP("RecordTableModel", "Description"), "description", _first_line),
    ]
    FORM = CampaignForm

    def _empty_draft(self) -> CampaignDraft:
        return CampaignDraft(name="")

    def _list(self, session: Session, search: str):
        return records.list_campaigns(session, search)

    def _load(self, session: Session, record_id: int) -> CampaignDraft:
        return records.campaign_draft(session, record_id)

    def _save(self, session: Session, draft: CampaignDraft, record_id: int | None) -> int:
        return records.save_campaign(session, draft, record_id)

    def _impact(self, session: Session, record_id: int) -> str:
        return records.campaign_impact(session, record_id)

    def _delete(self, session: Session, record_id: int) -> None:
        records.delete_campaign(session, record_id)

    def _usage(self, session: Session, record_id: int) -> str:
        count = records.campaign_usage(session, record_id)
        if count == 1:
            return self.tr("1 event belongs to it.")
        return self.tr("%n events belong to it.", "", count)
