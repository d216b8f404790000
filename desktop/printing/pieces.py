"""Choosing and preparing a piece: what the command line and the window both call.

``prepare_flyer`` and ``prepare_program`` read the database and check the request inside the
caller's session (an internal event has no poster; a language must have text), and return a
``Piece`` that draws later on any device — the preview may repaint long after the session
closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPaintDevice
from sqlalchemy.orm import Session

from db.models import Event
from desktop.errors import KnownError
from desktop.printing import TEMPLATES, pdf_bytes
from desktop.public import public_view


@dataclass(frozen=True)
class Piece:
    """Something ready to print: a render function and a name for its file and window."""

    title: str
    render: Callable[[QPaintDevice], None]

    def pdf(self, page: str) -> bytes:
        return pdf_bytes(self.render, page, title=self.title)


def prepare_flyer(event: Event, template: str = "poster", *, lang: str | None = None) -> Piece:
    """The poster, handbill or event sheet of ``event`` (loaded in an open session)."""
    if template not in TEMPLATES:
        raise KnownError(f"“{template}” is not a template; use one of: {', '.join(TEMPLATES)}.")
    if template == "sheet":
        from desktop.printing.sheet import render_sheet

        _load_everything(event)
        return Piece(f"{event.title} — event sheet", lambda device: render_sheet(device, event))
    from desktop.printing.flyer import render_handbill, render_poster, second_language

    shown = public_view(event)
    if shown is None:
        raise KnownError(
            # Shown by the window too: plain words, no command-line options.
            f"“{event.title}” is an internal event, so it has no {template}; make it public "
            "or print its event sheet instead."
        )
    second = second_language(shown, lang)
    draw = render_poster if template == "poster" else render_handbill
    return Piece(shown.title, lambda device: draw(device, shown, second=second))


def prepare_program(session: Session, first: dt.date, last: dt.date, *, public: bool) -> Piece:
    """The program of every occurrence from ``first`` to ``last`` (inclusive)."""
    from desktop.printing.program import program_rows, render_program

    if last < first:
        raise KnownError("The --to date is before the --from date.")
    if (last - first).days > 366 * 2:
        raise KnownError("A program covers at most two years; choose a shorter range.")
    rows = program_rows(session, first, last, public=public)
    return Piece(
        "Program",
        lambda device: render_program(device, rows, first=first, last=last, public=public),
    )


def _load_everything(event: Event) -> None:
    """Touch what the sheet reads, so it still draws after the session has closed."""
    _ = event.place
    for role in event.roles:
        _ = role.contact
    for task in event.tasks:
        _ = task.assignee
