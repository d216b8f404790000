"""The iCalendar commands: export ics (feeds), export invite, import ics."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.errors import KnownError


def register(registry) -> None:
    feed = registry.subcommand(
        "export",
        "ics",
        "a calendar feed (.ics): the team's, or with --public only public events and fields",
        run_export_ics,
    )
    feed.add_argument("--public", action="store_true", help="public events and public fields only")
    feed.add_argument("--campaign", metavar="NAME", help="only this campaign's events")
    feed.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD")
    feed.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD, inclusive")
    feed.add_argument("-o", "--output", type=Path, help="file (default: standard output)")

    invite = registry.subcommand(
        "export",
        "invite",
        "an invite to attach to an email (METHOD:REQUEST, or CANCEL with --cancel)",
        run_export_invite,
    )
    invite.add_argument("event", metavar="EVENT", help="the event's number or UID")
    invite.add_argument("--cancel", action="store_true", help="a cancellation")
    invite.add_argument("-o", "--output", type=Path, help="file (default: standard output)")

    read = registry.subcommand(
        "import",
        "ics",
        "read .ics files: create or update events by UID; prints a summary",
        run_import_ics,
    )
    read.add_argument("files", metavar="FILE", nargs="+", type=Path)


def _date(text: str | None, what: str):
    from desktop.timeutil import parse_date

    return parse_date(text, what=what) if text else None


def run_export_ics(args: argparse.Namespace, context) -> None:
    from desktop.ical.feed import FeedOptions, export_feed

    options = FeedOptions(
        public=args.public,
        campaign=args.campaign,
        start=_date(args.start, "--from date"),
        end=_date(args.end, "--to date"),
    )
    with context.transaction() as session:
        data = export_feed(session, options)
    context.write_output("", args.output, binary=data)


def run_export_invite(args: argparse.Namespace, context) -> None:
    from desktop.events import find
    from desktop.ical.feed import export_invite

    with context.transaction() as session:
        invite = export_invite(session, find(session, args.event), cancel=args.cancel)
    context.write_output("", args.output, binary=invite.data)
    if args.output is not None:
        kind = "Cancellation" if args.cancel else "Invite"
        print(f"{kind} saved to {args.output}; send it to: {invite.recipients() or 'nobody'}",
              file=context.stdout)  # fmt: skip


def run_import_ics(args: argparse.Namespace, context) -> None:
    from desktop.ical import importer

    files = importer.read_paths(args.files)  # every file read before anything is written
    with context.transaction() as session:
        plan = importer.apply(session, files)
    created, updated = plan.count(importer.CREATE), plan.count(importer.UPDATE)
    unchanged, skipped = plan.count(importer.UNCHANGED), plan.count(importer.SKIPPED)
    files_said = "1 file" if len(files) == 1 else f"{len(files)} files"
    contacts = f", {plan.contacts} new contact{'s' if plan.contacts != 1 else ''}"
    print(
        f"Imported {files_said}: {created} created, {updated} updated, "
        f"{unchanged} unchanged, {skipped} skipped{contacts if plan.contacts else ''}.",
        file=context.stdout,
    )
    # The same reason for many components of one file is said once, with a count.
    grouped: dict[tuple[str, str, str], int] = {}
    for item in plan.skipped():
        key = (item.source, item.title or "a component", item.reason)
        grouped[key] = grouped.get(key, 0) + 1
    for (source, what, reason), count in grouped.items():
        times = f"{count:,} × " if count > 1 else ""
        print(f"  skipped {source}: {times}{what}: {reason}", file=context.stdout)
    if not files:
        raise KnownError("Give at least one .ics file.")
