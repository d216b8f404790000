"""The program: every occurrence in a date range as a table, across as many pages as needed.

A public program is built from ``PublicEvent`` values only (public events, public fields,
the public part of each place); the internal one says "Internal — do not post" on every page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPaintDevice, QPainter
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Event, Role
from desktop.events import occurrences_between
from desktop.printing import words
from desktop.printing.canvas import Canvas, Paragraph
from desktop.printing.flow import Flow
from desktop.printing.fonts import font
from desktop.printing.qr import MM
from desktop.printing.sheet import INTERNAL_MARK
from desktop.public import public_view

MARGIN = 15 * MM
BODY_PT = 12.0
COLUMNS = (("Date", 0.16), ("Time", 0.21), ("Event", 0.37), ("Place", 0.26))


@dataclass(frozen=True)
class ProgramRow:
    """One occurrence as printed: already reduced to what the program may show."""

    day: dt.date
    start: dt.datetime  # aware, in the event's zone
    end: dt.datetime
    all_day: bool
    title: str
    kind: str
    status: str
    place: str
    recurring: bool


def program_rows(
    session: Session, first: dt.date, last: dt.date, *, public: bool
) -> list[ProgramRow]:
    """The occurrences whose local dates touch ``first``..``last`` (inclusive), by start."""
    # Days are read in each event's own zone: ask for a window wide enough for every zone on
    # Earth (UTC-12 to UTC+14), then keep what falls on the days in local time.
    start = dt.datetime.combine(first, dt.time(), dt.UTC) - dt.timedelta(hours=14)
    end = dt.datetime.combine(last, dt.time(), dt.UTC) + dt.timedelta(hours=36)
    day_one = dt.datetime.combine(first, dt.time())
    found = [
        o
        for o in occurrences_between(session, start, end, public_only=public)
        if o.start.date() <= last and o.end.replace(tzinfo=None) > day_one
    ]
    ids = {o.event_id for o in found}
    loaded = {
        event.id: event
        for event in session.scalars(
            select(Event)
            .where(Event.id.in_(ids))
            .options(
                selectinload(Event.place),
                selectinload(Event.roles).selectinload(Role.contact),
            )
        )
    }
    rows = []
    for occurrence in found:
        event = loaded[occurrence.event_id]
        if public:
            shown = public_view(event)
            if shown is None:
                continue
            title, kind, status = shown.title, shown.kind, shown.status
            place = shown.place.name if shown.place else ""
        else:
            title, kind, status = event.title, event.kind, event.status
            place = event.place.name if event.place else ""
        rows.append(
            ProgramRow(
                day=max(occurrence.start.date(), first),
                start=occurrence.start,
                end=occurrence.end,
                all_day=occurrence.all_day,
                title=title,
                kind=kind,
                status=status,
                place=place,
                recurring=occurrence.recurring,
            )
        )
    return rows


def render_program(
    device: QPaintDevice,
    rows: list[ProgramRow],
    *,
    first: dt.date,
    last: dt.date,
    public: bool,
    locale: QLocale | None = None,
) -> None:
    """Draw the program table on ``device``, the column titles repeated on every page."""
    painter = QPainter(device)
    try:
        _program(
            Canvas(painter, device), rows, first, last, public, locale or words.primary_locale()
        )
    finally:
        painter.end()


def _program(
    canvas: Canvas,
    rows: list[ProgramRow],
    first: dt.date,
    last: dt.date,
    public: bool,
    locale: QLocale,
) -> None:
    left, width = MARGIN, canvas.width - 2 * MARGIN
    pad = 3.0
    widths = [width * share for _, share in COLUMNS]
    xs = [left + sum(widths[:i]) for i in range(len(widths))]
    span = f"{words.long_date(first, locale)} – {words.long_date(last, locale)}"
    heading = Paragraph(canvas, words.label("Program", locale), font(22, bold=True), width)
    subtitle = Paragraph(canvas, span, font(BODY_PT + 2), width)
    titles = [
        Paragraph(canvas, words.label(name, locale), font(BODY_PT, bold=True), w - 2 * pad)
        for (name, _), w in zip(COLUMNS, widths, strict=True)
    ]
    titles_height = max(p.height for p in titles) + 2 * pad
    footer_text = words.label("Public program" if public else INTERNAL_MARK, locale)
    footer = Paragraph(canvas, footer_text, font(BODY_PT, bold=True), width)
    bottom = canvas.height - MARGIN - footer.height - 14

    def page_start(flow: Flow) -> None:
        def draw(y: float) -> None:
            heading.draw(left, y)
            subtitle.draw(left, y + heading.height)
            y += heading.height + subtitle.height + 6
            for paragraph, x in zip(titles, xs, strict=True):
                paragraph.draw(x + pad, y + pad)
            canvas.line(left, y + titles_height, left + width, y + titles_height, 1.2)

        flow.place(heading.height + subtitle.height + 6 + titles_height, draw)

    flow = Flow(canvas, MARGIN, bottom, page_start)
    if not rows:
        empty = Paragraph(canvas, "No events in this range.", font(BODY_PT), width)
        flow.place(empty.height + 2 * pad, lambda y: empty.draw(left, y + pad))
    previous_day = None
    for row in rows:
        cells = _cells(canvas, row, locale, widths, pad, previous_day)
        previous_day = row.day
        height = max(p.height for column in cells for p in [column]) + 2 * pad

        def draw(y: float, cells=cells, height=height) -> None:
            for paragraph, x in zip(cells, xs, strict=True):
                paragraph.draw(x + pad, y + pad)
            canvas.line(left, y + height, left + width, y + height, 0.4)

        flow.place(height, draw)

    def decorate(number: int, count: int) -> None:
        y = canvas.height - MARGIN - footer.height
        canvas.line(left, y - 4, left + width, y - 4)
        footer.draw(left, y)
        Paragraph(
            canvas,
            words.label("Page %1 of %2", locale)
            .replace("%1", str(number))
            .replace("%2", str(count)),
            font(BODY_PT),
            width,
            right=True,
        ).draw(left, y)

    flow.render(decorate)


def _cells(
    canvas: Canvas,
    row: ProgramRow,
    locale: QLocale,
    widths: list[float],
    pad: float,
    previous_day: dt.date | None,
) -> list[Paragraph]:
    if row.all_day:
        time = words.label("All day", locale)
    else:
        time = f"{words.clock(row.start, locale)} – {words.clock(row.end, locale)}"
        time += f" {row.start.tzname()}"
    kind = words.kind_label(row.kind, locale).title()
    detail = kind + (" · " + words.label("Repeats", locale).lower() if row.recurring else "")
    cancelled = row.status == "cancelled"
    banner = words.label(words.STATUS_BANNERS.get(row.status, ""), locale)
    title_font = font(BODY_PT, bold=True)
    title_font.setStrikeOut(cancelled)
    day = words.short_date(row.day, locale)
    if row.all_day and _last_day(row) > row.start.date():
        # A strike of several days: its days, the last one included, not its first alone.
        day = words.short_date_range(row.start.date(), _last_day(row), locale)
    event_text = row.title
    cells = [
        Paragraph(canvas, day, font(BODY_PT, bold=row.day != previous_day), widths[0] - 2 * pad),
        Paragraph(canvas, time, font(BODY_PT), widths[1] - 2 * pad),
        _stack(
            canvas,
            [
                (event_text, title_font),
                (
                    f"{banner.upper()} · {detail}" if banner else detail,
                    font(BODY_PT, bold=bool(banner)),
                ),
            ],
            widths[2] - 2 * pad,
        ),
        Paragraph(canvas, row.place, font(BODY_PT), widths[3] - 2 * pad),
    ]
    return cells


def _last_day(row: ProgramRow) -> dt.date:
    """The last day an all-day occurrence covers: its end is the midnight after it."""
    if row.end <= row.start:
        return row.start.date()
    return (row.end - dt.timedelta(microseconds=1)).date()


class _Stack:
    """Paragraphs drawn one under the other, measured as one cell."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs

    @property
    def height(self) -> float:
        return sum(p.height for p in self.paragraphs)

    def draw(self, x: float, y: float) -> None:
        for paragraph in self.paragraphs:
            paragraph.draw(x, y)
            y += paragraph.height


def _stack(canvas: Canvas, parts, width: float) -> _Stack:
    return _Stack([Paragraph(canvas, text, part_font, width) for text, part_font in parts])
