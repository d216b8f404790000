"""Event services: validate a draft, create and update events, list occurrences in a range.

The window and the command line both go through here; neither builds SQL or touches the
model's columns directly, so the rules (zones, all-day dates, SEQUENCE, bounded recurrence)
live in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from urllib.parse import urlparse

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.messages import QT_TRANSLATE_NOOP
from db.models import (
    NAME_MAX,
    TITLE_MAX,
    URL_MAX,
    Campaign,
    Contact,
    Event,
    EventOverride,
    Place,
    Role,
    Tag,
    Task,
)
from db.vocabulary import EVENT_KINDS, EVENT_STATUSES, ROLE_KINDS, VISIBILITIES
from desktop import recurrence
from desktop.errors import KnownError
from desktop.timeutil import UTC, is_zone, localize, to_utc, zone

DEFAULT_DURATION = dt.timedelta(hours=2)


@dataclass
class EventDraft:
    """What a person entered for an event, before it is stored.

    ``start``/``end`` are naive wall-clock times in ``timezone`` (for all-day events, midnights
    of the first and last day, inclusive).
    """

    title: str
    start: dt.datetime
    timezone: str
    end: dt.datetime | None = None
    all_day: bool = False
    kind: str = "protest"
    status: str = "planned"
    visibility: str = "internal"
    rrule: str | None = None
    exdates: list[str] = field(default_factory=list)
    place_id: int | None = None
    campaign_id: int | None = None
    description: str = ""
    demands: str = ""
    what_to_bring: str = ""
    accessibility: str = ""
    url: str = ""
    expected_turnout: int | None = None
    notes: str = ""
    meeting_point: str = ""
    route: str = ""
    safety_notes: str = ""
    legal_hotline: str = ""
    actual_turnout: int | None = None
    alt_language: str = ""
    alt_title: str = ""
    alt_description: str = ""
    tags: list[str] = field(default_factory=list)

    def effective_end(self) -> dt.datetime:
        if self.end is not None:
            return self.end
        return self.start if self.all_day else self.start + DEFAULT_DURATION

    def series(self) -> recurrence.Series:
        return recurrence.Series(
            start=self.start,
            duration=self._duration(),
            timezone=self.timezone,
            rule=self.rrule or "",
            exdates=tuple(self.exdates),
            all_day=self.all_day,
        )

    def _duration(self) -> dt.timedelta:
        if self.all_day:
            return dt.timedelta(days=(self.effective_end().date() - self.start.date()).days + 1)
        return to_utc(self.effective_end(), self.timezone) - to_utc(self.start, self.timezone)


def problems(draft: EventDraft) -> dict[str, str]:
    """Every problem of a draft, by field name, one sentence each. Empty when it can be saved."""
    found: dict[str, str] = {}
    if not draft.title.strip():
        found["title"] = QT_TRANSLATE_NOOP("Events", "The title is empty.")
    elif len(draft.title) > TITLE_MAX:
        found["title"] = QT_TRANSLATE_NOOP(
            "Events", "The title is longer than {limit} characters."
        ).format(limit=TITLE_MAX)
    if draft.kind not in EVENT_KINDS:
        found["kind"] = (
            f"“{draft.kind}” is not a kind of event; use one of: {', '.join(EVENT_KINDS)}."
        )
    if draft.status not in EVENT_STATUSES:
        found["status"] = (
            f"“{draft.status}” is not a status; use one of: {', '.join(EVENT_STATUSES)}."
        )
    if draft.visibility not in VISIBILITIES:
        found["visibility"] = "Visibility is either public or internal."
    if not is_zone(draft.timezone):
        found["timezone"] = QT_TRANSLATE_NOOP(
            "Events", "“{zone}” is not a time zone; use an IANA name such as America/Chicago."
        ).format(zone=draft.timezone)
    elif _ends_before_start(draft):
        found["end"] = QT_TRANSLATE_NOOP("Events", "The end is before the start.")
    if draft.url and not _is_web_address(draft.url):
        found["url"] = QT_TRANSLATE_NOOP(
            "Events", "The web address must start with https:// or http://."
        )
    for name in ("expected_turnout", "actual_turnout"):
        value = getattr(draft, name)
        if value is not None and value < 0:
            found[name] = QT_TRANSLATE_NOOP("Events", "A turnout cannot be negative.")
    if draft.rrule and "timezone" not in found:
        try:
            recurrence.build_rule(draft.series())
            draft.exdates = [recurrence.normalise_exdate(x, draft.all_day) for x in draft.exdates]
        except KnownError as error:
            found["rrule"] = str(error)
    return found


def _ends_before_start(draft: EventDraft) -> bool:
    if draft.all_day:
        return draft.effective_end().date() < draft.start.date()
    return to_utc(draft.effective_end(), draft.timezone) < to_utc(draft.start, draft.timezone)


def _is_web_address(text: str) -> bool:
    if len(text) > URL_MAX or any(ch.isspace() for ch in text):
        return False
    parsed = urlparse(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def check(draft: EventDraft) -> None:
    """Raise KnownError with the first problem of ``draft``."""
    found = problems(draft)
    if found:
        raise KnownError(next(iter(found.values())))


# Changing any of these makes calendar programs treat the event as rescheduled (RFC 5546).
SCHEDULE_FIELDS = (
    "starts_at",
    "ends_at",
    "all_day",
    "start_date",
    "end_date",
    "timezone",
    "rrule",
    "exdates",
    "place_id",
    "status",
)


def create(
    session: Session, draft: EventDraft, *, uid: str | None = None, flush: bool = True
) -> Event:
    """A new event from ``draft``; ``flush=False`` lets a bulk import write many at once."""
    check(draft)
    event = Event(uid=uid) if uid else Event()
    _apply(session, event, draft)
    session.add(event)
    if flush:
        session.flush()
    return event


def update(session: Session, event: Event, draft: EventDraft) -> Event:
    """Apply ``draft`` to ``event``; SEQUENCE goes up when time, place or status change."""
    check(draft)
    before = {name: getattr(event, name) for name in SCHEDULE_FIELDS}
    _apply(session, event, draft)
    if any(getattr(event, name) != value for name, value in before.items()):
        event.sequence = (event.sequence or 0) + 1
    session.flush()
    return event


_SPECIAL = {"title", "start", "end", "timezone", "all_day", "rrule", "exdates", "tags"}
_COPIED = [f.name for f in fields(EventDraft) if f.name not in _SPECIAL]


def _apply(session: Session, event: Event, draft: EventDraft) -> None:
    event.title = draft.title.strip()
    for name in _COPIED:
        setattr(event, name, getattr(draft, name))
    event.timezone = draft.timezone
    event.all_day = draft.all_day
    end = draft.effective_end()
    if draft.all_day:
        event.start_date, event.end_date = draft.start.date(), end.date()
        event.starts_at = to_utc(dt.datetime.combine(event.start_date, dt.time()), draft.timezone)
        event.ends_at = to_utc(
            dt.datetime.combine(event.end_date + dt.timedelta(days=1), dt.time()), draft.timezone
        )
    else:
        event.start_date = event.end_date = None
        event.starts_at = to_utc(draft.start, draft.timezone)
        event.ends_at = to_utc(end, draft.timezone)
    event.rrule = recurrence.normalised_rule(draft.series()) if draft.rrule else None
    event.exdates = sorted(set(draft.exdates)) if event.rrule else []
    event.recurs_until = recurrence.series_end(draft.series()) if event.rrule else None
    event.tags = [
        tag_named(session, name) for name in dict.fromkeys(t.strip() for t in draft.tags) if name
    ]


def draft_of(event: Event) -> EventDraft:
    """A draft holding everything ``event`` holds (for editing or duplicating)."""
    values = {name: getattr(event, name) for name in _COPIED}
    start, end = local_bounds(event)
    return EventDraft(
        title=event.title,
        start=start,
        end=end,
        timezone=event.timezone,
        all_day=event.all_day,
        rrule=event.rrule,
        exdates=list(event.exdates or []),
        tags=[tag.name for tag in event.tags],
        **values,
    )


def local_bounds(event: Event) -> tuple[dt.datetime, dt.datetime]:
    """Naive wall-clock start and end of the first occurrence (all-day: first and last day)."""
    if event.all_day:
        return (
            dt.datetime.combine(event.start_date, dt.time()),
            dt.datetime.combine(event.end_date, dt.time()),
        )
    tz = zone(event.timezone)
    return (
        event.starts_at.astimezone(tz).replace(tzinfo=None),
        event.ends_at.astimezone(tz).replace(tzinfo=None),
    )


def tag_named(session: Session, name: str) -> Tag:
    """The tag called ``name``, made when missing; remembered for the rest of the action, so
    events created without a flush in between share one new tag."""
    known: dict[str, Tag] = session.info.setdefault("turnout_tags", {})
    tag = known.get(name)
    if tag is None or tag not in session:
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        known[name] = tag
    return tag


def place_named(session: Session, name: str, address: str = "", *, timezone: str = "") -> Place:
    """The place with this name (and address, when given), created when there is none."""
    name, address = name.strip(), address.strip()
    if not name:
        raise KnownError(QT_TRANSLATE_NOOP("Events", "The place name is empty."))
    if len(name) > NAME_MAX or len(address) > NAME_MAX:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Events", "A place name or address is longer than {limit} characters."
            ).format(limit=NAME_MAX)
        )
    query = select(Place).where(Place.name == name)
    if address:
        query = query.where(Place.address == address)
    place = session.scalars(query.order_by(Place.id)).first()
    if place is None:
        place = Place(name=name, address=address, timezone=timezone)
        session.add(place)
        session.flush()
    return place


def find(session: Session, reference: str | int) -> Event:
    """The event with this numeric id or iCal UID; KnownError when there is none."""
    text = str(reference).strip()
    event = None
    if text.isdigit():
        event = session.get(Event, int(text))
    if event is None:
        event = session.scalar(select(Event).where(Event.uid == text))
    if event is None:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Events", "There is no event “{event}” (give its number or its UID)."
            ).format(event=text)
        )
    return event


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event: the event itself, or one instance of a recurring event."""

    event_id: int
    uid: str
    title: str
    kind: str
    status: str
    visibility: str
    timezone: str
    all_day: bool
    start: dt.datetime  # aware, in the event's zone (all-day: local midnight of the first day)
    end: dt.datetime  # aware; exclusive
    recurring: bool
    place: str
    campaign: str

    def as_json(self) -> dict:
        return {
            "event_id": self.event_id,
            "uid": self.uid,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "visibility": self.visibility,
            "timezone": self.timezone,
            "all_day": self.all_day,
            "start": self.start.date().isoformat() if self.all_day else self.start.isoformat(),
            "end": (self.end.date() - dt.timedelta(days=1)).isoformat()
            if self.all_day
            else self.end.isoformat(),
            "recurring": self.recurring,
            "place": self.place,
            "campaign": self.campaign,
        }


