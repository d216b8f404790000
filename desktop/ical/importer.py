"""Importing .ics files: read them (tolerantly, within limits), preview, then apply at once.

Reading never touches the database: a file that is not a calendar, or is too big or too deeply
nested, is refused with one sentence; inside a calendar, each component that cannot be used is
skipped with its reason and the rest is read. ``preview`` says what an import would do (create,
update, unchanged, skipped); ``apply`` does it in the caller's transaction, so an import
succeeds as a whole or leaves the database as it was.

Rules: events are matched by UID; an existing event is updated only when the incoming SEQUENCE
is not older. Fields that iCalendar carries (title, times, recurrence, place, description,
URL, status) follow the file; Turnout's own fields (kind, demands, notes...) change only when
the file is a Turnout export that carries them (X-TURNOUT-*), so importing a public feed over
an event keeps its internal notes. Imported events are internal unless a Turnout team feed says
otherwise: nothing is published by accident.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from db.messages import QT_TRANSLATE_NOOP
from db.models import (
    NAME_MAX,
    SHORT_MAX,
    TITLE_MAX,
    Campaign,
    Contact,
    Event,
    EventOverride,
    Place,
    Role,
)
from db.vocabulary import EVENT_KINDS, EVENT_STATUSES, VISIBILITIES
from desktop import events as event_service
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.settings import default_zone
from desktop.timeutil import UTC, all_zone_names, is_zone, localize, zone

# Limits that keep a hostile file from eating the machine (DESIGN.md, Reliability).
MAX_FILE_BYTES = 25_000_000
MAX_COMPONENTS = 100_000
MAX_DEPTH = 6
MAX_LINE_CHARS = 200_000
MAX_COUNT = 10_000  # RRULE COUNT above this is refused (a decade of daily events is 3,650)
MAX_TAGS = 20
MAX_ATTENDEES = 500  # ATTENDEEs kept per event; a mailing list of thousands is not a team
EMAIL_MAX = 320
# Rule steps walked to check UNTIL rules, for one whole file: a file of a thousand rules
# that each run for centuries is refused in seconds instead of read for an hour.
MAX_STEPS_PER_FILE = 1_000_000
UNTITLED = "Untitled event"

CREATE, UPDATE, UNCHANGED, SKIPPED = "create", "update", "unchanged", "skipped"

_STATUS_FROM_ICAL = {"CANCELLED": "cancelled", "TENTATIVE": "tentative", "CONFIRMED": "confirmed"}
_KEPT_TOP = ("VEVENT", "VTIMEZONE")
_BARE = ("VEVENT", "VTIMEZONE", "VTODO", "VJOURNAL", "VFREEBUSY", "VAVAILABILITY")
_IMPLICIT = "(calendar)"
_PUBLIC_X = ("DESCRIPTION", "DEMANDS", "WHAT-TO-BRING", "ACCESSIBILITY")
_INTERNAL_X = ("NOTES", "MEETING-POINT", "ROUTE", "SAFETY-NOTES", "LEGAL-HOTLINE")


@dataclass
class Skipped:
    source: str
    what: str
    reason: str


@dataclass
class Instance:
    """A RECURRENCE-ID component: one instance of a series moved, changed or cancelled."""

    uid: str
    source: str
    sequence: int
    recurrence: object  # date or aware datetime as the file wrote it
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    cancelled: bool
    status: str
    title: str
    description: str


@dataclass
class Incoming:
    """One VEVENT read from a file, as a draft plus what only the database can resolve."""

    uid: str
    source: str
    sequence: int
    draft: EventDraft
    location: str = ""
    geo: tuple[float, float] | None = None
    campaign: str | None = None
    turnout_fields: dict[str, str] = field(default_factory=dict)
    is_turnout: bool = False
    is_team: bool = False
    created: dt.datetime | None = None
    generated_uid: bool = False
    notes: list[str] = field(default_factory=list)
    # ORGANIZER and ATTENDEEs as (role, name, email): they become the event's contacts.
    people: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class ParsedFile:
    name: str
    events: list[Incoming] = field(default_factory=list)
    instances: list[Instance] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    steps: int = 0  # rule steps walked so far (see MAX_STEPS_PER_FILE)


@dataclass
class PlanItem:
    action: str
    uid: str
    title: str
    when: str
    source: str
    reason: str = ""


@dataclass
class ImportPlan:
    items: list[PlanItem] = field(default_factory=list)
    contacts: int = 0  # contacts made from ORGANIZER and ATTENDEE (none matched them)

    def count(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action)

    def summary(self) -> str:
        text = (
            f"{self.count(CREATE)} to create, {self.count(UPDATE)} to update, "
            f"{self.count(UNCHANGED)} unchanged, {self.count(SKIPPED)} skipped"
        )
        if self.contacts:
            text += f", {self.contacts} new contact{'s' if self.contacts != 1 else ''}"
        return text

    def skipped(self) -> list[PlanItem]:
        return [item for item in self.items if item.action == SKIPPED]


# ---------------------------------------------------------------- reading files


def read_path(path: Path) -> ParsedFile:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise KnownError(_too_big(path.name, size))
        data = path.read_bytes()
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("IcalImport", "Cannot read {path}: {error}.").format(
                path=path, error=error.strerror or error
            )
        ) from error
    return read_bytes(data, path.name)


def _too_big(name: str, size: int):
    return QT_TRANSLATE_NOOP(
        "IcalImport", "{name} is {size} MB; Turnout imports calendar files of up to {limit} MB."
    ).format(name=name, size=size // 1_000_000, limit=MAX_FILE_BYTES // 1_000_000)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "IcalImport", "{name} is not a calendar file (it holds binary data)."
            ).format(name=name)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old Outlook and Lotus exports are Windows-1252; every byte decodes.
        return data.decode("cp1252", errors="replace")


@dataclass
class _Block:
    name: str
    lines: list[str]
    # Simple text properties read here instead of by icalendar (see _take_simple): the lines
    # icalendar still parses, and the raw values of the rest by property name.
    parsed_lines: list[str] | None = None
    simple: dict[str, str] = field(default_factory=dict)


# Text properties whose value Turnout reads as text: written without parameters and once in a
# VEVENT, they are read here. icalendar's content-line parser walks every character in Python,
# and these long values (descriptions, Turnout's own fields) were most of an import's time.
_SIMPLE_TEXT = frozenset(("SUMMARY", "DESCRIPTION", "LOCATION", "UID", "STATUS"))
_UNUSED = frozenset(("DTSTAMP", "LAST-MODIFIED", "TRANSP", "CLASS", "PRIORITY"))
_SIMPLE_LINE = re.compile(r"([A-Za-z0-9-]+):")
# How icalendar unescapes a TEXT value (icalendar.parser.property.unescape_backslash).
_TEXT_ESCAPE = re.compile(r"\\([\\,;:nN])")


def _unescape_text(raw: str) -> str:
    if "\\" not in raw:
        return raw
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _is_simple(name: str) -> bool:
    return name in _SIMPLE_TEXT or name.startswith("X-TURNOUT-")


def _unused(name: str) -> bool:
    """A VEVENT property Turnout never reads: not worth icalendar's parsing."""
    return name in _UNUSED or (name.startswith("X-") and not name.startswith("X-TURNOUT-"))


