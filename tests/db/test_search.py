"""Searching ignores case in every script, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Contact
from db.search import contains

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("müller", ["Jana MÜLLER"]),
        ("MÜLLER", ["Jana MÜLLER"]),
        ("jana", ["Jana MÜLLER"]),
        ("ΣΟΦΊΑ", ["σοφία Παπαδοπούλου"]),
        ("ОЛЬГА", ["Ольга Иванова"]),
        ("100%", ["100% Union"]),
        ("_", ["snake_case"]),
        ("zzz", []),
    ],
)
def test_contains_folds_every_script(session, typed, found):
    session.add_all(
        Contact(name=name)
        for name in (
            "Jana MÜLLER",
            "σοφία Παπαδοπούλου",
            "Ольга Иванова",
            "100% Union",
            "snake_case",
            "100 Union",
        )
    )
    session.flush()
    names = session.scalars(select(Contact.name).where(contains(Contact.name, typed))).all()
    assert sorted(names) == found
