"""VTIMEZONE components written as RRULE-style observances, valid for any later year.

icalendar's ``add_missing_timezones()`` lists each transition of a window as a comma-separated
RDATE; ical.js (Thunderbird) reads only the first value of such a list and puts summer events an
hour off. Google, Apple and Outlook write one STANDARD and one DAYLIGHT observance with a yearly
RRULE instead, and so do we.

How: the transitions of a zone are found by probing ``zoneinfo`` (no private API, any tzdata).
The zone's current yearly rule is inferred from the transitions of 2040-2047 (which zoneinfo
computes from the zone's rule string, so they are the rule itself), then checked year by year
backwards to find when the rule began. Transitions before that year (but after the first year
the feed needs) are written as single-onset observances: one DTSTART each, never an RDATE list.
A zone whose future follows no yearly pattern (Morocco's Ramadan changes) gets single-onset
observances up to ``EXPLICIT_UNTIL``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from zoneinfo import ZoneInfo

UTC = dt.UTC
RULE_PROBE_YEARS = range(2040, 2048)
EXPLICIT_UNTIL = 2060
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    """A change of UTC offset: the instant, the offsets either side and the new abbreviation."""

    at: dt.datetime  # aware UTC
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool

    @property
    def local(self) -> dt.datetime:
        """The wall-clock time of the change as read before it (what DTSTART holds)."""
        return (self.at + self.offset_from).replace(tzinfo=None)


def _offset(tz: ZoneInfo, instant: dt.datetime) -> dt.timedelta:
    return instant.astimezone(tz).utcoffset() or dt.timedelta()


def transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every offset change from 1 January ``first_year`` to the end of ``last_year`` (UTC)."""
    start = dt.datetime(first_year, 1, 1, tzinfo=UTC)
    end = dt.datetime(last_year + 1, 1, 1, tzinfo=UTC)
    step = dt.timedelta(hours=12)  # no zone changes its offset twice within 12 hours
    found: list[Transition] = []
    here, before = start, _offset(tz, start)
    while here < end:
        nxt = here + step
        after = _offset(tz, nxt)
        if after != before:
            low, high = here, nxt  # the change happens in (low, high]
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    break
                if _offset(tz, middle) == before:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(tz)
            found.append(
                Transition(
                    at=high,
                    offset_from=before,
                    offset_to=after,
                    name=local.tzname() or "",
                    daylight=(local.dst() or dt.timedelta()) > dt.timedelta(),
                )
            )
        here, before = nxt, after
    return found


def _is_summer(local: dt.datetime) -> bool:
    return (local.dst() or dt.timedelta()) > dt.timedelta()


@dataclass(frozen=True)
class YearlyRule:
    """One observance of the zone's current rule: when in the year, and what it changes to."""

    month: int
    byday: str  # "2SU", "-1SU", or "SU" together with bymonthday
    bymonthday: tuple[int, ...]
    wall: dt.time
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool

    def rrule(self) -> str:
        text = f"FREQ=YEARLY;BYMONTH={self.month}"
        if self.bymonthday:
            text += ";BYMONTHDAY=" + ",".join(str(d) for d in self.bymonthday)
        if self.byday:
            text += f";BYDAY={self.byday}"
        return text

    def matches(self, when: Transition) -> bool:
        local = when.local
        return (
            when.offset_from == self.offset_from
            and when.offset_to == self.offset_to
            and local.time() == self.wall
            and local.month == self.month
            and local.date() == self.date_in(local.year)
        )

    def date_in(self, year: int) -> dt.date | None:
        days = calendar.monthrange(year, self.month)[1]
        candidates = [dt.date(year, self.month, d) for d in range(1, days + 1)]
        if self.bymonthday:
            candidates = [c for c in candidates if c.day in self.bymonthday]
        if not self.byday:
            return candidates[0] if len(candidates) == 1 else None
        weekday = _WEEKDAYS.index(self.byday[-2:])
        same = [c for c in candidates if c.weekday() == weekday]
        prefix = self.byday[:-2]
        if not prefix:
            return same[0] if len(same) == 1 else None
        index = int(prefix)
        position = index - 1 if index > 0 else index
        try:
            return same[position]
        except IndexError:
            return None


