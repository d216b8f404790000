"""The core commands: demo, event add, events, JSON export/import, backup and restore."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from db.vocabulary import EVENT_KINDS
from desktop.errors import KnownError


def register(registry) -> None:
    registry.command("demo", "load the sample campaign (safe to run twice)", run_demo)

    event = registry.group("event", "change events")
    add = event.add_parser("add", help="add an event; prints its id", description="Add an event.")
    add.set_defaults(handler=run_event_add)
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, help='"YYYY-MM-DD HH:MM" (or YYYY-MM-DD)')
    add.add_argument("--end", help='"YYYY-MM-DD HH:MM"; default two hours after the start')
    add.add_argument("--tz", help="IANA zone such as America/Chicago (default: the place's "
                     "zone, else this computer's)")  # fmt: skip
    add.add_argument("--kind", default="protest", help=f"one of: {', '.join(EVENT_KINDS)}")
    add.add_argument("--all-day", action="store_true", help="dates only, no times")
    add.add_argument("--place", help="place name (an existing place, or a new one)")
    add.add_argument("--address", default="", help="street address of a new place")
    add.add_argument("--rrule", help="recurrence, e.g. FREQ=WEEKLY;COUNT=10")
    visibility = add.add_mutually_exclusive_group()
    visibility.add_argument("--public", dest="visibility", action="store_const", const="public")
    visibility.add_argument("--internal", dest="visibility", action="store_const", const="internal")
    add.add_argument("--description", default="", help="public description")
    add.add_argument("--notes", default="", help="internal notes (never published)")

    events = registry.command(
        "events", "list occurrences in a date range, recurrences expanded", run_events
    )
    events.add_argument("--from", dest="start", help="YYYY-MM-DD (default: today)")
    events.add_argument("--to", dest="end", help="YYYY-MM-DD, inclusive (default: a year on)")
    events.add_argument("--json", action="store_true", help="machine-readable output")

    export_json = registry.subcommand(
        "export", "json", "everything in the database, full fidelity", run_export_json
    )
    export_json.add_argument("-o", "--output", type=Path, help="file (default: standard output)")
    import_json = registry.subcommand(
        "import", "json", "read a Turnout JSON export (create or update by UID)", run_import_json
    )
    import_json.add_argument("file", type=Path)

    backup = registry.command("backup", "copy the database to a backup file", run_backup)
    backup.add_argument("-o", "--output", type=Path, help="file (default: the backups folder)")
    restore = registry.command(
        "restore", "replace the database with a backup, keeping a copy of it", run_restore
    )
    restore.add_argument("file", type=Path)


def run_demo(args: argparse.Namespace, context) -> None:
    from desktop.demo import load_demo

    with context.transaction() as session:
        added = load_demo(session)
    if any(added.values()):
        print(
            f"Loaded the sample campaign: {added['events']} events, {added['places']} places, "
            f"{added['contacts']} contacts.",
            file=context.stdout,
        )
    else:
        print("The sample campaign is already loaded.", file=context.stdout)


def run_event_add(args: argparse.Namespace, context) -> None:
    from desktop import events
    from desktop.events import EventDraft
    from desktop.timeutil import has_time, local_zone_name, parse_local

    start = parse_local(args.start, what="start")
    end = parse_local(args.end, what="end") if args.end else None
    all_day = args.all_day or (not has_time(args.start) and (end is None or not has_time(args.end)))
    with context.transaction() as session:
        place = None
        if args.place:
            place = events.place_named(session, args.place, args.address, timezone=args.tz or "")
        elif args.address:
            raise KnownError("--address needs --place (the place's name).")
        timezone = args.tz or (place.timezone if place and place.timezone else local_zone_name())
        draft = EventDraft(
            title=args.title,
            start=start,
            end=end,
            timezone=timezone,
            all_day=all_day,
            kind=args.kind,
            rrule=args.rrule,
            visibility=args.visibility or "internal",
            description=args.description,
            notes=args.notes,
            place_id=place.id if place else None,
        )
        event = events.create(session, draft)
        new_id = event.id
    print(new_id, file=context.stdout)


def _date_range(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    from desktop.timeutil import parse_date

    first = parse_date(args.start, what="--from date") if args.start else dt.date.today()
    last = parse_date(args.end, what="--to date") if args.end else first + dt.timedelta(days=365)
    if last < first:
        raise KnownError("The --to date is before the --from date.")
    return first, last


def run_events(args: argparse.Namespace, context) -> None:
    from desktop.events import occurrences_between

    first, last = _date_range(args)
    # Days are read in each event's own zone: ask for a window wide enough for every zone
    # on Earth (UTC-12 to UTC+14), then keep what falls on the days in local time.
    start = dt.datetime.combine(first, dt.time(), dt.UTC) - dt.timedelta(hours=14)
    end = dt.datetime.combine(last, dt.time(), dt.UTC) + dt.timedelta(hours=36)
    day_one = dt.datetime.combine(first, dt.time())
    with context.transaction() as session:
        found = [
            o
            for o in occurrences_between(session, start, end)
            if o.start.date() <= last and o.end.replace(tzinfo=None) > day_one
        ]
    if args.json:
        context.stdout.write(json.dumps([o.as_json() for o in found], ensure_ascii=False, indent=2))
        context.stdout.write("\n")
        return
    if not found:
        print("No events in that range.", file=context.stdout)
        return
    for o in found:
        when = (
            o.start.strftime("%Y-%m-%d") + " all day"
            if o.all_day
            else o.start.strftime("%Y-%m-%d %H:%M")
        )
        flags = " (cancelled)" if o.status == "cancelled" else ""
        place = f" @ {o.place}" if o.place else ""
        print(f"{o.event_id:>6}  {when:<17} {o.timezone:<20} {o.title}{place}{flags}",
              file=context.stdout)  # fmt: skip


def run_export_json(args: argparse.Namespace, context) -> None:
    from desktop.exchange import dumps, export_data

    with context.transaction() as session:
        text = dumps(export_data(session))
    context.write_output(text, args.output)


def run_import_json(args: argparse.Namespace, context) -> None:
    from desktop.exchange import import_data

    try:
        raw = args.file.read_bytes()
    except OSError as error:
        raise KnownError(f"Cannot read {args.file}: {error.strerror}.") from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise KnownError(f"{args.file} is not a Turnout JSON export (it is not JSON).") from error
    with context.transaction() as session:
        counts = import_data(session, data)
    print(
        f"Imported {counts['events']} events, {counts['places']} places, "
        f"{counts['contacts']} contacts and {counts['campaigns']} campaigns.",
        file=context.stdout,
    )


def run_backup(args: argparse.Namespace, context) -> None:
    from desktop.backups import backup, rotate

    database = context.database()
    path = backup(database, args.output)
    if args.output is None:
        rotate(database.path)  # keep the last few dated backups, as the window's automatic ones do
    print(f"Backed up to {path}", file=context.stdout)


def run_restore(args: argparse.Namespace, context) -> None:
    from db.schema import open_database
    from desktop.backups import restore

    database = context.database()
    kept = restore(database, args.file)
    open_database(
        context.db_target, database.passphrase()
    ).close()  # upgrades an older backup now, not at next start
    print(f"Restored {args.file}; the replaced database was kept at {kept}", file=context.stdout)
