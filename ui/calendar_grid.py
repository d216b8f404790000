"""The painted grid of the calendar: a month of six weeks, or one week in tall columns.

Painting by hand instead of a cell per widget keeps a month with a thousand recurring series
cheap: the grid only lays out what fits in each day and counts the rest ("+12 more").
It knows dates and occurrences, not the database; ``CalendarView`` feeds it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.events import Occurrence
from ui import locale_formats, vocabulary

MONTH, WEEK = "month", "week"
MONTH_WEEKS = 6
# Week view chips: time, title, place.
WEEK_LINES = 3


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def blend(colour: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``base``: a tint that keeps the palette's text readable."""
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * amount,
        base.greenF() + (colour.greenF() - base.greenF()) * amount,
        base.blueF() + (colour.blueF() - base.blueF()) * amount,
    )


def time_text(occurrence: Occurrence, locale: QLocale) -> str:
    if occurrence.all_day:
        return ""
    start = occurrence.start
    return locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat)


def days_of(occurrence: Occurrence) -> Iterable[dt.date]:
    """The local days (in the event's zone) an occurrence touches."""
    first = occurrence.start.date()
    # ``end`` is exclusive: an event ending at midnight does not touch the next day.
    last = (occurrence.end - dt.timedelta(microseconds=1)).date()
    last = max(first, min(last, first + dt.timedelta(days=62)))
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


@dataclass(frozen=True)
class _Chip:
    rect: QRect
    occurrence: Occurrence
    day: dt.date