def occurrences_between(
    session: Session, start: dt.datetime, end: dt.datetime, *, public_only: bool = False
) -> list[Occurrence]:
    """Occurrences overlapping [start, end) (aware instants), recurrences expanded, by start."""
    single = Event.rrule.is_(None) & (Event.ends_at > start) & (Event.starts_at < end)
    series = (
        Event.rrule.is_not(None)
        & (Event.starts_at < end)
        & or_(Event.recurs_until.is_(None), Event.recurs_until > start)
    )
    # Plain rows, not Event objects: a month of a thousand series reads only these columns.
    query = (
        select(
            Event.id,
            Event.uid,
            Event.title,
            Event.kind,
            Event.status,
            Event.visibility,
            Event.timezone,
            Event.all_day,
            Event.starts_at,
            Event.ends_at,
            Event.start_date,
            Event.end_date,
            Event.rrule,
            Event.exdates,
            func.coalesce(Place.name, "").label("place_name"),
            func.coalesce(Campaign.name, "").label("campaign_name"),
        )
        .outerjoin(Place, Event.place_id == Place.id)
        .outerjoin(Campaign, Event.campaign_id == Campaign.id)
        .where(single | series)
        .order_by(Event.starts_at, Event.id)
    )
    if public_only:
        query = query.where(Event.visibility == "public")
    rows = session.execute(query).all()
    moved = moved_instances(session, [row.id for row in rows if row.rrule])
    found: list[Occurrence] = []
    for row in rows:
        found.extend(
            _expand(row, row.place_name, row.campaign_name, start, end, moved.get(row.id, {}))
        )
    found.sort(key=lambda o: (o.start.astimezone(UTC), o.event_id))
    return found