def _take_simple(block: _Block) -> None:
    """Set the block's ``simple`` values and the ``parsed_lines`` left for icalendar.

    A property is taken only when each of its lines is ``NAME:value`` (no parameters) and it
    occurs once, so what is read is exactly what icalendar would have read; anything else,
    repeated properties included, is left to icalendar whole. Properties Turnout never reads
    (DTSTAMP, vendors' X- properties...) are left out.
    """
    body = block.lines[1:-1]
    found: dict[str, str] = {}
    repeated: set[str] = set()
    kept_names: set[str] = set()
    lines: list[tuple[str, str, bool]] = []  # (line, property name, taken here)
    match = _SIMPLE_LINE.match
    for line in body:
        head = match(line)
        if head is not None:
            name = head.group(1).upper()
            if _is_simple(name):
                if name in found:
                    repeated.add(name)
                else:
                    found[name] = line[head.end() :]
                lines.append((line, name, True))
                continue
            if _unused(name):
                continue
        else:
            # icalendar's lenient reading of a name: blanks and tabs anywhere are dropped
            name = line.partition(":")[0].partition(";")[0].replace(" ", "").replace("\t", "")
            name = name.upper()
            if ":" in line and _unused(name):
                continue
        lines.append((line, name, False))
        kept_names.add(name)
    slow = repeated | (kept_names & found.keys())
    for name in slow:
        del found[name]
    kept = [line for line, name, taken in lines if not taken or name in slow]
    block.simple = found
    block.parsed_lines = [block.lines[0], *kept, block.lines[-1]]


@dataclass
class _Calendar:
    properties: dict[str, str]
    blocks: list[_Block]


def _split(text: str, name: str, skipped: list[Skipped]) -> list[_Calendar]:
    """Calendars and their top-level VEVENT/VTIMEZONE blocks, alarms and the rest left out.

    A line-level pass before any parser runs: it bounds nesting, counts components and drops
    what Turnout does not import (alarms, to-dos...), so a broken alarm cannot sink its event.
    """
    calendars: list[_Calendar] = []
    stack: list[str] = []
    block: list[str] | None = None
    dropping = 0  # depth of the component being left out, 0 when keeping
    components = 0
    last_key = ""  # the calendar property a folded line continues, "" for none
    last_kept = False
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_CHARS:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "IcalImport", "{name} has a line of {length} characters; it is not a calendar."
                ).format(name=name, length=f"{len(raw):,}")
            )
        if raw[0] in " \t":
            if last_kept and block is not None:
                block[-1] += raw[1:]
            elif last_kept and last_key and calendars:
                calendars[-1].properties[last_key] += raw[1:]
            continue
        last_key, last_kept = "", False
        head, _, value = raw.partition(":")
        key = head.split(";", 1)[0].strip().upper()
        if key == "BEGIN":
            what = value.strip().upper()
            components += 1
            if components > MAX_COMPONENTS:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "IcalImport",
                        "{name} holds more than {limit} components; "
                        "Turnout does not import calendars that large.",
                    ).format(name=name, limit=f"{MAX_COMPONENTS:,}")
                )
            if stack == [_IMPLICIT] and what == "VCALENDAR":
                stack.pop()
            if what in _BARE and len(stack) >= 2:
                # An event cannot sit inside another component: the one before lost its END.
                if block is not None and not dropping:
                    skipped.append(
                        Skipped(
                            name, stack[1], QT_TRANSLATE_NOOP("IcalImport", "It has no END line.")
                        )
                    )
                block, dropping, stack = None, 0, stack[:1]
            if not stack and what != "VCALENDAR":
                if what not in _BARE:
                    raise KnownError(
                        QT_TRANSLATE_NOOP(
                            "IcalImport",
                            "{name} is not a calendar file (it starts with {what}, not VCALENDAR).",
                        ).format(name=name, what=what[:40])
                    )
                # A bare VEVENT (QR codes, mail attachments): read it as if in a calendar.
                stack.append(_IMPLICIT)
                calendars.append(_Calendar({}, []))
            stack.append(what)
            depth = len(stack)
            if depth > MAX_DEPTH:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "IcalImport", "{name} nests components too deeply to be a real calendar."
                    ).format(name=name)
                )
            if depth == 1:
                calendars.append(_Calendar({}, []))
            elif dropping:
                pass
            elif depth == 2:
                if what in _KEPT_TOP:
                    block = [raw]
                    last_kept = True
                else:
                    block, dropping = None, 2
                    skipped.append(
                        Skipped(
                            name,
                            what or QT_TRANSLATE_NOOP("IcalImport", "a component"),
                            QT_TRANSLATE_NOOP(
                                "IcalImport", "Turnout imports events; this is not one."
                            ),
                        )
                    )
            elif block is not None:
                if stack[1] == "VEVENT":
                    # Alarms are each person's own business: never imported, never a failure.
                    dropping = depth
                else:
                    block.append(raw)
                    last_kept = True
            continue
        if key == "END":
            what = value.strip().upper()
            if what not in stack:
                continue  # a stray END: ignore it
            while stack[-1] != what:
                stack.pop()
            depth = len(stack)
            stack.pop()
            if dropping:
                if depth == dropping:
                    dropping = 0
                    if depth == 2:
                        block = None
                continue
            if block is not None and depth >= 2:
                block.append(raw)
                if depth == 2:
                    calendars[-1].blocks.append(_Block(what, block))
                    block = None
            continue
        if not stack or dropping:
            continue  # text around the calendar (mail headers), or inside a left-out part
        if len(stack) == 1:
            calendars[-1].properties[key] = value.strip()
            last_key, last_kept = key, True
        elif block is not None:
            block.append(raw)
            last_kept = True
    if block is not None and len(stack) >= 2:
        skipped.append(
            Skipped(
                name,
                stack[1],
                QT_TRANSLATE_NOOP("IcalImport", "The file ends in the middle of this component."),
            )
        )
    if not calendars:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "IcalImport", "{name} is not a calendar file (there is no BEGIN:VCALENDAR in it)."
            ).format(name=name)
        )
    return calendars


def read_bytes(data: bytes, name: str = "calendar.ics") -> ParsedFile:
    """Read one calendar file; KnownError when it is not one (or not one Turnout will read)."""
    if len(data) > MAX_FILE_BYTES:
        raise KnownError(_too_big(name, len(data)))
    text = _decode(data, name)
    if not re.match(r"\s*BEGIN:V[A-Z]+\s*$", text[:2000], re.IGNORECASE | re.MULTILINE):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "IcalImport",
                "{name} is not a calendar file (it does not begin with BEGIN:VCALENDAR).",
            ).format(name=name)
        )
    parsed = ParsedFile(name)
    calendars = _split(text, name, parsed.skipped)
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor TZID ("/mozilla.org/.../Europe/Berlin");
        # the guess is what Turnout wants, and a warning means nothing to an organizer.
        warnings.simplefilter("ignore")
        for calendar in calendars:
            _read_calendar(calendar, parsed)
    return parsed