class CalendarGrid(QWidget):
    """Days as cells; occurrences as chips tinted with their campaign's colour.

    Keyboard: arrows move by a day or a week, Page Up/Down by a month (a week in week view),
    Home or T go to today, Enter opens the day (a new event when it is empty).
    Mouse: a click selects a day, a double-click on an occurrence opens it, a double-click on
    a day's empty space asks for a new event there, "+N more" shows that week.
    """

    currentChanged = Signal(QDate)
    occurrenceActivated = Signal(int)
    emptyDayActivated = Signal(QDate)
    dayActivated = Signal(QDate)
    moreRequested = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Calendar days"))
        self._mode = MONTH
        self._current = dt.date.today()
        self._today = dt.date.today()
        self._by_day: dict[dt.date, list[Occurrence]] = {}
        self._colours: dict[str, str] = {}
        self._cells: list[tuple[QRect, dt.date]] = []
        self._chips: list[_Chip] = []
        self._more: list[tuple[QRect, dt.date]] = []
        self._laid_out_for: QSize | None = None

    # --- state --------------------------------------------------------------------------------

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self._relayout()

    def current(self) -> dt.date:
        return self._current

    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.update()

    def set_current(self, day: dt.date) -> None:
        if day == self._current:
            return
        self._current = day
        self._update_description()
        self.currentChanged.emit(to_qdate(day))
        self.update()

    def first_day_of_week(self) -> int:
        """1 = Monday ... 7 = Sunday, from the user's locale."""
        return int(self.locale().firstDayOfWeek().value)

    def visible_range(self) -> tuple[dt.date, int]:
        """The first visible day and how many days are shown."""
        day = self._current
        if self._mode == MONTH:
            day = day.replace(day=1)
        back = (day.isoweekday() - self.first_day_of_week()) % 7
        first = day - dt.timedelta(days=back)
        return first, (MONTH_WEEKS * 7 if self._mode == MONTH else 7)

    def set_occurrences(
        self, by_day: dict[dt.date, list[Occurrence]], colours: dict[str, str]
    ) -> None:
        self._by_day = by_day
        self._colours = colours
        self._update_description()
        self._relayout()

    def occurrences_on(self, day: dt.date) -> list[Occurrence]:
        return self._by_day.get(day, [])

    def cell_rect(self, day: dt.date) -> QRect:
        """Where ``day`` is drawn (an empty rect when it is not visible): for tests and tips."""
        self._ensure_layout()
        for rect, cell_day in self._cells:
            if cell_day == day:
                return QRect(rect)
        return QRect()

    def chip_rects(self, event_id: int) -> list[QRect]:
        self._ensure_layout()
        return [QRect(c.rect) for c in self._chips if c.occurrence.event_id == event_id]

    def more_rect(self, day: dt.date) -> QRect:
        """Where "+N more" is drawn for ``day`` (empty when everything fits)."""
        self._ensure_layout()
        for rect, more_day in self._more:
            if more_day == day:
                return QRect(rect)
        return QRect()

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 280)

    # --- geometry -----------------------------------------------------------------------------

    def _relayout(self) -> None:
        self._laid_out_for = None
        self.update()

    def _ensure_layout(self) -> None:
        if self._laid_out_for == self.size():
            return
        self._laid_out_for = QSize(self.size())
        self._cells, self._chips, self._more = [], [], []
        first, count = self.visible_range()
        header = self._header_height()
        rows = count // 7
        width, height = self.width(), self.height() - header
        line = self._line_height()
        for index in range(count):
            day = first + dt.timedelta(days=index)
            row, column = divmod(index, 7)
            left = column * width // 7
            top = header + row * height // rows
            rect = QRect(
                left,
                top,
                (column + 1) * width // 7 - left,
                header + (row + 1) * height // rows - top,
            )
            self._cells.append((rect, day))
            self._lay_out_chips(rect, day, line)

    def _lay_out_chips(self, rect: QRect, day: dt.date, line: int) -> None:
        occurrences = self._by_day.get(day, [])
        chip_height = line * (WEEK_LINES if self._mode == WEEK else 1) + 2
        top = rect.top() + line + 6
        bottom = rect.bottom() - 2
        fits = max(0, (bottom - top + 2) // (chip_height + 2))
        shown = occurrences if len(occurrences) <= fits else occurrences[: max(0, fits - 1)]
        for occurrence in shown:
            chip = QRect(rect.left() + 3, top, rect.width() - 6, chip_height)
            self._chips.append(_Chip(chip, occurrence, day))
            top += chip_height + 2
        if len(shown) < len(occurrences):
            self._more.append((QRect(rect.left() + 3, top, rect.width() - 6, line), day))

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2

    def resizeEvent(self, event) -> None:
        self._relayout()
        super().resizeEvent(event)

    def _day_at(self, point: QPoint) -> dt.date | None:
        self._ensure_layout()
        for rect, day in self._cells:
            if rect.contains(point):
                return day
        return None

    def _chip_at(self, point: QPoint) -> _Chip | None:
        self._ensure_layout()
        for chip in self._chips:
            if chip.rect.contains(point):
                return chip
        return None

    def _more_at(self, point: QPoint) -> dt.date | None:
        for rect, day in self._more:
            if rect.contains(point):
                return day
        return None

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        palette = self.palette()
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            self._paint_header(painter, palette)
            for rect, day in self._cells:
                self._paint_cell(painter, palette, rect, day)
            for chip in self._chips:
                self._paint_chip(painter, palette, chip)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            for rect, day in self._more:
                hidden = len(self._by_day.get(day, [])) - sum(
                    1 for c in self._chips if c.day == day
                )
                painter.drawText(
                    rect.adjusted(4, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("+%n more", "", hidden),
                )
        finally:
            painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        height = self._header_height()
        painter.fillRect(0, 0, self.width(), height, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        first, _ = self.visible_range()
        for column in range(7):
            day = first + dt.timedelta(days=column)
            left = column * self.width() // 7
            right = (column + 1) * self.width() // 7
            painter.drawText(
                QRect(left, 0, right - left, height),
                Qt.AlignmentFlag.AlignCenter,
                self.header_text(day),
            )

    def header_text(self, day: dt.date) -> str:
        """A column's heading: the weekday ("Mon"), with the date in a week ("Mon Jul 15")."""
        locale = self.locale()
        name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        if self._mode == WEEK:
            day_month = locale.toString(to_qdate(day), locale_formats.day_month_format(locale))
            name = f"{name} {day_month}"
        return name

    def _paint_cell(self, painter: QPainter, palette: QPalette, rect: QRect, day: dt.date) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        in_month = self._mode == WEEK or day.month == self._current.month
        if not in_month:
            painter.fillRect(rect, blend(palette.color(QPalette.ColorRole.Window), base, 0.6))
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if day == self._current:
            colour = palette.color(QPalette.ColorRole.Highlight)
            width = 3 if self.hasFocus() else 2
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        number = str(day.day)
        if self._mode == MONTH and day.day == 1:
            number = self.locale().toString(
                to_qdate(day), locale_formats.day_month_format(self.locale())
            )
        font = QFont(self.font())
        font.setBold(day == self._today)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = self._line_height()
        label = QRect(rect.left() + 4, rect.top() + 3, metrics.horizontalAdvance(number) + 10, line)
        if day == self._today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(label, line / 2, line / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            role = QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number)
        painter.setFont(self.font())

    def _paint_chip(self, painter: QPainter, palette: QPalette, chip: _Chip) -> None:
        occurrence = chip.occurrence
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        colour_name = self._colours.get(occurrence.campaign, "")
        colour = QColor(colour_name) if colour_name else palette.color(QPalette.ColorRole.Mid)
        cancelled = occurrence.status == "cancelled"
        rect = chip.rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(colour, base, 0.10 if cancelled else 0.22))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(blend(text, base, 0.55) if cancelled else text)
        metrics = QFontMetrics(font)
        inner = rect.adjusted(8, 1, -3, -1)
        when = time_text(occurrence, self.locale())
        title = occurrence.title
        if self._mode == WEEK:
            end = occurrence.end
            if when:
                end_text = self.locale().toString(
                    QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat
                )
                when = f"{when}–{end_text}"
            else:
                when = self.tr("All day")
            bold = QFont(font)
            bold.setBold(True)
            where = occurrence.place or occurrence.campaign
            lines = [(when, font), (title, bold), (where, font)]
            height = inner.height() // WEEK_LINES
            for number, (line_text, line_font) in enumerate(lines):
                box = QRect(inner.left(), inner.top() + number * height, inner.width(), height)
                painter.setFont(line_font)
                elided = QFontMetrics(line_font).elidedText(
                    line_text, Qt.TextElideMode.ElideRight, box.width()
                )
                painter.drawText(box, _LEFT, elided)
        else:
            label = f"{when} {title}" if when else title
            painter.drawText(
                inner, _LEFT, metrics.elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
            )
        painter.setFont(self.font())

    # --- input --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        more = self._more_at(point)
        if more is not None:
            self.set_current(more)
            self.moreRequested.emit(to_qdate(more))
            return
        day = self._day_at(point)
        if day is not None:
            self.set_current(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = event.position().toPoint()
        chip = self._chip_at(point)
        if chip is not None:
            self.occurrenceActivated.emit(chip.occurrence.event_id)
            return
        if self._more_at(point) is not None:
            return
        day = self._day_at(point)
        if day is not None:
            self.emptyDayActivated.emit(to_qdate(day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }.get(Qt.Key(key))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and step in (-1, 1):
            step = -step
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_current(self._current + dt.timedelta(days=step))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            forward = key == Qt.Key.Key_PageDown
            if self._mode == WEEK:
                self.set_current(self._current + dt.timedelta(days=7 if forward else -7))
            else:
                self.set_current(add_months(self._current, 1 if forward else -1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_T):
            self.set_current(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._by_day.get(self._current):
                self.dayActivated.emit(to_qdate(self._current))
            else:
                self.emptyDayActivated.emit(to_qdate(self._current))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            chip = self._chip_at(event.pos())
            if chip is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self._tip(chip.occurrence), self, chip.rect)
            return True
        return super().event(event)

    def _tip(self, occurrence: Occurrence) -> str:
        when = time_text(occurrence, self.locale()) or self.tr("All day")
        lines = [f"{when}  {occurrence.title}"]
        details = [occurrence.place, occurrence.campaign]
        if occurrence.status != "planned":
            details.insert(0, vocabulary.label(occurrence.status))
        lines.append(" · ".join(part for part in details if part))
        # Plain text: a title is whatever people typed, never markup for Qt to interpret.
        return "<p style='white-space:pre'>" + html.escape("\n".join(lines)) + "</p>"

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def _update_description(self) -> None:
        day = self._current
        count = len(self._by_day.get(day, []))
        text = self.locale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
        events = (
            self.tr("no events")
            if not count
            else (self.tr("1 event") if count == 1 else self.tr("%n events", "", count))
        )
        self.setAccessibleDescription(f"{text}, {events}")


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    return to_date(to_qdate(day).addMonths(months))
