"""Calendar feeds (public and team) and invites (RFC 5546 REQUEST and CANCEL) as .ics bytes.

Every VEVENT is written from a ``FeedItem``. A public feed builds its items only from
``desktop.public.public_view`` (the one place that decides what the public may see), so an
internal field cannot reach it by this module forgetting to leave it out. The team feed and
invites are internal exports and say so.

Output is byte-for-byte the same when nothing changed: events are sorted by start and UID,
nothing depends on the clock, and DTSTAMP is the event's ``updated_at``. For a feed (no
METHOD) RFC 5545 defines DTSTAMP as the time the event was last revised in the store, which
is exactly ``updated_at``; for an invite it is when the message was made, and a message for
the same revision is the same message, so the same stamp is right there too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from icalendar import Calendar, Timezone, is_utc, vCalAddress, vRecur, vText
from icalendar import Event as VEvent
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Campaign, Contact, Event, EventOverride, Place, Role, Tag, Task, event_tags
from desktop import __version__
from desktop.errors import KnownError
from desktop.ical.vtimezone import vtimezone_lines
from desktop.public import PublicEvent, public_view
from desktop.timeutil import UTC, localize, zone

PRODID = f"-//Turnout//Turnout {__version__}//EN"
REFRESH = dt.timedelta(hours=6)
PUBLIC_NAME = "Public events"
TEAM_NAME = "Team calendar (internal — do not post)"
INTERNAL_BANNER = "INTERNAL — DO NOT POST."

# What a public feed leaves out, and why (shown in the window's export preview).
LEFT_OUT_OF_PUBLIC = (
    ("internal events", "only events marked public are published"),
    ("notes, safety notes, legal hotline", "internal to the organizers"),
    ("meeting point and route", "they could let the action be stopped before it starts"),
    ("contacts and roles not marked public", "names and phone numbers of activists"),
    ("tasks, tags, campaign, turnout figures", "internal planning"),
    ("exact place of a hidden or area-only place", "the place's disclosure setting"),
)

# Turnout's own properties: what DESCRIPTION mixes into one text, kept apart for a re-import.
X_PREFIX = "X-TURNOUT-"

_STATUS = {
    "planned": "CONFIRMED",
    "confirmed": "CONFIRMED",
    "done": "CONFIRMED",
    "tentative": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


@dataclass(frozen=True)
class InstanceItem:
    """A moved (or otherwise changed) instance of a recurring event (RECURRENCE-ID)."""

    recurrence_id: str  # local "YYYY-MM-DDTHH:MM" (a date for all-day events)
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    title: str
    description: str


@dataclass(frozen=True)
class FeedItem:
    """Everything one VEVENT says, already cut to what this export may carry."""

    uid: str
    title: str
    kind: str
    status: str
    timezone: str
    all_day: bool
    starts_at: dt.datetime
    ends_at: dt.datetime
    start_date: dt.date | None
    end_date: dt.date | None
    rrule: str | None
    exdates: tuple[str, ...]
    sequence: int
    created_at: dt.datetime
    updated_at: dt.datetime
    location: str
    geo: tuple[float, float] | None
    url: str
    categories: tuple[str, ...]
    description: str
    extras: tuple[tuple[str, str], ...] = ()
    instances: tuple[InstanceItem, ...] = field(default=())
    public: bool = True


def _sections(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{label}: {text.strip()}" for label, text in pairs if text and text.strip()]


def item_from_public(event: PublicEvent, instances: tuple[InstanceItem, ...] = ()) -> FeedItem:
    """A public VEVENT, from the public view only."""
    parts = [event.description.strip()] if event.description.strip() else []
    parts += _sections(
        (
            ("Demands", event.demands),
            ("What to bring", event.what_to_bring),
            ("Accessibility", event.accessibility),
        )
    )
    for contact in event.contacts:
        details = ", ".join(x for x in (contact.organisation, contact.phone, contact.email) if x)
        parts.append(
            f"Contact ({contact.role}): {contact.name}" + (f", {details}" if details else "")
        )
    place = event.place
    geo = None
    if place and place.latitude is not None and place.longitude is not None:
        geo = (place.latitude, place.longitude)
    extras = [("KIND", event.kind), ("STATUS", event.status)]
    if event.all_day:
        extras.append(("TIMEZONE", event.timezone))
    extras += [
        (name.upper().replace("_", "-"), value)
        for name, value in (
            ("description", event.description),
            ("demands", event.demands),
            ("what_to_bring", event.what_to_bring),
            ("accessibility", event.accessibility),
        )
        if value
    ]
    return FeedItem(
        uid=event.uid,
        title=event.title,
        kind=event.kind,
        status=event.status,
        timezone=event.timezone,
        all_day=event.all_day,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        start_date=event.start_date,
        end_date=event.end_date,
        rrule=event.rrule,
        exdates=event.exdates,
        sequence=event.sequence,
        created_at=event.created_at,
        updated_at=event.updated_at,
        location=place.one_line() if place else "",
        geo=geo,
        url=event.url,
        categories=(event.kind,),
        description="\n\n".join(parts),
        extras=tuple(extras),
        instances=instances,
        public=True,
    )


def _one_line(place) -> str:
    parts = [place.name, place.address, place.city, place.region, place.postcode, place.country]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


def item_from_event(event: Event, instances: tuple[InstanceItem, ...] = ()) -> FeedItem:
    """A team (internal) VEVENT: public fields plus the organizers' own."""
    parts = [INTERNAL_BANNER]
    if event.description.strip():
        parts.append(event.description.strip())
    parts += _sections(
        (
            ("Demands", event.demands),
            ("What to bring", event.what_to_bring),
            ("Accessibility", event.accessibility),
            ("Meeting point", event.meeting_point),
            ("Route", event.route),
            ("Safety", event.safety_notes),
            ("Legal hotline", event.legal_hotline),
            ("Notes", event.notes),
        )
    )
    for role in event.roles:
        contact = role.contact
        details = ", ".join(x for x in (contact.phone, contact.email, contact.handle) if x)
        parts.append(
            f"{role.role.capitalize()}: {contact.name}" + (f", {details}" if details else "")
        )
    open_tasks = [task.text for task in event.tasks if not task.done]
    if open_tasks:
        parts.append("Open tasks: " + "; ".join(open_tasks))
    place = event.place
    geo = None
    if place and place.latitude is not None and place.longitude is not None:
        geo = (place.latitude, place.longitude)
    extras = [("KIND", event.kind), ("STATUS", event.status), ("VISIBILITY", event.visibility)]
    if event.all_day:
        extras.append(("TIMEZONE", event.timezone))  # VALUE=DATE cannot say which days
    if event.campaign:
        extras.append(("CAMPAIGN", event.campaign.name))
    extras += [
        (name.upper().replace("_", "-"), getattr(event, name))
        for name in (
            "description",
            "demands",
            "what_to_bring",
            "accessibility",
            "notes",
            "meeting_point",
            "route",
            "safety_notes",
            "legal_hotline",
        )
        if getattr(event, name)
    ]
    return FeedItem(
        uid=event.uid,
        title=event.title,
        kind=event.kind,
        status=event.status,
        timezone=event.timezone,
        all_day=event.all_day,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        start_date=event.start_date,
        end_date=event.end_date,
        rrule=event.rrule,
        exdates=tuple(event.exdates or ()),
        sequence=event.sequence,
        created_at=event.created_at,
        updated_at=event.updated_at,
        location=_one_line(place) if place else "",
        geo=geo,
        url=event.url,
        categories=(event.kind, *[tag.name for tag in event.tags if tag.name != event.kind]),
        description="\n\n".join(parts),
        extras=tuple(extras),
        instances=instances,
        public=False,
    )


