"""The rows of the events list, read in pages so that 100,000 events open at once.

Plain tuples, not ORM objects: the list shows a few columns of many rows, and building an
Event object per row would cost more than the query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Campaign, Event, Place


@dataclass(frozen=True)
class EventRow:
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
    place: str
    campaign: str


def count_events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Event)) or 0


def fetch_rows(session: Session, offset: int, limit: int) -> list[EventRow]:
    """A page of the events list, soonest first."""
    query = (
        select(
            Event.id,
            Event.title,
            Event.kind,
            Event.status,
            Event.visibility,
            Event.starts_at,
            Event.ends_at,
            Event.timezone,
            Event.all_day,
            Event.rrule.is_not(None),
            func.coalesce(Place.name, ""),
            func.coalesce(Campaign.name, ""),
        )
        .outerjoin(Place, Event.place_id == Place.id)
        .outerjoin(Campaign, Event.campaign_id == Campaign.id)
        .order_by(Event.starts_at, Event.id)
        .offset(offset)
        .limit(limit)
    )
    return [EventRow(*row) for row in session.execute(query)]
