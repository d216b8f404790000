"""Full-fidelity JSON export and import of a whole database (format in docs/json-format.md).

Rows refer to each other by their stable ``uid``, never by local ids, so a file can be imported
into any database: existing rows with the same uid are updated, others created. An import is
one transaction: it succeeds as a whole or leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, delete, select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.types import TypeDecorator

from db.models import Base, Campaign, Contact, Event, EventOverride, Place, Role, Tag, Task
from desktop import recurrence
from desktop.errors import KnownError
from desktop.events import moved_instances
from desktop.timeutil import is_zone

FORMAT = "turnout"
FORMAT_VERSION = 1
# Columns that are local to one database or derived: never written, recomputed on import.
_LOCAL = {"id", "place_id", "campaign_id", "event_id", "contact_id", "assignee_id", "version"}


def _columns(model: type[Base]) -> list:
    return [c for c in model.__table__.columns if c.name not in _LOCAL]


def _dump_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _row(obj: Base) -> dict[str, Any]:
    return {c.name: _dump_value(getattr(obj, c.key)) for c in _columns(type(obj))}


def export_data(session: Session) -> dict[str, Any]:
    """Everything in the database as plain JSON-ready data, in a stable order."""
    events = session.scalars(
        select(Event)
        .order_by(Event.id)
        .options(
            selectinload(Event.place),
            selectinload(Event.campaign),
            selectinload(Event.tags),
            selectinload(Event.roles).selectinload(Role.contact),
            selectinload(Event.tasks).selectinload(Task.assignee),
        )
    )
    events = list(events)
    moved = moved_instances(session, [event.id for event in events if event.rrule])
    exported_events = []
    for event in events:
        row = _row(event)
        row["place"] = event.place.uid if event.place else None
        row["campaign"] = event.campaign.uid if event.campaign else None
        row["tags"] = sorted(tag.name for tag in event.tags)
        row["roles"] = [
            {"contact": r.contact.uid, "role": r.role, "shown_publicly": r.shown_publicly}
            for r in event.roles
        ]
        row["tasks"] = [
            {
                "text": t.text,
                "done": t.done,
                "due_date": _dump_value(t.due_date),
                "assignee": t.assignee.uid if t.assignee else None,
                "position": t.position,
            }
            for t in event.tasks
        ]
        row["overrides"] = [_row(o) for _, o in sorted(moved.get(event.id, {}).items())]
        exported_events.append(row)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "campaigns": [_row(c) for c in session.scalars(select(Campaign).order_by(Campaign.id))],
        "places": [_row(p) for p in session.scalars(select(Place).order_by(Place.id))],
        "contacts": [_row(c) for c in session.scalars(select(Contact).order_by(Contact.id))],
        "tags": [t.name for t in session.scalars(select(Tag).order_by(Tag.id))],
        "events": exported_events,
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# ---------------------------------------------------------------- import


class _Bad(Exception):
    """A problem in the file, with where it is."""


def _load_value(column, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable:
            raise _Bad(f"{where}: “{column.name}” may not be empty")
        return None
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl
    try:
        if isinstance(kind, DateTime):
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
            return parsed
        if isinstance(kind, Date):
            return dt.date.fromisoformat(str(value))
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError("not true or false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("not a whole number")
            return value
        if isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("not a number")
            return float(value)
        if isinstance(kind, String):
            if not isinstance(value, str):
                raise ValueError("not text")
            if kind.length and len(value) > kind.length:
                raise ValueError(f"longer than {kind.length} characters")
            return value
    except ValueError as error:
        raise _Bad(f"{where}: “{column.name}” is {error}") from error
    return value


def _fill(obj: Base, row: dict[str, Any], where: str) -> None:
    if not isinstance(row, dict):
        raise _Bad(f"{where} is not an object")
    for column in _columns(type(obj)):
        if column.name in row:
            setattr(obj, column.key, _load_value(column, row[column.name], where))
        elif column.name == "uid" or (
            not column.nullable and column.default is None and column.server_default is None
        ):
            raise _Bad(f"{where} has no “{column.name}”")


def _existing(session: Session, model: type[Base], rows: list) -> dict[str, Base]:
    """The rows of ``model`` already stored under the uids in ``rows``, by uid.

    Read a few hundred uids per query: one query per row was most of an import's time.
    """
    uids = [row["uid"] for row in rows if isinstance(row, dict) and isinstance(row.get("uid"), str)]
    found: dict[str, Base] = {}
    for offset in range(0, len(uids), 500):
        chunk = uids[offset : offset + 500]
        found.update(
            (obj.uid, obj) for obj in session.scalars(select(model).where(model.uid.in_(chunk)))
        )
    return found


def _merge(
    session: Session,
    model: type[Base],
    rows: Any,
    label: str,
    stamps: dict,
    created: set[Base] | None = None,
) -> dict[str, Base]:
    """The objects for ``rows`` by uid: the stored ones updated, new ones made (and added to
    ``created`` when given)."""
    if not isinstance(rows, list):
        raise _Bad(f"“{label}” is not a list")
    stored = _existing(session, model, rows)
    by_uid: dict[str, Base] = {}
    for number, row in enumerate(rows, start=1):
        where = f"{label} #{number}"
        uid = row.get("uid") if isinstance(row, dict) else None
        if not isinstance(uid, str) or not uid:
            raise _Bad(f"{where} has no uid")
        obj = stored.get(uid)
        if obj is None:
            obj = model()
            if created is not None:
                created.add(obj)
        _fill(obj, row, where)
        session.add(obj)
        by_uid[uid] = obj
        stamps[obj] = obj.updated_at
    return by_uid


def import_data(session: Session, data: Any) -> dict[str, int]:
    """Create or update everything in ``data``; counts by kind. KnownError for a bad file."""
    try:
        return _import(session, data)
    except _Bad as problem:
        raise KnownError(f"The file cannot be imported: {problem}.") from problem
    except (IntegrityError, StatementError) as error:
        reason = str(getattr(error, "orig", error)).splitlines()[0]
        raise KnownError(f"The file cannot be imported: it breaks a rule ({reason}).") from error


def _import(session: Session, data: Any) -> dict[str, int]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Bad("it is not a Turnout export")
    if data.get("version") != FORMAT_VERSION:
        raise _Bad(
            f"it is format version {data.get('version')}, this program reads {FORMAT_VERSION}"
        )
    stamps: dict[Base, Any] = {}
    with session.no_autoflush:
        campaigns = _merge(session, Campaign, data.get("campaigns", []), "campaign", stamps)
        places = _merge(session, Place, data.get("places", []), "place", stamps)
        contacts = _merge(session, Contact, data.get("contacts", []), "contact", stamps)
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            raise _Bad("“tags” is not a list of names")
        session.flush()
        known = {tag.name: tag for tag in session.scalars(select(Tag))}
        for name in tags:
            _tag(session, name, known)
        rows = data.get("events", [])
        new_events: set[Base] = set()
        events = _merge(session, Event, rows, "event", stamps, new_events)
        moved: list[tuple[Event, list, str, bool]] = []
        for number, (row, event) in enumerate(zip(rows, events.values(), strict=True), start=1):
            where = f"event #{number}"
            stored = event not in new_events
            _link_event(session, event, row, where, places, campaigns, contacts, known, stored)
            moved.append((event, _list(row, "overrides", where), where, stored))
        # Moved instances need their event's id: one flush for all, then each event's.
        session.flush()
        for event, override_rows, where, stored in moved:
            _replace_overrides(session, event, override_rows, where, stored)
    session.flush()
    # Writing roles, tasks and moved instances updated some rows after they were filled,
    # and the column's onupdate stamped "now": put back the times the file gives.
    for obj, stamp in stamps.items():
        obj.updated_at = stamp
        flag_modified(obj, "updated_at")
    session.flush()
    return {
        "campaigns": len(campaigns),
        "places": len(places),
        "contacts": len(contacts),
        "events": len(events),
    }


def _tag(session: Session, name: str, known: dict[str, Tag]) -> Tag:
    """The tag called ``name`` (``known``: every tag by name, kept up to date here)."""
    tag = known.get(name)
    if tag is None:
        tag = known[name] = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag


def _ref(table: dict[str, Base], uid: Any, where: str, what: str) -> Base | None:
    if uid is None:
        return None
    if uid not in table:
        raise _Bad(f"{where} refers to a {what} that is not in the file")
    return table[uid]


def _link_event(
    session, event: Event, row, where, places, campaigns, contacts, known, stored: bool
) -> None:
    """Places, campaign, tags, roles and tasks of one event; ``stored``: it was in the
    database before this import (its roles and tasks are replaced)."""
    if not is_zone(event.timezone):
        raise _Bad(f"{where} has an unknown time zone “{event.timezone}”")
    if event.rrule:
        try:
            recurrence.build_rule(
                recurrence.Series(
                    dt.datetime(2000, 1, 1),
                    dt.timedelta(),
                    event.timezone,
                    event.rrule,
                    (),
                    event.all_day,
                )
            )
        except KnownError as error:
            raise _Bad(f"{where}: {str(error).rstrip('.')}") from error
    if not isinstance(event.exdates, list) or not all(isinstance(x, str) for x in event.exdates):
        raise _Bad(f"{where}: “exdates” is not a list of dates")
    event.place = _ref(places, row.get("place"), where, "place")
    event.campaign = _ref(campaigns, row.get("campaign"), where, "campaign")
    names = row.get("tags", [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise _Bad(f"{where}: “tags” is not a list of names")
    event.tags = [_tag(session, name, known) for name in dict.fromkeys(names)]
    if stored:
        # Replacing roles: delete the old rows first, or the new ones collide with them.
        event.roles = []
        event.tasks = []
        session.flush()
    event.roles = [_role(r, f"{where} role", contacts) for r in _list(row, "roles", where)]
    event.tasks = [_task(t, f"{where} task", contacts) for t in _list(row, "tasks", where)]


def _replace_overrides(
    session: Session, event: Event, rows: list, where: str, stored: bool
) -> None:
    """The event's moved instances become exactly the file's (the event has its id).

    A new event has none to delete. (A flush and an ORM delete for every event made a
    100,000-event import take over 15 minutes: the delete's session sync walks every object
    in the session.)
    """
    if stored:
        session.execute(
            delete(EventOverride)
            .where(EventOverride.event_id == event.id)
            .execution_options(synchronize_session="fetch")
        )
    for number, row in enumerate(rows, start=1):
        override = EventOverride(event_id=event.id)
        _fill(override, row, f"{where} moved instance #{number}")
        session.add(override)


def _list(row: dict, key: str, where: str) -> list:
    value = row.get(key, [])
    if not isinstance(value, list):
        raise _Bad(f"{where}: “{key}” is not a list")
    return value


def _role(row: Any, where: str, contacts) -> Role:
    role = Role()
    _fill(role, row, where)
    role.contact = _ref(contacts, row.get("contact"), where, "contact")
    if role.contact is None:
        raise _Bad(f"{where} names no contact")
    return role


def _task(row: Any, where: str, contacts) -> Task:
    task = Task()
    _fill(task, row, where)
    task.assignee = _ref(contacts, row.get("assignee"), where, "contact")
    return task
