"""The QR code on posters and handbills: the public URL, or the event itself as a VEVENT.

A VEVENT payload lets a phone camera offer "add to calendar" with no website at all. The code
is drawn as vector rectangles (crisp on any printer) with the four-module quiet zone scanners
need, never as a bitmap.
"""

from __future__ import annotations

import datetime as dt

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath

from desktop.printing.canvas import BLACK, WHITE, Canvas
from desktop.public import PublicEvent

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
MIN_WIDTH_MM = 25.0
MM = 72.0 / 25.4  # points per millimetre


def _escape(text: str) -> str:
    """An iCalendar TEXT value (RFC 5545 §3.3.11) on one line."""
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def vevent_payload(event: PublicEvent) -> str:
    """The smallest VEVENT a phone calendar accepts: UID, title, times and place."""
    lines = ["BEGIN:VEVENT", f"UID:{_escape(event.uid)}", f"SUMMARY:{_escape(event.title)}"]
    if event.all_day and event.start_date and event.end_date:
        last = event.end_date + dt.timedelta(days=1)  # DTEND of a date is exclusive
        lines += [
            f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last:%Y%m%d}",
        ]
    else:
        # UTC times: a QR code has no room for a VTIMEZONE, and phones convert them.
        lines += [
            f"DTSTART:{event.starts_at.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}",
            f"DTEND:{event.ends_at.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}",
        ]
    if event.rrule:
        lines.append(f"RRULE:{event.rrule}")
    if event.place is not None:
        lines.append(f"LOCATION:{_escape(event.place.one_line())}")
    lines.append("END:VEVENT")
    return "\r\n".join(lines)


def payload(event: PublicEvent) -> str:
    """What the code says: the public URL when the event has one, else the event itself."""
    return event.url or vevent_payload(event)


def qr_size(data: str, width: float) -> float:
    """The width (points, quiet zone included) the code of ``data`` takes when ``width`` is
    asked for: more when needed to keep the symbol itself 25 mm wide."""
    modules = len(segno.make(data, error="m", micro=False).matrix)
    return max(width, (MIN_WIDTH_MM * MM) * (modules + 2 * QUIET_ZONE) / modules)


def draw_qr(canvas: Canvas, data: str, x: float, y: float, width: float) -> float:
    """Draw a QR code for ``data`` in a square of ``width`` points at (x, y), quiet zone
    included; returns the width used. Never narrower than 25 mm of symbol."""
    code = segno.make(data, error="m", micro=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    width = max(width, (MIN_WIDTH_MM * MM) * modules / len(matrix))
    module = canvas.px(width / modules)
    left, top = canvas.px(x) + QUIET_ZONE * module, canvas.px(y) + QUIET_ZONE * module
    canvas.fill(x, y, width, width, WHITE)
    # One rectangle per run of dark modules in a row: fewer shapes, no hairline seams.
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row_index, row in enumerate(matrix):
        start = None
        for col, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.addRect(
                    QRectF(
                        left + start * module,
                        top + row_index * module,
                        (col - start) * module,
                        module,
                    )
                )
                start = None
    canvas.painter.fillPath(path, BLACK)
    return width
