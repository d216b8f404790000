"""The public pieces of one event: a poster, and a handbill with two half-sheet copies.

Both are drawn from a ``PublicEvent`` only (desktop/public.py), so no internal field can reach
them. The headline shrinks to fit its box; body text never goes below 12 pt and, when the page
is full, ends with an ellipsis rather than running off the paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPaintDevice, QPainter

from desktop.errors import KnownError
from desktop.printing import words
from desktop.printing.canvas import Canvas, Paragraph, fit_text, is_rtl
from desktop.printing.fonts import font
from desktop.printing.qr import MM, draw_qr, payload, qr_size
from desktop.public import PublicEvent

BODY_MIN_PT = 12.0


@dataclass(frozen=True)
class SecondLanguage:
    """The event's title and description in a second language, with that language's dates."""

    locale: QLocale
    title: str
    description: str

    @property
    def rtl(self) -> bool:
        text = self.title + self.description
        if text.strip():
            return is_rtl(text)
        return self.locale.textDirection().name == "RightToLeft"


def second_language(event: PublicEvent, code: str | None) -> SecondLanguage | None:
    """The second-language text for ``code`` (``es``, ``ar``…), None without a code.

    KnownError when the event has no text in that language: printing English twice would look
    like a translation that is not there.
    """
    if not code:
        return None
    locale = words.locale_for(code)
    has_text = bool(event.alt_title.strip() or event.alt_description.strip())
    if not has_text or not words.same_language(event.alt_language, code):
        name = words.language_name(locale)
        raise KnownError(
            f"The event “{event.title}” has no {name} title or description; add them in "
            "the event editor (second language) first."
        )
    return SecondLanguage(locale, event.alt_title.strip(), event.alt_description.strip())


@dataclass(frozen=True)
class Style:
    margin: float
    kind_pt: float
    headline_max: float
    headline_min: float
    headline_share: float  # of the height between the top line and the QR band
    date_pt: float
    place_pt: float
    address_pt: float
    body_max: float
    label_pt: float
    alt_title_pt: float
    qr_width: float
    band_pt: float
    qr_top_right: bool
    inline_labels: bool
    gap: float


POSTER = Style(
    margin=0.6 * 72,
    kind_pt=20,
    headline_max=84,
    headline_min=22,
    headline_share=0.22,
    date_pt=24,
    place_pt=20,
    address_pt=16,
    body_max=20,
    label_pt=14,
    alt_title_pt=26,
    qr_width=42 * MM,
    band_pt=14,
    qr_top_right=False,
    inline_labels=False,
    gap=12,
)
HANDBILL = Style(
    margin=0.35 * 72,
    kind_pt=12,
    headline_max=36,
    headline_min=14,
    headline_share=0.2,
    date_pt=15,
    place_pt=14,
    address_pt=12,
    body_max=13,
    label_pt=12,
    alt_title_pt=15,
    qr_width=30 * MM,
    band_pt=12,
    qr_top_right=True,
    inline_labels=True,
    gap=5,
)


def render_poster(
    device: QPaintDevice,
    event: PublicEvent,
    *,
    second: SecondLanguage | None = None,
    locale: QLocale | None = None,
) -> None:
    """Draw the poster on ``device`` (one page: a PDF writer, a printer, a preview)."""
    painter = QPainter(device)
    try:
        canvas = Canvas(painter, device)
        _flyer(canvas, event, 0, 0, canvas.width, canvas.height, POSTER, second, locale)
    finally:
        painter.end()


def render_handbill(
    device: QPaintDevice,
    event: PublicEvent,
    *,
    second: SecondLanguage | None = None,
    locale: QLocale | None = None,
) -> None:
    """Draw two half-sheet copies on one page of ``device``, with cut marks between them."""
    painter = QPainter(device)
    try:
        canvas = Canvas(painter, device)
        half = canvas.height / 2
        for top in (0.0, half):
            _flyer(canvas, event, 0, top, canvas.width, half, HANDBILL, second, locale)
        # Cut marks at both edges, outside the printed area; a cheap printer will not reach
        # the first 5 mm of the sheet, so they start there.
        inset, length = 6 * MM, 8 * MM
        canvas.line(inset, half, inset + length, half, 0.5)
        canvas.line(canvas.width - inset - length, half, canvas.width - inset, half, 0.5)
        scissors = Paragraph(canvas, "✂", font(9), 20)
        scissors.draw(inset + length + 2, half - scissors.height / 2)
    finally:
        painter.end()


def _flyer(
    canvas: Canvas,
    event: PublicEvent,
    x: float,
    y: float,
    w: float,
    h: float,
    style: Style,
    second: SecondLanguage | None,
    locale: QLocale | None,
) -> None:
    locale = locale or words.primary_locale()
    left, width = x + style.margin, w - 2 * style.margin
    top, bottom = y + style.margin, y + h - style.margin

    # Kind (and a status that changes everything) above a heavy rule.
    kind = words.kind_label(event.kind, locale)
    banner = words.STATUS_BANNERS.get(event.status)
    if banner:
        kind = f"{kind} — {words.label(banner, locale).upper()}"
    kind_line = Paragraph(canvas, kind, font(style.kind_pt, bold=True), width)
    kind_line.draw(left, top)
    cursor = top + kind_line.height + 2
    canvas.line(left, cursor, left + width, cursor, 2.5 if style is POSTER else 1.5)
    cursor += style.gap

    data = payload(event)
    size = qr_size(data, style.qr_width)
    if style.qr_top_right:
        # Handbill: the code beside the headline, the caption in one strip along the bottom.
        captions = _caption(canvas, event, width, style)
        band = bottom - sum(p.height + 2 for p in captions)
        _draw_stack(captions, left, band)
        qr_top = cursor
        draw_qr(canvas, data, left + width - size, qr_top, size)
        text_width = width - size - style.gap
    else:
        # Poster: a band along the bottom, the code on the left and its caption beside it.
        captions = _caption(canvas, event, width - size - 4, style)
        caption_height = sum(p.height + 2 for p in captions)
        band = bottom - max(size, caption_height)
        draw_qr(canvas, data, left, band, size)
        _draw_stack(captions, left + size + 4, band + min(size * 0.08, size - caption_height))
        qr_top, text_width = band, width

    # Measure what sits under the headline first: the headline gets what is left once the
    # body has room at its smallest size (but never less than its share of the page, and
    # never more than half of it).
    under: list[tuple[Paragraph, float]] = []  # (paragraph, space before it)
    when = _when(event, locale)
    under.append((Paragraph(canvas, when, font(style.date_pt, bold=True), text_width), 0))
    note = words.repeats(event.rrule, locale)
    if note:
        under.append((Paragraph(canvas, note, font(style.address_pt), text_width), 0))
    if event.place is not None:
        rest = [
            part
            for part in (event.place.address, event.place.city, event.place.region)
            if part and part != event.place.name
        ]
        if event.place.postcode:
            rest.append(event.place.postcode)
        if style.inline_labels:
            # Half sheet: "Place name, address" in one paragraph, the name in bold.
            line = ", ".join([event.place.name, *rest])
            place = Paragraph(
                canvas,
                line,
                font(style.address_pt),
                text_width,
                bold_prefix=len(event.place.name),
            )
            under.append((place, style.gap * 0.4))
        else:
            name = Paragraph(canvas, event.place.name, font(style.place_pt, bold=True), text_width)
            under.append((name, style.gap * 0.4))
            if rest:
                address = Paragraph(canvas, ", ".join(rest), font(style.address_pt), text_width)
                under.append((address, 0))
    under_height = sum(p.height + before for p, before in under) + style.gap * 1.8
    room = band - cursor - style.gap
    smallest_body = _total(_measure(canvas, event, second, width, BODY_MIN_PT, style))
    box = room - style.gap * 0.6 - under_height - smallest_body
    box = min(max(box, room * style.headline_share), room * 0.5)
    headline = fit_text(
        canvas,
        event.title,
        text_width,
        box,
        largest=style.headline_max,
        smallest=style.headline_min,
    )
    headline.draw(left, cursor)
    cursor += headline.height + style.gap * 0.6
    for paragraph, before in under:
        cursor += before
        paragraph.draw(left, cursor)
        cursor += paragraph.height
    if style.qr_top_right:
        cursor = max(cursor, qr_top + size - style.gap * 0.8)
    cursor += style.gap * 0.8
    canvas.line(left, cursor, left + width, cursor, 0.75)
    cursor += style.gap

    _body(canvas, event, second, left, width, cursor, band - style.gap, style)


def _when(event: PublicEvent, locale: QLocale) -> str:
    return words.when_of(event, locale)


def _caption(canvas: Canvas, event: PublicEvent, width: float, style: Style) -> list[Paragraph]:
    """What the QR code holds, in words, and the publicly shown contacts. Never cut."""
    blocks: list[Paragraph] = []
    if event.url:
        blocks.append(
            Paragraph(canvas, words.label("More information:"), font(style.band_pt), width)
        )
        # The address on one line when it can be, down to 12 pt, then wrapped.
        url_pt = style.band_pt
        while True:
            url = Paragraph(canvas, event.url, font(url_pt, bold=True), width)
            if len(url.lines) == 1 or url_pt <= BODY_MIN_PT:
                break
            url_pt -= 1
        blocks.append(url)
    else:
        blocks.append(
            Paragraph(
                canvas, words.label("Scan to add to your calendar."), font(style.band_pt), width
            )
        )
    for contact in event.contacts:
        role = words.label(contact.role)
        role = role[:1].upper() + role[1:]
        who = f"{role}: {contact.name}"
        if contact.organisation:
            who += f" ({contact.organisation})"
        # Phone and email on a line of their own: Qt breaks lines even at a no-break space,
        # and a phone number split in two gets misdialled.
        reach = " · ".join(part for part in (contact.phone, contact.email) if part)
        line = f"{who}\n{reach}" if reach else who
        blocks.append(Paragraph(canvas, line, font(BODY_MIN_PT), width))
    if style.qr_top_right and event.url and len(blocks) >= 2:
        # One line is enough on a handbill: "More information: https://…".
        joined = Paragraph(
            canvas,
            words.label("More information: %1").replace("%1", event.url),
            font(style.band_pt, bold=True),
            width,
        )
        blocks[:2] = [joined]
    return blocks


def _draw_stack(paragraphs: list[Paragraph], x: float, y: float) -> None:
    for paragraph in paragraphs:
        paragraph.draw(x, y)
        y += paragraph.height + 2


def _body(
    canvas: Canvas,
    event: PublicEvent,
    second: SecondLanguage | None,
    left: float,
    width: float,
    top: float,
    bottom: float,
    style: Style,
) -> None:
    """The description and the labelled sections, at the largest size that fits, ≥ 12 pt."""
    size = style.body_max
    while True:
        blocks = _measure(canvas, event, second, width, size, style)
        if _total(blocks) <= bottom - top or size <= BODY_MIN_PT:
            break
        size = max(BODY_MIN_PT, size - 1)
    _shorten(blocks, bottom - top)
    cursor = top
    for block in blocks:
        if block.rule:
            canvas.line(left, cursor + block.before / 2, left + width, cursor + block.before / 2)
        cursor += block.before
        for dx, paragraphs in block.columns:
            y = cursor
            for paragraph in paragraphs:
                paragraph.draw(left + dx, y)
                y += paragraph.height
        cursor += block.body_height


@dataclass
class _Block:
    columns: list[tuple[float, list[Paragraph]]]  # (x offset, paragraphs stacked)
    before: float
    elidable: list[Paragraph]
    rule: bool = False

    @property
    def body_height(self) -> float:
        return max((sum(p.height for p in column) for _, column in self.columns), default=0.0)

    @property
    def height(self) -> float:
        return self.before + self.body_height


def _measure(
    canvas: Canvas,
    event: PublicEvent,
    second: SecondLanguage | None,
    width: float,
    size: float,
    style: Style,
) -> list[_Block]:
    blocks: list[_Block] = []
    if event.description.strip():
        body = Paragraph(canvas, event.description, font(size), width)
        blocks.append(_Block([(0.0, [body])], 0.0, [body]))
    # Demands, what to bring and accessibility side by side: short texts, and a column each
    # reads better than three stacked paragraphs and leaves room for the second language.
    sections = [
        (label, text)
        for label, text in (
            (words.label("Our demands"), event.demands),
            (words.label("What to bring"), event.what_to_bring),
            (words.label("Accessibility"), event.accessibility),
        )
        if text.strip()
    ]
    if sections:
        gutter = style.gap * 1.5
        column_width = (width - gutter * (len(sections) - 1)) / len(sections)
        columns, elidable = [], []
        for index, (label, text) in enumerate(sections):
            x = index * (column_width + gutter)
            if style.inline_labels:
                # "Bring: water, a sign" saves a line a column on a half sheet.
                body = Paragraph(
                    canvas, f"{label}: {text}", font(size), column_width, bold_prefix=len(label) + 1
                )
                columns.append((x, [body]))
            else:
                heading = Paragraph(canvas, label, font(style.label_pt, bold=True), column_width)
                body = Paragraph(canvas, text, font(size), column_width)
                columns.append((x, [heading, body]))
            elidable.append(body)
        blocks.append(_Block(columns, style.gap if blocks else 0.0, elidable))
    if second is not None:
        rtl = second.rtl
        paragraphs = []
        if second.title:
            title_pt = max(style.alt_title_pt * size / style.body_max, size + 2)
            paragraphs.append(
                Paragraph(
                    canvas, second.title, font(title_pt, bold=True), width, rtl=rtl, max_lines=3
                )
            )
        when = words.when_of(event, second.locale)
        paragraphs.append(Paragraph(canvas, when, font(size, bold=True), width, rtl=rtl))
        elidable = []
        if second.description:
            body = Paragraph(canvas, second.description, font(size), width, rtl=rtl)
            paragraphs.append(body)
            elidable.append(body)
        before = style.gap * 2 if blocks else 0.0
        blocks.append(_Block([(0.0, paragraphs)], before, elidable, rule=bool(blocks)))
    return blocks


def _total(blocks: list[_Block]) -> float:
    return sum(block.height for block in blocks)


def _shorten(blocks: list[_Block], room: float) -> None:
    """Cut text a line at a time until everything fits: prose first (the description and
    its translation), then the side-by-side sections, tallest first."""
    while _total(blocks) > room:
        prose = [p for b in blocks if len(b.columns) == 1 for p in b.elidable if len(p.lines) > 1]
        if prose:
            longest = max(prose, key=lambda p: len(p.lines))
            longest.elide(len(longest.lines) - 1)
            continue
        columns = [
            b for b in blocks if len(b.columns) > 1 and any(len(p.lines) > 1 for p in b.elidable)
        ]
        if columns:
            # Shorten every column that is as tall as the tallest: only that gains a line.
            block = columns[0]
            tallest = max(len(p.lines) for p in block.elidable)
            for paragraph in block.elidable:
                if len(paragraph.lines) == tallest:
                    paragraph.elide(tallest - 1)
            continue
        # Nothing left to shorten: drop a section rather than print over the QR code (the
        # labelled ones first; the description and the translation matter most).
        if not blocks:
            return
        blocks.pop(1 if len(blocks) > 2 else -1)
