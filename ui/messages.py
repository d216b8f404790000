"""Message boxes that show text as text.

QMessageBox's static functions guess whether a message is HTML; a title typed by a user or
read from an imported calendar ("<img src=…>") must never be rendered as markup. These
functions keep the static functions' signatures and always use plain text.

They also show the data services' sentences (errors, summaries: db.messages.Message) in the
window's language: translated() looks the English template up in the loaded translations and
fills in the same values. Any other text passes through unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from db.messages import Message

Button = QMessageBox.StandardButton


def translated(text: str) -> str:
    """``text`` in the window's language when it is a marked sentence from desktop/ or db/.

    The values are filled in after translating (a value that is itself such a sentence, like
    the reason inside "The restore failed: …", is translated too). A translation that breaks
    its placeholders falls back to the English sentence rather than losing the message.
    """
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if template == text.template and not text.values:
        return str(text)
    values = {name: translated(value) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def _ask(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> Button:
    box = QMessageBox(icon, translated(title), translated(text), buttons, parent)
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
