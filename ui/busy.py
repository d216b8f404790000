"""A wait cursor and a status-bar message while a slot does long work in the window's thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy(window, message: str) -> Iterator[None]:
    """Show ``message`` and a wait cursor until the block ends, however it ends.

    The status bar is painted at once: the event loop does not run until the work is done.
    """
    bar = window.statusBar()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        bar.showMessage(message)
        bar.repaint()
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar.currentMessage() == message:
            bar.clearMessage()
