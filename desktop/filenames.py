"""File names proposed from titles people typed (or strangers' calendar files carried).

``safe_file_name("../../.bashrc")`` is ``"bashrc"``; ``path_inside(folder, title, ".pdf")``
is a path that stays in ``folder`` whatever the title holds: no folder separators or ``..``,
no absolute paths or drive letters, no control or invisible direction-override characters
(which make ``evil‮fdp.exe`` read as ``evilexe.pdf``), no names Windows reserves.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

MAX_LENGTH = 80
FALLBACK = "Turnout"
# Windows refuses these as file names, with or without an extension.
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{n}" for base in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}
_KEPT_PUNCTUATION = " -_,.()&+'!#"


def safe_file_name(title: str, extension: str = "", *, fallback: str = FALLBACK) -> str:
    """``title`` as a file name of at most ``MAX_LENGTH`` characters, plus ``extension``."""
    text = unicodedata.normalize("NFC", title or "")
    kept = "".join(
        ch if ch.isalnum() or ch in _KEPT_PUNCTUATION else " "
        for ch in text
        # Cc: control characters; Cf: format characters, the bidi overrides and zero-width
        # ones among them; Zl/Zp: line and paragraph separators.
        if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")
    )
    name = " ".join(kept.split())
    while ".." in name:
        name = name.replace("..", ".")
    name = name[:MAX_LENGTH].strip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].strip().upper() in RESERVED:
        name = f"_{name}"
    if extension and not extension.startswith("."):
        extension = "." + extension
    if extension and name.lower().endswith(extension.lower()):
        extension = ""
    return name + extension


def path_inside(folder: Path, title: str, extension: str = "") -> Path:
    """A path for ``title`` in ``folder`` that cannot leave it (checked after resolving)."""
    base = Path(folder).expanduser().resolve()
    candidate = (base / safe_file_name(title, extension)).resolve()
    if candidate.parent != base:
        # Only a symbolic link planted under that name can get here; refuse to follow it.
        candidate = base / safe_file_name("", extension)
    return candidate
