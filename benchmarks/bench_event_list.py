"""The events list with 100,000 events: opening the window and searching as one types.

Run:  .venv/bin/python benchmarks/bench_event_list.py [--events 100000] [--db FILE]

Generates the events once (kept in --db for the next run), then measures, headless:
- opening the main window on that database (model count + first page), against a bare
  QMainWindow shown after the same imports;
- search as you type: each keystroke of a few words typed into the search box, i.e. one
  SQL count plus one page; the median must stay under 30 ms (DESIGN.md, Performance);
- scrolling to the end of the first 20 pages (memory stays flat: only fetched pages are held).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = [
    "picket",
    "strike",
    "rally",
    "march",
    "walkout",
    "vigil",
    "boycott",
    "meeting",
    "training",
    "warehouse",
    "depot",
    "hospital",
    "school",
    "council",
    "rent",
    "tenants",
    "nurses",
    "drivers",
    "teachers",
    "climate",
    "housing",
    "wages",
]
KINDS = ("protest", "march", "rally", "strike", "walkout", "picket", "meeting", "training")
STATUSES = ("planned", "confirmed", "tentative", "done", "cancelled")
ZONES = ("America/Chicago", "America/New_York", "Europe/Berlin", "America/Los_Angeles")


def generate(database, count: int) -> None:
    """Insert ``count`` events with places, contacts and tags (a realistic mix, quickly)."""
    from sqlalchemy import insert

    from db.models import Campaign, Contact, Event, Place, Role, Tag, event_tags, new_uid

    rng = random.Random(7)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with database.sessions.begin() as session:
        session.execute(insert(Campaign), [{"name": f"Campaign {n}"} for n in range(20)])
        session.execute(
            insert(Place),
            [{"name": f"{rng.choice(WORDS).title()} hall {n}", "city": "Springfield"}
             for n in range(500)],
        )  # fmt: skip
        session.execute(
            insert(Contact), [{"name": f"Person {n} {rng.choice(WORDS)}"} for n in range(2000)]
        )
        session.execute(insert(Tag), [{"name": word} for word in WORDS])
        rows = []
        for n in range(count):
            begins = start + dt.timedelta(hours=rng.randrange(0, 24 * 365 * 4))
            weekly = n % 20 == 0
            rows.append(
                {
                    "uid": new_uid(),
                    "title": f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{n}",
                    "kind": rng.choice(KINDS),
                    "status": rng.choice(STATUSES),
                    "visibility": rng.choice(("public", "internal")),
                    "starts_at": begins,
                    "ends_at": begins + dt.timedelta(hours=2),
                    "timezone": rng.choice(ZONES),
                    "all_day": False,
                    "rrule": "FREQ=WEEKLY;COUNT=10" if weekly else None,
                    "recurs_until": begins + dt.timedelta(weeks=10) if weekly else None,
                    "exdates": [],
                    "place_id": rng.randrange(1, 501),
                    "campaign_id": rng.randrange(1, 21),
                    "description": " ".join(rng.choice(WORDS) for _ in range(30)),
                }
            )
        for offset in range(0, len(rows), 5000):
            session.execute(insert(Event), rows[offset : offset + 5000])
        session.execute(
            insert(Role),
            [{"event_id": n, "contact_id": rng.randrange(1, 2001), "role": "organizer"}
             for n in range(1, count + 1, 3)],
        )  # fmt: skip
        session.execute(
            insert(event_tags),
            [{"event_id": n, "tag_id": rng.randrange(1, len(WORDS) + 1)}
             for n in range(1, count + 1, 2)],
        )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "turnout-bench.sqlite3"))
    args = parser.parse_args()
    os.environ["TURNOUT_DATA_DIR"] = tempfile.mkdtemp(prefix="turnout-bench-")

    from PySide6.QtWidgets import QApplication, QMainWindow

    from db.schema import open_database
    from desktop.event_list import count_events

    app = QApplication([])
    database = open_database(args.db)
    with database.sessions() as session:
        have = count_events(session)
    if have < args.events:
        began = time.perf_counter()
        generate(database, args.events - have)
        print(f"generated {args.events - have} events in {time.perf_counter() - began:.1f} s")

    began = time.perf_counter()
    bare = QMainWindow()
    bare.show()
    app.processEvents()
    floor = time.perf_counter() - began

    from ui.main_window import MainWindow

    began = time.perf_counter()
    window = MainWindow(database)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - began
    print(f"window open on {window.events_model.total()} events: {opened * 1000:.0f} ms "
          f"(bare QMainWindow {floor * 1000:.0f} ms; imports excluded from both)")  # fmt: skip

    timings = []
    for phrase in ("picket wareh", "nurses", "person 12", "hall 4 strike", "#99"):
        window.search.clear()
        app.processEvents()
        typed = ""
        for char in phrase:
            typed += char
            began = time.perf_counter()
            window.search.setText(typed)  # one keystroke: a count and a page, in SQL
            app.processEvents()
            timings.append(time.perf_counter() - began)
    median = statistics.median(timings) * 1000
    worst = max(timings) * 1000
    print(f"search as you type: median {median:.1f} ms, worst {worst:.1f} ms "
          f"over {len(timings)} keystrokes (target: median < 30 ms)")  # fmt: skip

    window.search.clear()
    app.processEvents()
    began = time.perf_counter()
    for _ in range(20):
        window.events_view.scrollToBottom()
        app.processEvents()
    print(f"scrolled 20 pages ({window.events_model.rowCount()} rows loaded) in "
          f"{(time.perf_counter() - began) * 1000:.0f} ms")  # fmt: skip
    window.close()
    database.close()
    return 0 if median < 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
