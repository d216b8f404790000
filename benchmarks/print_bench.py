"""Printing benchmark: one poster inside a running app, and a 200-event program.

    .venv/bin/python benchmarks/print_bench.py

Targets (DESIGN.md, Performance): a poster PDF under 50 ms once the application runs (fonts
loaded, database open); a 200-event program under 2 s. Reports medians; not run by pytest.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTER_TARGET_MS = 50.0
PROGRAM_TARGET_S = 2.0


def _median(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    from db.schema import open_database
    from desktop import events
    from desktop.demo import load_demo
    from desktop.events import EventDraft
    from desktop.printing.fonts import ensure_app
    from desktop.printing.pieces import prepare_flyer, prepare_program

    ensure_app()  # the running app: Qt up, fonts registered
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        with database.sessions.begin() as session:
            load_demo(session)
            for number in range(200):
                start = dt.datetime(2030, 3, 1, 8) + dt.timedelta(hours=7 * number)
                events.create(
                    session,
                    EventDraft(
                        title=f"Canvass shift {number:03d} in ward {number % 12 + 1}",
                        start=start,
                        end=start + dt.timedelta(hours=2),
                        timezone="America/Chicago",
                        visibility="public",
                        kind="picket" if number % 3 else "meeting",
                        description="Door to door with the strike fund leaflet.",
                    ),
                )

        def poster() -> bytes:
            with database.sessions.begin() as session:
                piece = prepare_flyer(events.find(session, 4), "poster")
            return piece.pdf("letter")

        def program() -> bytes:
            with database.sessions.begin() as session:
                piece = prepare_program(
                    session, dt.date(2030, 3, 1), dt.date(2030, 4, 30), public=True
                )
            return piece.pdf("letter")

        poster()  # first render warms Qt's glyph caches, as a running app has
        poster_s = _median(poster, 25)
        program_s = _median(program, 5)
        pages = program().count(b"/Type /Page\n")
        database.close()
    poster_ms = poster_s * 1000
    print(
        f"poster (letter, in a running app): median {poster_ms:.1f} ms "
        f"(target < {POSTER_TARGET_MS:.0f} ms, {poster_ms / POSTER_TARGET_MS:.2f}x)"
    )
    print(
        f"program of 200 events ({pages} pages): median {program_s:.2f} s "
        f"(target < {PROGRAM_TARGET_S:.0f} s, {program_s / PROGRAM_TARGET_S:.2f}x)"
    )
    return 0 if poster_s * 1000 < POSTER_TARGET_MS and program_s < PROGRAM_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
