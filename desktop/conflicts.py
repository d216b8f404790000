"""Saving over someone else's newer save: detect it, and carry out the user's choice.

Two windows, or two organizers on a team server, can open the same event. Each editor keeps
the version it loaded; saving checks that version. On a mismatch the user chooses: keep mine
(overwrite theirs knowingly), take theirs (drop my edits), or save mine as a new event.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Event
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventDraft


class EditConflict(KnownError):
    """Someone saved the event after this editor loaded it."""

    def __init__(self, title: str, theirs: EventDraft, their_version: int) -> None:
        super().__init__(
            f"“{title}” was changed by someone else after you opened it; "
            "choose whether to keep your version, take theirs, or save yours as a copy."
        )
        self.theirs = theirs
        self.their_version = their_version


def _current(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id, with_for_update=True)
    if event is None:
        raise KnownError("This event was deleted by someone else; save yours as a copy instead.")
    return event


def save(session: Session, event_id: int, loaded_version: int, draft: EventDraft) -> Event:
    """Save ``draft`` over the event if nobody saved it since ``loaded_version``."""
    event = _current(session, event_id)
    if event.version != loaded_version:
        raise EditConflict(event.title, events.draft_of(event), event.version)
    return events.update(session, event, draft)


def keep_mine(session: Session, event_id: int, draft: EventDraft) -> Event:
    """Overwrite the newer save with the user's draft (they saw the conflict and chose so)."""
    return events.update(session, _current(session, event_id), draft)


def save_as_copy(session: Session, draft: EventDraft) -> Event:
    """Keep the other save and store the user's draft as a new event (new UID)."""
    return events.create(session, draft)