def _parse_blocks(blocks: list[_Block]):
    """(component, block) for the blocks; a block icalendar cannot parse is reported, not fatal."""
    from icalendar import Calendar, Component

    whole = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for block in blocks:
        if block.name == "VEVENT":
            _take_simple(block)
            whole.extend(block.parsed_lines)
        else:
            whole.extend(block.lines)
    whole.append("END:VCALENDAR")
    try:
        calendar = Calendar.from_ical("\r\n".join(whole) + "\r\n")
        if len(calendar.subcomponents) == len(blocks):
            return list(zip(calendar.subcomponents, blocks, strict=True)), []
    except Exception:
        pass
    results, failures = [], []
    # Time zones first, so that icalendar knows them when it reads the events.
    ordered = [b for b in blocks if b.name == "VTIMEZONE"] + [
        b for b in blocks if b.name != "VTIMEZONE"
    ]
    for block in ordered:
        try:
            parsed = Component.from_ical("\r\n".join(block.parsed_lines or block.lines) + "\r\n")
        except Exception as error:
            failures.append((block, _first_line(error)))
            continue
        results.append((parsed, block))
    return results, failures


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:200]


def _block_title(block: _Block) -> str:
    for line in block.lines:
        if line.upper().startswith("SUMMARY"):
            return line.partition(":")[2][:80]
    return ""


def _read_calendar(calendar: _Calendar, parsed: ParsedFile) -> None:
    default_zone = _zone_name(calendar.properties.get("X-WR-TIMEZONE", ""))
    is_turnout = "TURNOUT" in calendar.properties.get("PRODID", "").upper()
    components, failures = _parse_blocks(calendar.blocks)
    for block, reason in failures:
        if block.name == "VTIMEZONE":
            parsed.skipped.append(
                Skipped(
                    parsed.name,
                    "VTIMEZONE",
                    QT_TRANSLATE_NOOP(
                        "IcalImport", "This time zone cannot be read ({reason})."
                    ).format(reason=reason),
                )
            )
        else:
            title = _block_title(block)
            what = title or QT_TRANSLATE_NOOP("IcalImport", "An event")
            parsed.skipped.append(Skipped(parsed.name, what, _unreadable(reason)))
    # Where floating times are read: the calendar's zone, else the settings' default zone.
    fallback = default_zone or _fallback_zone()
    number = 0
    for component, block in components:
        if component.name != "VEVENT":
            continue
        number += 1
        reader = _EventReader(component, parsed.name, number, default_zone, is_turnout)
        reader.simple = block.simple
        reader.fallback_zone = fallback
        try:
            reader.read(parsed)
        except KnownError as error:
            parsed.skipped.append(Skipped(parsed.name, reader.label(), str(error)))
        except Exception as error:
            parsed.skipped.append(
                Skipped(parsed.name, reader.label(), _unreadable(_first_line(error)))
            )


def _unreadable(reason: str):
    return QT_TRANSLATE_NOOP("IcalImport", "It cannot be read ({reason}).").format(reason=reason)


# ---------------------------------------------------------------- time zones and values