# ---------------------------------------------------------------- writing VEVENTs


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def _local(value: dt.datetime, zone_name: str) -> dt.datetime:
    return value.astimezone(zone(zone_name)).replace(microsecond=0)


_UNTIL = re.compile(r"UNTIL=([0-9]{8})(T[0-9]{6})?(Z?)")


def rule_for_export(rule: str, item_all_day: bool, zone_name: str) -> str:
    """The stored rule with UNTIL as RFC 5545 wants it: UTC for timed events, a date otherwise."""

    def fix(match: re.Match[str]) -> str:
        day, time_part, utc_mark = match.group(1), match.group(2) or "", match.group(3)
        if item_all_day:
            if time_part and utc_mark:
                instant = dt.datetime.strptime(day + time_part, "%Y%m%dT%H%M%S")
                local = instant.replace(tzinfo=UTC).astimezone(zone(zone_name))
                return "UNTIL=" + local.strftime("%Y%m%d")
            return "UNTIL=" + day
        if utc_mark:
            return match.group(0)
        if time_part:
            wall = dt.datetime.strptime(day + time_part, "%Y%m%dT%H%M%S")
        else:
            wall = dt.datetime.strptime(day, "%Y%m%d").replace(hour=23, minute=59, second=59)
        return "UNTIL=" + localize(wall, zone_name).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return _UNTIL.sub(fix, rule)


