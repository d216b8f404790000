"""Safety commands: protect the database with a passphrase or remove it, CSV export and import."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.errors import KnownError


def register(registry) -> None:
    encrypt = registry.command(
        "encrypt",
        "protect this database with a passphrase, or change it (the current one from "
        "--passphrase-file)",
        run_encrypt,
    )
    encrypt.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the new passphrase from the first line of FILE (default: ask twice)",
    )
    registry.command(
        "decrypt",
        "remove this database's passphrase (the current one from --passphrase-file); backups "
        "made while it was protected keep it",
        run_decrypt,
    )
    export_csv = registry.subcommand(
        "export", "csv", "contacts or events as CSV (safe to open in a spreadsheet)", run_export_csv
    )
    export_csv.add_argument("what", choices=("contacts", "events"))
    export_csv.add_argument("-o", "--output", type=Path, help="file (default: standard output)")
    import_csv = registry.subcommand(
        "import", "csv", "add contacts from a CSV file with a header row", run_import_csv
    )
    import_csv.add_argument("what", choices=("contacts",))
    import_csv.add_argument("file", type=Path)


def _new_passphrase(args: argparse.Namespace, context) -> str:
    if args.new_passphrase_file is not None:
        return context.read_passphrase_file(args.new_passphrase_file)
    path = context.local_path()
    first = context.ask(path, "New passphrase: ")
    if first is None:
        raise KnownError(
            "Give the new passphrase with --new-passphrase-file FILE (no terminal to ask on)."
        )
    if context.ask(path, "The same passphrase again: ") != first:
        raise KnownError("The two passphrases differ; nothing was changed.")
    return first


def run_encrypt(args: argparse.Namespace, context) -> None:
    from desktop.encryption import passphrase_problem, protect

    path = context.local_path()
    if path is None:
        raise KnownError(
            "A team database is protected on its server (disk encryption and TLS), not by Turnout."
        )
    if not path.is_file():
        raise KnownError(f"{path} does not exist; check the path.")
    current = context.passphrase_for(context.db_target)
    new = _new_passphrase(args, context)
    problem = passphrase_problem(new)
    if problem:
        raise KnownError(problem)
    context.close()
    report = protect(path, current, new)
    what = "Changed the passphrase of" if report.changed else "Protected"
    line = f"{what} {path}"
    if report.copies_protected:
        line += f"; {report.copies_protected} backups and copies are protected with it too"
    print(line + ".", file=context.stdout)
    if report.copies_skipped:
        print(
            f"{len(report.copies_skipped)} backups have another passphrase and were left as "
            f"they were (first: {report.copies_skipped[0]}).",
            file=context.stdout,
        )


def run_decrypt(args: argparse.Namespace, context) -> None:
    from db.sqlite_files import looks_like_sqlite
    from desktop.encryption import NOT_PROTECTED, unprotect

    path = context.local_path()
    if path is None:
        raise KnownError("A team database has no Turnout passphrase to remove.")
    if not path.is_file():
        raise KnownError(f"{path} does not exist; check the path.")
    if looks_like_sqlite(path):
        raise KnownError(NOT_PROTECTED.format(path=path))
    current = context.passphrase_for(context.db_target)
    context.close()
    report = unprotect(path, current)
    print(
        f"Removed the passphrase of {path}; anyone who can read this file can now read the data.",
        file=context.stdout,
    )
    count = report.copies_still_protected
    if count:
        print(
            f"{count} backup{'s' if count > 1 else ''} made while it was protected "
            f"keep{'' if count > 1 else 's'} the old passphrase.",
            file=context.stdout,
        )


def run_export_csv(args: argparse.Namespace, context) -> None:
    from desktop import csvfiles

    with context.transaction() as session:
        text = (
            csvfiles.export_contacts(session)
            if args.what == "contacts"
            else (csvfiles.export_events(session))
        )
    context.write_output(text, args.output)


def run_import_csv(args: argparse.Namespace, context) -> None:
    from desktop import csvfiles

    raw = csvfiles.read_file(args.file)
    with context.transaction() as session:
        report = csvfiles.import_contacts(session, raw, source=args.file.name)
    print(report.summary(), file=context.stdout)
    for line in report.skipped_lines():
        print(line, file=context.stdout)
