"""Forgetting what old events knew about people: "Purge old personal data…".

An event is old when its last occurrence ended more than N days ago (a series without an end is
never old). Purging keeps the event itself (title, date, public text: the campaign's history)
and removes what could hurt someone if the laptop were lost: its roles and tasks, its internal
notes, meeting point, route, safety notes and hotline, and the contacts who appear only in old
events. Contacts with no role at all are the address book and stay. ``plan`` shows what
``purge`` will remove; the caller runs ``purge`` in one transaction and then
``records.forget_deleted`` so nothing lingers in the ``-wal`` file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from db.models import Contact, Event, Role, Task
from desktop.errors import KnownError

INTERNAL_TEXT = ("notes", "meeting_point", "route", "safety_notes", "legal_hotline")


@dataclass(frozen=True)
class PurgePlan:
    cutoff: dt.datetime
    events: int  # old events that hold something to remove
    roles: int
    tasks: int
    notes: int  # old events with internal text
    contacts: list[str]  # names of the contacts that will be deleted

    @property
    def empty(self) -> bool:
        return not (self.roles or self.tasks or self.notes or self.contacts)

    def describe(self) -> str:
        if self.empty:
            return (
                f"Nothing to remove: no event that ended before {self.cutoff:%Y-%m-%d} holds "
                "contacts, roles, tasks or internal notes."
            )
        parts = [
            f"{self.roles} roles",
            f"{self.tasks} tasks",
            f"the internal notes of {self.notes} events",
            f"{len(self.contacts)} contacts who appear only in these events",
        ]
        return (
            f"From {self.events} events that ended before {self.cutoff:%Y-%m-%d}, Turnout will "
            f"remove {', '.join(parts)}. The events themselves stay."
        )


def _old_events(cutoff: dt.datetime):
    return select(Event.id).where(
        or_(
            and_(Event.rrule.is_(None), Event.ends_at < cutoff),
            and_(Event.rrule.is_not(None), Event.recurs_until.is_not(None),
                 Event.recurs_until < cutoff),
        )
    )  # fmt: skip


def _cutoff(days: int, now: dt.datetime | None) -> dt.datetime:
    if days < 0:
        raise KnownError("The number of days must be zero or more.")
    return (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)


def _doomed_contacts(old):
    in_old = select(Role.contact_id).where(Role.event_id.in_(old))
    in_new = select(Role.contact_id).where(Role.event_id.not_in(old))
    assigned_new = select(Task.assignee_id).where(
        Task.event_id.not_in(old), Task.assignee_id.is_not(None)
    )
    return select(Contact.id, Contact.name).where(
        Contact.id.in_(in_old), Contact.id.not_in(in_new), Contact.id.not_in(assigned_new)
    )


def _has_notes():
    return or_(*(getattr(Event, name) != "" for name in INTERNAL_TEXT))


def plan(session: Session, days: int, now: dt.datetime | None = None) -> PurgePlan:
    """What ``purge`` would remove for events older than ``days`` days."""
    cutoff = _cutoff(days, now)
    old = _old_events(cutoff)
    roles = session.scalar(select(_count()).select_from(Role).where(Role.event_id.in_(old)))
    tasks = session.scalar(select(_count()).select_from(Task).where(Task.event_id.in_(old)))
    noted = session.scalar(
        select(_count()).select_from(Event).where(Event.id.in_(old), _has_notes())
    )
    touched = session.scalar(
        select(_count())
        .select_from(Event)
        .where(
            Event.id.in_(old),
            or_(
                _has_notes(),
                Event.id.in_(select(Role.event_id)),
                Event.id.in_(select(Task.event_id)),
            ),
        )
    )
    contacts = [name for _, name in session.execute(_doomed_contacts(old).order_by(Contact.name))]
    return PurgePlan(cutoff, touched or 0, roles or 0, tasks or 0, noted or 0, contacts)


def _count():
    return func.count()


def purge(session: Session, days: int, now: dt.datetime | None = None) -> PurgePlan:
    """Remove what ``plan`` lists; returns the plan it carried out."""
    carried = plan(session, days, now)
    old = _old_events(carried.cutoff)
    doomed = [row.id for row in session.execute(_doomed_contacts(old))]
    session.execute(delete(Role).where(Role.event_id.in_(old)))
    session.execute(delete(Task).where(Task.event_id.in_(old)))
    if doomed:
        session.execute(update(Task).where(Task.assignee_id.in_(doomed)).values(assignee_id=None))
        session.execute(delete(Role).where(Role.contact_id.in_(doomed)))
        session.execute(delete(Contact).where(Contact.id.in_(doomed)))
    session.execute(
        update(Event)
        .where(Event.id.in_(old), _has_notes())
        .values({**dict.fromkeys(INTERNAL_TEXT, ""), "version": Event.version + 1})
        .execution_options(synchronize_session=False)
    )
    session.flush()
    session.expire_all()
    return carried