def moved_instances(session: Session, event_ids: list[int]) -> dict[int, dict[str, EventOverride]]:
    """Instances of recurring events moved or changed (RECURRENCE-ID), by event and instance."""
    found: dict[int, dict[str, EventOverride]] = {}
    for chunk in range(0, len(event_ids), 500):
        query = select(EventOverride).where(
            EventOverride.event_id.in_(event_ids[chunk : chunk + 500])
        )
        for row in session.scalars(query):
            found.setdefault(row.event_id, {})[row.recurrence_id] = row
    return found


def _expand(
    event,
    place: str,
    campaign: str,
    start: dt.datetime,
    end: dt.datetime,
    moved: dict[str, EventOverride] | None = None,
):
    """The occurrences of ``event`` (an Event or a row with its columns) in [start, end).

    A moved instance shows at its new time (and with its own status and title) and not at
    the time the rule gives it.
    """
    moved = moved or {}
    tz = zone(event.timezone)
    if not event.rrule:
        return [
            _occurrence(
                event, place, campaign, event.starts_at.astimezone(tz), event.ends_at.astimezone(tz)
            )
        ]
    first_start, _ = local_bounds(event)
    series = recurrence.Series(
        start=first_start,
        duration=event.ends_at - event.starts_at,
        timezone=event.timezone,
        rule=event.rrule,
        exdates=tuple(event.exdates or ()),
        all_day=event.all_day,
    )
    try:
        starts = recurrence.occurrence_starts(series, start, end)
    except KnownError:
        return []  # an unusable stored rule shows nothing rather than stopping the listing
    result = []
    for key, instance in moved.items():
        if key in series.exdates:
            continue
        if instance.ends_at > start and instance.starts_at < end:
            result.append(
                _occurrence(
                    event,
                    place,
                    campaign,
                    instance.starts_at.astimezone(tz),
                    instance.ends_at.astimezone(tz),
                    instance,
                )
            )
    for begin in starts:
        if recurrence.exdate_key(begin, event.all_day) in moved:
            continue
        if event.all_day:
            days = (event.end_date - event.start_date).days + 1
            local_start = localize(begin, event.timezone)
            local_end = localize(begin + dt.timedelta(days=days), event.timezone)
        else:
            local_start = begin
            local_end = (begin.astimezone(UTC) + series.duration).astimezone(tz)
        result.append(_occurrence(event, place, campaign, local_start, local_end))
    return result


