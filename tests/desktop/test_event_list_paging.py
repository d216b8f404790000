"""Pages read in date order continue from the previous page's last row: same rows as OFFSET."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.generate import make
from db.schema import open_database
from desktop.event_list import EventFilter, fetch_rows
from desktop.timeutil import UTC


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "chosen",
    [None, EventFilter(text="picket"), EventFilter(range="upcoming"), EventFilter(status="done")],
)
def test_paging_in_date_order_gives_the_rows_offset_gives(tmp_path, chosen, descending):
    path = tmp_path / "paging.sqlite3"
    make(path, 700, 50, seed=11)
    database = open_database(path)
    now = dt.datetime(2024, 6, 1, tzinfo=UTC)
    with database.sessions() as session:
        everything = fetch_rows(session, 0, 10_000, chosen, descending=descending, now=now)
        paged = []
        for offset in range(0, len(everything) + 50, 50):
            paged += fetch_rows(session, offset, 50, chosen, descending=descending, now=now)
    database.close()
    assert len(everything) > 50
    assert [row.id for row in paged] == [row.id for row in everything]


def test_a_page_asked_out_of_order_is_read_by_offset(tmp_path):
    path = tmp_path / "paging.sqlite3"
    make(path, 300, 20, seed=12)
    database = open_database(path)
    now = dt.datetime(2024, 6, 1, tzinfo=UTC)
    with database.sessions() as session:
        everything = fetch_rows(session, 0, 1_000, now=now)
        assert fetch_rows(session, 130, 20, now=now) == everything[130:150]
        assert fetch_rows(session, 150, 20, now=now) == everything[150:170]
    database.close()
