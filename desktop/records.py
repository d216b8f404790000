"""Contacts, places and campaigns: validate drafts, list and search, create, update, delete.

The window's record views go through here and never build SQL. Each noun has a draft (what a
person typed), a row (what the list shows, with how many events use the record), problems
(one sentence per field), and an ``impact`` sentence that says what a delete would do, so the
view can ask before anything is lost.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session

from db.engine import describe
from db.errors import describe_driver_error
from db.messages import QT_TRANSLATE_NOOP
from db.models import NAME_MAX, SHORT_MAX, Campaign, Contact, Event, Place, Role, Task
from db.search import contains
from db.vocabulary import PLACE_DISCLOSURES
from desktop.errors import KnownError
from desktop.timeutil import is_zone

# What each disclosure means for the public, in the words the place editor shows.
DISCLOSURE_HELP = {
    "exact": "The public sees the full address and the map point.",
    "area": "The public sees only the city and region; the address stays internal.",
    "hidden": "The public sees nothing of the place until you change this (a secret meeting "
    "point).",
}

DEFAULT_COLOUR = "#2f6fb3"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Deliberately loose: one @, something before it, a dot in the domain, no blanks.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


# ---------------------------------------------------------------------------------------------
# Drafts


@dataclass
class ContactDraft:
    name: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    handle: str = ""
    notes: str = ""


@dataclass
class PlaceDraft:
    name: str
    address: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    timezone: str = ""
    access_notes: str = ""
    disclosure: str = "exact"


@dataclass
class CampaignDraft:
    name: str
    description: str = ""
    colour: str = DEFAULT_COLOUR


def _stripped(draft):
    """The draft with surrounding blanks removed from its one-line text fields."""
    for item in fields(draft):
        value = getattr(draft, item.name)
        if isinstance(value, str) and item.name not in ("notes", "access_notes", "description"):
            setattr(draft, item.name, value.strip())
    return draft


def _too_long(value: str, limit: int, what: str) -> str | None:
    if len(value) > limit:
        return f"The {what} is longer than {limit} characters."
    return None


# ---------------------------------------------------------------------------------------------
# Problems (one sentence per field; empty when the draft can be saved)


def contact_problems(draft: ContactDraft) -> dict[str, str]:
    found: dict[str, str] = {}
    if not draft.name.strip():
        found["name"] = "The name is empty."
    elif problem := _too_long(draft.name.strip(), NAME_MAX, "name"):
        found["name"] = problem
    if problem := _too_long(draft.organisation.strip(), NAME_MAX, "organisation"):
        found["organisation"] = problem
    if problem := _too_long(draft.phone.strip(), 64, "phone number"):
        found["phone"] = problem
    email = draft.email.strip()
    if email and not _EMAIL.match(email):
        found["email"] = f"“{email}” is not an email address (it looks like name@example.org)."
    elif problem := _too_long(email, 320, "email address"):
        found["email"] = problem
    if problem := _too_long(draft.handle.strip(), SHORT_MAX, "handle"):
        found["handle"] = problem
    return found


def place_problems(draft: PlaceDraft) -> dict[str, str]:
    found: dict[str, str] = {}
    if not draft.name.strip():
        found["name"] = "The name is empty."
    for name, limit in (
        ("name", NAME_MAX),
        ("address", NAME_MAX),
        ("city", SHORT_MAX),
        ("region", SHORT_MAX),
        ("postcode", 32),
        ("country", SHORT_MAX),
    ):
        if name not in found and (problem := _too_long(getattr(draft, name).strip(), limit, name)):
            found[name] = problem
    if draft.latitude is not None and not (
        math.isfinite(draft.latitude) and -90 <= draft.latitude <= 90
    ):
        found["latitude"] = "The latitude must be between -90 and 90."
    if draft.longitude is not None and not (
        math.isfinite(draft.longitude) and -180 <= draft.longitude <= 180
    ):
        found["longitude"] = "The longitude must be between -180 and 180."
    if (draft.latitude is None) != (draft.longitude is None):
        missing = "longitude" if draft.longitude is None else "latitude"
        found.setdefault(missing, f"Give the {missing} too, or leave both empty.")
    if draft.timezone.strip() and not is_zone(draft.timezone.strip()):
        found["timezone"] = (
            f"“{draft.timezone}” is not a time zone; pick one such as America/Chicago."
        )
    if draft.disclosure not in PLACE_DISCLOSURES:
        found["disclosure"] = "Choose exact, area only or hidden."
    return found


def campaign_problems(draft: CampaignDraft) -> dict[str, str]:
    found: dict[str, str] = {}
    if not draft.name.strip():
        found["name"] = "The name is empty."
    elif problem := _too_long(draft.name.strip(), NAME_MAX, "name"):
        found["name"] = problem
    if not _COLOUR.match(draft.colour.strip()):
        found["colour"] = f"“{draft.colour}” is not a colour; write it as #rrggbb."
    return found


_PAIR = re.compile(r"^\s*\(?\s*(-?\d{1,3}(?:\.\d+)?)\s*[,;]?\s+(-?\d{1,3}(?:\.\d+)?)\s*\)?\s*$")
_PAIR_COMMA = re.compile(r"^\s*(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)\s*$")


def coordinate_pair(text_value: str) -> tuple[float, float] | None:
    """Latitude and longitude from one pasted string ("47.6163, -122.3393", as maps copy them).

    None when the text is not such a pair (a single number, or "47,6163" with a decimal comma).
    """
    match = _PAIR.match(text_value) or _PAIR_COMMA.match(text_value)
    if match is None or "." not in text_value:
        return None
    return float(match.group(1)), float(match.group(2))


def _not_a_number(what: str, text_value: str):
    # ``what`` is "latitude" or "longitude", already in the window's language.
    return QT_TRANSLATE_NOOP("Records", "The {what} “{text}” is not a number.").format(
        what=what, text=text_value.strip()
    )


def coordinate_from_text(text_value: str, what: str) -> float | None:
    """A latitude or longitude from what a person typed: None when blank; a comma works too."""
    cleaned = text_value.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise KnownError(_not_a_number(what, text_value)) from None
    if not math.isfinite(value):
        raise KnownError(_not_a_number(what, text_value))
    return value


def _raise_first(found: dict[str, str]) -> None:
    if found:
        raise KnownError(next(iter(found.values())))


# ---------------------------------------------------------------------------------------------
# Rows for the lists


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organisation: str
    phone: str
    email: str
    handle: str
    events: int


@dataclass(frozen=True)
class PlaceRow:
    id: int
    name: str
    address: str
    city: str
    timezone: str
    disclosure: str
    events: int


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    colour: str
    description: str
    events: int


def _matches(columns, search: str):
    """Any of ``columns`` contains ``search``, case ignored in every script (db.search)."""
    return or_(*(contains(column, search.strip()) for column in columns))


def list_contacts(session: Session, search: str = "") -> list[ContactRow]:
    """Contacts by name, with how many events each has a role in."""
    used = (
        select(Role.contact_id, func.count(func.distinct(Role.event_id)).label("n"))
        .group_by(Role.contact_id)
        .subquery()
    )
    query = (
        select(
            Contact.id,
            Contact.name,
            Contact.organisation,
            Contact.phone,
            Contact.email,
            Contact.handle,
            func.coalesce(used.c.n, 0),
        )
        .outerjoin(used, used.c.contact_id == Contact.id)
        .order_by(func.lower(Contact.name), Contact.id)
    )
    if search.strip():
        query = query.where(
            _matches(
                (
                    Contact.name,
                    Contact.organisation,
                    Contact.phone,
                    Contact.email,
                    Contact.handle,
                    Contact.notes,
                ),
                search,
            )
        )
    return [ContactRow(*row) for row in session.execute(query)]


def list_places(session: Session, search: str = "") -> list[PlaceRow]:
    """Places by name, with how many events happen there."""
    used = (
        select(Event.place_id, func.count().label("n"))
        .where(Event.place_id.is_not(None))
        .group_by(Event.place_id)
        .subquery()
    )
    query = (
        select(
            Place.id,
            Place.name,
            Place.address,
            Place.city,
            Place.timezone,
            Place.disclosure,
            func.coalesce(used.c.n, 0),
        )
        .outerjoin(used, used.c.place_id == Place.id)
        .order_by(func.lower(Place.name), Place.id)
    )
    if search.strip():
        query = query.where(
            _matches(
                (
                    Place.name,
                    Place.address,
                    Place.city,
                    Place.region,
                    Place.postcode,
                    Place.country,
                ),
                search,
            )
        )
    return [PlaceRow(*row) for row in session.execute(query)]


def list_campaigns(session: Session, search: str = "") -> list[CampaignRow]:
    """Campaigns by name, with how many events belong to each."""
    used = (
        select(Event.campaign_id, func.count().label("n"))
        .where(Event.campaign_id.is_not(None))
        .group_by(Event.campaign_id)
        .subquery()
    )
    query = (
        select(
            Campaign.id,
            Campaign.name,
            Campaign.colour,
            Campaign.description,
            func.coalesce(used.c.n, 0),
        )
        .outerjoin(used, used.c.campaign_id == Campaign.id)
        .order_by(func.lower(Campaign.name), Campaign.id)
    )
    if search.strip():
        query = query.where(_matches((Campaign.name, Campaign.description), search))
    return [CampaignRow(*row) for row in session.execute(query)]


def campaign_colours(session: Session) -> dict[str, str]:
    """Each campaign's colour by its (unique) name, for the calendar."""
    return {
        name: colour for name, colour in session.execute(select(Campaign.name, Campaign.colour))
    }