def _occurrence(
    event,
    place: str,
    campaign: str,
    start: dt.datetime,
    end: dt.datetime,
    instance: EventOverride | None = None,
):
    return Occurrence(
        event_id=event.id,
        uid=event.uid,
        title=(instance.title if instance and instance.title else event.title),
        kind=event.kind,
        status=instance.status if instance else event.status,
        visibility=event.visibility,
        timezone=event.timezone,
        all_day=event.all_day,
        start=start,
        end=end,
        recurring=bool(event.rrule),
        place=place,
        campaign=campaign,
    )


# --- Editing as the window does it: an event with its people and tasks, undoable ------------


class EditConflict(KnownError):
    """Someone else saved the event after this editor opened it."""


@dataclass
class RoleDraft:
    """A contact's part in an event, as the editor holds it."""

    contact_id: int
    role: str = "other"
    shown_publicly: bool = False


@dataclass
class TaskDraft:
    text: str
    done: bool = False
    due_date: dt.date | None = None
    assignee_id: int | None = None


@dataclass
class EventEdit:
    """Everything the event editor returns: the draft, its people and tasks.

    ``new_place`` names a place to create (or reuse) on save, instead of ``draft.place_id``.
    ``version`` is the event's version when the editor opened it, so a save over someone
    else's newer save is noticed (None: overwrite).
    """

    draft: EventDraft
    roles: list[RoleDraft] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)
    new_place: str = ""
    version: int | None = None


