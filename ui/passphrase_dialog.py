"""Asking for a passphrase: to open or unlock a protected database, to choose a new one, or
to confirm removing it.

The text lives only in the line edit (password echo) and in the returned string; nothing is
remembered by Qt's settings or written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    # Keep the passphrase out of the clipboard and of input-method history.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


class PassphraseDialog(QDialog):
    """One passphrase (``new=False``), or a new one typed twice and checked (``new=True``)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        text: str,
        new: bool = False,
        current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.current = _password_field(self, "currentPassphrase") if current else None
        if self.current is not None:
            form.addRow(self.tr("&Current passphrase:"), self.current)
        self.passphrase = _password_field(self, "passphrase")
        form.addRow(self.tr("&New passphrase:") if new else self.tr("&Passphrase:"),
                    self.passphrase)  # fmt: skip
        self.again = _password_field(self, "passphraseAgain") if new else None
        if self.again is not None:
            form.addRow(self.tr("&Again:"), self.again)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current or self.passphrase).setFocus()

    def show_error(self, text: str) -> None:
        from ui.messages import translated  # sentences from desktop/ in the window's language

        self.error.setText(translated(text))
        self.error.setVisible(bool(text))
        # Room for the new line: without this the intro above it was cut off.
        self.adjustSize()

    def accept(self) -> None:
        from desktop.encryption import passphrase_problem

        if self.current is not None and not self.current.text():
            self.show_error(self.tr("Type the current passphrase."))
            return
        value = self.passphrase.text()
        if self.again is not None:
            problem = passphrase_problem(value)
            if problem:
                self.show_error(problem)
                return
            if self.again.text() != value:
                self.show_error(self.tr("The two passphrases differ."))
                return
        elif not value:
            self.show_error(self.tr("Type the passphrase."))
            return
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            for field in (self.current, self.passphrase, self.again):
                if field is not None:
                    field.clear()
        super().done(result)

    @classmethod
    def ask_to_open(cls, parent: QWidget | None, path: Path, error: str = "") -> str | None:
        dialog = cls(
            parent,
            title=QCoreApplication.translate("PassphraseDialog", "Protected database"),
            text=QCoreApplication.translate(
                "PassphraseDialog",
                "%1 is protected with a passphrase. Type it to open the database.",
            ).replace("%1", str(path)),
        )
        dialog.show_error(error)
        try:
            return (
                dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
            )
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()


class RemovePassphraseDialog(QDialog):
    """The current passphrase, and an explicit "I understand" before the database goes plain.

    The Remove button stays disabled until the passphrase is typed and the box is ticked, so
    a stray Enter after typing the passphrase cannot decrypt the database.
    """

    def __init__(self, parent: QWidget | None, *, error: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("removePassphraseDialog")
        self.setWindowTitle(self.tr("Remove passphrase"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        intro = QLabel(
            self.tr(
                "Turnout will decrypt the database and keep it as a plain file. Anyone who "
                "has this laptop, or a copy of the file, will be able to read every event, "
                "contact, phone number and note in it."
            )
            + "\n\n"
            + self.tr(
                "Backups made while it was protected stay protected with the current "
                "passphrase. If the laptop's whole disk is encrypted, that protects the file "
                "when the laptop is lost or seized."
            ),
            self,
        )
        intro.setObjectName("removePassphraseIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setMinimumWidth(380)
        top.addWidget(intro, 1)
        layout.addLayout(top)
        form = QFormLayout()
        layout.addLayout(form)
        self.current = _password_field(self, "currentPassphrase")
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.understood = QCheckBox(
            self.tr("I understand that anyone who has this laptop can read the database."), self
        )
        self.understood.setObjectName("understoodCheck")
        layout.addWidget(self.understood)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.show_error(error)
        buttons = QDialogButtonBox(self)
        self.remove_button = buttons.addButton(
            self.tr("&Remove passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button.setObjectName("removePassphraseButton")
        # The default button, but disabled until confirmed: Enter does nothing before that.
        self.remove_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.current.textChanged.connect(self._update_button)
        self.understood.toggled.connect(self._update_button)
        self._update_button()
        self.current.setFocus()

    def _update_button(self) -> None:
        self.remove_button.setEnabled(bool(self.current.text()) and self.understood.isChecked())

    def show_error(self, text: str) -> None:
        from ui.messages import translated  # sentences from desktop/ in the window's language

        self.error.setText(translated(text))
        self.error.setVisible(bool(text))
        # Room for the new line: without this the intro above it was cut off.
        self.adjustSize()

    def accept(self) -> None:
        if not self.current.text() or not self.understood.isChecked():
            return
        super().accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.current.clear()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, error: str = "") -> str | None:
        """The current passphrase once the removal is confirmed; None when cancelled."""
        dialog = cls(parent, error=error)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.current.text()
        finally:
            dialog.current.clear()
            dialog.deleteLater()
