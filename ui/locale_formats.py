"""Date and time patterns of the window's locale for date fields and lists.

"7/15/2030 5:30 PM" in the US, "15/7/2030 17:30" in Spain, "15.07.2030 17:30" in Germany:
the locale's own short formats, with a four-digit year. Without a locale (the C locale of a
bare server or the tests) the ISO forms "2030-07-15 17:30".
"""

from __future__ import annotations

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
