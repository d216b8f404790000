"""The crash dialog: an unexpected exception shows its traceback, ready to copy.

A bug must not look like lost work. Every change is committed in one transaction when it is
made, so the dialog can say truthfully that what was saved is safe, and the window keeps
running after it closes.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KnownError
from ui import messages


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Turnout hit a bug"))
        intro = QLabel(
            self.tr(
                "Something went wrong inside Turnout. Your saved work is safe: every change "
                "is written to the database when you make it, and a change that failed "
                "halfway was not saved at all.\n\nPlease copy the details below into a bug "
                "report. They contain no event data, only where the program failed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("crashCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


_showing = False


def handle_exception(
    kind: type[BaseException],
    value: BaseException,
    trace: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """What happens to an exception nobody caught: a message, or the crash dialog."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    details = "".join(traceback.format_exception(kind, value, trace))
    sys.stderr.write(details)
    if QApplication.instance() is None or _showing:
        return
    _showing = True
    try:
        if isinstance(value, KnownError):
            messages.warning(parent, QApplication.translate("crash", "Turnout"), str(value))
            return
        CrashDialog(details, parent).exec()
    finally:
        _showing = False


def install(parent: QWidget | None = None) -> bool:
    """Route uncaught exceptions to the crash dialog, unless something else handles them.

    Test runners (pytest-qt) install their own hook to fail the test; that one is left alone.
    Returns whether the hook was installed.
    """
    if sys.excepthook is not sys.__excepthook__:
        return False
    sys.excepthook = lambda kind, value, trace: handle_exception(kind, value, trace, parent)
    return True