def _exdate_values(item: FeedItem) -> list:
    values = []
    for text in sorted(item.exdates):
        try:
            if item.all_day:
                values.append(dt.date.fromisoformat(text[:10]))
            else:
                values.append(localize(dt.datetime.fromisoformat(text), item.timezone))
        except (ValueError, KnownError):
            continue  # a stored exclusion that names no date excludes nothing
    return values


def _recurrence_id_value(item: FeedItem, key: str):
    if item.all_day:
        return dt.date.fromisoformat(key[:10])
    return localize(dt.datetime.fromisoformat(key), item.timezone)


def _times(component: VEvent, item: FeedItem, start: dt.datetime, end: dt.datetime) -> None:
    if item.all_day:
        # For all-day events the dates are the truth: local dates, DTEND exclusive.
        first = start.astimezone(zone(item.timezone)).date()
        last = end.astimezone(zone(item.timezone)).date()
        component.add("dtstart", first)
        component.add("dtend", max(last, first + dt.timedelta(days=1)))
    else:
        component.add("dtstart", _local(start, item.timezone))
        component.add("dtend", _local(end, item.timezone))


def _add_common(component: VEvent, item: FeedItem, *, status: str, sequence: int) -> None:
    component.add("uid", item.uid)
    component.add("dtstamp", _utc(item.updated_at))
    component.add("created", _utc(item.created_at))
    component.add("last-modified", _utc(item.updated_at))
    component.add("sequence", sequence)
    component.add("status", status)


def vevents(
    item: FeedItem, *, method: str | None = None, sequence: int | None = None
) -> list[VEvent]:
    """The VEVENT of ``item`` and one per changed instance (same UID, RECURRENCE-ID)."""
    sequence = item.sequence if sequence is None else sequence
    status = "CANCELLED" if method == "CANCEL" else _STATUS.get(item.status, "CONFIRMED")
    main = VEvent()
    _add_common(main, item, status=status, sequence=sequence)
    main.add("summary", item.title)
    if item.all_day and item.start_date and item.end_date:
        main.add("dtstart", item.start_date)
        main.add("dtend", item.end_date + dt.timedelta(days=1))
    else:
        _times(main, item, item.starts_at, item.ends_at)
    if item.rrule:
        main.add(
            "rrule", vRecur.from_ical(rule_for_export(item.rrule, item.all_day, item.timezone))
        )
        exdates = _exdate_values(item)
        if exdates:
            main.add("exdate", exdates)
    if item.location:
        main.add("location", item.location)
    if item.geo:
        main.add("geo", item.geo)
    if item.url:
        main.add("url", item.url)
    main.add("categories", list(item.categories))
    if item.description:
        main.add("description", item.description)
    if item.public:
        main.add("class", "PUBLIC")
    main.add("transp", "OPAQUE")
    for name, value in item.extras:
        main.add(X_PREFIX + name, vText(value))
    found = [main]
    for instance in item.instances:
        moved = VEvent()
        own_status = "CANCELLED" if method == "CANCEL" else _STATUS.get(instance.status, status)
        _add_common(moved, item, status=own_status, sequence=sequence)
        moved.add("recurrence-id", _recurrence_id_value(item, instance.recurrence_id))
        moved.add("summary", instance.title or item.title)
        _times(moved, item, instance.starts_at, instance.ends_at)
        if item.location:
            moved.add("location", item.location)
        if item.geo:
            moved.add("geo", item.geo)
        description = instance.description or item.description
        if description:
            moved.add("description", description)
        found.append(moved)
    return found


