"""Two organizers typing in the same place or person at once get one row, not two."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from db.models import Contact, Place
from db.schema import open_database
from desktop import records
from desktop.errors import KnownError
from desktop.records import ContactDraft, PlaceDraft

pytestmark = pytest.mark.postgres


def _count(database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_same_person_twice_is_refused_but_a_namesake_is_not(database):
    with database.sessions.begin() as session:
        records.save_contact(session, ContactDraft(name="Dana Okafor", email="dana@example.org"))
    twins = (
        ContactDraft(name="dana okafor", email="DANA@example.org"),
        ContactDraft(name="Dana Okafor", email="dana@example.org", phone="555-0101"),
    )
    for twin in twins:
        with (
            pytest.raises(KnownError, match="already a contact called “Dana Okafor”"),
            database.sessions.begin() as session,
        ):
            records.save_contact(session, twin)
    with database.sessions.begin() as session:  # another Dana, with other details
        records.save_contact(session, ContactDraft(name="Dana Okafor", email="d.o@example.net"))
    assert _count(database, Contact) == 2


@pytest.mark.postgres_only
def test_two_organizers_saving_the_same_place_at_once(database, db_target):
    """Both check for a twin before either commits; the server's unique rule decides."""
    teammate = open_database(db_target)
    draft = PlaceDraft(name="Union hall", address="1 Main St", city="Boston")
    mine = database.sessions()
    records.save_place(mine, draft)  # inserted, not yet committed
    outcome: list[str] = []

    def theirs() -> None:
        try:
            with teammate.sessions.begin() as session:
                records.save_place(session, draft)  # waits for my commit, then collides
            outcome.append("saved")
        except KnownError as error:
            outcome.append(str(error))

    worker = threading.Thread(target=theirs)
    worker.start()
    worker.join(timeout=1)
    assert worker.is_alive()  # the server makes the teammate wait for my transaction
    mine.commit()
    mine.close()
    worker.join(timeout=30)
    teammate.close()
    assert len(outcome) == 1 and "already a place called “Union hall”" in outcome[0]
    assert _count(database, Place) == 1
