"""The nouns of Turnout: events, places, contacts, roles, tasks, campaigns and tags."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime
from db.vocabulary import (
    EVENT_KINDS,
    EVENT_STATUSES,
    PLACE_DISCLOSURES,
    ROLE_KINDS,
    VISIBILITIES,
    sql_in,
)

# Alembic needs every constraint named to alter it on SQLite (batch mode recreates tables).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Lengths are limits PostgreSQL enforces (SQLite does not); services validate against them.
TITLE_MAX = 200
NAME_MAX = 200
SHORT_MAX = 100
URL_MAX = 2000


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {dt.datetime: UTCDateTime, dict: JSON, list: JSON}


class Stamped:
    """A stable identifier shared across databases and files, and creation/update times."""

    uid: Mapped[str] = mapped_column(String(255), unique=True, default=new_uid)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


event_tags = Table(
    "event_tags",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Campaign(Stamped, Base):
    __tablename__ = "campaigns"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("colour LIKE '#______'", name="colour_hex"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(7), default="#2f6fb3")

    events: Mapped[list[Event]] = relationship(back_populates="campaign")


class Place(Stamped, Base):
    __tablename__ = "places"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(sql_in("disclosure", PLACE_DISCLOSURES), name="disclosure_known"),
        CheckConstraint(
            "latitude IS NULL OR (latitude >= -90 AND latitude <= 90)", name="latitude_range"
        ),
        CheckConstraint(
            "longitude IS NULL OR (longitude >= -180 AND longitude <= 180)",
            name="longitude_range",
        ),
        # Two organizers typing the same place get one row, not two.
        UniqueConstraint("name", "address", "city"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    address: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    city: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    region: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(SHORT_MAX), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # The place's IANA zone, the default for events created there.
    timezone: Mapped[str] = mapped_column(String(64), default="")
    access_notes: Mapped[str] = mapped_column(Text, default="")
    disclosure: Mapped[str] = mapped_column(String(16), default="exact")

    events: Mapped[list[Event]] = relationship(back_populates="place")


class Contact(Stamped, Base):
    __tablename__ = "contacts"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX), index=True)
    organisation: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    handle: Mapped[str] = mapped_column(String(SHORT_MAX), default="")  # Signal or similar
    notes: Mapped[str] = mapped_column(Text, default="")

    roles: Mapped[list[Role]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT_MAX), unique=True)


class Event(Stamped, Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(sql_in("kind", EVENT_KINDS), name="kind_known"),
        CheckConstraint(sql_in("status", EVENT_STATUSES), name="status_known"),
        CheckConstraint(sql_in("visibility", VISIBILITIES), name="visibility_known"),
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint(
            "(all_day AND start_date IS NOT NULL AND end_date IS NOT NULL "
            "AND end_date >= start_date) "
            "OR (NOT all_day AND start_date IS NULL AND end_date IS NULL)",
            name="all_day_has_dates",
        ),
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        CheckConstraint(
            "expected_turnout IS NULL OR expected_turnout >= 0", name="expected_not_negative"
        ),
        CheckConstraint(
            "actual_turnout IS NULL OR actual_turnout >= 0", name="actual_not_negative"
        ),
        Index("ix_events_starts_at", "starts_at"),
        Index("ix_events_recurring", "rrule", "recurs_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    kind: Mapped[str] = mapped_column(String(32), default="protest")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    visibility: Mapped[str] = mapped_column(String(16), default="internal")

    # Instants in UTC; ``timezone`` says in which zone people read them. For all-day events
    # the dates are the truth and the instants are local midnights, kept for sorting.
    starts_at: Mapped[dt.datetime] = mapped_column()
    ends_at: Mapped[dt.datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # inclusive last day

    # Recurrence: an RFC 5545 RRULE value (without "RRULE:") expanded in ``timezone``, the
    # excluded occurrences as local ISO date-times (or dates for all-day events), and the end
    # of the last occurrence (None while the rule has no end) so queries can skip old series.
    rrule: Mapped[str | None] = mapped_column(Text)
    exdates: Mapped[list] = mapped_column(default=list)
    recurs_until: Mapped[dt.datetime | None] = mapped_column()

    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )

    # Public-safe text.
    description: Mapped[str] = mapped_column(Text, default="")
    demands: Mapped[str] = mapped_column(Text, default="")
    what_to_bring: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(URL_MAX), default="")
    expected_turnout: Mapped[int | None] = mapped_column(Integer)

    # Internal text: never in a public feed, flyer or program.
    notes: Mapped[str] = mapped_column(Text, default="")
    meeting_point: Mapped[str] = mapped_column(Text, default="")
    route: Mapped[str] = mapped_column(Text, default="")
    safety_notes: Mapped[str] = mapped_column(Text, default="")
    legal_hotline: Mapped[str] = mapped_column(String(64), default="")
    actual_turnout: Mapped[int | None] = mapped_column(Integer)

    # A second language for flyers (e.g. Spanish under English): added by revision 0002.
    alt_language: Mapped[str] = mapped_column(String(16), default="", server_default="")
    alt_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    alt_description: Mapped[str] = mapped_column(Text, default="", server_default="")

    # iCalendar SEQUENCE: bumped when time, place or status change (RFC 5546).
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # Optimistic concurrency: a save over someone else's newer save fails instead of winning.
    version: Mapped[int] = mapped_column(Integer, default=1)

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

    __mapper_args__ = {"version_id_col": version}


class Role(Base):
    __tablename__ = "roles"
    __table_args__ = (
        CheckConstraint(sql_in("role", ROLE_KINDS), name="role_known"),
        UniqueConstraint("event_id", "contact_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32), default="other")
    shown_publicly: Mapped[bool] = mapped_column(Boolean, default=False)

    event: Mapped[Event] = relationship(back_populates="roles")
    contact: Mapped[Contact] = relationship(back_populates="roles")


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="tasks")
    assignee: Mapped[Contact | None] = relationship()


class EventOverride(Base):
    """One instance of a recurring event moved or changed (iCalendar RECURRENCE-ID).

    ``recurrence_id`` names the instance as the series would have started it, like ``exdates``:
    local "YYYY-MM-DDTHH:MM" in the event's zone (a date for all-day events). Cancelled
    instances are not kept here: they become ``exdates``. Added by revision 0003.
    """

    __tablename__ = "event_overrides"
    __table_args__ = (
        UniqueConstraint("event_id", "recurrence_id"),
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
        CheckConstraint(sql_in("status", EVENT_STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    recurrence_id: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[dt.datetime] = mapped_column()
    ends_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="planned")
    title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")  # "" means the series'
    description: Mapped[str] = mapped_column(Text, default="")