def _calendar(items: list[FeedItem], *, method: str | None, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    else:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "PT6H")
    for timezone_component in _timezones(items):
        calendar.add_component(timezone_component)
    return calendar


def _timezones(items: list[FeedItem]) -> list[Timezone]:
    first_years: dict[str, int] = {}
    for item in items:
        if item.all_day or is_utc(zone(item.timezone)):
            continue  # all-day values are dates; UTC values (UTC, GMT, Zulu...) carry Z
        years = [item.starts_at.astimezone(zone(item.timezone)).year]
        years += [i.starts_at.astimezone(zone(item.timezone)).year for i in item.instances]
        first_years[item.timezone] = min(first_years.get(item.timezone, 9999), *years)
    found = []
    for name in sorted(first_years):
        lines = vtimezone_lines(name, first_years[name])
        found.append(Timezone.from_ical("\r\n".join(lines) + "\r\n"))
    return found


def _fold(line: str) -> bytes:
    """One content line as icalendar folds it (``Contentline.to_ical``), without its walk over
    every character: at most 74 octets a line, never inside a UTF-8 sequence, and a backslash
    or caret that would end a line moves to the next one (icalendar issue #1501)."""
    data = line.encode("utf-8")
    size = len(data)
    if size < 75:
        return data
    parts = []
    start = 0
    while size - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def to_ical(calendar: Calendar) -> bytes:
    """``calendar.to_ical()``, byte for byte, folding lines faster (see ``_fold``)."""
    return b"\r\n".join([_fold(line) for line in calendar.content_lines() if line]) + b"\r\n"


def serialize(
    items: list[FeedItem],
    *,
    method: str | None = None,
    name: str = PUBLIC_NAME,
    sequence: int | None = None,
) -> bytes:
    """The .ics bytes (CRLF, folded at 75 octets) of ``items``."""
    calendar = _calendar(items, method=method, name=name)
    for item in items:
        for component in vevents(item, method=method, sequence=sequence):
            calendar.add_component(component)
    return to_ical(calendar)


# ---------------------------------------------------------------- reading the store


@dataclass(frozen=True)
class FeedOptions:
    public: bool = False
    campaign: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive


def _events_query():
    return select(Event).options(
        selectinload(Event.place),
        selectinload(Event.campaign),
        selectinload(Event.tags),
        selectinload(Event.roles).selectinload(Role.contact),
        selectinload(Event.tasks),
    )


def selected_events(session: Session, options: FeedOptions) -> list[Event]:
    """The events a feed with ``options`` holds (internal ones too), by start then UID."""
    events = list(session.scalars(_selected(session, _events_query(), options)))
    events.sort(key=lambda e: (_utc(e.starts_at), e.uid))
    return events


def _selected(session: Session, query, options: FeedOptions):
    """``query`` (of events or their columns) narrowed to what ``options`` select."""
    from desktop.events import occurrences_between

    if options.campaign:
        campaign = session.scalar(select(Campaign).where(Campaign.name == options.campaign))
        if campaign is None:
            raise KnownError(f"There is no campaign called “{options.campaign}”.")
        query = query.where(Event.campaign_id == campaign.id)
    if options.start or options.end:
        first = options.start or dt.date(1900, 1, 1)
        last = options.end or dt.date(9000, 1, 1)
        if last < first:
            raise KnownError("The --to date is before the --from date.")
        # Wide enough for every zone on Earth (UTC-12 to UTC+14).
        window_start = dt.datetime.combine(first, dt.time(), UTC) - dt.timedelta(hours=14)
        window_end = dt.datetime.combine(last, dt.time(), UTC) + dt.timedelta(hours=36)
        ids = {o.event_id for o in occurrences_between(session, window_start, window_end)}
        query = query.where(Event.id.in_(ids))
    return query


class _Row:
    """An event, place, contact... read as plain columns: what ``item_from_event`` reads of
    the ORM objects, without building them (most of a team feed's time went there)."""

    def __init__(self, **values) -> None:
        self.__dict__.update(values)


