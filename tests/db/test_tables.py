"""db/tables.py is the schema's one definition; db/models.py maps onto it, and the events
list reads through it without importing the ORM mapping (the window's first paint)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from db import models, tables
from db.schema import open_database

REPO = Path(__file__).resolve().parents[2]


def test_every_mapped_class_is_mapped_onto_a_core_table():
    mapped = {
        cls.__table__
        for cls in models.Base.registry._class_registry.values()
        if hasattr(cls, "__table__")
    }
    assert models.Base.metadata is tables.metadata
    assert set(tables.metadata.tables.values()) == mapped | {tables.event_tags}
    assert models.Event.__table__ is tables.events
    for cls in models.Base.registry._class_registry.values():
        if hasattr(cls, "__table__"):
            assert cls.__tablename__ == cls.__table__.name
    assert models.Event.__mapper__.version_id_col is tables.events.c.version


def test_the_events_list_reads_without_the_orm_mapping(tmp_path):
    open_database(tmp_path / "list.sqlite3").close()  # created (through the mapping) here
    script = f"""
import sys
from db.schema import open_database
from desktop.event_list import EventFilter, count_events, fetch_rows
database = open_database({str(tmp_path / "list.sqlite3")!r})
with database.sessions() as session:
    fetch_rows(session, 0, 10, EventFilter(text="strike", kind="march"), now=None)
    count_events(session, EventFilter(range="upcoming"))
print("db.models" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