def edit_problems(edit: EventEdit) -> dict[str, str]:
    """Every problem of an edit, by field: the draft's and "roles", "tasks", "new_place"."""
    found = problems(edit.draft)
    if edit.new_place.strip() and len(edit.new_place.strip()) > NAME_MAX:
        found["new_place"] = QT_TRANSLATE_NOOP(
            "Events", "A place name is longer than {limit} characters."
        ).format(limit=NAME_MAX)
    seen = set()
    for role in edit.roles:
        if role.role not in ROLE_KINDS:
            found["roles"] = f"“{role.role}” is not a role; use one of: {', '.join(ROLE_KINDS)}."
            break
        key = (role.contact_id, role.role)
        if key in seen:
            found["roles"] = QT_TRANSLATE_NOOP(
                "Events", "The same person is listed twice in the same role."
            )
            break
        seen.add(key)
    if any(not task.text.strip() for task in edit.tasks):
        found["tasks"] = QT_TRANSLATE_NOOP(
            "Events", "A task has no text; write what needs doing or remove it."
        )
    return found


def edit_of(event: Event) -> EventEdit:
    """What the editor starts from for ``event``."""
    return EventEdit(
        draft=draft_of(event),
        roles=[RoleDraft(r.contact_id, r.role, r.shown_publicly) for r in event.roles],
        tasks=[TaskDraft(t.text, t.done, t.due_date, t.assignee_id) for t in event.tasks],
        version=event.version,
    )


def save_edit(session: Session, edit: EventEdit, event_id: int | None = None) -> Event:
    """Create (``event_id`` None) or update an event with its people and tasks, in one go."""
    found = edit_problems(edit)
    if found:
        raise KnownError(next(iter(found.values())))
    draft = edit.draft
    if edit.new_place.strip():
        place = place_named(session, edit.new_place, timezone=draft.timezone)
        draft = replace(draft, place_id=place.id)
    if event_id is None:
        event = create(session, draft)
    else:
        event = session.get(Event, event_id)
        if event is None:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Events", "This event was deleted in the meantime; save it as a new one."
                )
            )
        if edit.version is not None and event.version != edit.version:
            raise EditConflict(
                QT_TRANSLATE_NOOP(
                    "Events", "“{title}” was changed by someone else after you opened it."
                ).format(title=event.title)
            )
        update(session, event, draft)
    _set_people(session, event, edit.roles, edit.tasks)
    session.flush()
    return event


def _existing(session: Session, model, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(ids))))


def _set_people(
    session: Session, event: Event, roles: list[RoleDraft], tasks: list[TaskDraft]
) -> None:
    # Someone may have deleted a contact since the editor (or an undo snapshot) saw it.
    contacts = _existing(
        session,
        Contact,
        {r.contact_id for r in roles} | {t.assignee_id for t in tasks if t.assignee_id},
    )
    wanted = [r for r in roles if r.contact_id in contacts]
    if [(r.contact_id, r.role) for r in event.roles] == [(r.contact_id, r.role) for r in wanted]:
        for role, draft in zip(event.roles, wanted, strict=True):
            role.shown_publicly = draft.shown_publicly
    else:
        # Rows are listed by id, so the order people were given in is kept by replacing them;
        # the old rows go first, or the unique (event, contact, role) would clash.
        event.roles = []
        session.flush()
        event.roles = [
            Role(contact_id=r.contact_id, role=r.role, shown_publicly=r.shown_publicly)
            for r in wanted
        ]
    with session.no_autoflush:
        event.tasks = [
            Task(
                text=task.text.strip(),
                done=task.done,
                due_date=task.due_date,
                assignee_id=task.assignee_id if task.assignee_id in contacts else None,
                position=position,
            )
            for position, task in enumerate(tasks)
        ]


@dataclass
class EventSnapshot:
    """All of a deleted event, enough to put it back with the same id and UID."""

    id: int
    uid: str
    sequence: int
    created_at: dt.datetime
    edit: EventEdit


