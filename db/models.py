"""The nouns of Turnout: events, places, contacts, roles, tasks, campaigns and tags.

The classes are mapped onto the Core tables of db/tables.py, the schema's one definition:
columns, defaults, constraints and indexes are declared there, relationships and the
optimistic-concurrency version here. The annotations below only type the attributes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from db import tables
from db.tables import (  # noqa: F401  (re-exported: the schema's names, for older imports)
    NAME_MAX,
    NAMING_CONVENTION,
    SHORT_MAX,
    TITLE_MAX,
    URL_MAX,
    event_tags,
    new_uid,
    utc_now,
)


class Base(DeclarativeBase):
    metadata = tables.metadata


class Stamped:
    """A stable identifier shared across databases and files, and creation/update times."""

    uid: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class Campaign(Stamped, Base):
    __tablename__ = "campaigns"
    __table__ = tables.campaigns

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    colour: Mapped[str]

    events: Mapped[list[Event]] = relationship(back_populates="campaign")


class Place(Stamped, Base):
    __tablename__ = "places"
    __table__ = tables.places

    id: Mapped[int]
    name: Mapped[str]
    address: Mapped[str]
    city: Mapped[str]
    region: Mapped[str]
    postcode: Mapped[str]
    country: Mapped[str]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    # The place's IANA zone, the default for events created there.
    timezone: Mapped[str]
    access_notes: Mapped[str]
    disclosure: Mapped[str]

    events: Mapped[list[Event]] = relationship(back_populates="place")


class Contact(Stamped, Base):
    __tablename__ = "contacts"
    __table__ = tables.contacts

    id: Mapped[int]
    name: Mapped[str]
    organisation: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    handle: Mapped[str]  # Signal or similar
    notes: Mapped[str]

    roles: Mapped[list[Role]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class Tag(Base):
    __tablename__ = "tags"
    __table__ = tables.tags

    id: Mapped[int]
    name: Mapped[str]


class Event(Stamped, Base):
    __tablename__ = "events"
    __table__ = tables.events

    id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[str]
    status: Mapped[str]
    visibility: Mapped[str]

    # Instants in UTC; ``timezone`` says in which zone people read them. For all-day events
    # the dates are the truth and the instants are local midnights, kept for sorting.
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    timezone: Mapped[str]
    all_day: Mapped[bool]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]  # inclusive last day

    # Recurrence: an RFC 5545 RRULE value (without "RRULE:") expanded in ``timezone``, the
    # excluded occurrences as local ISO date-times (or dates for all-day events), and the end
    # of the last occurrence (None while the rule has no end) so queries can skip old series.
    rrule: Mapped[str | None]
    exdates: Mapped[list]
    recurs_until: Mapped[dt.datetime | None]

    place_id: Mapped[int | None]
    campaign_id: Mapped[int | None]

    # Public-safe text.
    description: Mapped[str]
    demands: Mapped[str]
    what_to_bring: Mapped[str]
    accessibility: Mapped[str]
    url: Mapped[str]
    expected_turnout: Mapped[int | None]

    # Internal text: never in a public feed, flyer or program.
    notes: Mapped[str]
    meeting_point: Mapped[str]
    route: Mapped[str]
    safety_notes: Mapped[str]
    legal_hotline: Mapped[str]
    actual_turnout: Mapped[int | None]

    # A second language for flyers (e.g. Spanish under English): added by revision 0002.
    alt_language: Mapped[str]
    alt_title: Mapped[str]
    alt_description: Mapped[str]

    # iCalendar SEQUENCE: bumped when time, place or status change (RFC 5546).
    sequence: Mapped[int]
    # Optimistic concurrency: a save over someone else's newer save fails instead of winning.
    version: Mapped[int]

    place: Mapped[Place | None] = relationship(back_populates="events")
    campaign: Mapped[Campaign | None] = relationship(back_populates="events")
    roles: Mapped[list[Role]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Role.id",
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Task.position",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=event_tags, order_by="Tag.name")

    __mapper_args__ = {"version_id_col": tables.events.c.version}


class Role(Base):
    __tablename__ = "roles"
    __table__ = tables.roles

    id: Mapped[int]
    event_id: Mapped[int]
    contact_id: Mapped[int]
    role: Mapped[str]
    shown_publicly: Mapped[bool]

    event: Mapped[Event] = relationship(back_populates="roles")
    contact: Mapped[Contact] = relationship(back_populates="roles")


class Task(Base):
    __tablename__ = "tasks"
    __table__ = tables.tasks

    id: Mapped[int]
    event_id: Mapped[int]
    text: Mapped[str]
    done: Mapped[bool]
    due_date: Mapped[dt.date | None]
    assignee_id: Mapped[int | None]
    position: Mapped[int]

    event: Mapped[Event] = relationship(back_populates="tasks")
    assignee: Mapped[Contact | None] = relationship()


class EventOverride(Base):
    """One instance of a recurring event moved or changed (iCalendar RECURRENCE-ID).

    ``recurrence_id`` names the instance as the series would have started it, like ``exdates``:
    local "YYYY-MM-DDTHH:MM" in the event's zone (a date for all-day events). Cancelled
    instances are not kept here: they become ``exdates``. Added by revision 0003.
    """

    __tablename__ = "event_overrides"
    __table__ = tables.event_overrides

    id: Mapped[int]
    event_id: Mapped[int]
    recurrence_id: Mapped[str]
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    status: Mapped[str]
    title: Mapped[str]  # "" means the series'
    description: Mapped[str]
