"""Durability: a writer killed with SIGKILL at random moments loses no confirmed write.

A child process adds events one transaction at a time through the same services the window
and the command line use, and prints "confirmed N" only after each commit returned. The test
kills it at a random moment (often in the middle of a commit), then checks that the file
passes SQLite's integrity check and holds every event that was confirmed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from db.schema import open_database
    from desktop import events
    from desktop.events import EventDraft

    database = open_database(sys.argv[1])
    first = int(sys.argv[2])
    print("ready", flush=True)
    for number in range(first, first + 99_999):
        with database.sessions.begin() as session:
            events.create(session, EventDraft(
                title=f"write {number}", start=dt.datetime(2030, 1, 1, 10),
                timezone="UTC", notes="x" * (number % 700)))
        print(f"confirmed {number}", flush=True)
    """
)

ROUNDS = 12


def _titles(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in connection.execute("SELECT title FROM events")}
    finally:
        connection.close()


def test_confirmed_writes_survive_sigkill(db_path: Path, hang_guard) -> None:
    from db.schema import open_database

    open_database(db_path).close()
    seed = time.time_ns()
    chance = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    confirmed: set[str] = set()
    for round_number in range(ROUNDS):
        # Numbers never repeat across rounds, so a write committed but not confirmed before
        # a kill cannot stand in for a confirmed one that was lost.
        first = round_number * 100_000
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(first)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            bufsize=1,
        )
        assert child.stdout.readline().strip() == "ready"
        # Let it write a random number of events, then kill it between two lines of output,
        # which is most often in the middle of the next transaction.
        for _ in range(chance.randint(1, 40)):
            line = child.stdout.readline().strip()
            assert line.startswith("confirmed ")
            confirmed.add(f"write {line.split()[1]}")
        time.sleep(chance.random() * 0.01)
        child.send_signal(signal.SIGKILL)
        # Anything it confirmed before it died counts too.
        for line in child.stdout:
            if line.startswith("confirmed "):
                confirmed.add(f"write {line.split()[1].strip()}")
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        found = _titles(db_path)
        missing = confirmed - found
        assert not missing, f"lost after kill -9 (seed {seed}): {sorted(missing)[:5]}"
    assert len(confirmed) >= ROUNDS