# ---------------------------------------------------------------------------------------------
# Loading drafts of stored records


_DELETED = {
    "contact": QT_TRANSLATE_NOOP(
        "Records", "The contact was deleted meanwhile (perhaps in another window)."
    ),
    "place": QT_TRANSLATE_NOOP(
        "Records", "The place was deleted meanwhile (perhaps in another window)."
    ),
    "campaign": QT_TRANSLATE_NOOP(
        "Records", "The campaign was deleted meanwhile (perhaps in another window)."
    ),
}


def _get(session: Session, model, record_id: int, what: str):
    record = session.get(model, record_id)
    if record is None:
        raise KnownError(_DELETED[what])
    return record


def contact_draft(session: Session, contact_id: int) -> ContactDraft:
    contact = _get(session, Contact, contact_id, "contact")
    return ContactDraft(**{f.name: getattr(contact, f.name) for f in fields(ContactDraft)})


def place_draft(session: Session, place_id: int) -> PlaceDraft:
    place = _get(session, Place, place_id, "place")
    return PlaceDraft(**{f.name: getattr(place, f.name) for f in fields(PlaceDraft)})


def campaign_draft(session: Session, campaign_id: int) -> CampaignDraft:
    campaign = _get(session, Campaign, campaign_id, "campaign")
    return CampaignDraft(**{f.name: getattr(campaign, f.name) for f in fields(CampaignDraft)})


