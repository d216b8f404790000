"""The ``turnout`` command: the command-line contract of DESIGN.md.

Exit codes: 0 success; 2 usage error (argparse); 1 bad input or data, with one sentence on
standard error. Each command that writes runs in one transaction, so a failed command leaves
the database as it was. Commands live in modules listed in ``COMMAND_MODULES``; each has a
``register(registry)`` function, so the iCal, print and safety commands arrive with their own
modules.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from db.errors import KnownError
from desktop.paths import default_database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.schema import Database

COMMAND_MODULES = (
    "desktop.commands.core",
    "desktop.commands.printing",
    "desktop.commands.ical",
    "desktop.commands.safety",
)


class UsageError(Exception):
    """Arguments that parse but do not make sense together: exit status 2."""


@dataclass
class Context:
    """What a command needs: the options before it and a lazily opened database."""

    db_target: str
    passphrase_file: Path | None
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    _database: Database | None = None
    # How to ask for a passphrase when there is no --passphrase-file (the window sets its
    # own dialog); by default the terminal, when there is one.
    ask_passphrase: Callable[[Path], str | None] | None = None

    def database(self) -> Database:
        if self._database is None:
            from db.schema import open_database

            self._database = open_database(self.db_target, self.passphrase_for(self.db_target))
        return self._database

    def local_path(self, target: str | None = None) -> Path | None:
        """The file behind ``--db`` (or ``target``), or None for a server URL."""
        text_value = str(target or self.db_target)
        return None if "://" in text_value else Path(text_value).expanduser().absolute()

    def passphrase_for(self, target: str) -> str | None:
        """The passphrase to open ``target`` with, or None when it is not protected."""
        from db.sqlite_files import needs_passphrase

        path = self.local_path(target)
        if path is None:
            return None
        if self.passphrase_file is not None:
            return self.read_passphrase_file()
        if not needs_passphrase(path):
            return None
        asked = self.ask(path)
        if asked is None:
            raise KnownError(
                f"{path} is protected with a passphrase; give it with --passphrase-file FILE "
                "or run Turnout from a terminal to be asked for it."
            )
        return asked

    def ask(self, path: Path, prompt: str | None = None) -> str | None:
        """Ask for a passphrase (window or terminal); None when nobody can be asked."""
        if self.ask_passphrase is not None:
            return self.ask_passphrase(path)
        if not sys.stdin.isatty():
            return None
        import getpass

        return getpass.getpass(prompt or f"Passphrase for {path}: ")

    def read_passphrase_file(self, path: Path | None = None) -> str:
        """The first line of a passphrase file (``--passphrase-file`` by default)."""
        source = path or self.passphrase_file
        try:
            with open(source, encoding="utf-8") as handle:
                line = handle.readline(65536)
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "it is not UTF-8 text"
            raise KnownError(f"Cannot read the passphrase file {source}: {reason}.") from error
        passphrase = line.rstrip("\r\n")
        if not passphrase:
            raise KnownError(f"The passphrase file {source} is empty; its first line is used.")
        return passphrase

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back on error."""
        with self.database().sessions.begin() as session:
            yield session

    def write_output(self, text: str, output: Path | None, *, binary: bytes | None = None) -> None:
        """Write a command's result to ``output`` (atomically) or to standard output."""
        if output is None:
            if binary is not None:
                sys.stdout.buffer.write(binary)
            else:
                self.stdout.write(text)
            return
        from desktop.files import write_atomically

        write_atomically(output, binary if binary is not None else text.encode("utf-8"))

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


Handler = Callable[[argparse.Namespace, Context], int | None]


class Registry:
    """Where command modules add their commands (top level, ``export …`` and ``import …``)."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND")
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = self._top.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help_text: str) -> argparse._SubParsersAction:
        if name not in self._groups:
            parser = self._top.add_parser(name, help=help_text, description=help_text)
            self._groups[name] = parser.add_subparsers(dest=f"{name}_what", metavar="WHAT")
            self._groups[name].required = True
        return self._groups[name]

    def subcommand(
        self, group: str, name: str, help_text: str, handler: Handler
    ) -> argparse.ArgumentParser:
        group_help = {"export": "write data to a file", "import": "read data from files"}
        parser = self.group(group, group_help.get(group, group)).add_parser(
            name, help=help_text, description=help_text
        )
        parser.set_defaults(handler=handler)
        return parser


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with ``commands=False`` only the options before a command
    (enough to open the window, without importing every command module)."""
    parser = argparse.ArgumentParser(
        prog="turnout",
        description="Plan, publish and print protests, strikes and rallies. "
        "With no command, opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="database file, or a SQLAlchemy URL such as postgresql+psycopg://user@host/db "
        "(default: $TURNOUT_DB, else turnout.sqlite3 in your data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=None,
        help="read the database passphrase from the first line of FILE",
    )
    from desktop import __version__

    parser.add_argument("--version", action="version", version=f"turnout {__version__}")
    if not commands:
        return parser
    registry = Registry(parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(registry)
    return parser


CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


def split_calendar_files(argv: Sequence[str]) -> tuple[list[str], list[Path]]:
    """``turnout [OPTIONS] FILE.ics...`` (how the desktop opens a calendar file): the options,
    and the files for the window to offer to import. Anything else is left to argparse."""
    rest, files = list(argv), []
    index = 0
    while index < len(rest) and rest[index].startswith("-"):
        index += 2 if rest[index] in ("--db", "--passphrase-file") else 1
    while index < len(rest) and rest[index].lower().endswith(CALENDAR_SUFFIXES):
        files.append(Path(rest.pop(index)))
    return rest, files


def _opens_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds nothing but ``--db`` and ``--passphrase-file`` with their values:
    the window opens, and no command's parser is needed."""
    index = 0
    while index < len(argv):
        if argv[index] in ("--db", "--passphrase-file") and index + 1 < len(argv):
            index += 2
        elif argv[index].startswith(("--db=", "--passphrase-file=")):
            index += 1
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv, calendar_files = split_calendar_files(sys.argv[1:] if argv is None else argv)
    parser = build_parser(commands=not _opens_window(argv))
    args = parser.parse_args(argv)
    context = Context(db_target=args.db or default_database(), passphrase_file=args.passphrase_file)
    handler: Handler | None = getattr(args, "handler", None)
    if calendar_files and handler is not None:
        raise SystemExit(f"turnout: to import {calendar_files[0]}, use: turnout import ics FILE")
    try:
        if handler is None:
            from desktop.gui import run_window

            return run_window(context, calendar_files)
        return handler(args, context) or 0
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"turnout: error: {error}", file=sys.stderr)
        return 2
    except KnownError as error:
        print(f"turnout: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("turnout: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        context.close()
