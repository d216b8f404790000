"""Simple text properties read without icalendar's line parser read exactly as icalendar reads
them (desktop.ical.importer._take_simple): every file of the shared corpus and generated
values give the same events, instances and skipped components both ways."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import KnownError
from desktop.ical import importer
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "ical"


def _all_to_icalendar(block) -> None:
    block.simple = {}
    block.parsed_lines = list(block.lines)


def _both_ways(data: bytes, monkeypatch) -> tuple:
    def read():
        try:
            return importer.read_bytes(data, "test.ics")
        except KnownError as error:
            return str(error)

    fast = read()
    with monkeypatch.context() as patch:
        patch.setattr(importer, "_take_simple", _all_to_icalendar)
        slow = read()
    return fast, slow


def _same(fast, slow) -> None:
    if isinstance(fast, str) or isinstance(slow, str):
        assert fast == slow
        return
    assert fast.events == slow.events
    assert fast.instances == slow.instances
    assert fast.skipped == slow.skipped


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
def test_the_corpus_reads_the_same_with_and_without_icalendar_for_text(monkeypatch):
    files = sorted(CORPUS.rglob("*.ics"))
    assert files
    for path in files:
        fast, slow = _both_ways(path.read_bytes(), monkeypatch)
        _same(fast, slow)


def _calendar(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Turnout//Turnout 1.0//EN", *lines,
            "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(body) + "\r\n").encode()


def test_tricky_text_lines_read_as_icalendar_reads_them(monkeypatch):
    data = _calendar(
        "BEGIN:VEVENT",
        "uid:lower-case-name",
        "DTSTART:20300601T120000Z",
        r"summary:A\, B\; C\: D\\E\nF\NG \x",
        "DESCRIPTION;LANGUAGE=de:Mit Parameter",
        "LOCATION:First",
        "LOCATION:Second",
        r"X-TURNOUT-KIND:meeting",
        r"X-TURNOUT-NOTES:raw\, escaped\nnotes",
        "X-TURNOUT-VISIBILITY:internal",
        'X-TURNOUT-DEMANDS;X-A="a:b":quoted colon',
        "STATUS:  CANCELLED  ",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART:20300602T120000Z",
        "SUM MARY;LANGUAGE=en:Spaced name",
        "SUMMARY:No UID",
        "SUMMARY:Twice",
        "LOCATION:Hall",
        "END:VEVENT",
    )
    fast, slow = _both_ways(data, monkeypatch)
    _same(fast, slow)
    first = fast.events[0]
    assert first.draft.title == "A, B; C: D\\E\nF\nG \\x"
    assert first.location == "First"
    assert first.draft.status == "cancelled"
    assert first.turnout_fields["NOTES"] == "raw, escaped\nnotes"
    assert first.turnout_fields["DEMANDS"] == "quoted colon"
    assert fast.events[1].generated_uid


_TEXT = st.text(alphabet=st.sampled_from(list('ab ,;:\\"nN\tä€🙂')), max_size=30)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(summary=_TEXT, location=_TEXT, notes=_TEXT, description=_TEXT)
def test_generated_text_reads_the_same_both_ways(
    monkeypatch, summary, location, notes, description
):
    data = _calendar(
        "BEGIN:VEVENT",
        "UID:generated",
        "DTSTART:20300601T120000Z",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"DESCRIPTION:{description}",
        f"X-TURNOUT-NOTES:{notes}",
        "X-TURNOUT-VISIBILITY:internal",
        "END:VEVENT",
    )
    fast, slow = _both_ways(data, monkeypatch)
    _same(fast, slow)
