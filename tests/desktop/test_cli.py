"""The command-line contract: every core command, its output, exit codes and bad input."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import build_parser

pytestmark = pytest.mark.postgres

RANGE = ("--from", "2018-01-01", "--to", "2031-01-01")


def _dump(run_cli) -> str:
    code, out, err = run_cli("export", "json")
    assert code == 0, err
    return out


def test_demo_then_events_lists_the_campaign(run_cli):
    code, out, _ = run_cli("demo")
    assert code == 0 and "Loaded the sample campaign: 8 events" in out
    code, out, _ = run_cli("events", "--json", *RANGE)
    assert code == 0
    occurrences = json.loads(out)
    titles = {o["title"] for o in occurrences}
    assert "Prime Day strike at the Shakopee warehouse" in titles
    assert "Wayfair employees' walkout" in titles
    strike = next(o for o in occurrences if o["title"].startswith("Prime Day strike"))
    assert (strike["all_day"], strike["start"], strike["end"]) == (True, "2019-07-15", "2019-07-15")
    summit = next(o for o in occurrences if "conference" in o["title"])
    assert summit["start"] == "2019-07-12T09:00:00-04:00"
    meetings = [o for o in occurrences if o["title"] == "Weekly organizing meeting"]
    assert len(meetings) == 16  # 17 Tuesdays from 7 May to 27 Aug 2019, one excluded
    assert "2019-07-02" not in {m["start"][:10] for m in meetings}
    assert {m["start"][11:16] for m in meetings} == {"18:00"}
    cancelled = next(o for o in occurrences if o["title"] == "Rally at the Spheres")
    assert cancelled["status"] == "cancelled"


def test_demo_is_idempotent(run_cli):
    run_cli("demo")
    before = _dump(run_cli)
    code, out, _ = run_cli("demo")
    assert code == 0 and "already loaded" in out
    assert _dump(run_cli) == before


def test_demo_first_event_can_be_invited(run_cli, database):
    from desktop.events import find

    run_cli("demo")
    with database.sessions() as session:
        first = find(session, 1)
        emails = [r.contact.email for r in first.roles if r.contact.email]
        assert any(r.role == "organizer" for r in first.roles)
        assert len(emails) >= 3
        assert all(e.endswith("@example.org") for e in emails)


def test_event_add_prints_the_id_and_stores_every_flag(run_cli):
    code, out, err = run_cli(
        "event", "add", "--title", "Picket at the depot", "--start", "2030-03-01 18:00",
        "--end", "2030-03-01 20:00", "--tz", "America/Chicago", "--kind", "picket",
        "--place", "Bus depot", "--address", "1 Depot Rd", "--rrule", "FREQ=WEEKLY;COUNT=10",
        "--public", "--description", "Bring signs", "--notes", "Gate code 1234",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.strip() == "1"
    event = json.loads(_dump(run_cli))["events"][0]
    assert event["title"] == "Picket at the depot"
    assert event["kind"] == "picket" and event["visibility"] == "public"
    assert event["starts_at"] == "2030-03-02T00:00:00Z"
    assert event["rrule"] == "FREQ=WEEKLY;COUNT=10"
    assert (event["description"], event["notes"]) == ("Bring signs", "Gate code 1234")
    code, out, _ = run_cli("events", "--from", "2030-01-01", "--to", "2030-12-31", "--json")
    found = json.loads(out)
    assert len(found) == 10
    assert {o["start"][11:16] for o in found} == {"18:00"}
    assert all(o["place"] == "Bus depot" for o in found)


def test_event_add_all_day_and_default_zone(run_cli, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    from desktop import timeutil

    timeutil.local_zone_name.cache_clear()
    code, _, err = run_cli("event", "add", "--title", "Strike", "--start", "2030-05-01",
                             "--all-day", "--internal")  # fmt: skip
    timeutil.local_zone_name.cache_clear()
    assert code == 0, err
    event = json.loads(_dump(run_cli))["events"][0]
    assert (event["all_day"], event["start_date"], event["end_date"]) == (
        True, "2030-05-01", "2030-05-01")  # fmt: skip
    assert event["timezone"] == "Europe/Berlin" and event["visibility"] == "internal"


def test_event_add_uses_the_places_zone(run_cli):
    run_cli("event", "add", "--title", "A", "--start", "2030-01-01 10:00", "--tz",
            "Asia/Tokyo", "--place", "Hall")  # fmt: skip
    run_cli("event", "add", "--title", "B", "--start", "2030-01-02 10:00", "--place", "Hall")
    zones = [e["timezone"] for e in json.loads(_dump(run_cli))["events"]]
    assert zones == ["Asia/Tokyo", "Asia/Tokyo"]


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--start", "2030-13-45 10:00"), "is not a valid start"),
        (("--start", "tomorrow-ish"), "is not a valid start"),
        (("--start", "2030-03-01 10:00", "--tz", "Mars/Olympus"), "is not a time zone"),
        (("--start", "2030-03-01 10:00", "--end", "2030-03-01 09:00"), "end is before"),
        (("--start", "2030-03-01 10:00", "--rrule", "FREQ=FORTNIGHTLY"), "recurrence rule"),
        (("--start", "2030-03-01 10:00", "--rrule", "FREQ=SECONDLY"), "recurrence rule"),
        (("--start", "2030-03-01 10:00", "--kind", "party"), "is not a kind"),
        (("--start", "2030-03-01 10:00", "--address", "1 Main St"), "--address needs --place"),
    ],
)
def test_event_add_bad_input_is_one_sentence_and_changes_nothing(run_cli, args, sentence):
    run_cli("demo")
    before = _dump(run_cli)
    code, out, err = run_cli("event", "add", "--title", "Picket", *args)
    assert code == 1
    assert sentence in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert out == ""
    assert _dump(run_cli) == before


def test_blank_title_is_refused(run_cli):
    code, _, err = run_cli("event", "add", "--title", "  ", "--start", "2030-01-01 10:00")
    assert code == 1 and "title is empty" in err


@pytest.mark.parametrize(
    "args",
    [
        ("event", "add", "--start", "2030-01-01 10:00"),  # no --title
        ("events", "--bogus"),
        ("frobnicate",),
        ("event", "add", "--title", "x", "--start", "2030-01-01", "--public", "--internal"),
    ],
)
def test_usage_errors_exit_2(run_cli, args):
    code, _, err = run_cli(*args)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err


def test_events_range_checks(run_cli):
    code, _, err = run_cli("events", "--from", "2030-02-01", "--to", "2030-01-01")
    assert code == 1 and "before the --from date" in err
    code, _, err = run_cli("events", "--from", "yesterday")
    assert code == 1 and "not a valid --from date" in err
    code, out, _ = run_cli("events", "--from", "2030-01-01", "--to", "2030-01-31")
    assert code == 0 and "No events in that range." in out


def test_events_text_output_names_zone_and_place(run_cli):
    run_cli("demo")
    code, out, _ = run_cli("events", "--from", "2019-07-15", "--to", "2019-07-15")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert "all day" in lines[0] and "America/Chicago" in lines[0]
    assert "17:30" in lines[1] and "America/New_York" in lines[1] and "Madison" in lines[1]


def test_json_round_trip_is_identical(run_cli, tmp_path):
    run_cli("demo")
    run_cli("event", "add", "--title", "Extra", "--start", "2030-01-01 10:00", "--tz", "UTC")
    exported = tmp_path / "all.json"
    assert run_cli("export", "json", "-o", str(exported))[0] == 0
    other = tmp_path / "other.sqlite3"
    code, out, err = run_cli("import", "json", str(exported), db=other)
    assert code == 0, err
    assert "Imported 9 events, 6 places, 7 contacts and 1 campaigns." in out
    again = tmp_path / "again.json"
    assert run_cli("export", "json", "-o", str(again), db=other)[0] == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "is not a Turnout JSON export"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a Turnout JSON export"),
        (b"[1, 2, 3]", "it is not a Turnout export"),
        (b'{"format": "turnout", "version": 99}', "format version 99"),
        (b"[" * 100000, "is not a Turnout JSON export"),
    ],
)
def test_import_json_refuses_bad_files(run_cli, tmp_path, content, sentence):
    run_cli("demo")
    before = _dump(run_cli)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, _, err = run_cli("import", "json", str(bad))
    assert code == 1 and sentence in err and "Traceback" not in err
    assert _dump(run_cli) == before


def test_import_json_is_all_or_nothing(run_cli, tmp_path):
    run_cli("demo")
    data = json.loads(_dump(run_cli))
    for event in data["events"]:
        event["uid"] += "-copy"
        event["title"] += " (copy)"
    data["events"][-1]["timezone"] = "Nowhere/Atlantis"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = _dump(run_cli)
    code, _, err = run_cli("import", "json", str(bad))
    assert code == 1 and "event #8" in err and "Nowhere/Atlantis" in err
    assert _dump(run_cli) == before


def test_import_json_missing_file(run_cli, tmp_path):
    code, _, err = run_cli("import", "json", str(tmp_path / "nope.json"))
    assert code == 1 and "Cannot read" in err


def test_export_json_to_an_unwritable_place(run_cli, tmp_path):
    code, _, err = run_cli("export", "json", "-o", str(tmp_path))
    assert code == 1 and "is a folder" in err


@pytest.mark.sqlite_only
def test_backup_and_restore(run_cli, tmp_path, db_path):
    run_cli("demo")
    before = _dump(run_cli)
    backup = tmp_path / "b.sqlite3"
    code, out, _ = run_cli("backup", "-o", str(backup))
    assert code == 0 and str(backup) in out
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    run_cli("event", "add", "--title", "After the backup", "--start", "2030-01-01 10:00")
    code, out, err = run_cli("restore", str(backup))
    assert code == 0, err
    assert "the replaced database was kept at" in out
    assert _dump(run_cli) == before
    kept = out.rsplit(" ", 1)[1].strip()
    with sqlite3.connect(kept) as connection:
        titles = [t for (t,) in connection.execute("SELECT title FROM events")]
    assert "After the backup" in titles


@pytest.mark.sqlite_only
def test_backup_default_goes_to_the_data_folder(run_cli, data_dir):
    run_cli("demo")
    code, _, _ = run_cli("backup")
    assert code == 0
    assert list((data_dir / "backups").rglob("turnout-*.sqlite3"))


@pytest.mark.sqlite_only
def test_restore_refuses_what_is_not_a_backup(run_cli, tmp_path):
    run_cli("demo")
    before = _dump(run_cli)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = run_cli("restore", str(junk))
    assert code == 1 and "is not a Turnout backup" in err
    code, _, err = run_cli("restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "does not exist" in err
    assert _dump(run_cli) == before


@pytest.mark.sqlite_only
def test_not_a_database_is_one_sentence(run_cli, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    code, _, err = run_cli("events", db=junk)
    assert code == 1 and "is not a Turnout database" in err
    assert junk.read_text() == "hello"


def test_help_lists_only_what_exists():
    text = build_parser().format_help()
    for command in ("demo", "event", "events", "export", "import", "backup", "restore"):
        assert command in text
