"""Measuring and drawing plain text on a paint device, in points.

Every piece is laid out in points (1/72 inch) and converted to device pixels here, because the
same code draws on a 1200 dpi PDF, a printer and a screen preview. Text goes through
QTextLayout, never through rich text, so whatever a person typed prints as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

ELLIPSIS = "…"
LINE_SEPARATOR = "\u2028"  # QTextLayout ignores "\n"; this is its line break
# Runs of breaking white space, collapsed to one space. Not str.split(): it also takes the
# no-break spaces (U+00A0, U+2007, U+202F) that keep "1:00 PM" and phone numbers on one line.
_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
BLACK = QColor(0, 0, 0)
WHITE = QColor(255, 255, 255)


def is_rtl(text: str) -> bool:
    """Whether the first letter with a strong direction in ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def clean(text: str) -> str:
    """User text ready for QTextLayout: line breaks as U+2028, no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    # Collapse runs of blank lines: one paragraph gap is enough on paper.
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    text = LINE_SEPARATOR.join(kept).strip(LINE_SEPARATOR)
    return "".join(
        ch for ch in text if ch == LINE_SEPARATOR or unicodedata.category(ch) not in ("Cc",)
    )


class Canvas:
    """A painter on a device, with the device's page measured in points."""

    def __init__(self, painter: QPainter, device: QPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self.width = device.width() / self.scale
        self.height = device.height() / self.scale

    def px(self, points: float) -> float:
        return points * self.scale

    def rect_px(self, x: float, y: float, w: float, h: float) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, w * s, h * s)

    def new_page(self) -> bool:
        """Start a new page; False on a device that has only one (an image)."""
        if isinstance(self.device, QPagedPaintDevice):
            return self.device.newPage()
        return False

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.75) -> None:
        pen = QPen(BLACK)
        pen.setWidthF(self.px(width))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.px(x1), self.px(y1)), QPointF(self.px(x2), self.px(y2)))

    def fill(self, x: float, y: float, w: float, h: float, colour: QColor = BLACK) -> None:
        self.painter.fillRect(self.rect_px(x, y, w, h), colour)

    def text(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        rtl: bool | None = None,
        centre: bool = False,
        line_spacing: float = 1.15,
    ) -> Paragraph:
        return Paragraph(self, text, font, width, rtl=rtl, centre=centre, spacing=line_spacing)


@dataclass
class Line:
    top: float  # points from the paragraph's top
    height: float
    natural_width: float


class Paragraph:
    """One piece of user text laid out at a width: its lines and height in points."""

    def __init__(
        self,
        canvas: Canvas,
        text: str,
        font: QFont,
        width: float,
        *,
        rtl: bool | None = None,
        centre: bool = False,
        spacing: float = 1.15,
        max_lines: int | None = None,
        right: bool = False,
        bold_prefix: int = 0,
    ) -> None:
        self.canvas = canvas
        self.source = clean(text)
        self.font = font
        self.width = width
        self.rtl = is_rtl(self.source) if rtl is None else rtl
        self.centre = centre
        self.right = right
        self.bold_prefix = bold_prefix
        self.spacing = spacing
        self.elided = False
        self._layout(self.source)
        if max_lines is not None and len(self.lines) > max_lines:
            self.elide(max_lines)

    def _layout(self, text: str) -> None:
        canvas = self.canvas
        layout = QTextLayout(text, self.font, canvas.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        if self.centre:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        else:
            option.setAlignment(
                Qt.AlignmentFlag.AlignRight
                if self.rtl or self.right
                else Qt.AlignmentFlag.AlignLeft
            )
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        if self.bold_prefix:
            # A run label ("Bring: water") in bold: a format range, still no markup.
            bold = QTextLayout.FormatRange()
            bold.start, bold.length = 0, min(self.bold_prefix, len(text))
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold)
            bold.format = char_format
            layout.setFormats([bold])
        width_px = canvas.px(self.width)
        # Noto Sans Arabic's line box is half as tall again as Noto Sans's (room for marks
        # above and below); right-to-left text in it needs no extra spacing on top.
        spacing = self.spacing * (0.78 if self.rtl else 1.0)
        y = 0.0
        self.lines: list[Line] = []
        self._qlines = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width_px)
            line.setPosition(QPointF(0, y))
            height = line.height() * spacing
            self.lines.append(
                Line(
                    y / canvas.scale, height / canvas.scale, line.naturalTextWidth() / canvas.scale
                )
            )
            self._qlines.append(line)
            y += height
        layout.endLayout()
        self.layout = layout
        self.text_shown = text

    @property
    def height(self) -> float:
        return sum(line.height for line in self.lines)

    @property
    def natural_width(self) -> float:
        return max((line.natural_width for line in self.lines), default=0.0)

    def fits_width(self) -> bool:
        return self.natural_width <= self.width + 0.01

    def elide(self, max_lines: int) -> None:
        """Keep ``max_lines`` lines, ending with an ellipsis."""
        if max_lines <= 0:
            self.lines, self._qlines, self.elided = [], [], True
            return
        if len(self.lines) <= max_lines:
            return
        last = self._qlines[max_lines - 1]
        cut = last.textStart() + last.textLength()
        text = self.text_shown[:cut].rstrip()
        for _ in range(40):
            words = text.rsplit(" ", 1)
            candidate = text.rstrip(" ,;:.·" + LINE_SEPARATOR) + ELLIPSIS
            self._layout(candidate)
            if len(self.lines) <= max_lines:
                break
            text = words[0] if len(words) > 1 and words[0] else text[:-3]
        self.elided = True

    def draw(self, x: float, y: float, first: int = 0, last: int | None = None) -> None:
        """Draw lines ``first``..``last`` with the first of them at (x, y) points."""
        canvas = self.canvas
        canvas.painter.setPen(BLACK)
        chosen = self._qlines[first:last]
        if not chosen:
            return
        offset = chosen[0].position().y()
        for line in chosen:
            line.draw(canvas.painter, QPointF(canvas.px(x), canvas.px(y) - offset))


def fit_text(
    canvas: Canvas,
    text: str,
    width: float,
    height: float,
    *,
    largest: float,
    smallest: float,
    bold: bool = True,
    rtl: bool | None = None,
    centre: bool = False,
    spacing: float = 1.05,
) -> Paragraph:
    """``text`` at the largest size between the bounds that fits the box (a headline).

    Words are never broken while a smaller size would keep them whole; at the smallest size
    what still does not fit ends with an ellipsis.
    """
    from desktop.printing.fonts import font

    size = largest
    while True:
        paragraph = Paragraph(
            canvas, text, font(size, bold=bold), width, rtl=rtl, centre=centre, spacing=spacing
        )
        whole_words = _no_broken_words(paragraph)
        if paragraph.height <= height + 0.01 and whole_words:
            return paragraph
        if size <= smallest:
            break
        size = max(smallest, size * 0.93)
    if paragraph.height > height + 0.01:
        line_height = paragraph.lines[0].height if paragraph.lines else height
        paragraph.elide(max(1, int(height // line_height)))
    return paragraph


def _no_broken_words(paragraph: Paragraph) -> bool:
    """False when a line ends inside a word (a word wider than the box was cut anywhere)."""
    text = paragraph.text_shown
    for line in paragraph._qlines[:-1]:
        end = line.textStart() + line.textLength()
        inside_word = 0 < end < len(text) and not (text[end - 1].isspace() or text[end].isspace())
        if inside_word and text[end - 1] not in "-/–—" and text[end] != LINE_SEPARATOR:
            return False
    return True
