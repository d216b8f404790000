"""CSV export of contacts and events, and import of contacts, safe for spreadsheets.

Export: a cell that a spreadsheet would read as a formula (starting with ``= + - @``, a tab or
a carriage return) gets a leading apostrophe, so ``=HYPERLINK(…)`` in an imported title stays
text. Import: columns are found by their header (common spellings in English), rows that
cannot be used are skipped with their line number and the reason, and the whole file is
added in the caller's one transaction.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.messages import QT_TRANSLATE_NOOP
from db.models import Contact, Event
from desktop.errors import KnownError

MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CONTACT_COLUMNS = ("name", "organisation", "phone", "email", "handle", "notes")
EVENT_COLUMNS = (
    "id", "uid", "title", "kind", "status", "visibility", "start", "end", "timezone", "all_day",
    "recurrence", "place", "address", "city", "campaign", "description", "notes",
    "meeting_point", "expected_turnout",
)  # fmt: skip

# Header spellings (lower case, without spaces, dashes, dots or underscores) -> field.
HEADER_NAMES = {
    "name": "name", "fullname": "name", "contact": "name", "contactname": "name",
    "displayname": "name", "person": "name",
    "firstname": "first_name", "givenname": "first_name",
    "lastname": "last_name", "surname": "last_name", "familyname": "last_name",
    "organisation": "organisation", "organization": "organisation", "org": "organisation",
    "company": "organisation", "group": "organisation", "union": "organisation",
    "phone": "phone", "telephone": "phone", "tel": "phone", "mobile": "phone", "cell": "phone",
    "phonenumber": "phone", "mobilephone": "phone",
    "email": "email", "emailaddress": "email", "mail": "email",
    "handle": "handle", "signal": "handle", "telegram": "handle", "matrix": "handle",
    "notes": "notes", "note": "notes", "comments": "notes", "comment": "notes",
}  # fmt: skip


def neutralise(value: object) -> str:
    """A cell as text a spreadsheet shows as typed, never as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _restore(text: str) -> str:
    """Undo ``neutralise`` when a Turnout export comes back in."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _write(header: tuple[str, ...], rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def export_contacts(session: Session) -> str:
    contacts = session.scalars(select(Contact).order_by(Contact.name, Contact.id))
    return _write(CONTACT_COLUMNS, ([getattr(c, n) for n in CONTACT_COLUMNS] for c in contacts))


def export_events(session: Session) -> str:
    """Every event with its internal fields (this file is for the team, not the public)."""
    from desktop.events import local_bounds

    events = session.scalars(
        select(Event)
        .order_by(Event.starts_at, Event.id)
        .options(selectinload(Event.place), selectinload(Event.campaign))
    )

    def row(event: Event) -> list[object]:
        start, end = local_bounds(event)
        fmt = "%Y-%m-%d" if event.all_day else "%Y-%m-%d %H:%M"
        place = event.place
        return [
            event.id, event.uid, event.title, event.kind, event.status, event.visibility,
            start.strftime(fmt), end.strftime(fmt), event.timezone,
            "yes" if event.all_day else "no", event.rrule or "",
            place.name if place else "", place.address if place else "",
            place.city if place else "", event.campaign.name if event.campaign else "",
            event.description, event.notes, event.meeting_point,
            "" if event.expected_turnout is None else event.expected_turnout,
        ]  # fmt: skip

    return _write(EVENT_COLUMNS, (row(event) for event in events))


def read_file(path: Path) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252/Latin-1."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "ContactsFile", "{path} is too large for a contacts file ({megabytes} MB)."
                ).format(path=path, megabytes=size // 1_000_000)
            )
        raw = path.read_bytes()
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("ContactsFile", "Cannot read {path}: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from error
    return decode(raw, path.name)


def decode(raw: bytes, name: str = "the file") -> str:
    if b"\0" in raw[:65536]:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ContactsFile", "{name} is not a CSV file (it holds binary data)."
            ).format(name=name)
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on Windows still save "CSV" in the local code page.
        return raw.decode("cp1252", errors="replace")


@dataclass
class ImportReport:
    source: str
    added: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    ignored_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.skipped and self.ignored_columns:
            template = QT_TRANSLATE_NOOP(
                "ContactsFile",
                "Added {added} contacts from {name}; skipped {skipped} rows; "
                "ignored the columns {columns}.",
            )
        elif self.skipped:
            template = QT_TRANSLATE_NOOP(
                "ContactsFile", "Added {added} contacts from {name}; skipped {skipped} rows."
            )
        elif self.ignored_columns:
            template = QT_TRANSLATE_NOOP(
                "ContactsFile", "Added {added} contacts from {name}; ignored the columns {columns}."
            )
        else:
            template = QT_TRANSLATE_NOOP("ContactsFile", "Added {added} contacts from {name}.")
        return template.format(
            added=self.added,
            name=self.source,
            skipped=len(self.skipped),
            columns=", ".join(self.ignored_columns),
        )

    def skipped_lines(self, limit: int = 50) -> list[str]:
        lines = [f"  line {line}: {reason}" for line, reason in self.skipped[:limit]]
        if len(self.skipped) > limit:
            lines.append(f"  … and {len(self.skipped) - limit} more")
        return lines


def _key(header: str) -> str:
    return "".join(ch for ch in header.strip().lower() if ch not in " -_.")


def import_contacts(session: Session, text: str, *, source: str = "the file") -> ImportReport:
    """Add the contacts of a CSV text; rows already present (same name and phone) are skipped."""
    from desktop.records import ContactDraft, contact_problems, save_contact

    # The header row says which separator the spreadsheet used (Excel in many locales: ";").
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ContactsFile", "{name} is not a CSV file Turnout can read ({reason})."
            ).format(name=source, reason=error)
        ) from error
    if not header:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ContactsFile", "{name} is empty; a contacts file starts with a header row."
            ).format(name=source)
        )
    columns: dict[int, str] = {}
    report = ImportReport(source=source)
    for index, title in enumerate(header):
        name = HEADER_NAMES.get(_key(title))
        if name and name not in columns.values():
            columns[index] = name
        elif title.strip():
            report.ignored_columns.append(title.strip())
    found = set(columns.values())
    if "name" not in found and not found & {"first_name", "last_name"}:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ContactsFile",
                "{name} has no name column; its first row must be a header such as "
                "name,organisation,phone,email,handle,notes.",
            ).format(name=source)
        )
    known = {
        (name.casefold(), phone)
        for name, phone in session.execute(select(Contact.name, Contact.phone))
    }
    try:
        for number, cells in enumerate(reader, start=2):
            if number > MAX_ROWS + 1:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "ContactsFile", "{name} has more than {limit} rows; split it."
                    ).format(name=source, limit=MAX_ROWS)
                )
            if not any(cell.strip() for cell in cells):
                continue
            values = {columns[i]: _restore(cell) for i, cell in enumerate(cells) if i in columns}
            name = values.pop("name", "").strip()
            first, last = values.pop("first_name", "").strip(), values.pop("last_name", "").strip()
            name = name or " ".join(part for part in (first, last) if part)
            draft = ContactDraft(name=name, **{k: v.strip() for k, v in values.items()})
            problems = contact_problems(draft)
            if problems:
                report.skipped.append((reader.line_num, next(iter(problems.values()))))
                continue
            if (draft.name.casefold(), draft.phone) in known:
                report.skipped.append(
                    (
                        reader.line_num,
                        QT_TRANSLATE_NOOP("ContactsFile", "{name} is already a contact.").format(
                            name=draft.name
                        ),
                    )
                )
                continue
            save_contact(session, draft)
            known.add((draft.name.casefold(), draft.phone))
            report.added += 1
    except csv.Error as error:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "ContactsFile", "{name} is not a CSV file Turnout can read (line {line}: {reason})."
            ).format(name=source, line=reader.line_num, reason=error)
        ) from error
    return report
