"""Find text a layout cuts off: labels, buttons, check boxes and tabs narrower than their text.

Used by the pseudo-translation test and docs/make_language_screenshots.py: a translation 40 %
longer than English must still fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)

# Room a header section or list row needs beside its text (margins, sort arrow).
HEADER_PADDING = 12
ROW_PADDING = 8


def clipped_texts(root: QWidget) -> list[str]:
    """Descriptions of the visible texts under ``root`` that do not fit their widget."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need_height = widget.heightForWidth(widget.width())
            if widget.height() + 1 < need_height:
                found.append(
                    f"wrapped label “{widget.text()[:40]}…”: {widget.height()} < {need_height} px"
                )
            continue
        if isinstance(widget, QLabel):
            checked = bool(widget.text()) and not widget.wordWrap()
        elif isinstance(widget, QAbstractButton):
            checked = bool(widget.text())
        else:
            checked = isinstance(widget, QComboBox) and not widget.isEditable()
        if not checked:
            continue
        need = widget.minimumSizeHint().width()
        if widget.width() + 1 < need:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} “{text}”: {widget.width()} < {need} px")
    for bar in root.findChildren(QTabBar):
        if not bar.isVisibleTo(root):
            continue
        for index in range(bar.count()):
            if bar.tabRect(index).width() + 1 < bar.tabSizeHint(index).width():
                found.append(f"tab “{bar.tabText(index)}” is cut")
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            fitted = header.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents
            if header.isSectionHidden(section) or fitted:
                continue  # Qt sizes these to their heading itself
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(text) + HEADER_PADDING
            if text and header.sectionSize(section) < need:
                found.append(f"column “{text}”: {header.sectionSize(section)} < {need} px")
    for listing in root.findChildren(QListWidget):
        if not listing.isVisibleTo(root):
            continue
        metrics = listing.fontMetrics()
        room = listing.viewport().width()
        for row in range(listing.count()):
            text = listing.item(row).text()
            if metrics.horizontalAdvance(text) + ROW_PADDING > room:
                found.append(f"list row “{text}”: wider than {room} px")
    return found
