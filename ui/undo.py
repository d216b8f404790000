"""Undo and redo for what the window does to events: create, edit, delete, duplicate.

Each command is pushed after its first run succeeded (the window performs the action, then
records it), so a failed save never enters the history. Undoing a delete puts the event back
with the same id and iCal UID; undoing an edit saves the earlier version again. When an undo
or redo cannot run (the database is locked, or someone else changed the event), the person
is told and the step leaves the history instead of pretending it happened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from db.schema import Database
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventEdit, EventSnapshot
from ui import actions


class UndoContext(Protocol):
    """What commands need of the window."""

    database: Database

    def report_undo_failure(self, text: str) -> None: ...

    def after_change(self, event_id: int | None) -> None: ...


class _EventCommand(QUndoCommand):
    def __init__(self, context: UndoContext, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._first = True  # the window already did the work before pushing

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._attempt(self._redo)

    def undo(self) -> None:
        self._attempt(self._undo)

    def _attempt(self, work) -> None:
        try:
            event_id = actions.run(self._context.database, work)
        except KnownError as error:
            self.setObsolete(True)
            self._context.report_undo_failure(str(error))
            return
        self._context.after_change(event_id)

    def _redo(self, session: Session) -> int | None:
        raise NotImplementedError

    def _undo(self, session: Session) -> int | None:
        raise NotImplementedError


class CreateEventCommand(_EventCommand):
    """An event that was created (or duplicated): undo deletes it, redo puts it back."""

    def __init__(self, context: UndoContext, event_id: int, text: str) -> None:
        super().__init__(context, text)
        self.event_id = event_id
        self._kept: EventSnapshot | None = None

    def _undo(self, session: Session) -> int | None:
        self._kept = events.delete(session, self.event_id)
        return None

    def _redo(self, session: Session) -> int | None:
        assert self._kept is not None
        return events.restore(session, self._kept).id


class DeleteEventCommand(_EventCommand):
    """An event that was deleted: undo restores it with the same id and UID."""

    def __init__(self, context: UndoContext, kept: EventSnapshot, text: str) -> None:
        super().__init__(context, text)
        self._kept = kept

    def _undo(self, session: Session) -> int | None:
        return events.restore(session, self._kept).id

    def _redo(self, session: Session) -> int | None:
        self._kept = events.delete(session, self._kept.id)
        return None


class EditEventCommand(_EventCommand):
    """An event that was edited: undo saves ``before`` again, redo saves ``after``."""

    def __init__(
        self, context: UndoContext, event_id: int, before: EventEdit, after: EventEdit, text: str
    ) -> None:
        super().__init__(context, text)
        self.event_id = event_id
        # Replaying is deliberate, so the version check of the editor no longer applies.
        self._before = replace(before, version=None, new_place="")
        self._after = replace(after, version=None)

    def _undo(self, session: Session) -> int | None:
        return events.save_edit(session, self._before, self.event_id).id

    def _redo(self, session: Session) -> int | None:
        return events.save_edit(session, self._after, self.event_id).id
