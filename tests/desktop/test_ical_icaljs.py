"""The feed as Thunderbird reads it: occurrences expanded by ical.js (Mozilla's parser).

ical.js is the parser that misreads RDATE-list VTIMEZONEs, so it is the one that matters most.
It is a JavaScript package, not a dependency of Turnout: this test runs when ``node`` can load
it (``npm install ical.js`` in a folder named by NODE_PATH) and is skipped otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest

from desktop import events
from desktop.events import EventDraft
from desktop.ical.feed import FeedOptions, export_feed

UTC = dt.UTC
EXPAND = """
const ICAL = require('ical.js');
const text = require('fs').readFileSync(0, 'utf8');
const comp = new ICAL.Component(ICAL.parse(text));
for (const vtz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
const all = comp.getAllSubcomponents('vevent');
const out = [];
for (const ve of all.filter(v => !v.hasProperty('recurrence-id'))) {
  const uid = ve.getFirstPropertyValue('uid');
  const ev = new ICAL.Event(ve, {exceptions: all.filter(
    v => v !== ve && v.getFirstPropertyValue('uid') === uid)});
  const it = ev.iterator();
  for (let next = it.next(), n = 0; next && n < 500; next = it.next(), n++) {
    const d = ev.getOccurrenceDetails(next);
    if (d.startDate.year > 2040) break;
    out.push([uid, d.startDate.toUnixTime(), d.endDate.toUnixTime(), d.startDate.isDate]);
  }
}
console.log(JSON.stringify(out));
"""


def _icaljs_available() -> bool:
    if shutil.which("node") is None:
        return False
    probe = subprocess.run(["node", "-e", "require('ical.js')"], capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _icaljs_available(), reason="node cannot load ical.js")


def test_icaljs_expands_the_feed_to_the_apps_occurrences(database):
    with database.sessions.begin() as session:
        for title, zone, start, rule in [
            ("Chicago", "America/Chicago", dt.datetime(2030, 2, 5, 18), "FREQ=WEEKLY;COUNT=45"),
            ("Sydney", "Australia/Sydney", dt.datetime(2030, 1, 7, 9),
             "FREQ=WEEKLY;INTERVAL=2;COUNT=30"),
            ("Jerusalem", "Asia/Jerusalem", dt.datetime(2029, 1, 15, 19), "FREQ=MONTHLY;COUNT=40"),
            ("Lord Howe", "Australia/Lord_Howe", dt.datetime(2030, 3, 1, 12),
             "FREQ=WEEKLY;COUNT=40"),
            ("Santiago", "America/Santiago", dt.datetime(2035, 7, 1, 12), None),
        ]:  # fmt: skip
            events.create(session, EventDraft(title=title, start=start, timezone=zone, rrule=rule))
        events.create(session, EventDraft(title="Strike day", start=dt.datetime(2030, 3, 10),
                                           end=dt.datetime(2030, 3, 11), all_day=True,
                                           timezone="America/Chicago",
                                           rrule="FREQ=YEARLY;COUNT=3"))  # fmt: skip
    with database.sessions() as session:
        data = export_feed(session, FeedOptions())
        app = events.occurrences_between(
            session, dt.datetime(2020, 1, 1, tzinfo=UTC), dt.datetime(2041, 1, 1, tzinfo=UTC)
        )
    result = subprocess.run(["node", "-e", EXPAND], input=data, capture_output=True, check=True)
    found = json.loads(result.stdout)
    timed = sorted((uid, start, end) for uid, start, end, is_date in found if not is_date)
    assert timed == sorted(
        (o.uid, int(o.start.timestamp()), int(o.end.timestamp())) for o in app if not o.all_day
    )
    days = sorted((uid, dt.datetime.fromtimestamp(s, UTC).date()) for uid, s, _, d in found if d)
    assert days == sorted((o.uid, o.start.date()) for o in app if o.all_day)
    assert len(timed) == 45 + 30 + 40 + 40 + 1