@lru_cache(maxsize=1024)
def _zone_name(text: str) -> str | None:
    """An IANA zone for a TZID or X-WR-TIMEZONE, or None when it names none Turnout knows."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    cleaned = text.strip().strip('"').strip()
    if not cleaned:
        return None
    if is_zone(cleaned):
        return cleaned
    if cleaned in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[cleaned]
    # "/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/...".
    for name in _zone_suffixes():
        if cleaned.endswith("/" + name):
            return name
    return None


def _fallback_zone() -> str:
    return default_zone()


def _zone_suffixes() -> list[str]:
    names = [name for name in all_zone_names() if "/" in name]
    return sorted(names, key=len, reverse=True)


class _EventReader:
    def __init__(self, component, source: str, number: int, default_zone, is_turnout) -> None:
        self.c = component
        self.source = source
        self.number = number
        self.default_zone = default_zone
        self.fallback_zone = default_zone or "UTC"  # set by the caller, once per calendar
        self.is_turnout = is_turnout
        self.notes: list[str] = []
        self.simple: dict[str, str] = {}  # raw values read before icalendar (see _take_simple)

    def text(self, name: str) -> str:
        raw = self.simple.get(name)
        if raw is not None:
            return _unescape_text(raw).strip()
        value = self.c.get(name)
        if value is None:
            return ""
        if isinstance(value, list):
            value = value[0]
        if type(value).__name__ == "vBroken":
            return ""
        try:
            return str(value).strip()
        except Exception:
            return ""

    def label(self) -> str:
        title = self.text("SUMMARY")
        if title:
            return title[:80]
        return QT_TRANSLATE_NOOP("IcalImport", "Event #{number} (no title)").format(
            number=self.number
        )

    def value(self, name: str):
        prop = self.c.get(name)
        if prop is None:
            return None
        if isinstance(prop, list):
            prop = prop[0]
        if type(prop).__name__ == "vBroken":
            raise KnownError(
                QT_TRANSLATE_NOOP("IcalImport", "Its {name} cannot be read ({value}).").format(
                    name=name, value=prop.to_ical().decode()[:60]
                )
            )
        return prop

    def when(self, name: str):
        """(value, zone name or None): a date, or an aware datetime and the zone it names."""
        prop = self.value(name)
        if prop is None:
            return None, None
        value = getattr(prop, "dt", None)
        if value is None:
            raise KnownError(
                QT_TRANSLATE_NOOP("IcalImport", "Its {name} is not a date or time.").format(
                    name=name
                )
            )
        return self.resolve(value, prop.params.get("TZID"))

    def resolve(self, value, tzid):
        if isinstance(value, dt.timedelta) or not isinstance(value, dt.date):
            raise KnownError(
                QT_TRANSLATE_NOOP("IcalImport", "It has a time where a date or date-time belongs.")
            )
        if not isinstance(value, dt.datetime):
            return value, None
        if value.tzinfo is not None:
            if isinstance(value.tzinfo, ZoneInfo) and is_zone(value.tzinfo.key):
                return value, value.tzinfo.key
            if value.utcoffset() == dt.timedelta() and not tzid:
                return value.astimezone(UTC), "UTC"
            # A zone defined only by the file's own VTIMEZONE: the instant is right.
            named = _zone_name(str(tzid or ""))
            if named:
                return value.replace(tzinfo=None).replace(tzinfo=zone(named)), named
            return value, None
        if tzid:
            named = _zone_name(str(tzid))
            if named:
                return localize(value, named), named
            fallback = self.fallback_zone
            self.notes.append(
                QT_TRANSLATE_NOOP(
                    "IcalImport", "unknown time zone “{zone}”, read as {fallback}"
                ).format(zone=str(tzid)[:60], fallback=fallback)
            )
            return localize(value, fallback), fallback
        # Floating time: the calendar's zone, else the default zone of the settings.
        fallback = self.fallback_zone
        return localize(value, fallback), fallback

    def read(self, parsed: ParsedFile) -> None:
        uid = self.text("UID")
        generated = False
        if not uid:
            uid = _stable_uid(self.c, self.simple)
            generated = True
        if len(uid) > 255:
            raise KnownError(
                QT_TRANSLATE_NOOP("IcalImport", "Its UID is longer than 255 characters.")
            )
        sequence = self.integer("SEQUENCE")
        start, start_zone = self.when("DTSTART")
        if start is None:
            raise KnownError(QT_TRANSLATE_NOOP("IcalImport", "It has no start (DTSTART)."))
        recurrence_prop = self.c.get("RECURRENCE-ID")
        if recurrence_prop is not None:
            parsed.instances.append(self.instance(uid, sequence, start, start_zone))
            return
        incoming = self.incoming(uid, generated, sequence, start, start_zone)
        if incoming.draft.rrule and "UNTIL" in incoming.draft.rrule.upper():
            self.check_length(incoming.draft, parsed)
        incoming.people = self.people(parsed)
        parsed.events.append(incoming)

    def people(self, parsed: ParsedFile) -> list[tuple[str, str, str]]:
        """ORGANIZER and ATTENDEEs as (role, name, email), at most MAX_ATTENDEES attendees."""
        found: list[tuple[str, str, str]] = []
        organizer = self.c.get("ORGANIZER")
        if isinstance(organizer, list):
            organizer = organizer[0]
        person = _person(organizer) if organizer is not None else None
        if person:
            found.append(("organizer", *person))
        attendees = self.c.get("ATTENDEE")
        if attendees is None:
            return found
        if not isinstance(attendees, list):
            attendees = [attendees]
        kept = 0
        for prop in attendees:
            params = getattr(prop, "params", None) or {}
            if str(params.get("CUTYPE", "")).upper() in ("ROOM", "RESOURCE"):
                continue  # a meeting room booked through Exchange is not a person
            person = _person(prop)
            if not person:
                continue
            if kept == MAX_ATTENDEES:
                parsed.skipped.append(
                    Skipped(
                        parsed.name,
                        QT_TRANSLATE_NOOP("IcalImport", "{event}: {count} attendees").format(
                            event=self.label(), count=f"{len(attendees) - MAX_ATTENDEES:,}"
                        ),
                        QT_TRANSLATE_NOOP(
                            "IcalImport", "Turnout takes the first {limit} attendees of an event."
                        ).format(limit=MAX_ATTENDEES),
                    )
                )
                break
            kept += 1
            found.append(("attendee", *person))
        return found

    def check_length(self, draft: EventDraft, parsed: ParsedFile) -> None:
        """Refuse an UNTIL rule with more than MAX_COUNT occurrences, within the file's budget."""
        import itertools

        from desktop import recurrence

        if parsed.steps >= MAX_STEPS_PER_FILE:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "IcalImport",
                    "The file holds too many repetitions to check; import it in parts.",
                )
            )
        try:
            rule = recurrence.build_rule(draft.series())
        except KnownError:
            return  # the event service names the problem when the plan is made
        walked = sum(1 for _ in itertools.islice(rule, MAX_COUNT + 1))
        parsed.steps += walked
        if walked > MAX_COUNT:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "IcalImport",
                    "Its recurrence repeats more than {limit} times; "
                    "Turnout keeps series of up to that many.",
                ).format(limit=f"{MAX_COUNT:,}")
            )

    def integer(self, name: str) -> int:
        try:
            value = self.value(name)
            number = int(value) if value is not None else 0
        except (KnownError, TypeError, ValueError):
            return 0
        return max(0, min(number, 2**31 - 1))

    def end_of(self, start, start_zone):
        try:
            end, _ = self.when("DTEND")
        except KnownError:
            self.notes.append(
                QT_TRANSLATE_NOOP(
                    "IcalImport", "its end could not be read; read as ending when it starts"
                )
            )
            end = None
        if end is None:
            duration = self.value("DURATION")
            delta = getattr(duration, "dt", None) if duration is not None else None
            if isinstance(delta, dt.timedelta) and delta >= dt.timedelta():
                if isinstance(start, dt.datetime):
                    return (start.astimezone(UTC) + delta).astimezone(start.tzinfo)
                return start + dt.timedelta(days=max(delta.days, 1))
            return start + dt.timedelta(days=1) if not isinstance(start, dt.datetime) else start
        if isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
            end = localize(dt.datetime.combine(end, dt.time()), start_zone or "UTC")
        if not isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            end = end.date() + dt.timedelta(days=1 if end.time() != dt.time() else 0)
        if isinstance(start, dt.datetime):
            if end < start:
                self.notes.append(
                    QT_TRANSLATE_NOOP(
                        "IcalImport", "its end was before its start; read as ending when it starts"
                    )
                )
                return start
        elif end <= start:
            return start + dt.timedelta(days=1)
        return end

    def event_zone(self, start, start_zone) -> str:
        own = None
        if self.is_turnout:
            raw = self.simple.get("X-TURNOUT-TIMEZONE")
            if raw is None and "X-TURNOUT-TIMEZONE" in self.c:
                raw = self.c["X-TURNOUT-TIMEZONE"]
            own = _zone_name(_unescape(raw)) if raw is not None else None
        if own and not isinstance(start, dt.datetime):
            return own  # an all-day event's zone, which VALUE=DATE cannot say
        if isinstance(start, dt.datetime):
            if start_zone == "UTC" and self.default_zone and not self.c.get("RRULE"):
                return self.default_zone  # Google writes UTC times and names the zone apart
            return start_zone or self.default_zone or "UTC"
        return self.fallback_zone

    def incoming(self, uid, generated, sequence, start, start_zone) -> Incoming:
        zone_name = self.event_zone(start, start_zone)
        end = self.end_of(start, start_zone)
        title = self.text("SUMMARY")
        if not title:
            title = UNTITLED
            self.notes.append(QT_TRANSLATE_NOOP("IcalImport", "it had no title"))
        if len(title) > TITLE_MAX:
            title = title[: TITLE_MAX - 1] + "…"
            self.notes.append(QT_TRANSLATE_NOOP("IcalImport", "its title was shortened"))
        all_day = not isinstance(start, dt.datetime)
        if all_day:
            draft_start = dt.datetime.combine(start, dt.time())
            draft_end = dt.datetime.combine(end - dt.timedelta(days=1), dt.time())
        else:
            tz = zone(zone_name)
            draft_start = start.astimezone(tz).replace(tzinfo=None)
            draft_end = end.astimezone(tz).replace(tzinfo=None)
        rule = self.rule()
        exdates = self.exdates(zone_name, all_day, draft_start) if rule else []
        if self.c.get("RDATE") is not None and rule:
            self.notes.append(
                QT_TRANSLATE_NOOP("IcalImport", "its extra dates (RDATE) were left out")
            )
        turnout = {}
        for key, value in self.simple.items():
            if key.startswith("X-TURNOUT-"):
                turnout[key[10:]] = _unescape(value)
        for key, value in self.c.items():
            if key.upper().startswith("X-TURNOUT-"):
                turnout[key.upper()[10:]] = _unescape(value)
        is_turnout = self.is_turnout and bool(turnout)
        status = turnout.get("STATUS", "")
        if status not in EVENT_STATUSES:
            status = _STATUS_FROM_ICAL.get(self.text("STATUS").upper(), "planned")
        categories = self.categories()
        kind = turnout.get("KIND", "")
        if kind not in EVENT_KINDS:
            kind = next((c.lower() for c in categories if c.lower() in EVENT_KINDS), "other")
        tags = [c for c in categories if c.lower() != kind and len(c) <= SHORT_MAX][:MAX_TAGS]
        url = self.text("URL")
        if url and not event_service._is_web_address(url):
            self.notes.append(
                QT_TRANSLATE_NOOP("IcalImport", "its URL was not a web address and was left out")
            )
            url = ""
        description = self.text("DESCRIPTION")
        if is_turnout:
            description = turnout.get("DESCRIPTION", "")
        draft = EventDraft(
            title=title,
            start=draft_start,
            end=draft_end,
            timezone=zone_name,
            all_day=all_day,
            kind=kind,
            status=status,
            rrule=rule,
            exdates=exdates,
            description=description,
            url=url,
            tags=tags,
        )
        if is_turnout:
            draft.demands = turnout.get("DEMANDS", "")
            draft.what_to_bring = turnout.get("WHAT-TO-BRING", "")
            draft.accessibility = turnout.get("ACCESSIBILITY", "")
        is_team = is_turnout and turnout.get("VISIBILITY", "") in VISIBILITIES
        if is_team:
            draft.visibility = turnout["VISIBILITY"]
            draft.notes = turnout.get("NOTES", "")
            draft.meeting_point = turnout.get("MEETING-POINT", "")
            draft.route = turnout.get("ROUTE", "")
            draft.safety_notes = turnout.get("SAFETY-NOTES", "")
            draft.legal_hotline = turnout.get("LEGAL-HOTLINE", "")[:64]
        created = None
        try:
            created_prop = self.value("CREATED")
            created_value = getattr(created_prop, "dt", None)
            if isinstance(created_value, dt.datetime) and created_value.tzinfo is not None:
                created = created_value.astimezone(UTC).replace(microsecond=0)
        except KnownError:
            pass
        geo = None
        try:
            geo_prop = self.value("GEO")
            if geo_prop is not None:
                lat, lon = float(geo_prop.latitude), float(geo_prop.longitude)
                if -90 <= lat <= 90 and -180 <= lon <= 180:
                    geo = (lat, lon)
        except (KnownError, AttributeError, TypeError, ValueError):
            self.notes.append(QT_TRANSLATE_NOOP("IcalImport", "its GEO position could not be read"))
        return Incoming(
            uid=uid,
            source=self.source,
            sequence=sequence,
            draft=draft,
            location=" ".join(self.text("LOCATION").split()),
            geo=geo,
            campaign=turnout.get("CAMPAIGN") if is_team else None,
            turnout_fields=turnout,
            is_turnout=is_turnout,
            is_team=is_team,
            created=created,
            generated_uid=generated,
            notes=self.notes,
        )

    def categories(self) -> list[str]:
        found: list[str] = []
        props = self.c.get("CATEGORIES")
        if props is None:
            return found
        for prop in props if isinstance(props, list) else [props]:
            for category in getattr(prop, "cats", []) or []:
                text = " ".join(str(category).split())
                if text and text not in found:
                    found.append(text)
        return found

    def rule(self) -> str | None:
        prop = self.c.get("RRULE")
        if prop is None:
            return None
        if isinstance(prop, list):
            self.notes.append(
                QT_TRANSLATE_NOOP("IcalImport", "only its first recurrence rule was kept")
            )
            prop = prop[0]
        if type(prop).__name__ == "vBroken":
            raise KnownError(
                QT_TRANSLATE_NOOP("IcalImport", "Its recurrence rule (RRULE) cannot be read.")
            )
        text = prop.to_ical().decode("utf-8", errors="replace")
        count = re.search(r"COUNT=(\d+)", text, re.IGNORECASE)
        if count and int(count.group(1)) > MAX_COUNT:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "IcalImport",
                    "Its recurrence repeats {count} times; Turnout keeps series of up to {limit}.",
                ).format(count=f"{int(count.group(1)):,}", limit=f"{MAX_COUNT:,}")
            )
        return text

    def exdates(self, zone_name: str, all_day: bool, first: dt.datetime) -> list[str]:
        found: list[str] = []
        props = self.c.get("EXDATE")
        if props is None:
            return found
        for prop in props if isinstance(props, list) else [props]:
            if type(prop).__name__ == "vBroken":
                self.notes.append(
                    QT_TRANSLATE_NOOP("IcalImport", "an excluded date (EXDATE) could not be read")
                )
                continue
            for item in getattr(prop, "dts", []):
                value, _ = self.resolve(item.dt, item.params.get("TZID"))
                found.append(_instance_key(value, zone_name, all_day, first.time()))
        return sorted(set(found))

    def instance(self, uid, sequence, start, start_zone) -> Instance:
        prop = self.value("RECURRENCE-ID")
        if str(prop.params.get("RANGE", "")).upper() == "THISANDFUTURE":
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "IcalImport",
                    "It changes an instance and all later ones (RANGE=THISANDFUTURE).",
                )
            )
        recurrence, _ = self.resolve(prop.dt, prop.params.get("TZID"))
        end = self.end_of(start, start_zone)
        cancelled = self.text("STATUS").upper() == "CANCELLED"
        return Instance(
            uid=uid,
            source=self.source,
            sequence=sequence,
            recurrence=recurrence,
            start=start,
            end=end,
            cancelled=cancelled,
            status=_STATUS_FROM_ICAL.get(self.text("STATUS").upper(), "planned"),
            title=self.text("SUMMARY")[:TITLE_MAX],
            description=self.text("DESCRIPTION"),
        )


