"""Pieces that flow across pages: text and table rows placed top to bottom, page after page.

Everything is measured first and drawn second, so each page can say "page 2 of 3" and repeat
its header (the program's column titles, the sheet's warning) before its rows.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.printing.canvas import Canvas, Paragraph

Draw = Callable[[float], None]  # draws at a y position (points)


class Flow:
    """Stacks blocks of known height between ``top`` and ``bottom``, opening pages as needed.

    ``page_start(flow)`` runs on every new page (column headers repeated on each page).
    """

    def __init__(
        self,
        canvas: Canvas,
        top: float,
        bottom: float,
        page_start: Callable[[Flow], None] | None = None,
    ) -> None:
        self.canvas = canvas
        self.top, self.bottom = top, bottom
        self.pages: list[list[tuple[float, Draw]]] = []
        self.page_start = page_start
        self._open_page()

    def _open_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        self.body_top = self.bottom  # no page breaks while the page's header is placed
        if self.page_start is not None:
            self.page_start(self)
        self.body_top = self.y

    def break_page(self) -> None:
        self._open_page()

    def room(self) -> float:
        return self.bottom - self.y

    def place(self, height: float, draw: Draw, *, keep_with: float = 0.0) -> None:
        """Put a block of ``height`` here, or at the top of a new page when it does not fit
        (with ``keep_with`` points of what follows, so a heading never ends a page)."""
        if self.y + height + keep_with > self.bottom and self.y > self.body_top:
            self._open_page()
        self.pages[-1].append((self.y, draw))
        self.y += height

    def last_page_filled(self) -> float:
        """How much of the last page's body is used, from 0 (nothing) to 1 (full)."""
        body = self.bottom - self.body_top
        return (self.y - self.body_top) / body if body > 0 else 1.0

    def space(self, height: float) -> None:
        if self.y > self.body_top:
            self.y = min(self.y + height, self.bottom)

    def paragraph(self, paragraph: Paragraph, x: float, *, keep_with: float = 0.0) -> None:
        """Place a paragraph line by line, so a long one continues on the next page."""
        count = len(paragraph.lines)
        for index, line in enumerate(paragraph.lines):
            follow = keep_with if index == count - 1 else 0.0
            self.place(
                line.height,
                lambda y, i=index: paragraph.draw(x, y, i, i + 1),
                keep_with=follow,
            )

    def render(self, decorate: Callable[[int, int], None] | None = None) -> None:
        """Draw every page; ``decorate(page_number, page_count)`` adds headers and footers."""
        for number, page in enumerate(self.pages, start=1):
            if number > 1 and not self.canvas.new_page():
                return  # a single-page device (an image) shows the first page only
            for y, draw in page:
                draw(y)
            if decorate is not None:
                decorate(number, len(self.pages))
