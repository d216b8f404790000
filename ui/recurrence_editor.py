"""The "Repeats" part of the event editor: a recurrence rule built from plain choices.

It writes the RRULE text the services store (daily, weekly on chosen days, monthly by date or
by weekday, yearly; until a date or a number of times) and says in plain words what the rule
means ("Every Monday and Thursday until 1 Sep 2030"). A rule it cannot show as choices (one
imported from another program) stays as text under "Custom rule" and is kept unchanged.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QSignalBlocker,
    QStringListModel,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from desktop import recurrence
from desktop.timeutil import UTC, is_zone, to_utc, zone
from ui import locale_formats

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("none", "daily", "weekly", "monthly_date", "monthly_weekday", "yearly", "custom")
ENDS = ("never", "until", "count")


def _ordinal(number: int) -> str:
    """ "15th" in English, "día 15" in Spanish ("Every month on the 15th": "el día 15")."""
    if 10 <= number % 100 <= 20:
        pattern = QCoreApplication.translate("RecurrenceEditor", "%dth", "day of the month")
    else:
        pattern = {
            1: QCoreApplication.translate("RecurrenceEditor", "%dst", "day of the month"),
            2: QCoreApplication.translate("RecurrenceEditor", "%dnd", "day of the month"),
            3: QCoreApplication.translate("RecurrenceEditor", "%drd", "day of the month"),
        }.get(
            number % 10, QCoreApplication.translate("RecurrenceEditor", "%dth", "day of the month")
        )
    return pattern % number


def _day_name(code: str) -> str:
    """The weekday of an RRULE code in the window's language ("Monday", "lunes")."""
    return QLocale().standaloneDayName(DAY_CODES.index(code) + 1, QLocale.FormatType.LongFormat)


def _joined(names: list[str]) -> str:
    """ "Monday", "Monday and Thursday", "Monday, Tuesday and Friday"."""
    if len(names) == 1:
        return names[0]
    return (
        ", ".join(names[:-1]) + QCoreApplication.translate("RecurrenceEditor", " and ") + names[-1]
    )


def _nth_weekday(day: dt.date) -> int:
    """Which weekday of its month ``day`` is: 1..4, or -1 for the last one."""
    last = calendar.monthrange(day.year, day.month)[1]
    if day.day + 7 > last:
        return -1
    return (day.day - 1) // 7 + 1


def _day_text(day: dt.date, locale: QLocale | None = None) -> str:
    """A last day in words, in the locale's order: "August 27, 2019", "27 de agosto de 2019"."""
    locale = locale or QLocale()
    return locale.toString(
        QDate(day.year, day.month, day.day), locale_formats.long_date_format(locale)
    )


class _LocaleDateDelegate(QStyledItemDelegate):
    """Shows the ISO dates the model keeps ("2019-07-02") as the locale writes them."""

    def displayText(self, value, locale: QLocale) -> str:
        try:
            day = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
        return locale.toString(
            QDate(day.year, day.month, day.day), locale_formats.date_format(locale)
        )