_ESCAPE = re.compile(r"\\([\\;,nN])")


def _email(text: str) -> str:
    text = text.strip()
    if len(text) > EMAIL_MAX or "@" not in text or any(c.isspace() for c in text):
        return ""
    return text


def _person(prop) -> tuple[str, str] | None:
    """(name, email) of an ORGANIZER or ATTENDEE: a mailto: address and/or its CN, or a bare
    name (some programs write ``ORGANIZER:Jane Doe``); None when it names no one."""
    if type(prop).__name__ == "vBroken":
        return None
    try:
        value = str(prop).strip()
        params = getattr(prop, "params", None) or {}
        name = " ".join(str(params.get("CN", "") or "").split())
        email = _email(str(params.get("EMAIL", "") or ""))
    except Exception:
        return None
    if value.lower().startswith("mailto:"):
        email = _email(value[7:]) or email
    elif ":" not in value and value:
        if "@" in value and not any(c.isspace() for c in value):
            email = _email(value) or email
        elif not name:
            name = " ".join(value.split())  # a bare name
    name = (name or email)[:NAME_MAX].strip()
    if not name:
        return None
    return name, email


def _unescape(value) -> str:
    """The text of an X- property: icalendar keeps unknown values raw, escapes and all."""
    if isinstance(value, list):
        value = value[0]
    raw = value.to_ical().decode("utf-8", errors="replace") if hasattr(value, "to_ical") else value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(raw))


