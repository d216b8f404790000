"""The rows of the events list, searched, filtered, sorted and read in pages, all in SQL.

Plain tuples, not ORM objects: the list shows a few columns of many rows, and building an
Event object per row would cost more than the query. With 100,000 events nothing may be
filtered in Python, so search and filters become one WHERE clause and sorting an ORDER BY.

The queries select from the Core tables of db/tables.py, not the mapped classes: the window
reads its first page before db.models (the ORM mapping: ~30 ms to import, ~10 ms to
configure on the first ORM query) is imported, which waits until after the first paint.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from sys import intern

from sqlalchemy import ColumnElement, and_, false, func, literal, or_, select, true, tuple_
from sqlalchemy.orm import Session

from db.search import contains
from db.tables import campaigns, contacts, event_tags, events, places, roles, tags
from desktop.timeutil import UTC, day_start_utc

# What the date-range filter offers.
RANGES = ("all", "upcoming", "past", "custom")
# The columns the list can be sorted by, in the list's column order.
SORT_KEYS = ("when", "title", "kind", "status", "place", "campaign", "visibility")


@dataclass(frozen=True, slots=True)
class EventRow:
    """One line of the list. Slots: a scrolled-through list holds 100,000 of these."""

    id: int
    title: str
    kind: str
    status: str
    visibility: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    all_day: bool
    recurring: bool
    recurs_until: dt.datetime | None
    place: str
    campaign: str

    def is_past(self, now: dt.datetime) -> bool:
        """Whether the event (every occurrence of a series) has ended before ``now``."""
        if self.recurring:
            return self.recurs_until is not None and self.recurs_until <= now
        return self.ends_at <= now


@dataclass(frozen=True)
class EventFilter:
    """What the list shows: search words, filters and the date range.

    ``text`` is split into words; an event matches when every word appears (ignoring case;
    on SQLite only for ASCII letters) in its title, place, description, tags or the names
    of its contacts. ``None`` in a
    filter means "any". ``first_day``/``last_day`` (inclusive) apply when ``range`` is
    "custom" and are read in ``zone_name`` (the computer's zone).
    """

    text: str = ""
    kind: str | None = None
    status: str | None = None
    campaign_id: int | None = None
    visibility: str | None = None
    range: str = "all"
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    zone_name: str = "UTC"

    def is_empty(self) -> bool:
        return self == EventFilter(zone_name=self.zone_name)

    def narrows(self, other: EventFilter) -> bool:
        """Whether everything this filter lets through, ``other`` lets through too.

        True when only the search text differs and every word of ``other`` is part of one
        of this filter's words: typing on in the search box only ever narrows the list, so
        the next query may look among the previous matches only.
        """
        if replace(self, text="") != replace(other, text=""):
            return False
        words = self.text.lower().split()[:12]
        return all(any(old in new for new in words) for old in other.text.lower().split()[:12])


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_matches(word: str, dialect: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(word)}%"

    def like(column) -> ColumnElement[bool]:
        # SQLite's LIKE ignores case (for ASCII) by itself; wrapping every description in
        # lower() for ILIKE would double the cost of a keystroke's search. It does not fold
        # "Ü" to "ü": a word with such letters goes through db.search's casefold function.
        if not word.isascii():
            return contains(column, word)
        if dialect == "sqlite":
            return column.like(pattern, escape="\\")
        return column.ilike(pattern, escape="\\")

    # Places, tags and people are looked up once per search, not once per event row. The
    # matching tags and people are found first and their links looked up by index: a join
    # made SQLite walk every role (150,000 at 100,000 events) and look its contact up,
    # about 350 ms a keystroke even when no name matched.
    at_places = select(places.c.id).where(or_(like(places.c.name), like(places.c.city)))
    tagged = select(event_tags.c.event_id).where(
        event_tags.c.tag_id.in_(select(tags.c.id).where(like(tags.c.name)))
    )
    with_contact = select(roles.c.event_id).where(
        roles.c.contact_id.in_(select(contacts.c.id).where(like(contacts.c.name)))
    )
    return or_(
        like(events.c.title),
        like(events.c.description),
        events.c.place_id.in_(at_places),
        events.c.id.in_(tagged),
        events.c.id.in_(with_contact),
    )


def _ends_after(moment: dt.datetime) -> ColumnElement[bool]:
    """Some occurrence ends after ``moment`` (series without an end always qualify)."""
    return or_(
        and_(events.c.rrule.is_(None), events.c.ends_at > moment),
        and_(
            events.c.rrule.is_not(None),
            or_(events.c.recurs_until.is_(None), events.c.recurs_until > moment),
        ),
    )


def _conditions(chosen: EventFilter, now: dt.datetime, dialect: str) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    for word in chosen.text.split()[:12]:
        found.append(_word_matches(word, dialect))
    if chosen.kind:
        found.append(events.c.kind == chosen.kind)
    if chosen.status:
        found.append(events.c.status == chosen.status)
    if chosen.campaign_id is not None:
        found.append(events.c.campaign_id == chosen.campaign_id)
    if chosen.visibility:
        found.append(events.c.visibility == chosen.visibility)
    if chosen.range == "upcoming":
        found.append(_ends_after(now))
    elif chosen.range == "past":
        found.append(~_ends_after(now))
    elif chosen.range == "custom":
        if chosen.first_day is not None:
            found.append(_ends_after(day_start_utc(chosen.first_day, chosen.zone_name)))
        if chosen.last_day is not None:
            after_last = day_start_utc(chosen.last_day + dt.timedelta(days=1), chosen.zone_name)
            found.append(events.c.starts_at < after_last)
        if (
            chosen.first_day is not None
            and chosen.last_day is not None
            and chosen.last_day < chosen.first_day
        ):
            found.append(false())
    return found


def _base(
    session: Session,
    chosen: EventFilter,
    now: dt.datetime,
    columns,
    within: Sequence[int] | None = None,
) -> select:
    query = (
        select(*columns)
        .select_from(events)
        .outerjoin(places, events.c.place_id == places.c.id)
        .outerjoin(campaigns, events.c.campaign_id == campaigns.c.id)
    )
    conditions = _conditions(chosen, now, session.get_bind().dialect.name)
    if within is not None:
        conditions.append(events.c.id.in_(list(within)))
    return query.where(and_(true(), *conditions)) if conditions else query


def _now() -> dt.datetime:
    return dt.datetime.now(UTC)


def count_events(
    session: Session, chosen: EventFilter | None = None, *, now: dt.datetime | None = None
) -> int:
    """How many events the filter lets through (all events without one)."""
    if chosen is None or chosen.is_empty():
        return session.scalar(select(func.count()).select_from(events)) or 0
    query = _base(session, chosen, now or _now(), [func.count(events.c.id)])
    return session.scalar(query) or 0


def _order(sort_key: str, descending: bool) -> list:
    column = {
        "when": events.c.starts_at,
        "title": func.lower(events.c.title),
        "kind": events.c.kind,
        "status": events.c.status,
        "place": func.lower(func.coalesce(places.c.name, "")),
        "campaign": func.lower(func.coalesce(campaigns.c.name, "")),
        "visibility": events.c.visibility,
    }.get(sort_key, events.c.starts_at)
    if descending:
        return [column.desc(), events.c.id.desc()]
    return [column.asc(), events.c.id.asc()]


def fetch_rows(
    session: Session,
    offset: int,
    limit: int,
    chosen: EventFilter | None = None,
    *,
    sort_key: str = "when",
    descending: bool = False,
    now: dt.datetime | None = None,
    within: Sequence[int] | None = None,
) -> list[EventRow]:
    """A page of the events list (soonest first unless sorted otherwise).

    ``within`` limits the search to these events (the matches of a broader search).
    """
    columns = (
        events.c.id,
        events.c.title,
        events.c.kind,
        events.c.status,
        events.c.visibility,
        events.c.starts_at,
        events.c.ends_at,
        events.c.timezone,
        events.c.all_day,
        events.c.rrule.is_not(None),
        events.c.recurs_until,
        func.coalesce(places.c.name, ""),
        func.coalesce(campaigns.c.name, ""),
    )
    query = _base(session, chosen or EventFilter(), now or _now(), columns, within)
    query = query.order_by(*_order(sort_key, descending))
    # Paging in date order continues from the last row of the previous page ("keyset"):
    # OFFSET makes SQLite step through, and join, every row before the page, 165 ms a page
    # at row 99,000. Only for callers that fix ``now`` for their pages (the list model does
    # per refresh), so a page continues exactly the page read before it with the same query.
    page_key = None
    if sort_key == "when" and now is not None:
        page_key = (session.get_bind().url, chosen, descending, now, tuple(within or ()))
    after = _PAGE_ENDS.get((*page_key, offset)) if page_key and offset else None
    if after is not None:
        bound = tuple_(literal(after[0], events.c.starts_at.type), literal(after[1]))
        position = tuple_(events.c.starts_at, events.c.id)
        query = query.where(position < bound if descending else position > bound)
    else:
        query = query.offset(offset)
    rows = [_row(*values) for values in session.execute(query.limit(limit))]
    if page_key and rows:
        _PAGE_ENDS[(*page_key, offset + len(rows))] = (rows[-1].starts_at, rows[-1].id)
        while len(_PAGE_ENDS) > _PAGE_ENDS_KEPT:
            _PAGE_ENDS.popitem(last=False)
    return rows


# Where each page read in date order ended: (query, offset after the page) -> (start, id).
# Enough for every page of 100,000 events (782 pages of 128), about 200 KB: the list model
# drops pages far from the view, and scrolling back to one must not fall back to OFFSET.
_PAGE_ENDS_KEPT = 1024
_PAGE_ENDS: OrderedDict[tuple, tuple[dt.datetime, int]] = OrderedDict()


def _row(*values) -> EventRow:
    """An EventRow whose words repeated on many rows (kind, status, visibility, zone, place,
    campaign) are shared strings: a list scrolled to its end holds every row it has shown."""
    row = list(values)
    for index in _SHARED:
        row[index] = intern(row[index])
    return EventRow(*row)


_SHARED = (2, 3, 4, 7, 11, 12)


def row_position(
    session: Session,
    event_id: int,
    chosen: EventFilter | None = None,
    *,
    sort_key: str = "when",
    descending: bool = False,
    limit: int = 20_000,
) -> int | None:
    """Where ``event_id`` sits in the filtered, sorted list (None when absent or far down)."""
    query = (
        _base(session, chosen or EventFilter(), _now(), [events.c.id])
        .order_by(*_order(sort_key, descending))
        .limit(limit)
    )
    for position, (found,) in enumerate(session.execute(query)):
        if found == event_id:
            return position
    return None
