"""Running one user action as one transaction, with the environment's failures explained.

A locked, read-only or full database raises driver errors deep inside SQLAlchemy; here they
become a ``KnownError`` with one sentence, so the window shows a message and stays usable.
Anything else is a bug and goes on to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm.exc import StaleDataError

# desktop.events and desktop.records are imported by the first call, not by the window's
# start: the events list paints before anything runs through here.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.schema import Database

T = TypeVar("T")


def run(database: Database, work: Callable[[Session], T]) -> T:
    """Call ``work(session)`` inside one transaction: all of it is saved, or none of it."""
    from desktop.events import EditConflict
    from desktop.records import explained_errors

    try:
        with explained_errors(database.url), database.sessions.begin() as session:
            return work(session)
    except StaleDataError as error:
        raise EditConflict(
            "The event was changed or deleted by someone else while you were saving."
        ) from error


def read(database: Database, work: Callable[[Session], T]) -> T:
    """Call ``work(session)`` for reading; errors explained as in ``run``."""
    from desktop.records import explained_errors

    with explained_errors(database.url), database.sessions() as session:
        return work(session)
