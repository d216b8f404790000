"""Dates, times and labels written for people, in the language the piece is printed in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.errors import KnownError
from desktop.timeutil import zone

# Words printed on the pieces. Only the second language's date line is translated (by QLocale);
# the rest of the interface is English until the application is translated.
STATUS_BANNERS = {
    "cancelled": "Cancelled",
    "postponed": "Postponed",
    "tentative": "Tentative",
}
SEPARATOR = " · "


def primary_locale() -> QLocale:
    """The computer's locale for dates, or US English when it has none (the C locale)."""
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def locale_for(code: str) -> QLocale:
    """The QLocale for a language code such as ``es`` or ``es-MX``; KnownError when unknown."""
    cleaned = code.strip().replace("-", "_")
    found = QLocale(cleaned)
    if not cleaned or found.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        raise KnownError(f"“{code}” is not a language code; use one such as es, fr or ar.")
    return found


def same_language(a: str, b: str) -> bool:
    """``es`` matches ``es-MX`` and ``ES``: the language decides, not the region."""
    first = a.strip().replace("_", "-").split("-")[0].lower()
    second = b.strip().replace("_", "-").split("-")[0].lower()
    return bool(first) and first == second


def language_name(locale: QLocale) -> str:
    return QLocale.languageToString(locale.language())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: dt.date, locale: QLocale) -> str:
    """ "Monday, July 15, 2019", "lunes, 15 de julio de 2019"."""
    return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: dt.date, locale: QLocale) -> str:
    """ "Mon, Jul 15" (US) or "Mon 15 Jul" for a table row."""
    us = locale.territory() == QLocale.Country.UnitedStates
    return locale.toString(_qdate(day), "ddd, MMM d" if us else "ddd d MMM")


def clock(moment: dt.datetime | dt.time, locale: QLocale) -> str:
    """ "9:00 AM" or "09:00", as people write times in that language."""
    text = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return text.replace(" ", "\u00a0")  # never "7:30" at the end of a line and "PM" below


def when(
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    timezone: str,
    all_day: bool,
    start_date: dt.date | None,
    end_date: dt.date | None,
    locale: QLocale,
) -> str:
    """The date and time line: "Monday, July 15, 2019 · 5:30 PM – 7:30 PM" in the event's zone."""
    if all_day and start_date is not None:
        last = end_date or start_date
        if last == start_date:
            return long_date(start_date, locale)
        return f"{long_date(start_date, locale)} – {long_date(last, locale)}"
    tz = zone(timezone)
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    # Beside Arabic-Indic digits a middle dot reads as a zero: use the Arabic comma there.
    sep = "، " if locale.script() == QLocale.Script.ArabicScript else SEPARATOR
    first = f"{long_date(start.date(), locale)}{sep}{clock(start, locale)}"
    if end <= start:
        return first
    if end.date() == start.date():
        return f"{first} – {clock(end, locale)}"
    return f"{first} – {long_date(end.date(), locale)}{sep}{clock(end, locale)}"


def when_of(event, locale: QLocale) -> str:
    """:func:`when` for an Event or a PublicEvent."""
    return when(
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        timezone=event.timezone,
        all_day=event.all_day,
        start_date=event.start_date,
        end_date=event.end_date,
        locale=locale,
    )


def repeats(rule: str | None) -> str:
    """A short English note for a recurring event ("Repeats weekly"), empty otherwise."""
    if not rule:
        return ""
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    frequency = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
    word = frequency.get(parts.get("FREQ", ""), "")
    interval = parts.get("INTERVAL", "1")
    if word == "weekly" and interval == "2":
        word = "every two weeks"
    return f"Repeats {word}" if word else "Repeats"


def kind_label(kind: str) -> str:
    return kind.replace("-", "\u2011").upper()  # keep "SIT-IN" on one line


def zone_note(timezone: str, moment: dt.datetime) -> str:
    """ "Eastern Daylight Time (America/New_York)"-style note; the abbreviation is enough."""
    return f"{moment.astimezone(zone(timezone)).tzname()} ({timezone})"
