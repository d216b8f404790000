"""Recurring events: RRULE validation and bounded expansion in the event's own zone.

Rules are expanded with python-dateutil from a start that carries the event's zone, so a weekly
18:00 picket in America/Chicago stays at 18:00 local on both sides of a DST change. Every
expansion is bounded twice: by the window asked for and by a hard cap on iterations, so a
hostile ``COUNT=1000000000`` or a rule with no end cannot hang anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from desktop.errors import KnownError
from desktop.timeutil import UTC, localize, zone

# Organizers repeat actions daily at most; finer rules are refused rather than expanded.
ALLOWED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# The most rule steps any one expansion walks: 550 years of a daily rule.
MAX_STEPS = 200_000
# The most occurrences of one series returned for one window.
MAX_PER_WINDOW = 5_000

_UNTIL = re.compile(r"UNTIL=([0-9]{8})(T[0-9]{6})?(Z?)", re.IGNORECASE)
_FREQ = re.compile(r"FREQ=([A-Z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Series:
    """What expansion needs of an event: its first start, length, zone, rule and exclusions."""

    start: dt.datetime  # naive wall-clock time of the first occurrence
    duration: dt.timedelta
    timezone: str
    rule: str
    exdates: tuple[str, ...] = ()
    all_day: bool = False


@lru_cache(maxsize=4096)
def clean_rule(text: str) -> str:
    """The rule without an ``RRULE:`` prefix, blanks or trailing semicolons, in upper case."""
    cleaned = "".join(text.split())
    if cleaned.upper().startswith("RRULE:"):
        cleaned = cleaned[6:]
    return cleaned.strip(";").upper()


def normalised_rule(series: Series) -> str:
    """The rule as stored and exported: cleaned, UNTIL in UTC (timed) or as a date (all-day).

    RFC 5545 wants UNTIL in UTC when DTSTART has a zone; people type a local date.
    """
    build_rule(series)  # refuses unusable rules first
    return _UNTIL.sub(lambda m: _normalise_until(m, series), clean_rule(series.rule))


def build_rule(series: Series) -> rrule:
    """A dateutil rule for ``series``; KnownError with one sentence when the rule is unusable."""
    text = clean_rule(series.rule)
    match = _FREQ.search(text)
    if not match:
        raise KnownError(f"The recurrence rule “{series.rule}” has no FREQ (e.g. FREQ=WEEKLY).")
    if match.group(1) not in ALLOWED_FREQUENCIES:
        raise KnownError(
            f"The recurrence rule “{series.rule}” repeats {match.group(1).lower()}; "
            "Turnout repeats events daily, weekly, monthly or yearly."
        )
    if "COUNT=" in text and "UNTIL=" in text:
        raise KnownError(
            f"The recurrence rule “{series.rule}” is not valid: it has both COUNT and UNTIL."
        )
    text = _UNTIL.sub(lambda m: _normalise_until(m, series), text)
    start = _rule_start(series)
    try:
        rule = _parsed(text, series.all_day)
        if isinstance(rule, rrule):
            # The same rule for this start: what rrulestr(text, dtstart=start) builds,
            # without reading the text again (BYDAY and the like follow the new start).
            rule = rule.replace(dtstart=start)
    except (ValueError, TypeError, OverflowError) as error:
        raise KnownError(f"The recurrence rule “{series.rule}” is not valid: {error}.") from error
    if not isinstance(rule, rrule):
        raise KnownError(f"The recurrence rule “{series.rule}” is not a single RRULE.")
    return rule


@lru_cache(maxsize=4096)
def _parsed(text: str, all_day: bool):
    """The rule text read once (a calendar month expands hundreds of series each time)."""
    anchor = dt.datetime(2000, 1, 1) if all_day else dt.datetime(2000, 1, 1, tzinfo=UTC)
    return rrulestr(text, dtstart=anchor)


def _rule_start(series: Series) -> dt.datetime:
    if series.all_day:
        return series.start
    # The wall-clock time as typed, even inside a DST gap: each occurrence keeps 02:30, and
    # only one that falls in a gap is read as the instant after it (RFC 5545, 3.3.5).
    return series.start.replace(tzinfo=zone(series.timezone))


def _normalise_until(match: re.Match[str], series: Series) -> str:
    """UNTIL as dateutil accepts it for this start: UTC when timed, local when all-day."""
    day, time_part, utc_mark = match.group(1), match.group(2) or "", match.group(3)
    try:
        return _until_text(day, time_part, bool(utc_mark), series.all_day, series.timezone)
    except ValueError as error:
        raise KnownError(f"The recurrence rule “{series.rule}” has an impossible UNTIL.") from error


@lru_cache(maxsize=4096)
def _until_text(day: str, time_part: str, utc: bool, all_day: bool, timezone: str) -> str:
    """The UNTIL part for these digits (ValueError for an impossible date or time)."""
    numbers = [int(day[:4]), int(day[4:6]), int(day[6:8])]
    if time_part:
        numbers += [int(time_part[1:3]), int(time_part[3:5]), int(time_part[5:7])]
    else:
        numbers += [23, 59, 59]
    until = dt.datetime(*numbers)
    if all_day:
        if utc:
            until = until.replace(tzinfo=UTC).astimezone(zone(timezone)).replace(tzinfo=None)
        return "UNTIL=" + until.strftime("%Y%m%d")
    if utc:
        return "UNTIL=" + until.strftime("%Y%m%dT%H%M%SZ")
    local_until = localize(until, timezone).astimezone(UTC)
    return "UNTIL=" + local_until.strftime("%Y%m%dT%H%M%SZ")


def exdate_key(start: dt.datetime, all_day: bool) -> str:
    """How an occurrence is named in ``exdates``: its local start, ISO, a date when all-day."""
    if all_day:
        return start.date().isoformat()
    return start.replace(tzinfo=None).isoformat(timespec="minutes")


def normalise_exdate(text: str, all_day: bool) -> str:
    """An excluded date as stored, from what a person or file wrote; KnownError when unusable."""
    value = text.strip()
    try:
        if all_day:
            return dt.date.fromisoformat(value[:10]).isoformat()
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise KnownError(f"The excluded date “{text}” is not a date.") from error
    return parsed.replace(tzinfo=None).isoformat(timespec="minutes")


def _steps(rule: rrule) -> Iterator[dt.datetime]:
    for step, start in enumerate(rule):
        if step >= MAX_STEPS:
            return
        yield start


def occurrence_starts(
    series: Series, window_start: dt.datetime, window_end: dt.datetime
) -> list[dt.datetime]:
    """Starts (aware, in the event's zone; naive for all-day) of occurrences overlapping a window.

    ``window_start``/``window_end`` are aware instants; an occurrence overlaps when it ends
    after the window starts and starts before the window ends.
    """
    walk = _simple_walk(series, window_start)
    if walk is None:
        walk = _steps(build_rule(_fast_forward(series, window_start)))
    excluded = set(series.exdates)
    found: list[dt.datetime] = []
    for start in walk:
        begins = _instant(start, series)
        if begins >= window_end:
            break
        if begins + series.duration <= window_start and series.duration:
            continue
        if not series.duration and begins < window_start:
            continue
        if excluded and exdate_key(start, series.all_day) in excluded:
            continue
        found.append(start)
        if len(found) >= MAX_PER_WINDOW:
            break
    return found


_PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7}
_SIMPLE_PARTS = frozenset(("FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY"))
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UNTIL_VALUE = re.compile(r"UNTIL=([0-9]{8})(?:T([0-9]{6})Z)?")


@lru_cache(maxsize=4096)
def _rule_parts(rule: str) -> dict[str, str]:
    """NAME: value of each part of a rule (read-only: shared between calls)."""
    return dict(part.partition("=")[::2] for part in clean_rule(rule).split(";"))


def _simple_walk(series: Series, window_start: dt.datetime) -> Iterator[dt.datetime] | None:
    """The starts of a plain daily or weekly rule from just before the window, by arithmetic.

    Most series are "every (other) week on the day it started" or "every day": their n-th
    start is the first plus n periods of wall-clock time, which is what dateutil yields too
    (tested against it), without walking every earlier step, so a COUNT rule that started
    long ago costs no more than a new one. None for any other rule (dateutil walks those).
    """
    parts = _rule_parts(series.rule)
    if not parts.keys() <= _SIMPLE_PARTS or parts.get("FREQ") not in _PERIOD_DAYS:
        return None
    if "BYDAY" in parts and (
        parts["FREQ"] != "WEEKLY" or parts["BYDAY"] != _DAY_CODES[series.start.weekday()]
    ):
        return None
    interval, count = parts.get("INTERVAL", "1"), parts.get("COUNT")
    if not interval.isdigit() or int(interval) < 1 or int(interval) > 10_000:
        return None
    if count is not None and (not count.isdigit() or int(count) < 1 or "UNTIL" in parts):
        return None
    until = None
    if "UNTIL" in parts:
        try:
            normalised = _UNTIL.sub(
                lambda m: _normalise_until(m, series), "UNTIL=" + parts["UNTIL"]
            )
        except KnownError:
            return None  # build_rule says why
        match = _UNTIL_VALUE.fullmatch(normalised)
        if match is None or bool(match.group(2)) == series.all_day:
            return None
        until = dt.datetime.strptime(match.group(1) + (match.group(2) or "000000"), "%Y%m%d%H%M%S")
        if match.group(2):
            until = until.replace(tzinfo=UTC)
    period = _PERIOD_DAYS[parts["FREQ"]] * int(interval)
    # Start two periods (and the event's length, and a day for zones) before the window.
    local_window = window_start.astimezone(zone(series.timezone)).replace(tzinfo=None)
    lead = (local_window - series.start - series.duration).days - 1
    first = max(0, lead // period - 1)
    limit = min(int(count), MAX_STEPS) if count is not None else None
    return _arithmetic_steps(series, period, first, limit, until)


def _arithmetic_steps(
    series: Series, period: int, first: int, limit: int | None, until: dt.datetime | None
) -> Iterator[dt.datetime]:
    tzinfo = None if series.all_day else zone(series.timezone)
    number = first
    for _ in range(MAX_STEPS):
        if limit is not None and number >= limit:
            return
        try:
            wall = series.start + dt.timedelta(days=number * period)
        except OverflowError:
            return
        start = wall if tzinfo is None else wall.replace(tzinfo=tzinfo)
        if until is not None and start > until:
            return
        yield start
        number += 1


def _fast_forward(series: Series, window_start: dt.datetime) -> Series:
    """The same series, started a whole number of periods later, just before the window.

    A daily meeting since 2019 shown in 2031 would otherwise be walked step by step from
    2019. Only rules without COUNT can move (COUNT counts from the first start), and only
    when the later start implies the same pattern: a whole number of days or weeks, or of
    months and years when the day of the month exists in every month.
    """
    parts = dict(p.split("=", 1) for p in clean_rule(series.rule).split(";") if "=" in p)
    if "COUNT" in parts or "BYSETPOS" in parts:
        return series
    interval = int(parts.get("INTERVAL", "1") or 1)
    # Start at least two periods (and the event's length) before the window begins.
    local_window = window_start.astimezone(zone(series.timezone)).replace(tzinfo=None)
    target = local_window - series.duration - dt.timedelta(days=2)
    if target <= series.start:
        return series
    freq = parts.get("FREQ", "")
    if freq in _PERIOD_DAYS:
        period = _PERIOD_DAYS[freq] * interval
        steps = (target - series.start).days // period - 1
        if steps <= 0:
            return series
        moved = series.start + dt.timedelta(days=steps * period)
    elif freq in ("MONTHLY", "YEARLY"):
        if series.start.day > 28:
            # The 29th to 31st is missing from some months: the moved start would not exist
            # (a ValueError that stopped the calendar) or shift the pattern. Walk from the
            # first start instead; monthly steps are few.
            return series
        months_per_step = interval * (12 if freq == "YEARLY" else 1)
        months = (target.year - series.start.year) * 12 + target.month - series.start.month
        steps = months // months_per_step - 1
        if steps <= 0:
            return series
        total = series.start.month - 1 + steps * months_per_step
        moved = series.start.replace(year=series.start.year + total // 12, month=total % 12 + 1)
    else:
        return series
    return dataclasses.replace(series, start=moved)


def _instant(start: dt.datetime, series: Series) -> dt.datetime:
    if series.all_day:
        return localize(start, series.timezone).astimezone(UTC)
    return start.astimezone(UTC)


def series_end(series: Series) -> dt.datetime | None:
    """When the last occurrence ends (UTC), or None for a rule without end (or too long to walk)."""
    rule = build_rule(series)
    text = clean_rule(series.rule)
    if "COUNT=" not in text and "UNTIL=" not in text:
        return None
    last = None
    for step, start in enumerate(rule):
        if step >= MAX_STEPS:
            return None
        last = start
    if last is None:
        # A rule whose UNTIL is before its start has no occurrences but the first.
        last = _rule_start(series)
    return _instant(last, series) + series.duration


def describe(rule_text: str) -> str:
    """A short plain-language summary of common rules ("Every week on Tuesday, 10 times")."""
    text = clean_rule(rule_text)
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}.get(
        parts.get("FREQ", ""), "time"
    )
    interval = int(parts.get("INTERVAL", "1") or 1)
    summary = f"Every {unit}" if interval == 1 else f"Every {interval} {unit}s"
    names = {
        "MO": "Monday",
        "TU": "Tuesday",
        "WE": "Wednesday",
        "TH": "Thursday",
        "FR": "Friday",
        "SA": "Saturday",
        "SU": "Sunday",
    }
    if "BYDAY" in parts:
        days = [names.get(day[-2:], day) for day in parts["BYDAY"].split(",")]
        summary += " on " + (" and ".join(days) if len(days) <= 2 else ", ".join(days))
    if "COUNT" in parts:
        summary += f", {parts['COUNT']} times"
    if "UNTIL" in parts:
        day = parts["UNTIL"][:8]
        summary += f" until {day[:4]}-{day[4:6]}-{day[6:8]}"
    return summary