# ---------------------------------------------------------------------------------------------
# Create and update


def _copy(draft, record) -> None:
    for item in fields(draft):
        setattr(record, item.name, getattr(draft, item.name))


def save_contact(session: Session, draft: ContactDraft, contact_id: int | None = None) -> int:
    """Create (no id) or update a contact; returns its id. KnownError when the draft is wrong."""
    draft = _stripped(draft)
    _raise_first(contact_problems(draft))
    _refuse_twin_contact(session, draft, contact_id)
    contact = Contact() if contact_id is None else _get(session, Contact, contact_id, "contact")
    _copy(draft, contact)
    session.add(contact)
    session.flush()
    return contact.id


def _refuse_twin_contact(session: Session, draft: ContactDraft, contact_id: int | None) -> None:
    """Two organizers typing in the same person make one contact, not two.

    The same name (case aside) with the same email or phone, or with neither, is taken to be
    the same person; a namesake with other details is a different one.
    """
    same_name = session.scalars(
        select(Contact).where(
            func.lower(Contact.name) == draft.name.lower(), Contact.id != (contact_id or -1)
        )
    )
    for other in same_name:
        same_email = bool(draft.email) and other.email.lower() == draft.email.lower()
        same_phone = bool(draft.phone) and other.phone == draft.phone
        no_details = not (draft.email or draft.phone or other.email or other.phone)
        if same_email or same_phone or no_details:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Records",
                    "There is already a contact called “{name}”; open it instead, or add what "
                    "tells them apart.",
                ).format(name=other.name)
                if no_details
                else QT_TRANSLATE_NOOP(
                    "Records",
                    "There is already a contact called “{name}” with that email or phone; open "
                    "it instead, or add what tells them apart.",
                ).format(name=other.name)
            )


