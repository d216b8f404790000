"""Where printed lines and pages break: a time stays with its AM/PM, a zone stays whole, and a
short event sheet does not spill two lines onto a second page."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata

import pytest

from desktop import events
from desktop.printing.canvas import clean
from desktop.printing.pieces import prepare_flyer, prepare_program
from desktop.printing.sheet import INTERNAL_MARK
from tests.desktop.printing_helpers import make_event, page_sizes, run, text, write


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """See tests/desktop/test_printing.py: a QApplication first, for the whole run."""


def printed_lines(path) -> list[str]:
    """The lines as drawn (pdftotext -raw), no-break spaces read as spaces."""
    raw = run("pdftotext", "-raw", str(path), "-")
    return [" ".join(unicodedata.normalize("NFKC", line).split()) for line in raw.splitlines()]


def assert_no_broken_times_or_zones(path) -> None:
    lines = [line for line in printed_lines(path) if line]
    for before, line in itertools.pairwise(lines):
        assert not re.match(r"(AM|PM)\b", line), (before, line)
        assert not before.endswith("/"), (before, line)


def flyer(database, tmp_path, reference, template, page="letter"):
    with database.sessions.begin() as session:
        piece = prepare_flyer(events.find(session, reference), template)
    return write(tmp_path, piece.pdf(page), f"{reference}-{template}-{page}.pdf")


def test_no_break_spaces_survive_the_cleaning_of_text():
    assert (
        clean("1:00\u202fPM  –\t3:00\u00a0PM\n\n\nnext")
        == "1:00\u202fPM – 3:00\u00a0PM\u2028\u2028next"
    )


@pytest.mark.parametrize("page", ["letter", "a4"])
@pytest.mark.parametrize("template", ["poster", "handbill", "sheet"])
def test_a_time_keeps_its_am_pm_on_the_demo_pieces(demo_database, tmp_path, template, page):
    # 6: "Wednesday, June 26, 2019 · 1:00 PM – 3:00 PM", which broke before "PM" on the
    # poster; 3 and 4: New York events whose sheets name "(EDT, America/New_York)".
    for reference in (3, 4, 6):
        path = flyer(demo_database, tmp_path, reference, template, page)
        assert_no_broken_times_or_zones(path)
        if template == "sheet":
            assert any("(EDT, America/New_York)" in line for line in printed_lines(path))


@pytest.mark.parametrize("hour", [0, 9, 11, 12, 21])
def test_long_date_lines_break_between_times_not_inside_them(database, tmp_path, hour):
    # September and Wednesday: the longest English date line, at times of every width.
    with database.sessions.begin() as session:
        event = make_event(
            session,
            title="Vigil",
            start=dt.datetime(2030, 9, 25, hour, 45),
            end=dt.datetime(2030, 9, 25, hour, 45) + dt.timedelta(hours=2, minutes=15),
            timezone="America/Argentina/Buenos_Aires",
        )
    for template in ("poster", "handbill", "sheet"):
        assert_no_broken_times_or_zones(flyer(database, tmp_path, event.id, template))


def test_the_program_time_column_keeps_am_pm_with_the_time(demo_database, tmp_path):
    with demo_database.sessions.begin() as session:
        piece = prepare_program(session, dt.date(2019, 5, 1), dt.date(2019, 8, 31), public=False)
    path = write(tmp_path, piece.pdf("letter"), "program.pdf")
    assert_no_broken_times_or_zones(path)
    assert "9:00 AM – 12:00 PM EDT" in text(path, raw=True)


@pytest.mark.parametrize("page", ["letter", "a4"])
def test_the_demo_event_sheets_with_a_short_task_list_fit_on_one_page(
    demo_database, tmp_path, page
):
    # 3: the cloud conference (four roles, two tasks); 1: the letter (three roles, two
    # tasks). Both used to print a second page holding only their last task rows.
    for reference in (1, 3):
        path = flyer(demo_database, tmp_path, reference, "sheet", page)
        assert len(page_sizes(path)) == 1, reference
        printed = text(path)
        assert INTERNAL_MARK in printed and "Tasks" in printed
        assert "Page 1 of 1" in printed


def test_a_long_sheet_still_flows_and_no_page_holds_only_its_header_and_footer(database, tmp_path):
    with database.sessions.begin() as session:
        event = make_event(session, visibility="internal")
        event.notes = "\n".join(f"Note line {n}: bring water and chairs." for n in range(90))
    path = flyer(database, tmp_path, event.id, "sheet")
    pages = len(page_sizes(path))
    assert pages >= 2
    chrome = {"Internal — do not post · Event sheet", "Internal — do not post"}
    for page in range(1, pages + 1):
        body = [
            line
            for line in run("pdftotext", "-raw", "-f", str(page), "-l", str(page), str(path), "-")
            .replace("\f", "")
            .splitlines()
            if line.strip() and line.strip() not in chrome and not line.startswith("Page ")
        ]
        assert body, f"page {page} has only the header and footer"
    printed = text(path)
    assert "Note line 0:" in printed and "Note line 89:" in printed


def test_the_refusal_of_a_poster_for_an_internal_event_names_no_command_line_option(
    demo_database,
):
    from desktop.errors import KnownError

    with demo_database.sessions.begin() as session, pytest.raises(KnownError) as raised:
        prepare_flyer(events.find(session, 7), "poster")
    sentence = str(raised.value)
    assert "internal event" in sentence and "event sheet" in sentence
    assert "--" not in sentence
