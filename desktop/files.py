"""Writing files safely: complete or not at all, never a half-written export."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop.errors import KnownError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise KnownError(f"{path} is a folder; give a file name.")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise KnownError(f"Cannot write in {folder}: {error.strerror}.") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise KnownError(f"Cannot write {path}: {error.strerror}.") from error
