"""Printing: posters, handbills, event sheets and programs, drawn on any paint device.

Each piece has one render function taking a QPaintDevice (a QPdfWriter for a file, a QPrinter
for the printer and the print preview), so what is previewed is what is printed. QtGui only:
the command line prints without QtWidgets, with an off-screen QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPaintDevice, QPdfWriter

PAGE_SIZES = {
    "letter": QPageSize.PageSizeId.Letter,
    "a4": QPageSize.PageSizeId.A4,
}
TEMPLATES = ("poster", "handbill", "sheet")
# Letter where people use it (the US, Canada and a few others), A4 everywhere else.
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR"}


def page_layout(page: str) -> QPageLayout:
    """A portrait layout of ``page`` with no margins: each piece applies its own.

    QPdfWriter puts the origin at the margin's corner; with margins the whole piece would
    shift and the page would no longer be what we measure.
    """
    return QPageLayout(
        QPageSize(PAGE_SIZES[page]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def default_page() -> str:
    """The page size chosen in the settings; else "letter" in the US and Canada (and the
    other Letter countries), "a4" elsewhere."""
    from PySide6.QtCore import QLocale

    from desktop.settings import chosen_page

    if chosen_page():
        return chosen_page()

    territory = QLocale.territoryToCode(QLocale.system().territory())
    if QLocale.system().language() == QLocale.Language.C or territory in LETTER_TERRITORIES:
        return "letter"
    return "a4"


def pdf_bytes(
    render: Callable[[QPaintDevice], None], page: str = "letter", *, title: str = ""
) -> bytes:
    """The PDF that ``render`` draws, as bytes, on ``page`` ("letter" or "a4")."""
    from desktop.printing.fonts import ensure_app

    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(page))
    writer.setResolution(1200)
    writer.setCreator("Turnout")
    writer.setTitle(title)
    render(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
