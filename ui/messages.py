"""Message boxes that show text as text.

QMessageBox's static functions guess whether a message is HTML; a title typed by a user or
read from an imported calendar ("<img src=…>") must never be rendered as markup. These
functions keep the static functions' signatures and always use plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _ask(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def warning(parent, title: str, text: str, buttons=Button.Ok, default=Button.NoButton) -> Button:
    return _ask(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def critical(parent, title: str, text: str, buttons=Button.Ok, default=Button.NoButton) -> Button:
    return _ask(QMessageBox.Icon.Critical, parent, title, text, buttons, default)


def question(
    parent, title: str, text: str, buttons=Button.Yes | Button.No, default=Button.NoButton
) -> Button:
    return _ask(QMessageBox.Icon.Question, parent, title, text, buttons, default)