def save_place(session: Session, draft: PlaceDraft, place_id: int | None = None) -> int:
    """Create (no id) or update a place; refuses a second place with the same name and address."""
    draft = _stripped(draft)
    _raise_first(place_problems(draft))
    twin = session.scalar(
        select(Place.id).where(
            Place.name == draft.name,
            Place.address == draft.address,
            Place.city == draft.city,
            Place.id != (place_id or -1),
        )
    )
    if twin is not None:
        where = ", ".join(part for part in (draft.address, draft.city) if part)
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Records", "There is already a place called “{name}” at {where}."
            ).format(name=draft.name, where=where)
            if where
            else QT_TRANSLATE_NOOP(
                "Records", "There is already a place called “{name}” with no address."
            ).format(name=draft.name)
        )
    place = Place() if place_id is None else _get(session, Place, place_id, "place")
    _copy(draft, place)
    session.add(place)
    try:
        session.flush()
    except IntegrityError as error:
        # A teammate saved the same place a moment ago: the database's unique rule caught it.
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Records", "There is already a place called “{name}” (someone saved it just now)."
            ).format(name=draft.name)
        ) from error
    return place.id


def save_campaign(session: Session, draft: CampaignDraft, campaign_id: int | None = None) -> int:
    """Create (no id) or update a campaign; names are unique (case aside)."""
    draft = _stripped(draft)
    draft.colour = draft.colour.lower()
    _raise_first(campaign_problems(draft))
    twin = session.scalar(
        select(Campaign.id).where(
            func.lower(Campaign.name) == draft.name.lower(), Campaign.id != (campaign_id or -1)
        )
    )
    if twin is not None:
        raise KnownError(
            QT_TRANSLATE_NOOP("Records", "There is already a campaign called “{name}”.").format(
                name=draft.name
            )
        )
    campaign = (
        Campaign() if campaign_id is None else _get(session, Campaign, campaign_id, "campaign")
    )
    _copy(draft, campaign)
    session.add(campaign)
    session.flush()
    return campaign.id


# ---------------------------------------------------------------------------------------------
# Usage and delete


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def contact_usage(session: Session, contact_id: int) -> tuple[int, int, int]:
    """(events, roles, assigned tasks) that refer to the contact."""
    events = session.scalar(
        select(func.count(func.distinct(Role.event_id))).where(Role.contact_id == contact_id)
    )
    roles = session.scalar(select(func.count()).where(Role.contact_id == contact_id))
    tasks = session.scalar(select(func.count()).where(Task.assignee_id == contact_id))
    return events or 0, roles or 0, tasks or 0


def place_usage(session: Session, place_id: int) -> int:
    return session.scalar(select(func.count()).where(Event.place_id == place_id)) or 0


