"""The user's own settings: a small JSON file in the data folder (settings.json).

Who the user is (the ORGANIZER of invites when an event has no organizer contact with an email),
the language and the default time zone and page size of the window, how many automatic backups
to keep and after how many idle minutes the window locks. Empty text means "follow this
computer" (its language, zone, paper). Unknown keys are kept untouched, so later settings can
join the file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from desktop.errors import KnownError
from desktop.files import write_atomically
from desktop.paths import data_dir

FILE_NAME = "settings.json"
MAX_BYTES = 1_000_000
DEFAULT_BACKUP_COUNT = 10
DEFAULT_LOCK_MINUTES = 10
PAGES = ("", "letter", "a4")  # "" = from the computer's locale
MAX_BACKUP_COUNT = 365
MAX_LOCK_MINUTES = 24 * 60


def settings_path() -> Path:
    return data_dir() / FILE_NAME


@dataclass(frozen=True)
class Settings:
    name: str = ""
    email: str = ""
    language: str = ""  # "" = the computer's; else a code such as "en" or "es"
    timezone: str = ""  # "" = the computer's zone
    page: str = ""  # "", "letter" or "a4"
    backup_count: int = DEFAULT_BACKUP_COUNT
    lock_after_minutes: int = DEFAULT_LOCK_MINUTES  # 0: never
    path: Path = field(default=Path(FILE_NAME), compare=False)


_TEXT_KEYS = ("name", "email", "language", "timezone", "page")
_NUMBER_KEYS = {
    "backup_count": (1, MAX_BACKUP_COUNT),
    "lock_after_minutes": (0, MAX_LOCK_MINUTES),
}


def _read(path: Path) -> dict:
    try:
        if not path.is_file():
            return {}
        raw = path.read_bytes()[:MAX_BYTES]
        data = json.loads(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise KnownError(f"The settings file {path} cannot be read; fix or delete it.") from error
    if not isinstance(data, dict):
        raise KnownError(f"The settings file {path} cannot be read; fix or delete it.")
    return data


def _write(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))


def load_settings() -> Settings:
    """The settings, with defaults for what the file does not hold (or holds badly)."""
    path = settings_path()
    data = _read(path)
    values: dict = {"path": path}
    for key in _TEXT_KEYS:
        value = data.get(key, "")
        values[key] = value.strip() if isinstance(value, str) else ""
    if values["page"] not in PAGES:
        values["page"] = ""
    for key, (low, high) in _NUMBER_KEYS.items():
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            values[key] = value
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    """Write every setting (other keys already in the file stay as they are)."""
    path = settings_path()
    data = _read(path)
    chosen = asdict(replace(settings))
    chosen.pop("path")
    for item in fields(Settings):
        if item.name in _TEXT_KEYS:
            chosen[item.name] = chosen[item.name].strip()
    if chosen["page"] not in PAGES:
        raise KnownError(f"“{chosen['page']}” is not a page size; use letter or a4.")
    for key, (low, high) in _NUMBER_KEYS.items():
        chosen[key] = min(max(int(chosen[key]), low), high)
    data.update(chosen)
    _write(path, data)


def save_identity(name: str, email: str) -> None:
    """Remember the user's name and email (the organizer of invites)."""
    path = settings_path()
    data = _read(path)
    data["name"], data["email"] = name.strip(), email.strip()
    _write(path, data)


def default_zone() -> str:
    """The zone new events start in: the chosen default, else the computer's."""
    from desktop.timeutil import is_zone, local_zone_name

    try:
        chosen = load_settings().timezone
    except KnownError:
        chosen = ""
    return chosen if chosen and is_zone(chosen) else local_zone_name()


def chosen_page() -> str:
    """The page size chosen in the settings ("letter" or "a4"), or "" to follow the locale."""
    try:
        return load_settings().page
    except KnownError:
        return ""


def backup_count() -> int:
    """How many automatic backups to keep."""
    try:
        return load_settings().backup_count
    except KnownError:
        return DEFAULT_BACKUP_COUNT
