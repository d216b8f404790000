"""The schema: every table of Turnout as a SQLAlchemy Core ``Table``, defined once.

db/models.py maps its classes (Event, Place, Contact...) onto these tables, so this is the
only definition of columns, types, defaults, constraints and indexes; Alembic's revisions are
checked against ``metadata`` (tests/db). Code that reads many rows as plain tuples (the
events list) selects from these tables directly: importing this module does not import the
ORM mapping, which the window's first paint does without (DESIGN.md, Performance).
"""

from __future__ import annotations

import datetime as dt
import uuid

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

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _stamps() -> tuple[Column, ...]:
    """A stable identifier shared across databases and files, and creation/update times."""
    return (
        Column("uid", String(255), nullable=False, unique=True, default=new_uid),
        Column("created_at", UTCDateTime, nullable=False, default=utc_now),
        Column("updated_at", UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now),
    )


def _text(name: str, type_=Text, **options) -> Column:
    """A text column that is never NULL and is empty unless given."""
    return Column(name, type_, nullable=False, default="", **options)


event_tags = Table(
    "event_tags",
    metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_MAX), nullable=False, unique=True),
    _text("description"),
    Column("colour", String(7), nullable=False, default="#2f6fb3"),
    *_stamps(),
    CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    CheckConstraint("colour LIKE '#______'", name="colour_hex"),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_MAX), nullable=False),
    _text("address", String(NAME_MAX)),
    _text("city", String(SHORT_MAX)),
    _text("region", String(SHORT_MAX)),
    _text("postcode", String(32)),
    _text("country", String(SHORT_MAX)),
    Column("latitude", Float),
    Column("longitude", Float),
    # The place's IANA zone, the default for events created there.
    _text("timezone", String(64)),
    _text("access_notes"),
    Column("disclosure", String(16), nullable=False, default="exact"),
    *_stamps(),
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

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_MAX), nullable=False, index=True),
    _text("organisation", String(NAME_MAX)),
    _text("phone", String(64)),
    _text("email", String(320)),
    _text("handle", String(SHORT_MAX)),  # Signal or similar
    _text("notes"),
    *_stamps(),
    CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(SHORT_MAX), nullable=False, unique=True),
    CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(TITLE_MAX), nullable=False),
    Column("kind", String(32), nullable=False, default="protest"),
    Column("status", String(16), nullable=False, default="planned"),
    Column("visibility", String(16), nullable=False, default="internal"),
    # Instants in UTC; ``timezone`` says in which zone people read them. For all-day events
    # the dates are the truth and the instants are local midnights, kept for sorting.
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("all_day", Boolean, nullable=False, default=False),
    Column("start_date", Date),
    Column("end_date", Date),  # inclusive last day
    # Recurrence: an RFC 5545 RRULE value (without "RRULE:") expanded in ``timezone``, the
    # excluded occurrences as local ISO date-times (or dates for all-day events), and the end
    # of the last occurrence (None while the rule has no end) so queries can skip old series.
    Column("rrule", Text),
    Column("exdates", JSON, nullable=False, default=list),
    Column("recurs_until", UTCDateTime),
    Column("place_id", ForeignKey("places.id", ondelete="SET NULL"), index=True),
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="SET NULL"), index=True),
    # Public-safe text.
    _text("description"),
    _text("demands"),
    _text("what_to_bring"),
    _text("accessibility"),
    _text("url", String(URL_MAX)),
    Column("expected_turnout", Integer),
    # Internal text: never in a public feed, flyer or program.
    _text("notes"),
    _text("meeting_point"),
    _text("route"),
    _text("safety_notes"),
    _text("legal_hotline", String(64)),
    Column("actual_turnout", Integer),
    # A second language for flyers (e.g. Spanish under English): added by revision 0002.
    _text("alt_language", String(16), server_default=""),
    _text("alt_title", String(TITLE_MAX), server_default=""),
    _text("alt_description", server_default=""),
    # iCalendar SEQUENCE: bumped when time, place or status change (RFC 5546).
    Column("sequence", Integer, nullable=False, default=0),
    # Optimistic concurrency: a save over someone else's newer save fails instead of winning
    # (the mapping's version_id_col).
    Column("version", Integer, nullable=False, default=1),
    *_stamps(),
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
    CheckConstraint("actual_turnout IS NULL OR actual_turnout >= 0", name="actual_not_negative"),
    Index("ix_events_starts_at", "starts_at"),
    Index("ix_events_recurring", "rrule", "recurs_until"),
)


def _belongs_to_event() -> Column:
    """The event_id of a row that lives and dies with its event (roles, tasks, moved
    instances): required, indexed, deleted with the event."""
    return Column(
        "event_id", ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
    )


roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True),
    _belongs_to_event(),
    Column(
        "contact_id",
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("role", String(32), nullable=False, default="other"),
    Column("shown_publicly", Boolean, nullable=False, default=False),
    CheckConstraint(sql_in("role", ROLE_KINDS), name="role_known"),
    UniqueConstraint("event_id", "contact_id", "role"),
)

tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    _belongs_to_event(),
    Column("text", Text, nullable=False),
    Column("done", Boolean, nullable=False, default=False),
    Column("due_date", Date),
    Column("assignee_id", ForeignKey("contacts.id", ondelete="SET NULL"), index=True),
    Column("position", Integer, nullable=False, default=0),
    CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
)

# One instance of a recurring event moved or changed (iCalendar RECURRENCE-ID); see
# db.models.EventOverride. Added by revision 0003.
event_overrides = Table(
    "event_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    _belongs_to_event(),
    Column("recurrence_id", String(32), nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False, default="planned"),
    _text("title", String(TITLE_MAX)),  # "" means the series'
    _text("description"),
    UniqueConstraint("event_id", "recurrence_id"),
    CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
    CheckConstraint(sql_in("status", EVENT_STATUSES), name="status_known"),
)