def _as_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RecurrenceEditor(QWidget):
    """Edits ``rrule`` and ``exdates``; ``changed()`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = dt.datetime.now().replace(second=0, microsecond=0)
        self._all_day = False
        self._zone = "UTC"
        self._auto_day = ""  # the weekday ticked for the start, until someone ticks days

        self.frequency = QComboBox(self)
        self.frequency.setObjectName("repeatFrequency")
        labels = {
            "none": self.tr("Does not repeat"),
            "daily": self.tr("Daily"),
            "weekly": self.tr("Weekly"),
            "monthly_date": self.tr("Monthly, on the same date"),
            "monthly_weekday": self.tr("Monthly, on the same weekday"),
            "yearly": self.tr("Yearly"),
            "custom": self.tr("Custom rule"),
        }
        for key in FREQUENCIES:
            self.frequency.addItem(labels[key], key)
        self.frequency.setAccessibleName(self.tr("Repeats"))

        self.interval = QSpinBox(self)
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, 99)
        self.interval.setAccessibleName(self.tr("Repeat every how many"))
        self.interval_unit = QLabel(self)

        self.weekdays: dict[str, QCheckBox] = {}
        weekday_row = QHBoxLayout()
        for number, code in enumerate(DAY_CODES, start=1):
            name = QLocale().standaloneDayName(number, QLocale.FormatType.ShortFormat)
            box = QCheckBox(name, self)
            box.setObjectName(f"repeatOn{code}")
            box.setAccessibleName(self.tr("Repeat on %s") % _day_name(code))
            self.weekdays[code] = box
            weekday_row.addWidget(box)
        weekday_row.addStretch(1)
        self._weekday_box = QWidget(self)
        self._weekday_box.setLayout(weekday_row)
        weekday_row.setContentsMargins(0, 0, 0, 0)

        self.ends = QComboBox(self)
        self.ends.setObjectName("repeatEnds")
        self.ends.addItem(self.tr("Never"), "never")
        self.ends.addItem(self.tr("On a date"), "until")
        self.ends.addItem(self.tr("After a number of times"), "count")
        self.ends.setAccessibleName(self.tr("Repeat ends"))
        self.until = QDateEdit(self)
        self.until.setObjectName("repeatUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(locale_formats.date_format())
        self.until.setAccessibleName(self.tr("Last day of the series"))
        self.count = QSpinBox(self)
        self.count.setObjectName("repeatCount")
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        self.count.setAccessibleName(self.tr("Number of times"))

        self.custom = QLineEdit(self)
        self.custom.setObjectName("repeatCustom")
        self.custom.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH")
        self.custom.setAccessibleName(self.tr("Custom recurrence rule (RRULE)"))

        self.excluded_model = QStringListModel(self)
        self.excluded = QListView(self)
        self.excluded.setObjectName("repeatExcluded")
        self.excluded.setModel(self.excluded_model)
        self.excluded.setItemDelegate(_LocaleDateDelegate(self.excluded))
        self.excluded.setMaximumHeight(90)
        self.excluded.setAccessibleName(self.tr("Excluded dates"))
        self.exclude_day = QDateEdit(self)
        self.exclude_day.setObjectName("repeatExcludeDay")
        self.exclude_day.setCalendarPopup(True)
        self.exclude_day.setDisplayFormat(locale_formats.date_format())
        self.exclude_day.setAccessibleName(self.tr("Date to leave out"))
        self.exclude_add = QPushButton(self.tr("Leave out this date"), self)
        self.exclude_add.setObjectName("repeatExcludeAdd")
        self.exclude_remove = QPushButton(self.tr("Remove"), self)
        self.exclude_remove.setObjectName("repeatExcludeRemove")
        self.exclude_remove.setAccessibleName(self.tr("Remove the selected excluded date"))

        self.summary = QLabel(self)
        self.summary.setObjectName("repeatSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setAccessibleName(self.tr("Summary of the recurrence"))

        every = QHBoxLayout()
        every.addWidget(self.interval)
        every.addWidget(self.interval_unit)
        every.addStretch(1)
        self._every_box = QWidget(self)
        self._every_box.setLayout(every)
        every.setContentsMargins(0, 0, 0, 0)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ends)
        end_row.addWidget(self.until)
        end_row.addWidget(self.count)
        end_row.addStretch(1)
        end_row.setContentsMargins(0, 0, 0, 0)
        self._end_box = QWidget(self)
        self._end_box.setLayout(end_row)
        exclude_row = QHBoxLayout()
        exclude_row.addWidget(self.exclude_day)
        exclude_row.addWidget(self.exclude_add)
        exclude_row.addWidget(self.exclude_remove)
        exclude_row.addStretch(1)
        exclude_row.setContentsMargins(0, 0, 0, 0)
        exclude_column = QVBoxLayout()
        exclude_column.addWidget(self.excluded)
        exclude_column.addLayout(exclude_row)
        exclude_column.setContentsMargins(0, 0, 0, 0)
        self._exclude_box = QWidget(self)
        self._exclude_box.setLayout(exclude_column)

        form = QFormLayout(self)
        form.addRow(self.tr("&Repeats:"), self.frequency)
        form.addRow(self.tr("Every:"), self._every_box)
        form.addRow(self.tr("On:"), self._weekday_box)
        form.addRow(self.tr("Rule:"), self.custom)
        form.addRow(self.tr("Ends:"), self._end_box)
        form.addRow(self.tr("Leave out:"), self._exclude_box)
        form.addRow("", self.summary)
        self._form = form

        self.frequency.currentIndexChanged.connect(self._on_frequency_changed)
        self.ends.currentIndexChanged.connect(self._on_changed)
        for spin in (self.interval, self.count):
            spin.valueChanged.connect(self._on_changed)
        for box in self.weekdays.values():
            box.toggled.connect(self._on_day_toggled)
        self.until.dateChanged.connect(self._on_changed)
        self.custom.textChanged.connect(self._on_changed)
        self.exclude_add.clicked.connect(self._exclude)
        self.exclude_remove.clicked.connect(self._unexclude)
        self._update_visibility()
        self._update_summary()

    # --- loading and reading ------------------------------------------------------------------

    def set_zone(self, name: str) -> None:
        """The event's zone, in which a last day ends."""
        self._zone = name

    def set_start(self, start: dt.datetime, all_day: bool) -> None:
        """The series' first start, which fills in defaults and the summary."""
        self._start, self._all_day = start, all_day
        ticked = [code for code, box in self.weekdays.items() if box.isChecked()]
        if self.frequency.currentData() == "weekly" and ticked == [self._auto_day]:
            self._tick_start_day()  # the day ticked for the old start follows the new one
        if self.frequency.currentData() == "none":
            self.until.setDate(QDate(start.year, start.month, start.day).addMonths(3))
            self.exclude_day.setDate(QDate(start.year, start.month, start.day))
        self._update_summary()

    def load(self, rule: str | None, exdates: list[str]) -> None:
        self.excluded_model.setStringList([text[:10] for text in exdates])
        if not rule:
            self._select(self.frequency, "none")
            self._update_visibility()
            self._update_summary()
            return
        parts = dict(p.split("=", 1) for p in recurrence.clean_rule(rule).split(";") if "=" in p)
        kind = self._kind_of(parts)
        self._select(self.frequency, kind)
        if kind == "custom":
            self.custom.setText(recurrence.clean_rule(rule))
        else:
            self.interval.setValue(int(parts.get("INTERVAL", "1")))
            if kind == "weekly":
                days = parts.get("BYDAY", "").split(",")
                for code, box in self.weekdays.items():
                    box.setChecked(code in days)
            if "UNTIL" in parts:
                self._select(self.ends, "until")
                day = self._until_day(parts["UNTIL"])
                self.until.setDate(QDate(day.year, day.month, day.day))
            elif "COUNT" in parts:
                self._select(self.ends, "count")
                self.count.setValue(int(parts["COUNT"]))
            else:
                self._select(self.ends, "never")
        self._update_visibility()
        self._update_summary()

    def _kind_of(self, parts: dict[str, str]) -> str:
        known = {"FREQ", "INTERVAL", "UNTIL", "COUNT", "BYDAY", "BYMONTHDAY", "WKST"}
        if set(parts) - known or not parts.get("INTERVAL", "1").isdigit():
            return "custom"
        frequency, byday = parts.get("FREQ"), parts.get("BYDAY", "")
        if frequency == "DAILY" and not byday and "BYMONTHDAY" not in parts:
            return "daily"
        plain_days = all(code in DAY_CODES for code in byday.split(",") if code)
        if frequency == "WEEKLY" and "BYMONTHDAY" not in parts and plain_days:
            return "weekly"
        if frequency == "MONTHLY":
            start = self._start.date()
            if not byday and parts.get("BYMONTHDAY", str(start.day)) == str(start.day):
                return "monthly_date"
            if "BYMONTHDAY" not in parts and byday == self._monthly_weekday_code(start):
                return "monthly_weekday"
        if frequency == "YEARLY" and not byday and "BYMONTHDAY" not in parts:
            return "yearly"
        return "custom"

    def _until_day(self, value: str) -> dt.date:
        """The last day a stored UNTIL means, in the event's zone."""
        day = dt.datetime.strptime(value[:8], "%Y%m%d")
        if value.endswith("Z") and "T" in value and is_zone(self._zone):
            instant = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return instant.astimezone(zone(self._zone)).date()
        return day.date()

    def _until_text(self) -> str:
        """UNTIL for the chosen last day, as the services store it.

        Timed events get the end of that day in the event's zone, in UTC (RFC 5545 wants UTC
        when the start has a zone); all-day events keep the date.
        """
        last = _as_date(self.until.date())
        if self._all_day or not is_zone(self._zone):
            return last.strftime("%Y%m%d")
        end_of_day = dt.datetime.combine(last, dt.time(23, 59, 59))
        return to_utc(end_of_day, self._zone).strftime("%Y%m%dT%H%M%SZ")

    def rule(self) -> str | None:
        kind = self.frequency.currentData()
        if kind == "none":
            return None
        if kind == "custom":
            return recurrence.clean_rule(self.custom.text()) or "FREQ="
        start = self._start.date()
        parts = {
            "daily": ["FREQ=DAILY"],
            "weekly": ["FREQ=WEEKLY"],
            "monthly_date": ["FREQ=MONTHLY", f"BYMONTHDAY={start.day}"],
            "monthly_weekday": ["FREQ=MONTHLY", f"BYDAY={self._monthly_weekday_code(start)}"],
            "yearly": ["FREQ=YEARLY"],
        }[kind]
        if self.interval.value() > 1:
            parts.insert(1, f"INTERVAL={self.interval.value()}")
        if kind == "weekly":
            days = [code for code in DAY_CODES if self.weekdays[code].isChecked()]
            parts.append("BYDAY=" + ",".join(days or [DAY_CODES[start.weekday()]]))
        end = self.ends.currentData()
        if end == "until":
            parts.append("UNTIL=" + self._until_text())
        elif end == "count":
            parts.append(f"COUNT={self.count.value()}")
        return ";".join(parts)

    def exdates(self) -> list[str]:
        """Excluded occurrences as the services name them (local start, or a date)."""
        if not self.rule():
            return []
        days = self.excluded_model.stringList()
        if self._all_day:
            return days
        time = self._start.strftime("%H:%M")
        return [f"{day}T{time}" for day in days]

    # --- the summary ----------------------------------------------------------------------------

    def summary_text(self) -> str:
        """What the rule means, in words ("Every Monday and Thursday until 1 Sep 2030")."""
        kind = self.frequency.currentData()
        if kind == "none":
            return self.tr("Happens once.")
        if kind == "custom":
            text = self.custom.text().strip()
            return describe_rule(text) + "." if text else self.tr("Write a rule.")
        n = self.interval.value()
        start = self._start.date()
        if kind == "daily":
            text = self.tr("Every day") if n == 1 else self.tr("Every %d days") % n
        elif kind == "weekly":
            codes = [code for code in DAY_CODES if self.weekdays[code].isChecked()]
            names = [_day_name(c) for c in codes] or [_day_name(DAY_CODES[start.weekday()])]
            joined = _joined(names)
            text = (
                self.tr("Every %s") % joined
                if n == 1
                else self.tr("Every %d weeks on %s") % (n, joined)
            )
        elif kind == "monthly_date":
            text = (
                self.tr("Every month on the %s") % _ordinal(start.day)
                if n == 1
                else self.tr("Every %d months on the %s") % (n, _ordinal(start.day))
            )
        elif kind == "monthly_weekday":
            nth = _nth_weekday(start)
            which = (
                self.tr("last")
                if nth == -1
                else (self.tr("first"), self.tr("second"), self.tr("third"), self.tr("fourth"))[
                    nth - 1
                ]
            )
            day = f"{which} {_day_name(DAY_CODES[start.weekday()])}"
            text = (
                self.tr("Every month on the %s") % day
                if n == 1
                else self.tr("Every %d months on the %s") % (n, day)
            )
        else:
            when = QLocale().toString(
                QDate(start.year, start.month, start.day),
                locale_formats.day_month_format(full_month=True),
            )
            text = (
                self.tr("Every year on %s") % when
                if n == 1
                else self.tr("Every %d years on %s") % (n, when)
            )
        end = self.ends.currentData()
        if end == "until":
            text += self.tr(" until %s") % _day_text(_as_date(self.until.date()))
        elif end == "count":
            text += self.tr(", %d times") % self.count.value()
        left_out = len(self.excluded_model.stringList())
        if left_out:
            text += (
                self.tr(", except 1 date")
                if left_out == 1
                else self.tr(", except %d dates") % left_out
            )
        return text + "."

    # --- reactions ---------------------------------------------------------------------------

    def _monthly_weekday_code(self, day: dt.date) -> str:
        return f"{_nth_weekday(day)}{DAY_CODES[day.weekday()]}"

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _on_day_toggled(self) -> None:
        self._auto_day = ""  # the person chose the days: they stay as chosen
        self._on_changed()

    def _on_frequency_changed(self) -> None:
        # "Weekly" with every day box empty would mean "the start's weekday" in the rule and
        # the summary while the boxes say nothing: tick that day so what is seen is the rule.
        if self.frequency.currentData() == "weekly" and not any(
            box.isChecked() for box in self.weekdays.values()
        ):
            self._tick_start_day()
        self._on_changed()

    def _tick_start_day(self) -> None:
        code = DAY_CODES[self._start.weekday()]
        for day, box in self.weekdays.items():
            with QSignalBlocker(box):
                box.setChecked(day == code)
        self._auto_day = code

    def _on_changed(self) -> None:
        self._update_visibility()
        self._update_summary()
        self.changed.emit()

    def _update_visibility(self) -> None:
        kind = self.frequency.currentData()
        repeating = kind != "none"
        chosen = repeating and kind != "custom"
        self._form.setRowVisible(self._every_box, chosen)
        self._form.setRowVisible(self._weekday_box, kind == "weekly")
        self._form.setRowVisible(self.custom, kind == "custom")
        self._form.setRowVisible(self._end_box, chosen)
        self._form.setRowVisible(self._exclude_box, repeating)
        end = self.ends.currentData()
        self.until.setVisible(end == "until")
        self.count.setVisible(end == "count")
        n = self.interval.value()
        unit = {
            "daily": (self.tr("day"), self.tr("days")),
            "weekly": (self.tr("week"), self.tr("weeks")),
            "monthly_date": (self.tr("month"), self.tr("months")),
            "monthly_weekday": (self.tr("month"), self.tr("months")),
            "yearly": (self.tr("year"), self.tr("years")),
        }.get(kind, ("", ""))
        self.interval_unit.setText(unit[0] if n == 1 else unit[1])

    def _update_summary(self) -> None:
        self.summary.setText(self.summary_text())

    def _exclude(self) -> None:
        day = _as_date(self.exclude_day.date()).isoformat()
        days = self.excluded_model.stringList()
        if day not in days:
            self.excluded_model.setStringList(sorted([*days, day]))
            self._on_changed()

    def _unexclude(self) -> None:
        rows = sorted({i.row() for i in self.excluded.selectedIndexes()}, reverse=True)
        if not rows and self.excluded.currentIndex().isValid():
            rows = [self.excluded.currentIndex().row()]
        for row in rows:
            self.excluded_model.removeRows(row, 1)
        if rows:
            self._on_changed()