_EVENT_COLUMNS = (
    "id", "uid", "title", "kind", "status", "visibility", "timezone", "all_day", "starts_at",
    "ends_at", "start_date", "end_date", "rrule", "exdates", "sequence", "created_at",
    "updated_at", "url", "description", "demands", "what_to_bring", "accessibility",
    "meeting_point", "route", "safety_notes", "legal_hotline", "notes", "place_id",
    "campaign_id",
)  # fmt: skip
_PLACE_COLUMNS = (
    "id", "name", "address", "city", "region", "postcode", "country", "latitude", "longitude"
)  # fmt: skip


def _team_events(session: Session, options: FeedOptions) -> list[_Row]:
    """The team feed's events as rows, with their place, campaign, tags, roles and tasks:
    the same values, in the same order, as ``selected_events`` gives."""
    columns = [getattr(Event, name) for name in _EVENT_COLUMNS]
    rows = session.execute(_selected(session, select(*columns), options)).all()
    chosen = _selected(session, select(Event.id), options)
    places = {
        row.id: _Row(**row._asdict())
        for row in session.execute(
            select(*[getattr(Place, name) for name in _PLACE_COLUMNS]).where(
                Place.id.in_(chosen.with_only_columns(Event.place_id))
            )
        )
    }
    campaigns = {
        row.id: _Row(name=row.name)
        for row in session.execute(
            select(Campaign.id, Campaign.name).where(
                Campaign.id.in_(chosen.with_only_columns(Event.campaign_id))
            )
        )
    }
    in_chosen = chosen.scalar_subquery()
    tags: dict[int, list[_Row]] = {}
    for event_id, name in session.execute(
        select(event_tags.c.event_id, Tag.name)
        .join(Tag, Tag.id == event_tags.c.tag_id)
        .where(event_tags.c.event_id.in_(in_chosen))
        .order_by(event_tags.c.event_id, Tag.name)
    ):
        tags.setdefault(event_id, []).append(_Row(name=name))
    roles: dict[int, list[_Row]] = {}
    contacts: dict[int, _Row] = {}
    for row in session.execute(
        select(
            Role.event_id,
            Role.role,
            Role.contact_id,
            Contact.name,
            Contact.phone,
            Contact.email,
            Contact.handle,
        )
        .join(Contact, Contact.id == Role.contact_id)
        .where(Role.event_id.in_(in_chosen))
        .order_by(Role.event_id, Role.id)
    ):
        contact = contacts.get(row.contact_id)
        if contact is None:
            contact = contacts[row.contact_id] = _Row(
                name=row.name, phone=row.phone, email=row.email, handle=row.handle
            )
        roles.setdefault(row.event_id, []).append(_Row(role=row.role, contact=contact))
    tasks: dict[int, list[_Row]] = {}
    for event_id, text, done in session.execute(
        select(Task.event_id, Task.text, Task.done)
        .where(Task.event_id.in_(in_chosen))
        .order_by(Task.event_id, Task.position, Task.id)
    ):
        tasks.setdefault(event_id, []).append(_Row(text=text, done=done))
    events = []
    for row in rows:
        event = _Row(**row._asdict())
        event.place = places.get(row.place_id)
        event.campaign = campaigns.get(row.campaign_id)
        event.tags = tags.get(row.id, [])
        event.roles = roles.get(row.id, [])
        event.tasks = tasks.get(row.id, [])
        events.append(event)
    events.sort(key=lambda e: (_utc(e.starts_at), e.uid))
    return events


def instances_of(session: Session, events: list[Event]) -> dict[int, tuple[InstanceItem, ...]]:
    """The moved instances of ``events``, by event id."""
    ids = [e.id for e in events if e.rrule]
    found: dict[int, list[InstanceItem]] = {}
    if not ids:
        return {}
    rows = session.scalars(
        select(EventOverride)
        .where(EventOverride.event_id.in_(ids))
        .order_by(EventOverride.event_id, EventOverride.recurrence_id)
    )
    for row in rows:
        found.setdefault(row.event_id, []).append(
            InstanceItem(
                recurrence_id=row.recurrence_id,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                status=row.status,
                title=row.title,
                description=row.description,
            )
        )
    return {key: tuple(value) for key, value in found.items()}


