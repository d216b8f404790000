"""The print commands: ``turnout flyer`` and ``turnout program`` (PDF files)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(registry) -> None:
    flyer = registry.command(
        "flyer", "print a poster, a handbill or an event sheet of one event (PDF)", run_flyer
    )
    flyer.add_argument("event", metavar="EVENT", help="the event's number or UID")
    flyer.add_argument(
        "--template",
        choices=("poster", "handbill", "sheet"),
        default="poster",
        help="poster (public), handbill (two public half-sheets) or sheet (internal, for "
        "marshals); default: poster",
    )
    flyer.add_argument(
        "--page", choices=("letter", "a4"), help="paper size (default: from your locale)"
    )
    flyer.add_argument(
        "--lang", metavar="CODE", help="add the event's second language, e.g. es or ar"
    )
    flyer.add_argument("-o", "--output", type=Path, help="PDF file (default: standard output)")

    program = registry.command(
        "program", "print the events of a date range as a table (PDF)", run_program
    )
    program.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    program.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD, inclusive")
    program.add_argument(
        "--public", action="store_true", help="only public events and their public details"
    )
    program.add_argument(
        "--page", choices=("letter", "a4"), help="paper size (default: from your locale)"
    )
    program.add_argument("-o", "--output", type=Path, help="PDF file (default: standard output)")


def run_flyer(args: argparse.Namespace, context) -> None:
    from desktop import events
    from desktop.printing import default_page
    from desktop.printing.pieces import prepare_flyer

    with context.transaction() as session:
        piece = prepare_flyer(events.find(session, args.event), args.template, lang=args.lang)
        data = piece.pdf(args.page or default_page())
    context.write_output("", args.output, binary=data)


def run_program(args: argparse.Namespace, context) -> None:
    from desktop.printing import default_page
    from desktop.printing.pieces import prepare_program
    from desktop.timeutil import parse_date

    first = parse_date(args.start, what="--from date")
    last = parse_date(args.end, what="--to date")
    with context.transaction() as session:
        piece = prepare_program(session, first, last, public=args.public)
        data = piece.pdf(args.page or default_page())
    context.write_output("", args.output, binary=data)
