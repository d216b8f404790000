"""The time zone field shared by the event editor, the place form and the preferences.

People type a city ("Chicago", "new york") far more often than an IANA name. The field takes
either: a full name in any case, or a city that names one zone, which it then shows as the full
name ("America/New_York") once the person presses Enter or leaves the field. A city shared by
several zones ("Central") is not guessed: the problem line asks to pick one of them.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.timeutil import all_zone_names, resolve_zone, zone_matches


class ZoneBox(QComboBox):
    """An editable list of IANA zones that also understands a city."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(all_zone_names())
        # Not as wide as the longest zone name (America/Argentina/ComodRivadavia): a form
        # beside a list must be able to narrow.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.lineEdit().setPlaceholderText(self.tr("Type a city, e.g. Chicago"))
        # The popup offers "America/New York" for "new york": spaces, as people type them.
        spoken = [name.replace("_", " ") for name in all_zone_names()]
        completer = QCompleter(QStringListModel(spoken, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.show_full_name)
        completer.activated.connect(lambda _text: self.show_full_name())

    def zone_text(self) -> str:
        """What is typed, trimmed."""
        return self.currentText().strip()

    def zone_name(self) -> str:
        """The IANA name meant: the full name of a unique city, else what is typed."""
        return resolve_zone(self.zone_text()) or self.zone_text()

    def set_zone_name(self, name: str) -> None:
        self.setCurrentText(name)

    def show_full_name(self) -> None:
        """Replace a city or a lower-case name by the zone's full name ("America/Chicago")."""
        name = resolve_zone(self.zone_text())
        if name and name != self.currentText():
            index = self.findText(name, Qt.MatchFlag.MatchExactly)
            if index >= 0:
                self.setCurrentIndex(index)
            self.setCurrentText(name)

    def problem(self) -> str:
        """Why what is typed is not a zone, in one sentence; empty when it is one (or empty)."""
        text = self.zone_text()
        if not text or resolve_zone(text):
            return ""
        matches = zone_matches(text)
        if matches:
            return self.tr("“%s” is in more than one time zone: %s. Pick one.") % (
                text,
                ", ".join(matches),
            )
        return (
            self.tr(
                "“%s” is not a time zone; type a city, e.g. Chicago, "
                "or a name such as America/Chicago."
            )
            % text
        )
