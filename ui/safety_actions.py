"""Safety from the window: backups, restore, passphrase, lock, CSV, purging old personal data.

File › Backup… / Restore… / Protect with passphrase… (Change passphrase…, Remove passphrase…) /
Lock / CSV / Purge old personal data….
Lock (Ctrl+L, or after the idle time chosen in Edit › Preferences…) covers the window with a
``LockScreen``, hides every other window, stops the change watcher, closes every database
connection and forgets the passphrase; unlocking checks the passphrase against the file
before anything is shown again. A daily backup is made shortly after the window opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KnownError
from desktop.paths import backups_dir, data_dir
from ui.busy import busy
from ui.features import new_action

AUTOMATIC_BACKUP_DELAY_MS = 1500
# What counts as someone using the computer: the idle clock starts again on these.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def safety_settings() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def plain_message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    question: bool = False,
    details: str = "",
) -> QMessageBox.StandardButton:
    """A message box that shows ``text`` as typed: file names and imported text are never
    read as HTML (Qt guesses rich text from a tag, and ``<img src=…>`` would load a file)."""
    buttons = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if question
        else QMessageBox.StandardButton.Ok
    )
    icon = QMessageBox.Icon.Question if question else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


# --- lock screen ------------------------------------------------------------------------------


class LockScreen(QWidget):
    """Covers the window's content while it is locked; asks for the passphrase."""

    unlockRequested = Signal(str)

    def __init__(self, parent: QWidget, *, protected: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: palette(window); }")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Turnout is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setFixedWidth(460)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(260)
        self.passphrase.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.passphrase.returnPressed.connect(self._unlock)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self._unlock)
        row.addStretch(1)
        row.addWidget(self.passphrase)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.set_protected(protected)

    def set_protected(self, protected: bool) -> None:
        self.passphrase.setVisible(protected)
        if protected:
            self.hint.setText(self.tr("Type the database's passphrase to show your data again."))
        else:
            self.hint.setText(
                self.tr(
                    "This database has no passphrase, so anyone at this computer can unlock "
                    "it. Protect it with File › Protect with passphrase…"
                )
            )

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _unlock(self) -> None:
        text = self.passphrase.text()
        self.passphrase.clear()
        self.unlockRequested.emit(text)


# --- backups dialog -----------------------------------------------------------------------


