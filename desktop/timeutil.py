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


def _zone_bytes(name: str) -> bytes | None:
    """The compiled rules of zone ``name`` as zoneinfo would read them, or None."""
    import zoneinfo
    from importlib import resources

    for folder in zoneinfo.TZPATH:
        path = Path(folder, name)
        if path.is_file():
            try:
                return path.read_bytes()
            except OSError:
                return None
    try:
        return resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).read_bytes()
    except (ModuleNotFoundError, OSError):
        return None


@lru_cache(maxsize=1)
def _listed_zones() -> frozenset[str]:
    """The current (not backward-compatible) zone names of zone1970.tab, when one is found."""
    import zoneinfo

    for folder in zoneinfo.TZPATH:
        for table in ("zone1970.tab", "zone.tab"):
            path = Path(folder, table)
            if path.is_file():
                lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
                return frozenset(
                    line.split("\t")[2]
                    for line in lines
                    if line and not line.startswith("#") and line.count("\t") >= 2
                )
    return frozenset()


def _spoken(name: str) -> str:
    """How a person types a zone or city: case-insensitive, spaces for underscores."""
    return " ".join(name.replace("_", " ").split()).casefold()


@lru_cache(maxsize=1)
def _zone_index() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Zones by their spoken full name, and by their spoken last part (the city)."""
    full: dict[str, str] = {}
    cities: dict[str, list[str]] = {}
    for name in all_zone_names():
        full[_spoken(name)] = name
        cities.setdefault(_spoken(name.rsplit("/", 1)[-1]), []).append(name)
    return full, {city: tuple(names) for city, names in cities.items()}


def _distinct(names: tuple[str, ...]) -> list[str]:
    """``names`` with aliases of one zone (America/Buenos_Aires, a link to
    America/Argentina/Buenos_Aires) folded into its current name."""
    if len(names) < 2:
        return list(names)
    groups: dict[bytes | str, list[str]] = {}
    for name in names:
        groups.setdefault(_zone_bytes(name) or name, []).append(name)
    listed = _listed_zones()
    return sorted(
        min(group, key=lambda n: (n not in listed, -n.count("/"), n)) for group in groups.values()
    )


@lru_cache(maxsize=256)
def zone_matches(text: str) -> tuple[str, ...]:
    """The IANA zones a person may mean by ``text``.

    A zone's full name in any case ("america/new_york", "America/New York") gives that zone;
    otherwise a city, the last part of the names ("Chicago", "new york"), gives every zone
    ending in it, aliases of one zone counted once. Nothing matches an empty text.
    """
    spoken = _spoken(text)
    if not spoken:
        return ()
    full, cities = _zone_index()
    if spoken in full:
        return (full[spoken],)
    if is_zone(text.strip()):
        return (text.strip(),)  # a legal name outside the list, such as "EST5EDT"
    return tuple(_distinct(cities.get(spoken, ())))


def resolve_zone(text: str) -> str | None:
    """The one IANA zone ``text`` names (a full name or a unique city), else None."""
    matches = zone_matches(text)
    return matches[0] if len(matches) == 1 else None


def zone_city(name: str) -> str:
    """A zone as lists show it: its city, spaces for underscores ("America/New_York" → "New
    York"); the full name belongs in a tooltip."""
    return name.rsplit("/", 1)[-1].replace("_", " ")
