"""Running one user action as one transaction, with the environment's failures explained.

A locked, read-only or full database raises driver errors deep inside SQLAlchemy; here they
become a ``KnownError`` with one sentence, so the window shows a message and stays usable.
Anything else is a bug and goes on to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.schema import Database
from desktop.events import EditConflict
from desktop.records import explained_errors

T = TypeVar("T")


def run(database: Database, work: Callable[[Session], T]) -> T:
    """Call ``work(session)`` inside one transaction: all of it is saved, or none of it."""
    try:
        with explained_errors(database.url), database.sessions.begin() as session:
            return work(session)
    except StaleDataError as error:
        raise EditConflict(
            "The event was changed or deleted by someone else while you were saving."
        ) from error


def read(database: Database, work: Callable[[Session], T]) -> T:
    """Call ``work(session)`` for reading; errors explained as in ``run``."""
    with explained_errors(database.url), database.sessions() as session:
        return work(session)