def snapshot(session: Session, event_id: int) -> EventSnapshot:
    event = session.get(Event, event_id)
    if event is None:
        raise KnownError(QT_TRANSLATE_NOOP("Events", "This event no longer exists."))
    return EventSnapshot(
        id=event.id,
        uid=event.uid,
        sequence=event.sequence or 0,
        created_at=event.created_at,
        edit=edit_of(event),
    )


def delete(session: Session, event_id: int) -> EventSnapshot:
    """Delete an event (its roles and tasks go with it); returns what ``restore`` needs."""
    kept = snapshot(session, event_id)
    session.delete(session.get(Event, event_id))
    session.flush()
    return kept


def restore(session: Session, kept: EventSnapshot) -> Event:
    """Put a deleted event back with its id, UID and SEQUENCE (undo of a delete or create)."""
    if session.get(Event, kept.id) is not None:
        raise KnownError(QT_TRANSLATE_NOOP("Events", "This event exists again already."))
    if session.scalar(select(Event.id).where(Event.uid == kept.uid)) is not None:
        raise KnownError(
            QT_TRANSLATE_NOOP("Events", "An event with the same UID was imported in the meantime.")
        )
    draft = replace(kept.edit.draft, tags=list(kept.edit.draft.tags))
    if draft.place_id is not None and not _existing(session, Place, {draft.place_id}):
        draft.place_id = None
    if draft.campaign_id is not None and not _existing(session, Campaign, {draft.campaign_id}):
        draft.campaign_id = None
    check(draft)
    event = Event(id=kept.id, uid=kept.uid, created_at=kept.created_at)
    _apply(session, event, draft)
    event.sequence = kept.sequence
    session.add(event)
    session.flush()
    _set_people(session, event, kept.edit.roles, kept.edit.tasks)
    session.flush()
    return event


def duplicate(
    session: Session, event_id: int, *, shift: dt.timedelta = dt.timedelta(days=7)
) -> Event:
    """A copy of an event for the next action in a series: a week later by default.

    The copy is a new event (new UID, SEQUENCE 0) with the same people and open tasks;
    tasks are copied as not done and their due dates move with it; turnout counts are not.
    """
    original = session.get(Event, event_id)
    if original is None:
        raise KnownError(QT_TRANSLATE_NOOP("Events", "This event no longer exists."))
    source = edit_of(original)
    draft = replace(
        source.draft,
        start=source.draft.start + shift,
        end=source.draft.end + shift if source.draft.end else None,
        exdates=[],
        actual_turnout=None,
        tags=list(source.draft.tags),
    )
    if draft.status in ("done", "cancelled", "postponed"):
        draft.status = "planned"
    tasks = [
        TaskDraft(t.text, False, t.due_date + shift if t.due_date else None, t.assignee_id)
        for t in source.tasks
    ]
    return save_edit(session, EventEdit(draft=draft, roles=source.roles, tasks=tasks))


@dataclass(frozen=True)
class Choices:
    """What the editor's pickers offer: (id, name[, zone]) of places, campaigns, contacts."""

    places: list[tuple[int, str, str]]
    campaigns: list[tuple[int, str]]
    contacts: list[tuple[int, str]]


def choices(session: Session) -> Choices:
    return Choices(
        places=[
            (row.id, row.name + (f" ({row.city})" if row.city else ""), row.timezone)
            for row in session.execute(
                select(Place.id, Place.name, Place.city, Place.timezone).order_by(
                    func.lower(Place.name), Place.id
                )
            )
        ],
        campaigns=campaign_choices(session),
        contacts=[
            (row.id, row.name)
            for row in session.execute(
                select(Contact.id, Contact.name).order_by(func.lower(Contact.name), Contact.id)
            )
        ],
    )


def campaign_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every campaign, by name: the events list's campaign filter.

    ``choices`` reads every contact too (for the editor's pickers); with 100,000 contacts
    that took a third of a second of the window's start.
    """
    return [
        (row.id, row.name)
        for row in session.execute(
            select(Campaign.id, Campaign.name).order_by(func.lower(Campaign.name))
        )
    ]


def has_events(session: Session) -> bool:
    return session.scalar(select(Event.id).limit(1)) is not None
