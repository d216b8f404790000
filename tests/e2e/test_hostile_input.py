"""Hostile and broken input through the real commands: one sentence, bounded time, no damage.

Every file here is fed to ``turnout import …`` the way a user would. The command either
succeeds as a whole, or exits 1 with one sentence on standard error (no traceback) and the
database exactly as it was (compared row by row). ``hang_guard`` turns a hang into a failure;
nothing here asserts a duration. The machine's failures (a file that is not a database, a
read-only folder, a full disk) run the command in a subprocess where they can be made real.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO

CRLF = "\r\n"


def _calendar(*lines: str) -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hostile//Test//EN"]
    return CRLF.join([*head, *lines, "END:VCALENDAR"]) + CRLF


def _event(uid: str, *extra: str, start: str = "DTSTART:20300101T100000Z") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z", start,
            f"SUMMARY:Hostile {uid}", *extra, "END:VEVENT"]  # fmt: skip


def _png() -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
            b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
            b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")  # fmt: skip


# name -> (file content, "refused" | "accepted" | "either")
ICS_CASES = {
    "nested-50000.ics": (
        "BEGIN:VCALENDAR\r\n"
        + "BEGIN:X-NEST\r\n" * 50_000
        + "END:X-NEST\r\n" * 50_000
        + "END:VCALENDAR\r\n",
        "refused",
    ),
    "secondly-no-end.ics": (_calendar(*_event("s1", "RRULE:FREQ=SECONDLY")), "either"),
    "count-billion.ics": (_calendar(*_event("c1", "RRULE:FREQ=DAILY;COUNT=1000000000")), "either"),
    "impossible-dates.ics": (
        _calendar(
            *_event("d1", start="DTSTART:20250230T100000Z"),
            *_event("d2", start="DTSTART:20251301T100000Z"),
            *_event("d3", start="DTSTART:99999999T999999Z"),
            *_event("d4", start="DTSTART;VALUE=DATE:00000000"),
        ),
        "either",
    ),
    "unknown-zone.ics": (
        _calendar(*_event("z1", start="DTSTART;TZID=Mars/Olympus_Mons:20300101T100000")),
        "either",
    ),
    "broken-alarm.ics": (
        _calendar(*_event("a1", "BEGIN:VALARM", "TRIGGER:yesterday-ish", "ACTION:", "END:VALARM")),
        "either",
    ),
    "bom.ics": ("\ufeff" + _calendar(*_event("b1")), "accepted"),
    "latin1.ics": (_calendar(*_event("l1", "DESCRIPTION:Grève générale à Montréal")), "either"),
    "random-bytes.ics": (random.Random(6).randbytes(64 * 1024), "refused"),
    "image.ics": (_png(), "refused"),
    "empty.ics": (b"", "refused"),
}


def _fingerprint(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to tell "unchanged" from "changed"."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]  # fmt: skip
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}  # fmt: skip
    finally:
        connection.close()


def _one_sentence(err: str) -> None:
    assert err.startswith("turnout: ") and err.endswith("\n"), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "Error:" not in err


def _encoded(content: str | bytes, name: str) -> bytes:
    if isinstance(content, bytes):
        return content
    return content.encode("latin-1" if name.startswith("latin1") else "utf-8")


@pytest.fixture
def seeded(run_cli, db_path):
    code, _, err = run_cli("event", "add", "--title", "Already here", "--start", "2030-02-01 10:00",
                           "--notes", "internal")  # fmt: skip
    assert code == 0, err
    return _fingerprint(db_path)


@pytest.mark.parametrize("name", sorted(ICS_CASES))
def test_hostile_calendar_files(name, run_cli, db_path, tmp_path, seeded, hang_guard):
    content, expected = ICS_CASES[name]
    source = tmp_path / name
    source.write_bytes(_encoded(content, name))
    code, out, err = run_cli("import", "ics", str(source))
    if code == 0:
        assert expected != "refused", f"{name} was accepted: {out}"
        assert err == "" or err.count("\n") <= 1
        assert "Traceback" not in out + err
        # What was imported can be listed (bounded expansion of whatever rules came in).
        code, _, err = run_cli("events", "--from", "2029-12-01", "--to", "2031-01-01")
        assert code == 0, err
    else:
        assert expected != "accepted", f"{name} was refused: {err}"
        assert code == 1 and out == ""
        _one_sentence(err)
        assert _fingerprint(db_path) == seeded


def test_a_hundred_thousand_events_are_bounded(run_cli, db_path, tmp_path, seeded, hang_guard):
    """100,000 events: refused in one sentence, or imported whole, within the hang guard."""
    lines = [
        line
        for n in range(100_000)
        for line in (
            "BEGIN:VEVENT",
            f"UID:many-{n}",
            "DTSTART:20300101T100000Z",
            "SUMMARY:x",
            "END:VEVENT",
        )
    ]
    source = tmp_path / "many.ics"
    source.write_text(_calendar(*lines), encoding="utf-8")
    code, out, err = run_cli("import", "ics", str(source))
    if code == 1:
        _one_sentence(err)
        assert _fingerprint(db_path) == seeded
    else:
        assert code == 0 and "100000 created" in out, err


JSON_CASES = {
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "not-json.json": "format: turnout\n",
    "wrong-shape.json": json.dumps({"format": "turnout", "version": 1, "events": "lots"}),
    "wrong-types.json": json.dumps({"format": "turnout", "version": 1,
                                    "events": [{"uid": 5, "title": ["x"], "starts_at": {}}]}),
    "future.json": json.dumps({"format": "turnout", "version": 999, "events": []}),
    "bad-date.json": json.dumps({"format": "turnout", "version": 1, "events": [
        {"uid": "j1", "title": "x", "starts_at": "2025-02-30T10:00:00Z",
         "ends_at": "2025-02-30T12:00:00Z", "timezone": "Mars/Base"}]}),
    "random.json": random.Random(7).randbytes(4096),
    "image.json": _png(),
    "empty.json": b"",
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_hostile_json_files(name, run_cli, db_path, tmp_path, seeded, hang_guard):
    content = JSON_CASES[name]
    source = tmp_path / name
    source.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run_cli("import", "json", str(source))
    assert code == 1, f"{name} was accepted: {out}"
    _one_sentence(err)
    assert _fingerprint(db_path) == seeded


CSV_CASES = {
    "random.csv": random.Random(8).randbytes(4096),
    "image.csv": _png(),
    "empty.csv": b"",
    "huge-cell.csv": b'name,notes\n"' + b"x" * 300_000 + b'"\n',
    "no-header.csv": b"555-0100,someone@example.org\n",
    "unclosed-quote.csv": b'name,notes\n"Ana,' + b"x\n" * 70_000,
}


@pytest.mark.parametrize("name", sorted(CSV_CASES))
def test_hostile_csv_files(name, run_cli, db_path, tmp_path, seeded, hang_guard):
    source = tmp_path / name
    source.write_bytes(CSV_CASES[name])
    code, out, err = run_cli("import", "csv", "contacts", str(source))
    assert code == 1, f"{name} was accepted: {out}"
    _one_sentence(err)
    assert _fingerprint(db_path) == seeded


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some notes\n", "not a Turnout database"),
        (_png(), "not a Turnout database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "Turnout database"),
        (random.Random(9).randbytes(8192), "protected with a passphrase"),
    ],
)
def test_a_file_that_is_not_a_database(content, words, run_cli, tmp_path, hang_guard):
    fake = tmp_path / "fake.sqlite3"
    fake.write_bytes(content)
    for command in (["events"], ["event", "add", "--title", "x", "--start", "2030-01-01"]):
        code, out, err = run_cli(*command, db=fake)
        assert code == 1 and out == ""
        _one_sentence(err)
        assert words in err
    assert fake.read_bytes() == content


# --- the machine's failures, made real in a subprocess ---------------------------------------

RUN = textwrap.dedent(
    """
    import resource, signal, sys
    limit, memory = (int(part) for part in sys.argv[1].split(":"))
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    if limit:
        # A full disk: writes past this size fail (EFBIG) instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from desktop.cli import main
    sys.exit(main(sys.argv[2:]))
    """
)


def _turnout(*args: str, limit: int = 0, memory: int = 0, user: str | None = None, data: Path):
    """Run the command in a child process (as another user, with a file or memory limit)."""
    command = [sys.executable, "-c", RUN, f"{limit}:{memory}", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]

    env = {**os.environ, "PYTHONPATH": str(REPO), "TURNOUT_DATA_DIR": str(data)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def _big_json(tmp_path: Path, db_path: Path, run_cli) -> Path:
    """An export of many events, to make an import write a lot."""
    from db.schema import open_database
    from desktop.exchange import dumps, export_data

    source_db = tmp_path / "source.sqlite3"
    database = open_database(source_db)
    try:
        import datetime as dt

        from desktop import events
        from desktop.events import EventDraft

        with database.sessions.begin() as session:
            for n in range(1500):
                events.create(session, EventDraft(title=f"Big {n}", timezone="UTC",
                                                  start=dt.datetime(2030, 1, 1, 10),
                                                  notes="n" * 400))  # fmt: skip
        with database.sessions() as session:
            text = dumps(export_data(session))
    finally:
        database.close()
    path = tmp_path / "big.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_changes_nothing(run_cli, db_path, tmp_path, seeded, data_dir, hang_guard):
    big = _big_json(tmp_path, db_path, run_cli)
    size = db_path.stat().st_size + sum(
        p.stat().st_size for p in db_path.parent.glob(f"{db_path.name}-*")
    )
    done = _turnout("--db", str(db_path), "import", "json", str(big), limit=size + 64 * 1024,
                    data=data_dir)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    _one_sentence(done.stderr)
    assert "full" in done.stderr or "disk" in done.stderr or "too large" in done.stderr.lower()
    assert _fingerprint(db_path) == seeded
    export = tmp_path / "out" / "export.json"
    done = _turnout("--db", str(db_path), "export", "json", "-o", str(export), limit=2048,
                    data=data_dir)  # fmt: skip
    assert done.returncode == 1
    _one_sentence(done.stderr)
    assert not export.exists() and not list(export.parent.glob(".export.json.*"))


def _can_drop_privileges() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and bool(_which("setpriv"))


def _which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder(db_path, seeded, hang_guard):
    import shutil
    import tempfile

    # Root writes anywhere: when the tests run as root, the command runs as "nobody", in a
    # folder that user can reach (pytest's own temporary folders are private to root).
    user = "65534" if _can_drop_privileges() else None
    top = Path(tempfile.mkdtemp(prefix="turnout-readonly-"))
    try:
        os.chmod(top, 0o755)
        folder = top / "locked"
        folder.mkdir()
        database = folder / "turnout.sqlite3"
        database.write_bytes(db_path.read_bytes())
        os.chmod(database, 0o644)
        before = _fingerprint(database)
        data = top / "data"
        data.mkdir()
        os.chmod(data, 0o777)
        os.chmod(folder, 0o555)
        cases = [
            ["--db", str(database), "event", "add", "--title", "x", "--start", "2030-01-01"],
            ["--db", str(folder / "new.sqlite3"), "events"],
            ["--db", str(database), "export", "json", "-o", str(folder / "out.json")],
        ]
        for args in cases:
            done = _turnout(*args, user=user, data=data)
            assert done.returncode == 1, (args, done.stdout, done.stderr)
            _one_sentence(done.stderr)
            assert "read-only" in done.stderr or "cannot" in done.stderr.lower(), done.stderr
        os.chmod(folder, 0o755)
        assert _fingerprint(database) == before
        assert not (folder / "new.sqlite3").exists() and not (folder / "out.json").exists()
    finally:
        os.chmod(top / "locked", 0o755)
        shutil.rmtree(top)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_the_largest_calendar_files_fit_in_bounded_memory(db_path, tmp_path, seeded, data_dir,
                                                          hang_guard):  # fmt: skip
    """A 24 MB file of long lines and the 50,000-deep nesting, each under a 1 GB address space."""
    long_line = "DESCRIPTION:" + "A" * 150_000
    events = [line for n in range(160) for line in _event(f"big-{n}", long_line)]
    big = tmp_path / "big.ics"
    big.write_text(_calendar(*events), encoding="utf-8")
    nested = tmp_path / "nested.ics"
    nested.write_text(ICS_CASES["nested-50000.ics"][0], encoding="utf-8")
    done = _turnout("--db", str(db_path), "import", "ics", str(nested), memory=2**30,
                    data=data_dir)  # fmt: skip
    assert done.returncode == 1, done.stderr
    _one_sentence(done.stderr)
    assert _fingerprint(db_path) == seeded
    done = _turnout("--db", str(db_path), "import", "ics", str(big), memory=2**30, data=data_dir)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    if done.returncode == 1:
        _one_sentence(done.stderr)
        assert _fingerprint(db_path) == seeded