def _instance_key(value, zone_name: str, all_day: bool, start_time: dt.time) -> str:
    """How Turnout names an instance (``exdates``, overrides): local start in the event zone."""
    if all_day:
        if isinstance(value, dt.datetime):
            return value.astimezone(zone(zone_name)).date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.datetime):
        local = value.astimezone(zone(zone_name))
    else:
        local = dt.datetime.combine(value, start_time)
    return local.replace(tzinfo=None).isoformat(timespec="minutes")


def _stable_uid(component, simple: dict[str, str]) -> str:
    """A UID for an event that has none, the same each time the same event is imported."""
    import hashlib

    parts = [
        _unescape_text(simple[name]) if name in simple else str(component.get(name, ""))
        for name in ("SUMMARY", "LOCATION")
    ]
    start = component.get("DTSTART")
    parts.append(
        start.to_ical().decode() if start is not None and hasattr(start, "to_ical") else ""
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"turnout-import-{digest[:32]}"


# ---------------------------------------------------------------- planning and applying


def _when_text(draft: EventDraft) -> str:
    if draft.all_day:
        return draft.start.date().isoformat()
    return f"{draft.start:%Y-%m-%d %H:%M} {draft.timezone}"


def _one_line(place: Place) -> str:
    parts = [place.name, place.address, place.city, place.region, place.postcode, place.country]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen)


class _Writing:
    """What an import that writes looks up once: places, campaigns, and the moved instances
    of new events, stored once their batch is flushed and the events have ids."""

    def __init__(self, session: Session) -> None:
        self.places = _Places(session)
        self.campaigns: dict[str, Campaign] = {
            campaign.name: campaign for campaign in session.scalars(select(Campaign))
        }
        self.overrides: list[tuple[Event, dict[str, tuple]]] = []

    def campaign(self, session: Session, name: str) -> Campaign:
        name = name[:NAME_MAX]
        campaign = self.campaigns.get(name)
        if campaign is None:
            campaign = Campaign(name=name)
            session.add(campaign)
            session.flush()
            self.campaigns[name] = campaign
        return campaign

    def store_overrides(self, session: Session) -> None:
        """Add the moved instances of the events flushed since the last call."""
        for event, rows in self.overrides:
            _add_overrides(session, event.id, rows)
        self.overrides.clear()


class _People:
    """ORGANIZER/ATTENDEE to contacts: matched by email (any case), else by name, else made.

    A name matches only a contact without an email, or one when the file gives no email, so
    two people of the same name with different addresses stay two. Contacts are read once,
    when the first event with people is planned. In a preview new contacts are counted but
    never added to the session.
    """

    def __init__(self, session: Session, write: bool) -> None:
        self.session = session
        self.write = write
        self.by_email: dict[str, Contact] | None = None
        self.by_name: dict[str, Contact] = {}
        self.created = 0

    def _load(self) -> None:
        self.by_email = {}
        for contact in self.session.scalars(select(Contact).order_by(Contact.id)):
            self._remember(contact)

    def _remember(self, contact: Contact) -> None:
        email = (contact.email or "").strip().casefold()
        if email:
            self.by_email.setdefault(email, contact)
        self.by_name.setdefault(contact.name.strip().casefold(), contact)

    def find(self, name: str, email: str) -> Contact | None:
        if self.by_email is None:
            self._load()
        if email:
            found = self.by_email.get(email.casefold())
            if found is not None:
                return found
        found = self.by_name.get(name.casefold())
        if found is not None and (not email or not (found.email or "").strip()):
            return found
        return None

    def contact(self, name: str, email: str) -> Contact:
        found = self.find(name, email)
        if found is None:
            found = Contact(name=name, email=email)
            self.created += 1
            if self.write:
                self.session.add(found)
            self._remember(found)
        elif email and not (found.email or "").strip() and self.write:
            found.email = email  # matched by name: the file knows the address
            self.by_email.setdefault(email.casefold(), found)
        return found

    def missing(self, event: Event, people: list[tuple[str, str, str]]) -> bool:
        """Whether a person of the file is not yet a contact of ``event`` in that role."""
        if not people:
            return False
        roles = {(role.contact_id, role.role) for role in event.roles}
        linked = {contact_id for contact_id, _ in roles}
        for kind, name, email in people:
            contact = self.find(name, email)
            if contact is None or contact.id is None:
                return True
            if kind == "organizer" and (contact.id, kind) not in roles:
                return True
            if kind != "organizer" and contact.id not in linked:
                return True
        return False

    def link(self, event: Event | None, people: list[tuple[str, str, str]]) -> None:
        """Make ``people`` contacts of ``event`` (None in a preview: count new contacts only).

        The organizer gets the organizer role; an attendee who already has a role in the
        event keeps it, and the others become attendees."""
        if not people:
            return
        roles: set[tuple[int, str]] = set()
        if event is not None and event.id is not None:
            roles = {(id(role.contact), role.role) for role in event.roles}
        for kind, name, email in people:
            contact = self.contact(name, email)
            if (id(contact), kind) in roles:
                continue
            if kind != "organizer" and any(key == id(contact) for key, _ in roles):
                continue
            roles.add((id(contact), kind))
            if event is not None:
                role = Role(role=kind)
                self.session.add(role)  # before it joins the event and the contact
                role.event, role.contact = event, contact


class _Places:
    """LOCATION text to a place, matching existing places before creating any."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_text: dict[str, Place] = {}
        for place in session.scalars(select(Place).order_by(Place.id)):
            self.by_text.setdefault(_one_line(place).casefold(), place)
            self.by_text.setdefault(place.name.casefold(), place)

    def find(self, text: str) -> Place | None:
        return self.by_text.get(text.casefold()) if text else None

    def get(self, text: str, geo, zone_name: str) -> Place:
        place = self.find(text)
        if place is None:
            name, address = text, ""
            if len(name) > NAME_MAX:
                name, address = text[:NAME_MAX], ""
            place = Place(name=name, address=address, timezone=zone_name)
            if geo:
                place.latitude, place.longitude = geo
            self.session.add(place)
            self.session.flush()
            self.by_text[text.casefold()] = place
        elif geo and place.latitude is None and place.longitude is None:
            place.latitude, place.longitude = geo
        return place


def _same(event: Event, draft: EventDraft, location: str) -> bool:
    current = event_service.draft_of(event)
    mine = replace(draft, place_id=current.place_id, campaign_id=current.campaign_id)
    mine.exdates = sorted(mine.exdates)
    current.exdates = sorted(current.exdates)
    current.tags, mine.tags = sorted(current.tags), sorted(mine.tags)
    if mine.end is None:
        mine.end = mine.effective_end()
    current_place = _one_line(event.place) if event.place else ""
    place_same = (
        location.casefold() in (current_place.casefold(), event.place.name.casefold())
        if event.place and location
        else not location and not event.place
    )
    return place_same and mine == current


def _merge_draft(existing: Event | None, incoming: Incoming) -> EventDraft:
    """The draft to save: the file's fields over what Turnout keeps that the file lacks."""
    new = incoming.draft
    if existing is None:
        return replace(new, exdates=list(new.exdates), tags=list(new.tags))
    base = event_service.draft_of(existing)
    merged = replace(
        base,
        title=new.title,
        start=new.start,
        end=new.end,
        timezone=new.timezone,
        all_day=new.all_day,
        status=new.status,
        rrule=new.rrule,
        exdates=list(new.exdates),
        description=new.description,
        url=new.url,
    )
    if incoming.is_turnout:
        merged.kind = new.kind
        merged.demands, merged.what_to_bring = new.demands, new.what_to_bring
        merged.accessibility = new.accessibility
        merged.tags = list(new.tags) if incoming.is_team else base.tags
    else:
        merged.tags = sorted(set(base.tags) | set(new.tags))
    if incoming.is_team:
        for name in (
            "visibility",
            "notes",
            "meeting_point",
            "route",
            "safety_notes",
            "legal_hotline",
        ):
            setattr(merged, name, getattr(new, name))
    return merged


