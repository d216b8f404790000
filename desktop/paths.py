"""Where Turnout keeps its files: the user's data folder, the default database, backups."""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

APP_NAME = "turnout"


def data_dir() -> Path:
    """The user's data folder for Turnout (``TURNOUT_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("TURNOUT_DATA_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Turnout"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Turnout"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def default_database() -> str:
    """``--db``'s default: ``TURNOUT_DB`` if set, else turnout.sqlite3 in the data folder."""
    return os.environ.get("TURNOUT_DB") or str(data_dir() / "turnout.sqlite3")


def backups_dir(database: Path) -> Path:
    """Where the backups of the database file ``database`` go: a folder of its own.

    Named after the file and a hash of its full path, so two databases never list, rotate
    or re-encrypt each other's backups, and the folder still says whose it is.
    """
    resolved = database.expanduser().resolve()
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", resolved.stem)[:40] or "database"
    return data_dir() / "backups" / f"{stem}-{digest}"