class RestoreDialog(QDialog):
    """The backups in the backups folder by date and size; returns the one to restore."""

    COL_DATE, COL_SIZE, COL_KIND = 0, 1, 2
    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None, database_path: Path) -> None:
        super().__init__(parent)
        from desktop.backups import list_backups

        self.folder = backups_dir(database_path)

        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Restoring replaces everything in the database with the backup. What the "
                "database holds now is kept as a backup first."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Kind")])
        for item in list_backups(database_path):
            made = QStandardItem(item.made.strftime("%Y-%m-%d %H:%M"))
            made.setData(str(item.path), self.PathRole)
            made.setToolTip(str(item.path))
            size = QStandardItem(human_size(item.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            kind = self.tr("daily") if item.automatic else self.tr("before a restore")
            if not item.path.name.startswith(("turnout-before-restore-",)) and not item.automatic:
                kind = self.tr("made by hand")
            if item.protected:
                kind += self.tr(", protected")
            self.model.appendRow([made, size, QStandardItem(kind)])
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        self.table.setMinimumSize(460, 220)
        if self.model.rowCount():
            self.table.selectRow(0)
        layout.addWidget(self.table)
        folder = QLabel(self.tr("Folder: %s") % self.folder, self)
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        other = buttons.addButton(self.tr("&Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other_file)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(self.folder), "Turnout backups (*.sqlite3 *.db)"
        )
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.chosen = Path(self.model.item(index.row(), 0).data(self.PathRole))
        super().accept()


# --- purge dialog -------------------------------------------------------------------------


class PurgeDialog(QDialog):
    """How old is old, and what will go, before anything goes."""

    def __init__(self, parent: QWidget | None, database) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("Purge old personal data"))
        self._database = database
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Events that ended more than"), self))
        self.days = QSpinBox(self)
        self.days.setObjectName("purgeDays")
        self.days.setRange(0, 36500)
        self.days.setValue(180)
        self.days.setSuffix(self.tr(" days ago"))
        row.addWidget(self.days)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("purgeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumWidth(440)
        layout.addWidget(self.summary)
        self.names = QLabel(self)
        self.names.setObjectName("purgeNames")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.names)
        buttons = QDialogButtonBox(self)
        self.purge_button = buttons.addButton(
            self.tr("&Remove for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.accept)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.days.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        from desktop import purge

        try:
            with self._database.sessions() as session:
                shown = purge.plan(session, self.days.value())
        except KnownError as error:
            self.summary.setText(str(error))
            self.purge_button.setEnabled(False)
            return
        self.summary.setText(self._describe(shown))
        names = ", ".join(shown.contacts[:30])
        if len(shown.contacts) > 30:
            names += self.tr(", and %n more", "", len(shown.contacts) - 30)
        self.names.setText(self.tr("Contacts removed: %s") % names if names else "")
        self.purge_button.setEnabled(not shown.empty)

    def _describe(self, shown) -> str:
        """The plan in the window's language, counts beside their labels (no plural forms)."""
        from ui import locale_formats

        day = shown.cutoff.date()  # the describe() of the command line shows the same day
        cutoff = QLocale().toString(QDate(day.year, day.month, day.day),
                                    locale_formats.medium_date_format())  # fmt: skip
        if shown.empty:
            return self.tr(
                "Nothing to remove: no event that ended before %1 holds contacts, roles, tasks "
                "or internal notes."
            ).replace("%1", cutoff)
        number = QLocale().toString
        return (
            self.tr("Events that ended before %1: %2")
            .replace("%1", cutoff)
            .replace("%2", number(shown.events))
            + "\n"
            + self.tr("Turnout will remove from them:")
            + "\n"
            + "\n".join(
                f"  • {label}: {number(count)}"
                for label, count in (
                    (self.tr("roles"), shown.roles),
                    (self.tr("tasks"), shown.tasks),
                    (self.tr("events' internal notes"), shown.notes),
                    (self.tr("contacts who appear only in these events"), len(shown.contacts)),
                )
            )
            + "\n"
            + self.tr("The events themselves stay.")
        )


# --- the actions --------------------------------------------------------------------------


class SafetyActions(QObject):
    """The safety actions of one window, using only its feature contract."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self._hidden: list[QWidget] = []
        self.lock_screen: LockScreen | None = None
        file_menu = window.menu("file")

        def action(name: str, text: str, slot, shortcut=None) -> QAction:
            made = new_action(window, text, name, slot)
            if shortcut is not None:
                made.setShortcut(shortcut)
                made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            return made

        self.import_csv_action = action(
            "importContactsCsv", self.tr("Import &contacts from CSV…"), self.import_contacts
        )
        self.export_contacts_action = action(
            "exportContactsCsv",
            self.tr("Export contact&s as CSV…"),
            lambda: self.export_csv("contacts"),
        )
        self.export_events_action = action(
            "exportEventsCsv", self.tr("Export e&vents as CSV…"), lambda: self.export_csv("events")
        )
        self.backup_action = action("backup", self.tr("&Backup…"), self.backup)
        self.restore_action = action("restore", self.tr("&Restore…"), self.restore)
        self.protect_action = action("protect", "", self.protect)
        self.remove_passphrase_action = action(
            "removePassphrase", self.tr("Re&move passphrase…"), self.remove_passphrase
        )
        self.purge_action = action("purge", self.tr("P&urge old personal data…"), self.purge)
        self.lock_action = action("lock", self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_csv_action, self.export_contacts_action, self.export_events_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.protect_action, self.remove_passphrase_action])
        file_menu.addActions([self.lock_action, self.purge_action])
        local = window.database.path is not None
        for item in (self.backup_action, self.restore_action, self.protect_action):
            item.setEnabled(local)
        self._update_protect_text()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._apply_lock_after(self.lock_after_minutes())
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._forget_filter)
        # A timer of our own (not a bare singleShot): it dies with the window.
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.setInterval(AUTOMATIC_BACKUP_DELAY_MS)
        self.backup_timer.timeout.connect(self.automatic_backup)
        if local:
            self.backup_timer.start()

    # --- helpers ----------------------------------------------------------------------------

    def _forget_filter(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _update_protect_text(self) -> None:
        database = self.window.database
        if database.protected:
            self.protect_action.setText(self.tr("Change &passphrase…"))
        else:
            self.protect_action.setText(self.tr("&Protect with passphrase…"))
        # Offered only where there is a passphrase to remove.
        self.remove_passphrase_action.setVisible(database.protected and database.path is not None)

    def _error(self, title: str, error: Exception) -> None:
        self.window.show_error(title, str(error))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _pause_watcher(self) -> None:
        watcher = getattr(self.window, "live_updates", None)
        if watcher is not None:
            watcher.stop()  # closes the watcher's own connection

    def _resume_watcher(self) -> None:
        # The change watcher starts again (and reconnects) when the window is shown.
        if getattr(self.window, "live_updates", None) is not None:
            QApplication.sendEvent(self.window, QShowEvent())

    # --- idle lock ----------------------------------------------------------------------------

    def lock_after_minutes(self) -> int:
        """Idle minutes before the lock (0: never), as Edit › Preferences… last saved them."""
        from desktop.settings import DEFAULT_LOCK_MINUTES

        value = safety_settings().value("safety/lockAfterMinutes", DEFAULT_LOCK_MINUTES)
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    def _apply_lock_after(self, minutes: int) -> None:
        """Start the idle clock anew for ``minutes`` (also called by the Preferences dialog)."""
        self._lock_minutes = minutes
        self.idle_timer.stop()
        if minutes > 0:
            self.idle_timer.setInterval(minutes * 60_000)
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._lock_minutes > 0 and not self.locked and event.type() in _ACTIVITY:
            self.idle_timer.start()
        return False

    # --- lock ---------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        window = self.window
        self.locked = True
        self.idle_timer.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and not widget.inherits("QMenu"):
                widget.hide()
                self._hidden.append(widget)
        if self.lock_screen is None:
            self.lock_screen = LockScreen(window, protected=window.database.protected)
            self.lock_screen.unlockRequested.connect(self.unlock)
        self.lock_screen.set_protected(window.database.protected)
        self.lock_screen.show_error("")
        self._cover()
        window.menuBar().setEnabled(False)
        for bar in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.inherits("QToolBar") or bar.inherits("QDockWidget"):
                bar.setEnabled(False)
        window.centralWidget().hide()
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.passphrase.setFocus()
        window.installEventFilter(self._resizer)
        self._pause_watcher()
        window.database.lock()

    def _cover(self) -> None:
        central = self.window.centralWidget()
        self.lock_screen.setGeometry(central.geometry())

    @property
    def _resizer(self) -> QObject:
        if not hasattr(self, "_resize_filter"):
            self._resize_filter = _ResizeFollower(self)
        return self._resize_filter

    def unlock(self, passphrase: str) -> bool:
        from db.sqlite_files import WrongPassphrase

        database = self.window.database
        try:
            if database.protected:
                database.unlock(passphrase)
        except WrongPassphrase:
            self.lock_screen.show_error(self.tr("Wrong passphrase."))
            return False
        except KnownError as error:
            self.lock_screen.show_error(str(error))
            return False
        self.locked = False
        window = self.window
        self.lock_screen.hide()
        window.centralWidget().show()
        window.menuBar().setEnabled(True)
        for bar in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.inherits("QToolBar") or bar.inherits("QDockWidget"):
                bar.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        self._resume_watcher()
        window.refresh_all()
        self._apply_lock_after(self.lock_after_minutes())
        return True

    # --- backups ------------------------------------------------------------------------------

    def automatic_backup(self) -> None:
        from desktop.backups import automatic_backup

        if self.locked or not self.window.isVisible():
            return  # a window closed meanwhile (its database may be closed too)
        try:
            made = automatic_backup(self.window.database)
        except KnownError as error:
            self._status(self.tr("The daily backup failed: %s") % error)
            return
        if made is not None:
            self._status(self.tr("Daily backup saved to %s") % made)

    def backup(self) -> None:
        from desktop.backups import backup, rotate

        try:
            made = backup(self.window.database)
            rotate(self.window.database.path)
        except KnownError as error:
            self._error(self.tr("Could not back up"), error)
            return
        plain_message(
            self.window,
            self.tr("Backup"),
            self.tr("Backed up to %1 (%2).")
            .replace("%1", str(made))
            .replace("%2", human_size(made.stat().st_size)),
        )

    def restore(self) -> None:
        from db.schema import prepare_schema
        from desktop.backups import check_backup_file, local_path, restore

        try:
            database_path = local_path(self.window.database)
        except KnownError as error:
            self._error(self.tr("Could not restore"), error)
            return
        dialog = RestoreDialog(self.window, database_path)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        database = self.window.database
        try:
            check_backup_file(chosen, database.passphrase())
        except KnownError as error:
            self._error(self.tr("Cannot restore"), error)
            return
        answer = plain_message(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace everything in %1 with %2? What the database holds now is kept as a "
                "backup first."
            )
            .replace("%1", database.describe())
            .replace("%2", chosen.name),
            question=True,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._pause_watcher()
        try:
            with busy(self.window, self.tr("Restoring the backup…")):
                kept = restore(database, chosen)
                prepare_schema(database.engine, database.url, database.key)  # upgrades old ones
        except KnownError as error:
            self._error(self.tr("Cannot restore"), error)
            return
        finally:
            self._resume_watcher()
        self.window.undo_stack.clear()  # its commands refer to rows of the replaced content
        self.window.refresh_all()
        self._status(
            self.tr("Restored %1; the replaced content was kept at %2")
            .replace("%1", chosen.name)
            .replace("%2", str(kept))
        )

    # --- passphrase ---------------------------------------------------------------------------

    def protect(self) -> None:
        from db.engine import SecretKey
        from desktop.encryption import protect
        from ui.passphrase_dialog import PassphraseDialog

        database = self.window.database
        changing = database.protected
        dialog = PassphraseDialog(
            self.window,
            title=self.tr("Change passphrase") if changing else self.tr("Protect with passphrase"),
            text=(
                self.tr(
                    "Type the current passphrase, then the new one twice. Backups are "
                    "protected with the new passphrase too."
                )
                if changing
                else self.tr(
                    "Turnout will encrypt the database and its backups with this passphrase. "
                    "Without it nobody, you included, can read them: keep it somewhere safe."
                )
            ),
            new=True,
            current=changing,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            current = dialog.current.text() if dialog.current is not None else None
            new = dialog.passphrase.text()
        finally:
            dialog.deleteLater()
        self._pause_watcher()
        try:
            database.close()
            with busy(self.window, self.tr("Protecting the database and its backups…")):
                report = protect(database.path, current, new)
        except KnownError as error:
            self._error(self.tr("Could not protect the database"), error)
            return
        finally:
            self._resume_watcher()
        database.reconnect(SecretKey(new))
        self._update_protect_text()
        self.window.refresh_all()
        if report.changed:
            done = self.tr("The passphrase was changed")
        else:
            done = self.tr("The database is protected")
        if report.copies_protected:
            done += self.tr("; %d backups too") % report.copies_protected
        plain_message(self.window, self.tr("Passphrase"), done + ".")

    def remove_passphrase(self) -> None:
        from db.sqlite_files import WrongPassphrase
        from desktop.encryption import unprotect
        from ui.passphrase_dialog import RemovePassphraseDialog

        database = self.window.database
        if not database.protected or database.path is None:
            return
        error = ""
        while True:
            current = RemovePassphraseDialog.ask(self.window, error)
            if current is None:
                return
            self._pause_watcher()
            try:
                database.close()
                with busy(self.window, self.tr("Removing the passphrase…")):
                    report = unprotect(database.path, current)
            except WrongPassphrase:
                self._resume_watcher()
                error = self.tr("Wrong passphrase; nothing was changed.")
                continue
            except KnownError as failure:
                self._resume_watcher()
                self._error(self.tr("Could not remove the passphrase"), failure)
                return
            break
        # The file is plain now: a new engine without a key before anything reconnects.
        old_key = database.key
        database.reconnect(None)
        if old_key is not None:
            old_key.forget()
        self._resume_watcher()
        self._update_protect_text()
        self.window.refresh_all()
        done = self.tr(
            "The passphrase was removed. Anyone who has this laptop can now read the database."
        )
        if report.copies_still_protected:
            done += " " + self.tr(
                "Backups made while it was protected (%n) keep the old passphrase.",
                "",
                report.copies_still_protected,
            )
        plain_message(self.window, self.tr("Passphrase removed"), done)

    # --- CSV ----------------------------------------------------------------------------------

    def export_csv(self, what: str) -> None:
        from desktop import csvfiles
        from desktop.filenames import path_inside

        name = "contacts" if what == "contacts" else "events"
        suggested = path_inside(Path.home(), f"Turnout {name} INTERNAL", ".csv")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export contacts as CSV")
            if what == "contacts"
            else self.tr("Export events as CSV"),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        from desktop.files import write_atomically

        try:
            with self.window.database.sessions() as session:
                text = (
                    csvfiles.export_contacts(session)
                    if what == "contacts"
                    else csvfiles.export_events(session)
                )
            write_atomically(Path(path), text.encode("utf-8"))
        except KnownError as error:
            self._error(self.tr("Could not export"), error)
            return
        self._status(
            (
                self.tr("Exported contacts to %s")
                if what == "contacts"
                else self.tr("Exported events to %s")
            )
            % path
        )

    def import_contacts(self) -> None:
        from desktop import csvfiles
        from desktop.records import explained_errors

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import contacts from CSV"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt)"),
        )
        if not path:
            return
        source = Path(path)
        database = self.window.database
        try:
            text = csvfiles.read_file(source)
            with explained_errors(database.url), database.sessions.begin() as session:
                report = csvfiles.import_contacts(session, text, source=source.name)
        except KnownError as error:
            self._error(self.tr("Could not import contacts"), error)
            return
        self.window.refresh_all()
        details = "\n".join(report.skipped_lines(20))
        plain_message(self.window, self.tr("Import contacts"), report.summary(), details=details)

    # --- purge --------------------------------------------------------------------------------

    def purge(self) -> None:
        from desktop import purge
        from desktop.records import explained_errors, forget_deleted

        database = self.window.database
        dialog = PurgeDialog(self.window, database)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            days = dialog.days.value()
        finally:
            dialog.deleteLater()
        try:
            with explained_errors(database.url), database.sessions.begin() as session:
                done = purge.purge(session, days)
            forget_deleted(database.engine)
        except KnownError as error:
            self._error(self.tr("Could not purge"), error)
            return
        self.window.undo_stack.clear()  # undoing older edits could bring the data back
        self.window.refresh_all()
        self._status(
            self.tr("Removed %1 roles, %2 tasks, the notes of %3 events and %4 contacts.")
            .replace("%1", str(done.roles))
            .replace("%2", str(done.tasks))
            .replace("%3", str(done.notes))
            .replace("%4", str(len(done.contacts)))
        )


class _ResizeFollower(QObject):
    """Keeps the lock screen over the window's content when the window is resized."""

    def __init__(self, actions: SafetyActions) -> None:
        super().__init__(actions)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._actions.locked:
            self._actions._cover()
        return False


def install(window) -> None:
    window.safety_actions = SafetyActions(window)
