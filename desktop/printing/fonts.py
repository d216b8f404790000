"""The fonts Turnout prints with, shipped in resources/fonts and loaded once per process.

A machine with no fonts at all (a fresh container, a minimal install) otherwise gets a PDF
with no text in it: Qt writes nothing it cannot find a glyph for.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
)
# Latin, Greek and Cyrillic from Noto Sans; Arabic script from Noto Sans Arabic; anything
# else (arrows, box symbols) from DejaVu Sans before Qt asks the system.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new off-screen one for the command line."""
    app = QGuiApplication.instance()
    if app is None:
        # Printing needs fonts, not a screen: never try to reach an X server from a script.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    load_fonts()
    return app


@cache
def load_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with Qt; the family names that loaded."""
    loaded: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(loaded))


def font(size_pt: float, *, bold: bool = False) -> QFont:
    """A print font: Noto Sans with the shipped fallbacks, at ``size_pt`` points."""
    result = QFont()
    result.setFamilies(FAMILIES)
    result.setPointSizeF(size_pt)
    result.setBold(bold)
    # Hinting snaps glyphs to a screen grid: wrong for paper, and it changes line breaks
    # between the preview and the PDF.
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result
