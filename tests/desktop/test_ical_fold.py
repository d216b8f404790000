"""Feeds fold their lines with desktop.ical.feed._fold, which must fold exactly as icalendar's
Contentline.to_ical does: same bytes for any line (multi-byte characters, backslash and caret
at a fold, lines of every length around 75 octets)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar.parser import Contentline

from desktop.ical.feed import _fold, to_ical

_CHARS = st.sampled_from(list('a\\^;:, "é€😀ñ\u0627\u03b1'))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=400))
def test_fold_is_icalendars_fold(text):
    line = "DESCRIPTION:" + text
    assert _fold(line) == Contentline(line).to_ical()


def test_fold_at_every_length_around_the_limit():
    for filler in ("a", "é", "€", "😀", "\\", "^"):
        for length in range(60, 170):
            for tail in ("", "\\", "^", "\\n", "é\\"):
                line = ("X" + filler * length)[:length] + tail
                assert _fold(line) == Contentline(line).to_ical(), (filler, length, tail)


def test_to_ical_is_the_calendars_own():
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART:20300101T100000Z\r\nSUMMARY:" + "Gewerkschaft ενοίκιο مسيرة \\, " * 9 + "\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = Calendar.from_ical(data)
    assert to_ical(calendar) == calendar.to_ical()
