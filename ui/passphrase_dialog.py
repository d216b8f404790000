"""Asking for a passphrase: to open or unlock a protected database, or to choose a new one.

The text lives only in the line edit (password echo) and in the returned string; nothing is
remembered by Qt's settings or written anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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
        self.error.setText(text)
        self.error.setVisible(bool(text))

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
            title="Protected database",
            text=f"{path} is protected with a passphrase. Type it to open the database.",
        )
        dialog.show_error(error)
        try:
            return (
                dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
            )
        finally:
            dialog.passphrase.clear()
            dialog.deleteLater()