def _pick_masters(files: list[ParsedFile], plan: ImportPlan) -> dict[str, Incoming]:
    """One incoming copy per UID: the newest SEQUENCE wins, later files break ties."""
    chosen: dict[str, Incoming] = {}
    for parsed in files:
        for incoming in parsed.events:
            other = chosen.get(incoming.uid)
            if other is None or incoming.sequence >= other.sequence:
                if other is not None:
                    plan.items.append(_skip(other, _newer_copy()))
                chosen[incoming.uid] = incoming
            else:
                plan.items.append(_skip(incoming, _newer_copy()))
    return chosen


def _newer_copy():
    return QT_TRANSLATE_NOOP("IcalImport", "A newer copy of it is in the import.")


def _newer_version(ours: int, theirs: int):
    return QT_TRANSLATE_NOOP(
        "IcalImport", "Turnout has a newer version (SEQUENCE {ours}, the file has {theirs})."
    ).format(ours=ours, theirs=theirs)


def _joined(notes: list[str]) -> str:
    """The notes as one "; "-separated sentence that the window can still translate."""
    text = notes[0] if notes else ""
    for note in notes[1:]:
        text = QT_TRANSLATE_NOOP("IcalImport", "{first}; {then}").format(first=text, then=note)
    return text


def _skip(incoming: Incoming, reason: str) -> PlanItem:
    return PlanItem(
        SKIPPED,
        incoming.uid,
        incoming.draft.title,
        _when_text(incoming.draft),
        incoming.source,
        reason,
    )


FLUSH_EVERY = 500


def _flush_batch(session: Session) -> None:
    try:
        session.flush()
    except (IntegrityError, StatementError) as error:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "IcalImport", "An event of the file could not be saved; nothing was imported."
            )
        ) from error


def _run(session: Session, files: list[ParsedFile], write: bool) -> ImportPlan:
    plan = ImportPlan()
    for parsed in files:
        for skipped in parsed.skipped:
            plan.items.append(PlanItem(SKIPPED, "", skipped.what, "", parsed.name, skipped.reason))
    masters = _pick_masters(files, plan)
    instances: dict[str, list[Instance]] = {}
    for parsed in files:
        for instance in parsed.instances:
            instances.setdefault(instance.uid, []).append(instance)
    existing_by_uid: dict[str, Event] = {}
    uids = list(masters) + [uid for uid in instances if uid not in masters]
    for chunk_start in range(0, len(uids), 500):
        chunk = uids[chunk_start : chunk_start + 500]
        for event in session.scalars(select(Event).where(Event.uid.in_(chunk))):
            existing_by_uid[event.uid] = event
    writing = _Writing(session) if write else None
    people = _People(session, write)
    for uid, incoming in masters.items():
        existing = existing_by_uid.get(uid)
        group = instances.pop(uid, [])
        item = _plan_one(session, incoming, existing, group, writing, people, write)
        plan.items.append(item)
        if write and len(session.new) >= FLUSH_EVERY:
            _flush_batch(session)
            writing.store_overrides(session)
    if write:
        _flush_batch(session)
        writing.store_overrides(session)
        _flush_batch(session)
    # Instances whose series is not in the files: apply them to the stored series, or import
    # a lone instance as an event of its own (an invite for one meeting of a series).
    for uid, group in instances.items():
        existing = existing_by_uid.get(uid)
        if existing is not None:
            plan.items.append(_instances_only(session, existing, group, write))
            continue
        lone = [i for i in group if not i.cancelled]
        first = lone[0] if lone else group[0]
        if len(lone) != 1:
            plan.items.append(
                PlanItem(
                    SKIPPED,
                    uid,
                    first.title or UNTITLED,
                    "",
                    first.source,
                    QT_TRANSLATE_NOOP(
                        "IcalImport",
                        "It changes instances of a recurring event that is neither in the "
                        "file nor in Turnout.",
                    ),
                )
            )
            continue
        incoming = _lone_instance(first)
        plan.items.append(_plan_one(session, incoming, None, [], writing, people, write))
    if write:
        _flush_batch(session)
    plan.contacts = people.created
    return plan


def _lone_instance(instance: Instance) -> Incoming:
    start, end = instance.start, instance.end
    if isinstance(start, dt.datetime):
        zone_name = getattr(start.tzinfo, "key", "UTC")
        if not is_zone(zone_name):
            zone_name = "UTC"
        tz = zone(zone_name)
        draft = EventDraft(
            title=instance.title or UNTITLED,
            start=start.astimezone(tz).replace(tzinfo=None),
            end=end.astimezone(tz).replace(tzinfo=None),
            timezone=zone_name,
            kind="other",
            status=instance.status,
            description=instance.description,
        )
    else:
        draft = EventDraft(
            title=instance.title or UNTITLED,
            start=dt.datetime.combine(start, dt.time()),
            end=dt.datetime.combine(end - dt.timedelta(days=1), dt.time()),
            timezone=_fallback_zone(),
            all_day=True,
            kind="other",
            status=instance.status,
            description=instance.description,
        )
    return Incoming(instance.uid, instance.source, instance.sequence, draft)


def _plan_one(session, incoming: Incoming, existing, group, writing, people, write) -> PlanItem:
    draft = _merge_draft(existing, incoming)
    title, when = draft.title, _when_text(draft)
    moved, group_problem = _split_instances(draft, group)
    if group_problem:
        incoming.notes.append(group_problem)
    draft.exdates = sorted(
        set(draft.exdates) | {key for key, inst in moved.items() if inst is None}
    )
    overrides = {key: inst for key, inst in moved.items() if inst is not None}
    note = _joined(incoming.notes)
    if existing is not None:
        # What Turnout already has is unchanged, whatever SEQUENCE says: saving a change here
        # raises SEQUENCE, so the file an event came from is "older" once it has been imported.
        if (
            incoming.sequence <= existing.sequence
            and _same(existing, draft, incoming.location)
            and _overrides_same(session, existing, overrides)
            and not people.missing(existing, incoming.people)
        ):
            return PlanItem(UNCHANGED, incoming.uid, title, when, incoming.source, note)
        if incoming.sequence < existing.sequence:
            return PlanItem(
                SKIPPED,
                incoming.uid,
                title,
                when,
                incoming.source,
                _newer_version(existing.sequence, incoming.sequence),
            )
    problems = event_service.problems(draft)
    if problems:
        return PlanItem(
            SKIPPED, incoming.uid, title, when, incoming.source, next(iter(problems.values()))
        )
    action = UPDATE if existing is not None else CREATE
    event = _write(session, incoming, existing, draft, overrides, writing) if write else None
    people.link(event, incoming.people)  # in a preview: counts the contacts it would make
    return PlanItem(action, incoming.uid, title, when, incoming.source, note)