def campaign_usage(session: Session, campaign_id: int) -> int:
    return session.scalar(select(func.count()).where(Event.campaign_id == campaign_id)) or 0


def contact_impact(session: Session, contact_id: int) -> str:
    """The question to ask before deleting a contact, saying what goes with it."""
    contact = _get(session, Contact, contact_id, "contact")
    events, roles, tasks = contact_usage(session, contact_id)
    question = f"Delete contact “{contact.name}” for good?"
    parts = []
    if roles:
        parts.append(
            f"Their {_plural(roles, 'role', 'roles')} in {_plural(events, 'event', 'events')} "
            "will be removed"
        )
    if tasks:
        parts.append(f"{_plural(tasks, 'task', 'tasks')} will have nobody assigned")
    detail = "; ".join(parts) + "." if parts else "No event uses this contact."
    return f"{question} {detail} This cannot be undone."


def place_impact(session: Session, place_id: int) -> str:
    place = _get(session, Place, place_id, "place")
    count = place_usage(session, place_id)
    if not count:
        return f"Delete place “{place.name}”? No event uses it."
    return f"Delete place “{place.name}”? {_plural(count, 'event', 'events')} will have no place."


def campaign_impact(session: Session, campaign_id: int) -> str:
    campaign = _get(session, Campaign, campaign_id, "campaign")
    count = campaign_usage(session, campaign_id)
    if not count:
        return f"Delete campaign “{campaign.name}”? No event belongs to it."
    return (
        f"Delete campaign “{campaign.name}”? {_plural(count, 'event', 'events')} will no "
        "longer belong to a campaign (the events themselves stay)."
    )


def delete_contact(session: Session, contact_id: int) -> None:
    """Remove the contact and its roles; tasks assigned to it lose their assignee.

    On SQLite ``secure_delete`` overwrites the freed pages, and ``forget_deleted`` after the
    commit empties the write-ahead log, so the name and phone number do not linger on disk.
    """
    contact = _get(session, Contact, contact_id, "contact")
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))
    # The database's ON DELETE rules do the work; the ORM must not try to null the children.
    session.execute(Role.__table__.delete().where(Role.contact_id == contact.id))
    session.execute(
        Task.__table__.update().where(Task.assignee_id == contact.id).values(assignee_id=None)
    )
    session.delete(contact)
    session.flush()


def delete_place(session: Session, place_id: int) -> None:
    """Remove the place; its events stay, without a place."""
    place = _get(session, Place, place_id, "place")
    session.execute(
        Event.__table__.update()
        .where(Event.place_id == place.id)
        # Where an event happens is part of its schedule: calendars must see the change
        # (SEQUENCE), and an editor open on one of these events must not silently put it back.
        .values(place_id=None, sequence=Event.sequence + 1, version=Event.version + 1)
    )
    session.delete(place)
    session.flush()


def delete_campaign(session: Session, campaign_id: int) -> None:
    """Remove the campaign; its events stay, without a campaign."""
    campaign = _get(session, Campaign, campaign_id, "campaign")
    session.execute(
        Event.__table__.update()
        .where(Event.campaign_id == campaign.id)
        .values(campaign_id=None, version=Event.version + 1)
    )
    session.delete(campaign)
    session.flush()


def forget_deleted(engine: Engine) -> None:
    """After a delete is committed: move the WAL into the database and truncate it (SQLite)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.commit()


@contextmanager
def explained_errors(url: URL) -> Iterator[None]:
    """Turn a driver error the machine caused (locked, read-only, full disk) into a KnownError.

    Wrap the whole transaction, commit included: that is where a full disk shows up. Any
    other database error is a bug and goes on to the crash dialog rather than being dressed
    up as a sentence the user can do nothing with.
    """
    try:
        yield
    except DatabaseError as error:
        sentence = describe_driver_error(error, describe(url))
        if sentence is None:
            raise
        raise KnownError(sentence) from error
