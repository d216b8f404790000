"""Date and time patterns of the window's locale for date fields and lists.

"7/15/2030 5:30 PM" in the US, "15/7/2030 17:30" in Spain, "15.07.2030 17:30" in Germany:
the locale's own short formats, with a four-digit year. Without a locale (the C locale of a
bare server or the tests) the ISO forms "2030-07-15 17:30".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale


def date_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def date_time_format(locale: QLocale | None = None) -> str:
    return f"{date_format(locale)} {time_format(locale)}"


def _long_pattern(locale: QLocale) -> str:
    """The locale's long date without the weekday: "MMMM d, yyyy", "d 'de' MMMM 'de' yyyy"."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^d{4}[,.\s]*", "", pattern)  # "dddd, " in front (most languages)
    pattern = re.sub(r"[,\s]*d{4}$", "", pattern)  # or behind ("yyyy年M月d日dddd")
    return pattern.strip()


def long_date_format(locale: QLocale | None = None) -> str:
    """A day spelled out, without its weekday: "July 15, 2019", "15 de julio de 2019"."""
    return _long_pattern(locale or QLocale())


def medium_date_format(locale: QLocale | None = None) -> str:
    """A day with the month's short name: "Jul 15, 2019", "15 de jul de 2019"."""
    return _long_pattern(locale or QLocale()).replace("MMMM", "MMM")


def day_month_format(locale: QLocale | None = None, *, full_month: bool = False) -> str:
    """A day and short month, no year, in the locale's order: "Jul 15", "15 de jul", "15. Juli";
    with ``full_month`` "July 15", "15 de julio"."""
    pattern = long_date_format(locale) if full_month else medium_date_format(locale)
    # The year, with what ties it to the day and month: ", yyyy", " 'de' yyyy", "yyyy年".
    if pattern.startswith("y"):
        pattern = re.sub(r"^y+[^dM]*", "", pattern)
    else:
        pattern = re.sub(r"[\s,.]*('[^']*'\s*)?y+", "", pattern)
    pattern = re.sub(r"\s*'[^']*'\.?\s*$", "", pattern)  # a word left behind ("'г'.")
    return pattern.strip(" ,") or ("d MMMM" if full_month else "d MMM")
