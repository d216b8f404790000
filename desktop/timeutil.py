"""Time zones and the parsing of dates and times typed by people."""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from desktop.errors import KnownError

UTC = dt.UTC


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; KnownError when there is none."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise KnownError(f"“{name}” is not a time zone; use an IANA name such as Europe/Paris.")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError, OSError) as error:
        raise KnownError(
            f"“{name}” is not a time zone; use an IANA name such as America/Chicago."
        ) from error


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except KnownError:
        return False
    return True


@lru_cache(maxsize=1)
def all_zone_names() -> list[str]:
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


@lru_cache(maxsize=1)
def local_zone_name() -> str:
    """The computer's IANA zone name (TZ, then /etc/localtime, then /etc/timezone), or UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text(encoding="utf-8", errors="ignore").strip())
    for name in candidates:
        if name and is_zone(name):
            return name
    return "UTC"


def parse_local(text: str, *, what: str = "date") -> dt.datetime:
    """A naive wall-clock datetime from what a person typed ("2019-07-15 09:00", "2019-07-15")."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise KnownError(f"The {what} is empty; write it as YYYY-MM-DD HH:MM.")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return dt.datetime.strptime(cleaned, fmt)
        except ValueError:
            pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(cleaned), dt.time())
    except ValueError:
        pass
    raise KnownError(f"“{text}” is not a valid {what}; write it as YYYY-MM-DD HH:MM.")


def parse_date(text: str, *, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return parse_local(text, what=what).date()


def has_time(text: str) -> bool:
    return ":" in text


def localize(wall: dt.datetime, zone_name: str) -> dt.datetime:
    """Attach ``zone_name`` to a wall-clock time; a time inside a DST gap moves forward."""
    aware = wall.replace(tzinfo=zone(zone_name), fold=0)
    # Round-tripping through UTC turns a non-existent 02:30 into the real 03:30.
    return aware.astimezone(UTC).astimezone(zone(zone_name))


def to_utc(wall: dt.datetime, zone_name: str) -> dt.datetime:
    return localize(wall, zone_name).astimezone(UTC)


def day_start_utc(day: dt.date, zone_name: str) -> dt.datetime:
    return to_utc(dt.datetime.combine(day, dt.time()), zone_name)