def describe_rule(rule_text: str) -> str:
    """A custom rule in plain words, in the window's language ("Every 2 weeks on Monday, 10
    times"); the same reading as desktop.recurrence.describe, which stays English."""
    text = recurrence.clean_rule(rule_text)
    parts = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    frequency = parts.get("FREQ", "")
    try:
        n = max(1, int(parts.get("INTERVAL", "1") or 1))
    except ValueError:
        n = 1
    every = {
        "DAILY": (
            QCoreApplication.translate("RecurrenceEditor", "Every day"),
            QCoreApplication.translate("RecurrenceEditor", "Every %d days"),
        ),
        "WEEKLY": (
            QCoreApplication.translate("RecurrenceEditor", "Every week"),
            QCoreApplication.translate("RecurrenceEditor", "Every %d weeks"),
        ),
        "MONTHLY": (
            QCoreApplication.translate("RecurrenceEditor", "Every month"),
            QCoreApplication.translate("RecurrenceEditor", "Every %d months"),
        ),
        "YEARLY": (
            QCoreApplication.translate("RecurrenceEditor", "Every year"),
            QCoreApplication.translate("RecurrenceEditor", "Every %d years"),
        ),
    }.get(
        frequency,
        (
            QCoreApplication.translate("RecurrenceEditor", "Repeats"),
            QCoreApplication.translate("RecurrenceEditor", "Repeats"),
        ),
    )
    summary = every[0] if n == 1 else (every[1] % n if "%d" in every[1] else every[1])
    if "BYDAY" in parts:
        days = [
            _day_name(day[-2:]) if day[-2:] in DAY_CODES else day
            for day in parts["BYDAY"].split(",")
        ]
        summary += QCoreApplication.translate("RecurrenceEditor", " on %s") % _joined(days)
    if "COUNT" in parts and parts["COUNT"].isdigit():
        summary += QCoreApplication.translate("RecurrenceEditor", ", %d times") % int(
            parts["COUNT"]
        )
    if "UNTIL" in parts:
        day = parts["UNTIL"][:8]
        with contextlib.suppress(ValueError):
            summary += QCoreApplication.translate("RecurrenceEditor", " until %s") % _day_text(
                dt.date(int(day[:4]), int(day[4:6]), int(day[6:8]))
            )
    return summary
