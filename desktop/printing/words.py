"""Dates, times and labels written for people, in the language the piece is printed in."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.errors import KnownError
from desktop.timeutil import zone

# Words printed on the pieces, in English; SPANISH below holds them in Spanish. A piece is
# printed in its primary locale's language (the window's language, else the computer's): the
# labels through label(), the dates by QLocale. The second language of a flyer adds its own
# title, description and date line.
STATUS_BANNERS = {
    "cancelled": "Cancelled",
    "postponed": "Postponed",
    "tentative": "Tentative",
}
SEPARATOR = " · "

SPANISH = {
    # status banners and notes
    "Cancelled": "Cancelado",
    "Postponed": "Pospuesto",
    "Tentative": "Provisional",
    "Repeats": "Se repite",
    "Repeats daily": "Se repite cada día",
    "Repeats weekly": "Se repite cada semana",
    "Repeats every two weeks": "Se repite cada dos semanas",
    "Repeats monthly": "Se repite cada mes",
    "Repeats yearly": "Se repite cada año",
    # flyers
    "More information:": "Más información:",
    "More information: %1": "Más información: %1",
    "Scan to add to your calendar.": "Escanea para añadirlo a tu calendario.",
    "Our demands": "Nuestras demandas",
    "What to bring": "Qué llevar",
    "Accessibility": "Accesibilidad",
    # program
    "Program": "Programa",
    "Public program": "Programa público",
    "Date": "Fecha",
    "Time": "Hora",
    "Event": "Evento",
    "Place": "Lugar",
    "All day": "Todo el día",
    # event sheet
    "Internal — do not post": "Interno — no publicar",
    "Event sheet": "Hoja de acción",
    "When": "Cuándo",
    "Except": "Excepto",
    "Meeting point": "Punto de encuentro",
    "Route": "Recorrido",
    "Legal hotline": "Asistencia legal",
    "Safety": "Seguridad",
    "Demands": "Demandas",
    "Public text": "Texto público",
    "Notes": "Notas",
    "Web page": "Página web",
    "Turnout": "Asistencia",
    "expected %1": "esperada: %1",
    "actual %1": "real: %1",
    "In %1": "En %1",
    "the second language": "el segundo idioma",
    "Visibility": "Visibilidad",
    "Public event": "Evento público",
    "Internal event": "Evento interno",
    "Roles and phone numbers": "Roles y teléfonos",
    "Role": "Rol",
    "Name": "Nombre",
    "Phone": "Teléfono",
    "Email / handle": "Correo / usuario",
    "Public": "Público",
    "Tasks": "Tareas",
    "Done": "Hecha",
    "Task": "Tarea",
    "Due": "Para el",
    "Who": "Quién",
    "yes": "sí",
    "no": "no",
    "Page %1 of %2": "Página %1 de %2",
    "The public sees only the area (city), not this address.": (
        "El público solo ve la zona (ciudad), no esta dirección."
    ),
    "Hidden from the public until announced.": "Oculto al público hasta que se anuncie.",
    # the data model's words (db/vocabulary.py)
    "protest": "protesta",
    "march": "marcha",
    "rally": "mitin",
    "strike": "huelga",
    "walkout": "paro",
    "picket": "piquete",
    "sit-in": "plantón",
    "vigil": "vigilia",
    "boycott": "boicot",
    "petition": "petición",
    "meeting": "reunión",
    "training": "capacitación",
    "press conference": "conferencia de prensa",
    "other": "otro",
    "planned": "planificado",
    "confirmed": "confirmado",
    "tentative": "provisional",
    "postponed": "pospuesto",
    "cancelled": "cancelado",
    "done": "realizado",
    "organizer": "organizador(a)",
    "marshal": "monitor(a) de orden",
    "legal observer": "observador(a) legal",
    "medic": "médico(a)",
    "press liaison": "enlace de prensa",
    "speaker": "orador(a)",
    "driver": "conductor(a)",
    "attendee": "asistente",
}
TABLES = {QLocale.Language.Spanish: SPANISH}


def primary_locale() -> QLocale:
    """The window's locale (QLocale's default: the chosen language, else the computer's) for
    labels and dates, or US English when there is none (the C locale)."""
    chosen = QLocale()
    if chosen.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return chosen


def label(text: str, locale: QLocale | None = None) -> str:
    """``text`` (an English label of the pieces) in the language of ``locale``."""
    table = TABLES.get((locale or primary_locale()).language())
    return table.get(text, text) if table else text


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


def _without_year(pattern: str) -> str | None:
    """A date pattern with its trailing year taken off ("dddd, MMMM d, yyyy" → "dddd, MMMM
    d"; "… 'de' yyyy" → "…"); None when the year is not last (the range keeps both years)."""
    shorter = re.sub(r"(?:\s*,)?\s*(?:'[^']*'\s*)?y+\.?$", "", pattern)
    if shorter == pattern or "y" in re.sub(r"'[^']*'", "", shorter):
        return None
    return shorter


def date_range(first: dt.date, last: dt.date, locale: QLocale) -> str:
    """ "Sat, June 1 – Mon, June 3, 2030", "sáb, 1 de junio – lun, 3 de junio de 2030": the
    days of an all-day event, ``last`` included, the year said once when both share it."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "ddd")
    opening = (_without_year(pattern) if first.year == last.year else None) or pattern
    # A line may break at the dash, never inside a date.
    return (
        f"{unbroken(locale.toString(_qdate(first), opening))} – "
        f"{unbroken(locale.toString(_qdate(last), pattern))}"
    )


def short_date_range(first: dt.date, last: dt.date, locale: QLocale) -> str:
    """ "Sat, Jun 1 – Mon, Jun 3" for a table row; with the years when it crosses one."""
    # A line may break at the dash, never inside a date ("Sat," above "Jun 1").
    if first.year == last.year:
        return f"{unbroken(short_date(first, locale))} – {unbroken(short_date(last, locale))}"
    return f"{unbroken(long_date(first, locale))} – {unbroken(long_date(last, locale))}"


def unbroken(text: str) -> str:
    """``text`` that never breaks across lines: no-break spaces, and a WORD JOINER after each
    slash (a line may otherwise end after "America/")."""
    return text.replace(" ", "\u00a0").replace("/", "/\u2060")


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
        last = end_date or start_date  # inclusive: a three-day strike ends on its third day
        if last <= start_date:
            return long_date(start_date, locale)
        return date_range(start_date, last, locale)
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


def repeats(rule: str | None, locale: QLocale | None = None) -> str:
    """A short note for a recurring event ("Repeats weekly"), empty otherwise."""
    if not rule:
        return ""
    parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
    frequency = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
    word = frequency.get(parts.get("FREQ", ""), "")
    interval = parts.get("INTERVAL", "1")
    if word == "weekly" and interval == "2":
        word = "every two weeks"
    return label(f"Repeats {word}" if word else "Repeats", locale)


def kind_label(kind: str, locale: QLocale | None = None) -> str:
    return label(kind, locale).replace("-", "\u2011").upper()  # keep "SIT-IN" on one line


def zone_note(timezone: str, moment: dt.datetime) -> str:
    """ "(EDT, America/New_York)": the abbreviation and the zone's name, kept on one line."""
    return unbroken(f"({moment.astimezone(zone(timezone)).tzname()}, {timezone})")
