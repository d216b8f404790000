"""Edit › Preferences…: who you are (for invites), language, default zone and paper, automatic
backups and the idle lock.

The dialog reads and writes desktop.settings (settings.json in the data folder); the idle lock
is also written where the lock itself reads it (``safety/lockAfterMinutes`` in window.ini) and
applied at once. A new language takes effect the next time Turnout starts.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as store
from desktop.errors import KnownError
from desktop.paths import data_dir
from desktop.timeutil import is_zone, local_zone_name
from desktop.translations import LANGUAGES
from ui.zone_box import ZoneBox

LOCK_KEY = "safety/lockAfterMinutes"


def _lock_settings() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class SettingsDialog(QDialog):
    """The preferences, loaded from the store when opened and saved by Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._loaded = store.Settings()

        you = QGroupBox(self.tr("You (the organizer of your invites)"), self)
        you_form = QFormLayout(you)
        self.name = QLineEdit(you)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Ana Reyes"))
        you_form.addRow(self.tr("&Name:"), self.name)
        self.email = QLineEdit(you)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("e.g. ana@example.org"))
        you_form.addRow(self.tr("&Email:"), self.email)

        window = QGroupBox(self.tr("Language and defaults"), self)
        window_form = QFormLayout(window)
        self.language = QComboBox(window)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as this computer"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        window_form.addRow(self.tr("&Language:"), self.language)
        self.timezone = ZoneBox(window)
        self.timezone.setObjectName("timezone")
        self.timezone.insertItem(0, self.tr("This computer's (%s)") % local_zone_name(), "")
        window_form.addRow(self.tr("Time &zone of new events:"), self.timezone)
        self.page = QComboBox(window)
        self.page.setObjectName("page")
        self.page.addItem(self.tr("From this computer's region"), "")
        self.page.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.page.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        window_form.addRow(self.tr("&Paper:"), self.page)

        safety = QGroupBox(self.tr("Backups and lock"), self)
        safety_form = QFormLayout(safety)
        self.backup_count = QSpinBox(safety)
        self.backup_count.setObjectName("backupCount")
        self.backup_count.setRange(1, store.MAX_BACKUP_COUNT)
        self.backup_count.setSuffix(self.tr(" backups"))
        safety_form.addRow(self.tr("&Keep the last:"), self.backup_count)
        self.lock_minutes = QSpinBox(safety)
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(0, store.MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" minutes without use"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        safety_form.addRow(self.tr("Loc&k after:"), self.lock_minutes)

        note = QLabel(self.tr("A new language is used the next time Turnout starts."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (you, window, safety, note):
            column.addWidget(widget)
        column.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        """Show the stored settings (defaults when there are none)."""
        self._loaded = store.load_settings()
        chosen = self._loaded
        self.name.setText(chosen.name)
        self.email.setText(chosen.email)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen.language)))
        if chosen.timezone:
            self.timezone.setCurrentText(chosen.timezone)
        else:
            self.timezone.setCurrentIndex(0)
        self.page.setCurrentIndex(max(0, self.page.findData(chosen.page)))
        self.backup_count.setValue(chosen.backup_count)
        lock = _lock_settings().value(LOCK_KEY, chosen.lock_after_minutes)
        try:
            self.lock_minutes.setValue(int(lock))
        except (TypeError, ValueError):
            self.lock_minutes.setValue(chosen.lock_after_minutes)

    def chosen(self) -> store.Settings:
        zone_text = self.timezone.zone_name()
        if self.timezone.currentText().strip() == self.timezone.itemText(0).strip():
            zone_text = ""
        return replace(
            self._loaded,
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            language=self.language.currentData() or "",
            timezone=zone_text,
            page=self.page.currentData() or "",
            backup_count=self.backup_count.value(),
            lock_after_minutes=self.lock_minutes.value(),
        )

    def problem(self) -> str:
        """What keeps the settings from being saved, in one sentence; empty when nothing."""
        chosen = self.chosen()
        if chosen.email and ("@" not in chosen.email or " " in chosen.email):
            return self.tr("“%s” is not an email address.") % chosen.email
        if chosen.timezone and not is_zone(chosen.timezone):
            return self.timezone.problem()
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.tr("Cannot save the preferences"), problem)
            return
        chosen = self.chosen()
        try:
            store.save_settings(chosen)
        except KnownError as error:
            QMessageBox.warning(self, self.tr("Cannot save the preferences"), str(error))
            return
        lock = _lock_settings()
        lock.setValue(LOCK_KEY, chosen.lock_after_minutes)
        lock.sync()
        safety = getattr(self.parent(), "safety_actions", None)
        apply_lock = getattr(safety, "_apply_lock_after", None)
        if callable(apply_lock):
            apply_lock(chosen.lock_after_minutes)
        super().accept()


def show_settings(window) -> SettingsDialog | None:
    """Open the preferences (window-modal); None when the settings file cannot be read."""
    try:
        dialog = SettingsDialog(window)
    except KnownError as error:
        window.show_error(
            QCoreApplication.translate("SettingsDialog", "Cannot open the preferences"), str(error)
        )
        return None
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def install(window) -> None:
    action = QAction(QCoreApplication.translate("SettingsDialog", "&Preferences…"), window)
    action.setObjectName("preferences")
    # Linux desktops define no standard key for it; Ctrl+, is what most programs there use.
    action.setShortcuts(
        QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: show_settings(window))
    window.menu("edit").addSeparator()
    window.menu("edit").addAction(action)
    window.settings_action = action
