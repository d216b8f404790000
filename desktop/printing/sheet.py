"""The event sheet for marshals and organizers: everything about one action, internal.

Drawn from the Event row itself (it is the one internal piece), with "Internal — do not post"
at the top and bottom of every page; long notes flow onto further pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPaintDevice, QPainter

from db.models import Event
from desktop.printing import words
from desktop.printing.canvas import Canvas, Paragraph
from desktop.printing.flow import Flow
from desktop.printing.fonts import font
from desktop.printing.qr import MM

INTERNAL_MARK = "Internal — do not post"
MARGIN = 15 * MM
BODY_PT = 12.0
LABEL_WIDTH = 120.0
DISCLOSURE_NOTES = {
    "exact": "",
    "area": "The public sees only the area (city), not this address.",
    "hidden": "Hidden from the public until announced.",
}


@dataclass(frozen=True)
class Spacing:
    """How airy the sheet is: the gaps between rows and tables and the line spacing."""

    line: float = 1.15  # line height, as a multiple of the font's
    row_gap: float = 4.0  # below each labelled row
    table_gap: float = 8.0  # above each table
    pad: float = 3.0  # inside each table cell
    title_pt: float = 22.0


NORMAL = Spacing()
# Tighter, still at 12 pt: used when it saves a last page that would hold only a few lines.
COMPACT = Spacing(line=1.02, row_gap=1.5, table_gap=5.0, pad=2.0, title_pt=20.0)
NEARLY_EMPTY = 0.35  # a last page filled less than this is worth saving


def render_sheet(device: QPaintDevice, event: Event, *, locale: QLocale | None = None) -> None:
    """Draw the event sheet of ``event`` on ``device``, on as many pages as it needs."""
    painter = QPainter(device)
    try:
        canvas = Canvas(painter, device)
        locale = locale or words.primary_locale()
        flow, decorate = _sheet(canvas, event, locale, NORMAL)
        if len(flow.pages) > 1 and flow.last_page_filled() < NEARLY_EMPTY:
            # A second page for a table's last rows wastes paper and splits the table;
            # a tighter layout often keeps it all on fewer pages. Long sheets keep theirs.
            tight = _sheet(canvas, event, locale, COMPACT)
            if len(tight[0].pages) < len(flow.pages):
                flow, decorate = tight
        flow.render(decorate)
    finally:
        painter.end()


def _sheet(
    canvas: Canvas, event: Event, locale: QLocale, spacing: Spacing
) -> tuple[Flow, Callable[[int, int], None]]:
    """The sheet laid out in a flow (not drawn yet) and its page decoration."""
    left, width = MARGIN, canvas.width - 2 * MARGIN
    mark_font = font(BODY_PT, bold=True)
    mark = words.label(INTERNAL_MARK, locale)
    header = Paragraph(canvas, f"{mark} · {words.label('Event sheet', locale)}", mark_font, width)
    footer_height = Paragraph(canvas, mark, mark_font, width).height
    top = MARGIN + header.height + 10
    bottom = canvas.height - MARGIN - footer_height - 14
    flow = Flow(canvas, top, bottom)

    def text(value: str, size: float, width: float, *, bold: bool = False) -> Paragraph:
        return Paragraph(canvas, value, font(size, bold=bold), width, spacing=spacing.line)

    def add(text_: str, size: float = BODY_PT, *, bold: bool = False, keep: float = 0.0) -> None:
        flow.paragraph(text(text_, size, width, bold=bold), left, keep_with=keep)

    status = words.label(event.status, locale) if event.status != "planned" else ""
    kind = words.kind_label(event.kind, locale)
    add(" · ".join(p for p in (kind, status.upper()) if p), bold=True)
    add(event.title, spacing.title_pt, bold=True)
    flow.space(6)

    value_x, value_width = left + LABEL_WIDTH, width - LABEL_WIDTH

    def row(label: str, value: str, *, size: float = BODY_PT, bold: bool = False) -> None:
        if not value.strip():
            return
        label_par = text(words.label(label, locale), BODY_PT, LABEL_WIDTH - 8, bold=True)
        value_par = text(value, size, value_width, bold=bold)
        first_height = max(value_par.lines[0].height if value_par.lines else 0, label_par.height)

        def draw_first(y: float) -> None:
            label_par.draw(left, y)
            value_par.draw(value_x, y, 0, 1)

        flow.place(first_height, draw_first)
        for index in range(1, len(value_par.lines)):
            flow.place(
                value_par.lines[index].height,
                lambda y, i=index: value_par.draw(value_x, y, i, i + 1),
            )
        flow.space(spacing.row_gap)

    when = words.when_of(event, locale)
    if not event.all_day:
        when += " " + words.zone_note(event.timezone, event.starts_at)
    row("When", when, bold=True)
    row("Repeats", f"{words.repeats(event.rrule, locale)} ({event.rrule})" if event.rrule else "")
    if event.exdates:
        row("Except", ", ".join(event.exdates))
    place = event.place
    if place is not None:
        lines = [place.name]
        address = ", ".join(
            p for p in (place.address, place.city, place.region, place.postcode, place.country) if p
        )
        if address:
            lines.append(address)
        if place.latitude is not None and place.longitude is not None:
            lines.append(f"{place.latitude:.5f}, {place.longitude:.5f}")
        if place.access_notes:
            lines.append(place.access_notes)
        if DISCLOSURE_NOTES.get(place.disclosure):
            lines.append(words.label(DISCLOSURE_NOTES[place.disclosure], locale))
        row("Place", "\n".join(lines))
    row("Meeting point", event.meeting_point, bold=True)
    row("Route", event.route)
    row("Legal hotline", event.legal_hotline, size=16, bold=True)
    row("Safety", event.safety_notes)
    row("What to bring", event.what_to_bring)
    row("Accessibility", event.accessibility)
    row("Demands", event.demands)
    row("Public text", event.description)
    row("Notes", event.notes)
    row("Web page", event.url)
    turnout = []
    if event.expected_turnout is not None:
        turnout.append(
            words.label("expected %1", locale).replace("%1", str(event.expected_turnout))
        )
    if event.actual_turnout is not None:
        turnout.append(words.label("actual %1", locale).replace("%1", str(event.actual_turnout)))
    row("Turnout", ", ".join(turnout))
    if event.alt_title or event.alt_description:
        row(
            words.label("In %1", locale).replace(
                "%1", event.alt_language or words.label("the second language", locale)
            ),
            "\n".join(p for p in (event.alt_title, event.alt_description) if p),
        )
    shown = "Public event" if event.visibility == "public" else "Internal event"
    row("Visibility", words.label(shown, locale))

    if event.roles:
        flow.space(spacing.table_gap)
        _table(
            flow,
            canvas,
            spacing,
            left,
            width,
            words.label("Roles and phone numbers", locale),
            tuple(
                words.label(name, locale)
                for name in ("Role", "Name", "Phone", "Email / handle", "Public")
            ),
            (0.15, 0.24, 0.2, 0.31, 0.1),
            [
                (
                    words.label(role.role, locale),
                    role.contact.name
                    + (f" ({role.contact.organisation})" if role.contact.organisation else ""),
                    role.contact.phone.replace(" ", "\u00a0"),
                    "\n".join(p for p in (role.contact.email, role.contact.handle) if p),
                    words.label("yes" if role.shown_publicly else "no", locale),
                )
                for role in event.roles
            ],
        )
    if event.tasks:
        flow.space(spacing.table_gap)
        _table(
            flow,
            canvas,
            spacing,
            left,
            width,
            words.label("Tasks", locale),
            tuple(words.label(name, locale) for name in ("Done", "Task", "Due", "Who")),
            (0.08, 0.52, 0.18, 0.22),
            [
                (
                    "☑" if task.done else "☐",
                    task.text,
                    words.short_date(task.due_date, locale) if task.due_date else "",
                    task.assignee.name if task.assignee else "",
                )
                for task in event.tasks
            ],
        )

    def decorate(number: int, count: int) -> None:
        header.draw(left, MARGIN)
        canvas.line(left, MARGIN + header.height + 2, left + width, MARGIN + header.height + 2)
        y = canvas.height - MARGIN - footer_height
        canvas.line(left, y - 4, left + width, y - 4)
        Paragraph(canvas, mark, mark_font, width).draw(left, y)
        page_text = words.label("Page %1 of %2", locale)
        page_text = page_text.replace("%1", str(number)).replace("%2", str(count))
        page = Paragraph(canvas, page_text, font(BODY_PT), width, right=True)
        page.draw(left, y)

    return flow, decorate


def _table(
    flow: Flow,
    canvas: Canvas,
    spacing: Spacing,
    left: float,
    width: float,
    title: str,
    headings: tuple[str, ...],
    shares: tuple[float, ...],
    rows: list[tuple[str, ...]],
) -> None:
    """A titled table; a row is never split, the column titles repeat after a page break."""
    widths = [width * share for share in shares]
    xs = [left + sum(widths[:i]) for i in range(len(widths))]
    pad = spacing.pad

    def cells(values: tuple[str, ...], bold: bool) -> tuple[list[Paragraph], float]:
        paragraphs = [
            Paragraph(canvas, value, font(BODY_PT, bold=bold), w - 2 * pad, spacing=spacing.line)
            for value, w in zip(values, widths, strict=True)
        ]
        return paragraphs, max(p.height for p in paragraphs) + 2 * pad

    def draw_row(paragraphs: list[Paragraph], height: float, rule: float) -> Callable:
        def draw(y: float) -> None:
            for paragraph, x in zip(paragraphs, xs, strict=True):
                paragraph.draw(x + pad, y + pad)
            canvas.line(left, y + height, left + width, y + height, rule)

        return draw

    heading_cells, heading_height = cells(headings, True)
    title_par = Paragraph(canvas, title, font(14, bold=True), width)
    flow.place(
        title_par.height,
        lambda y: title_par.draw(left, y),
        keep_with=heading_height * 2,
    )
    flow.place(heading_height, draw_row(heading_cells, heading_height, 1.0))
    for values in rows:
        paragraphs, height = cells(values, False)
        if flow.y + height > flow.bottom and flow.y > flow.body_top:
            flow.break_page()
            flow.place(heading_height, draw_row(heading_cells, heading_height, 1.0))
        flow.place(height, draw_row(paragraphs, height, 0.4))
