"""The user's own settings: a small JSON file in the data folder (settings.json).

For now it holds who the user is, for the ORGANIZER of invites when an event has no organizer
contact with an email. Unknown keys are kept untouched, so later settings can join the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import KnownError
from desktop.files import write_atomically
from desktop.paths import data_dir

FILE_NAME = "settings.json"
MAX_BYTES = 1_000_000


def settings_path() -> Path:
    return data_dir() / FILE_NAME


@dataclass(frozen=True)
class Settings:
    name: str = ""
    email: str = ""
    path: Path = Path(FILE_NAME)


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


def load_settings() -> Settings:
    """The settings, with empty defaults when there is no settings file yet."""
    path = settings_path()
    data = _read(path)

    def text(key: str) -> str:
        value = data.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    return Settings(name=text("name"), email=text("email"), path=path)


def save_identity(name: str, email: str) -> None:
    """Remember the user's name and email (the organizer of invites)."""
    path = settings_path()
    data = _read(path)
    data["name"], data["email"] = name.strip(), email.strip()
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))