def public_instances(instances: tuple[InstanceItem, ...]) -> tuple[InstanceItem, ...]:
    """What the public sees of moved instances: when and whether, not their own texts."""
    return tuple(
        InstanceItem(i.recurrence_id, i.starts_at, i.ends_at, i.status, "", "") for i in instances
    )


def feed_items(session: Session, options: FeedOptions) -> list[FeedItem]:
    if options.public:
        events = selected_events(session, options)
        moved = instances_of(session, events)
        items = []
        for event in events:
            view = public_view(event)
            if view is not None:
                items.append(item_from_public(view, public_instances(moved.get(event.id, ()))))
        return items
    rows = _team_events(session, options)
    moved = instances_of(session, rows)
    return [item_from_event(row, moved.get(row.id, ())) for row in rows]


def export_feed(session: Session, options: FeedOptions) -> bytes:
    """A feed: a snapshot with no METHOD. Public feeds hold public events and fields only."""
    items = feed_items(session, options)
    return serialize(items, name=PUBLIC_NAME if options.public else TEAM_NAME)


@dataclass(frozen=True)
class FeedPreview:
    """What an export would share, for the window's preview."""

    public: bool
    events: int
    left_out_events: int
    left_out: tuple[tuple[str, str], ...]


def preview_feed(session: Session, options: FeedOptions) -> FeedPreview:
    events = selected_events(session, options)
    if options.public:
        shared = sum(1 for e in events if e.visibility == "public")
        return FeedPreview(True, shared, len(events) - shared, LEFT_OUT_OF_PUBLIC)
    return FeedPreview(False, len(events), 0, ())


# ---------------------------------------------------------------- invites


@dataclass(frozen=True)
class Person:
    name: str
    email: str

    def address(self) -> vCalAddress:
        address = vCalAddress(f"mailto:{self.email}")
        if self.name:
            address.params["CN"] = self.name
        return address

    def display(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class Invite:
    data: bytes
    organizer: Person
    attendees: tuple[Person, ...]
    method: str
    sequence: int

    def recipients(self) -> str:
        """The attendees' addresses, ready to paste into an email's To: field."""
        return ", ".join(person.display() for person in self.attendees)


def _organizer(event: Event) -> Person:
    from desktop.settings import load_settings

    for role in event.roles:
        if role.role == "organizer" and role.contact.email.strip():
            return Person(role.contact.name, role.contact.email.strip())
    settings = load_settings()
    if settings.email:
        return Person(settings.name, settings.email)
    raise KnownError(
        "An invite needs an organizer: give the event an organizer with an email address, "
        f"or set your name and email in {settings.path}."
    )


def export_invite(session: Session, event: Event, *, cancel: bool = False) -> Invite:
    """METHOD:REQUEST (or CANCEL) for ``event``, to every contact of it with an email."""
    organizer = _organizer(event)
    attendees: dict[str, Person] = {}
    for role in event.roles:
        email = role.contact.email.strip()
        if email and email.lower() != organizer.email.lower():
            attendees.setdefault(email.lower(), Person(role.contact.name, email))
    if not attendees and not cancel:
        raise KnownError(
            "No contact of this event has an email address, so there is no one to invite."
        )
    # A cancellation must supersede the last request: one more than the stored SEQUENCE,
    # unless the event is already cancelled (saving that status already raised it).
    sequence = event.sequence
    if cancel and event.status != "cancelled":
        sequence += 1
    method = "CANCEL" if cancel else "REQUEST"
    moved = instances_of(session, [event]).get(event.id, ())
    item = item_from_event(event, moved)
    calendar = _calendar([item], method=method, name=TEAM_NAME)
    for component in vevents(item, method=method, sequence=sequence):
        component.add("organizer", organizer.address())
        for person in attendees.values():
            address = person.address()
            address.params["ROLE"] = "REQ-PARTICIPANT"
            address.params["PARTSTAT"] = "NEEDS-ACTION"
            address.params["RSVP"] = "TRUE"
            component.add("attendee", address)
        calendar.add_component(component)
    return Invite(
        data=calendar.to_ical(),
        organizer=organizer,
        attendees=tuple(attendees.values()),
        method=method,
        sequence=sequence,
    )
