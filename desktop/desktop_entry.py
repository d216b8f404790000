"""Put Turnout in the desktop's menu: ``turnout-desktop-entry`` (or ``python -m
desktop.desktop_entry``) installs resources/turnout.desktop and the icon into the user's
~/.local/share (XDG_DATA_HOME), so Turnout appears among the applications and .ics files can
be opened with it. ``--remove`` takes them out again. Linux and other freedesktop systems.

The entry's Exec line names the ``turnout`` launcher this Python installed (the pipx or venv
one), so the menu starts the same program the terminal does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
ENTRY = RESOURCES / "turnout.desktop"
ICON = RESOURCES / "icons" / "turnout.svg"
ENTRY_NAME = "turnout.desktop"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The ``turnout`` command beside this Python (a venv or pipx), else the one on PATH."""
    beside = Path(sys.executable).with_name("turnout")
    if beside.exists():
        return str(beside)
    return shutil.which("turnout") or "turnout"


def entry_text(command: str) -> str:
    """resources/turnout.desktop with Exec and TryExec pointing at ``command``."""
    quoted = f'"{command}"' if " " in command else command
    lines = []
    for line in ENTRY.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(base: Path) -> tuple[Path, Path]:
    return (
        base / "applications" / ENTRY_NAME,
        base / "icons" / "hicolor" / "scalable" / "apps" / "turnout.svg",
    )


def _refresh(base: Path) -> None:
    """Tell the desktop about the new entry and its file type, where the tools exist."""
    for command in (
        ["update-desktop-database", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(base: Path | None = None, command: str | None = None) -> list[Path]:
    base = base or data_home()
    entry, icon = targets(base)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(command or launcher()), encoding="utf-8")
    shutil.copyfile(ICON, icon)
    _refresh(base)
    return [entry, icon]


def remove(base: Path | None = None) -> list[Path]:
    base = base or data_home()
    removed = [path for path in targets(base) if path.exists()]
    for path in removed:
        path.unlink()
    _refresh(base)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="turnout-desktop-entry",
        description="Add Turnout to the desktop's applications menu (and offer it for .ics "
        "files), in ~/.local/share.",
    )
    parser.add_argument("--remove", action="store_true", help="take the entry and icon out")
    args = parser.parse_args(argv)
    try:
        paths = remove() if args.remove else install()
    except OSError as error:
        print(f"turnout-desktop-entry: {error.strerror or error}", file=sys.stderr)
        return 1
    for path in paths:
        print(f"{'removed' if args.remove else 'wrote'} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
