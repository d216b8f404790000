"""Reading printed PDFs back with poppler-utils and zbar, and making events to print."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

from db.models import Campaign, Contact, Place, Role, Task
from desktop import events
from desktop.events import EventDraft

PAGE_POINTS = {"letter": (612, 792), "a4": (595, 842)}


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def write(tmp_path: Path, data: bytes, name: str = "piece.pdf") -> Path:
    assert data.startswith(b"%PDF-")
    path = tmp_path / name
    path.write_bytes(data)
    return path


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, as pdfinfo reports it."""
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path)))[1])
    found = re.findall(
        r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts",
        run("pdfinfo", "-f", "1", "-l", str(pages), str(path)),
    )
    return [(float(w), float(h)) for w, h in found]


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(name, embedded) of every font in the file."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    result = []
    for line in lines:
        # The columns after the type: encoding, emb, sub, uni, object id (2 fields).
        parts = line.split()
        result.append((parts[0], parts[-5] == "yes"))
    return result


def text(path: Path, page: int | None = None, *, raw: bool = False) -> str:
    """The text of the file (or of one page) with whitespace collapsed; ``raw`` keeps the
    drawing order (a table cell's lines together)."""
    command = ["pdftotext", *(["-raw"] if raw else [])]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    raw = run(*command, str(path), "-")
    # NFKC undoes ligatures ("ff" drawn as one glyph, U+FB00) so that a marker or word
    # with "ff", "fi" or "fl" in it is found, and a leaked one is not hidden.
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from pdftotext -bbox (first page)."""
    html = run("pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-")
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    unescape = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
    result = []
    for x1, y1, x2, y2, word in found:
        for entity, char in unescape.items():
            word = word.replace(entity, char)
        result.append((word, float(x1), float(y1), float(x2), float(y2)))
    return result


def qr_codes(path: Path, tmp_path: Path) -> list[str]:
    """The QR codes zbar reads from a 150 dpi rendering of the first page."""
    stem = tmp_path / "scan"
    run("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", str(path), str(stem))
    result = subprocess.run(
        ["zbarimg", "--quiet", "-Sdisable", "-Sqrcode.enable", f"{stem}.png"],
        capture_output=True,
        text=True,
    )
    # One "QR-Code:" prefix per symbol; a VEVENT payload continues over several lines.
    codes = re.split(r"(?m)^QR-Code:", result.stdout)[1:]
    return [code[:-1] if code.endswith("\n") else code for code in codes]


def make_event(session, **values):
    """An event created through the services, with sensible public defaults."""
    start = values.pop("start", dt.datetime(2030, 5, 4, 14, 0))
    draft = EventDraft(
        title=values.pop("title", "Rally for the nurses"),
        start=start,
        end=values.pop("end", start + dt.timedelta(hours=2)),
        timezone=values.pop("timezone", "America/Chicago"),
        visibility=values.pop("visibility", "public"),
        kind=values.pop("kind", "rally"),
        **values,
    )
    return events.create(session, draft)


def plant_internal(session, event, marker: str) -> dict[str, str]:
    """Put a unique marker in every internal field of ``event``; returns them by field."""
    planted = {}
    for name in ("notes", "meeting_point", "route", "safety_notes"):
        planted[name] = f"{marker}{name.replace('_', '')}"
        setattr(event, name, planted[name])
    planted["legal_hotline"] = f"{marker}hotline"
    event.legal_hotline = planted["legal_hotline"]
    number = int(marker[-6:], 16) + 1_000_000
    planted["actual_turnout"] = str(number)
    event.actual_turnout = number
    place = Place(
        name=f"{marker}placename",
        address=f"{marker}address",
        city=f"{marker}city",
        access_notes=f"{marker}access",
        disclosure="hidden",
    )
    event.place = place
    planted.update(
        place_name=place.name, address=place.address, city=place.city, access=place.access_notes
    )
    contact = Contact(
        name=f"{marker}secretname",
        phone=f"+1 555 {marker[-4:]}",
        email=f"{marker}@example.org",
        handle=f"@{marker}handle",
        notes=f"{marker}contactnotes",
    )
    event.roles.append(Role(contact=contact, role="marshal", shown_publicly=False))
    event.tasks.append(Task(text=f"{marker}task", assignee=contact))
    event.campaign = Campaign(name=f"{marker}campaign")
    event.tags = [events.tag_named(session, f"{marker}tag")]
    planted.update(
        contact=contact.name,
        phone=contact.phone,
        email=contact.email,
        handle=contact.handle,
        contact_notes=contact.notes,
        task=f"{marker}task",
        campaign=f"{marker}campaign",
        tag=f"{marker}tag",
    )
    session.flush()
    return planted