def _infer_rule(group: list[Transition]) -> YearlyRule | None:
    """The yearly rule that produced ``group`` (one transition per probe year), if any."""
    locals_ = [t.local for t in group]
    first = group[0]
    if len({(x.month, x.time()) for x in locals_}) != 1:
        return None
    month, wall = locals_[0].month, locals_[0].time()
    base = dict(
        month=month,
        wall=wall,
        offset_from=first.offset_from,
        offset_to=first.offset_to,
        name=first.name,
        daylight=first.daylight,
    )
    tries: list[YearlyRule] = []
    if len({x.weekday() for x in locals_}) == 1:
        code = _WEEKDAYS[locals_[0].weekday()]
        nth = {(x.day - 1) // 7 + 1 for x in locals_}
        if len(nth) == 1 and nth.pop() <= 4:
            tries.append(YearlyRule(byday=f"{(locals_[0].day - 1) // 7 + 1}{code}",
                                    bymonthday=(), **base))  # fmt: skip
        tries.append(YearlyRule(byday=f"-1{code}", bymonthday=(), **base))
        low = min(x.day for x in locals_)
        shortest = calendar.monthrange(2001, month)[1]  # February of a common year
        if max(x.day for x in locals_) - low < 7 and low + 6 <= shortest:
            tries.append(YearlyRule(byday=code, bymonthday=tuple(range(low, low + 7)), **base))
    if len({x.day for x in locals_}) == 1:
        tries.append(YearlyRule(byday="", bymonthday=(locals_[0].day,), **base))
    for rule in tries:
        if all(rule.matches(t) for t in group):
            return rule
    return None


@dataclass(frozen=True)
class ZonePlan:
    """What a VTIMEZONE holds: single onsets, then yearly rules (or a fixed offset)."""

    onsets: tuple[Transition, ...]
    rules: tuple[tuple[YearlyRule, dt.datetime], ...]  # rule and its first local onset
    initial_offset: dt.timedelta
    initial_name: str
    initial_daylight: bool


@lru_cache(maxsize=256)
def plan(zone_name: str, first_year: int) -> ZonePlan:
    """The observances that describe ``zone_name`` correctly from ``first_year`` onwards."""
    tz = ZoneInfo(zone_name)
    future = transitions(tz, RULE_PROBE_YEARS.start, RULE_PROBE_YEARS.stop - 1)
    start_instant = dt.datetime(first_year, 1, 1, tzinfo=UTC)
    initial = start_instant.astimezone(tz)
    initial_offset = initial.utcoffset() or dt.timedelta()
    rules: list[YearlyRule] = []
    if future:
        groups: dict[tuple, list[Transition]] = {}
        for item in future:
            groups.setdefault((item.offset_from, item.offset_to), []).append(item)
        for group in groups.values():
            rule = _infer_rule(group) if len(group) == len(RULE_PROBE_YEARS) else None
            if rule is None:
                rules = []
                break
            rules.append(rule)
    if future and not rules:
        # No yearly pattern: list every change up to EXPLICIT_UNTIL.
        onsets = tuple(transitions(tz, first_year, max(EXPLICIT_UNTIL, first_year)))
        return ZonePlan(onsets, (), initial_offset, initial.tzname() or "", _is_summer(initial))
    history = transitions(tz, first_year, RULE_PROBE_YEARS.start - 1)
    if not rules:
        onsets = tuple(history)
        return ZonePlan(onsets, (), initial_offset, initial.tzname() or "", _is_summer(initial))
    # Walk back year by year while the rules explain exactly the changes of that year (a
    # change of name without a change of offset is invisible here, and harmless).
    by_year: dict[int, list[Transition]] = {}
    for item in history:
        by_year.setdefault(item.local.year, []).append(item)
    first_ruled_year = RULE_PROBE_YEARS.start
    for year in range(RULE_PROBE_YEARS.start - 1, first_year - 1, -1):
        actual = by_year.get(year, [])
        expected = sorted(
            dt.datetime.combine(day, r.wall) for r in rules if (day := r.date_in(year))
        )
        if len(actual) != len(expected) or not all(any(r.matches(t) for r in rules)
                                                   for t in actual):  # fmt: skip
            break
        if sorted(t.local for t in actual) != expected:
            break
        first_ruled_year = year
    onsets = tuple(t for t in history if t.local.year < first_ruled_year)
    # Summer is the larger offset, whatever the zone calls it (Dublin's "negative DST").
    summer = max(r.offset_to for r in rules)
    rules = [replace(r, daylight=len(rules) > 1 and r.offset_to == summer) for r in rules]
    starts = []
    for rule in sorted(rules, key=lambda r: (r.month, r.offset_to)):
        year = first_ruled_year
        while year < 2100:
            day = rule.date_in(year)
            onset = dt.datetime.combine(day, rule.wall) if day else None
            if onset is not None and (not onsets or onset > onsets[-1].local):
                break
            year += 1
        starts.append((rule, onset))
    return ZonePlan(onsets, tuple(starts), initial_offset, initial.tzname() or "",
                    _is_summer(initial))  # fmt: skip


def _offset_text(offset: dt.timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _stamp(local: dt.datetime) -> str:
    return local.strftime("%Y%m%dT%H%M%S")


def vtimezone_lines(zone_name: str, first_year: int) -> list[str]:
    """The content lines (unfolded) of a VTIMEZONE for ``zone_name`` from ``first_year`` on."""
    zone_plan = plan(zone_name, first_year)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone_name}"]

    def observance(
        daylight: bool, offset_from, offset_to, name: str, start: dt.datetime, rule: str = ""
    ) -> None:
        kind = "DAYLIGHT" if daylight else "STANDARD"
        lines.append(f"BEGIN:{kind}")
        lines.append(f"TZOFFSETFROM:{_offset_text(offset_from)}")
        lines.append(f"TZOFFSETTO:{_offset_text(offset_to)}")
        if name:
            lines.append(f"TZNAME:{name}")
        lines.append(f"DTSTART:{_stamp(start)}")
        if rule:
            lines.append(f"RRULE:{rule}")
        lines.append(f"END:{kind}")

    # The offset in force at the start of the first year, so every needed instant is covered.
    observance(
        zone_plan.initial_daylight,
        zone_plan.initial_offset,
        zone_plan.initial_offset,
        zone_plan.initial_name,
        dt.datetime(first_year, 1, 1),
    )
    for onset in zone_plan.onsets:
        observance(onset.daylight, onset.offset_from, onset.offset_to, onset.name, onset.local)
    for rule, start in zone_plan.rules:
        observance(rule.daylight, rule.offset_from, rule.offset_to, rule.name, start, rule.rrule())
    lines.append("END:VTIMEZONE")
    return lines
