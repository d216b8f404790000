"""The demo campaign on the team server publishes the same calendar as on a laptop."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import recurring_ical_events

pytestmark = pytest.mark.postgres_only


def _occurrences(path) -> list[tuple]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found = recurring_ical_events.of(calendar).between(dt.date(2018, 1, 1), dt.date(2031, 1, 1))
    return sorted(
        (
            str(e["UID"]),
            str(e["SUMMARY"]),
            str(e.get("STATUS", "")),
            e["DTSTART"].dt.isoformat(),
            e["DTEND"].dt.isoformat(),
        )
        for e in found
    )


@pytest.mark.parametrize("public", [False, True], ids=["team feed", "public feed"])
def test_postgresql_and_sqlite_export_the_same_occurrences(run_cli, tmp_path, public):
    laptop = tmp_path / "laptop.sqlite3"
    flags = ["--public"] if public else []
    for target, name in ((None, "server.ics"), (laptop, "laptop.ics")):
        assert run_cli("demo", db=target)[0] == 0
        code, _, err = run_cli("export", "ics", *flags, "-o", str(tmp_path / name), db=target)
        assert code == 0, err
    server = _occurrences(tmp_path / "server.ics")
    assert server == _occurrences(tmp_path / "laptop.ics")
    assert len({uid for uid, *_ in server}) == (5 if public else 8)
    assert any(start.endswith("-04:00") for *_, start, _ in server)  # times keep their zone