def _split_instances(draft: EventDraft, group: list[Instance]):
    """Instance key -> None (cancelled) or the instance (moved); newest SEQUENCE wins."""
    found: dict[str, Instance | None] = {}
    best: dict[str, int] = {}
    if not group:
        return found, ""
    if not draft.rrule:
        return found, QT_TRANSLATE_NOOP(
            "IcalImport", "changed instances of it were left out (it does not repeat)"
        )
    for instance in group:
        key = _instance_key(instance.recurrence, draft.timezone, draft.all_day, draft.start.time())
        if key in best and best[key] > instance.sequence:
            continue
        best[key] = instance.sequence
        if instance.cancelled:
            found[key] = None
        elif isinstance(instance.start, dt.datetime) != (not draft.all_day):
            continue  # a timed instance of an all-day series: nothing sensible to keep
        else:
            found[key] = instance
    return found, ""


def _override_rows(draft: EventDraft, overrides: dict[str, Instance]) -> dict[str, tuple]:
    rows = {}
    for key, instance in overrides.items():
        if draft.all_day:
            start = localize(dt.datetime.combine(instance.start, dt.time()), draft.timezone)
            end = localize(dt.datetime.combine(instance.end, dt.time()), draft.timezone)
        else:
            start, end = instance.start.astimezone(UTC), instance.end.astimezone(UTC)
        start, end = start.astimezone(UTC), max(end, start).astimezone(UTC)
        title = instance.title if instance.title != draft.title else ""
        description = instance.description if instance.description != draft.description else ""
        rows[key] = (start, end, instance.status, title, description)
    return rows


def _overrides_same(session, event: Event, overrides: dict[str, Instance]) -> bool:
    stored = {
        row.recurrence_id: (row.starts_at, row.ends_at, row.status, row.title, row.description)
        for row in session.scalars(select(EventOverride).where(EventOverride.event_id == event.id))
    }
    return stored == _override_rows(event_service.draft_of(event), overrides)


def _write(session, incoming: Incoming, existing, draft, overrides, writing: _Writing) -> Event:
    if incoming.location:
        draft.place_id = writing.places.get(incoming.location, incoming.geo, draft.timezone).id
    elif existing is not None:
        draft.place_id = None
    if incoming.campaign:
        draft.campaign_id = writing.campaign(session, incoming.campaign).id
    try:
        if existing is None:
            # New events are written in batches (see _run): one flush each made big imports
            # spend half their time in the database.
            event = event_service.create(session, draft, uid=incoming.uid, flush=False)
            if incoming.created is not None:
                event.created_at = incoming.created
        else:
            event = event_service.update(session, existing, draft)  # raises SEQUENCE on a move
        event.sequence = max(incoming.sequence, event.sequence if existing is not None else 0)
        if existing is not None:
            _store_overrides(session, event, draft, overrides)
            session.flush()
        elif overrides:
            writing.overrides.append((event, _override_rows(draft, overrides)))
    except (IntegrityError, StatementError) as error:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "IcalImport", "“{title}” from {source} could not be saved; nothing was imported."
            ).format(title=draft.title, source=incoming.source)
        ) from error
    return event


def _store_overrides(session, event: Event, draft: EventDraft, overrides) -> None:
    rows = _override_rows(draft, overrides)
    for row in session.scalars(select(EventOverride).where(EventOverride.event_id == event.id)):
        session.delete(row)
    session.flush()
    _add_overrides(session, event.id, rows)


def _instances_only(session, event: Event, group: list[Instance], write: bool) -> PlanItem:
    draft = event_service.draft_of(event)
    title, when = draft.title, _when_text(draft)
    source = group[0].source
    newest = max(i.sequence for i in group)
    moved, problem = _split_instances(draft, group)
    if problem:
        return PlanItem(
            SKIPPED,
            event.uid,
            title,
            when,
            source,
            QT_TRANSLATE_NOOP("IcalImport", "It does not repeat in Turnout."),
        )
    stored = {
        row.recurrence_id: row
        for row in session.scalars(select(EventOverride).where(EventOverride.event_id == event.id))
    }
    new_exdates = {key for key, inst in moved.items() if inst is None} - set(draft.exdates)
    rows = _override_rows(draft, {k: i for k, i in moved.items() if i is not None})
    changed = bool(new_exdates) or any(
        key not in stored
        or (
            stored[key].starts_at,
            stored[key].ends_at,
            stored[key].status,
            stored[key].title,
            stored[key].description,
        )
        != row
        for key, row in rows.items()
    )
    if not changed:
        return PlanItem(UNCHANGED, event.uid, title, when, source, "")
    if newest < event.sequence:
        return PlanItem(
            SKIPPED,
            event.uid,
            title,
            when,
            source,
            _newer_version(event.sequence, newest),
        )
    if write:
        if new_exdates:
            draft.exdates = sorted(set(draft.exdates) | new_exdates)
            event_service.update(session, event, draft)
        for key, (start, end, status, own_title, description) in rows.items():
            row = stored.get(key) or EventOverride(event_id=event.id, recurrence_id=key)
            row.starts_at, row.ends_at, row.status = start, end, status
            row.title, row.description = own_title, description
            session.add(row)
        event.sequence = max(event.sequence, newest)
        session.flush()
    return PlanItem(
        UPDATE, event.uid, title, when, source, QT_TRANSLATE_NOOP("IcalImport", "changed instances")
    )


def preview(session: Session, files: list[ParsedFile]) -> ImportPlan:
    """What importing ``files`` would do; writes nothing."""
    return _run(session, files, write=False)


def apply(session: Session, files: list[ParsedFile]) -> ImportPlan:
    """Import ``files`` in the caller's transaction (roll it back to undo everything)."""
    # Every event is flushed as it is saved; flushing again before each lookup only costs.
    with session.no_autoflush:
        return _run(session, files, write=True)


def read_paths(paths: list[Path]) -> list[ParsedFile]:
    """Read every file first: one that is not a calendar stops the import before any write."""
    return [read_path(Path(path)) for path in paths]


def _add_overrides(session: Session, event_id: int, rows: dict) -> None:
    """Store an event's moved instances, ``rows`` keyed by recurrence id, in key order."""
    for key in sorted(rows):
        start, end, status, title, description = rows[key]
        session.add(
            EventOverride(
                event_id=event_id,
                recurrence_id=key,
                starts_at=start,
                ends_at=end,
                status=status,
                title=title,
                description=description,
            )
        )
