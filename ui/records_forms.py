"""Editor forms for contacts, places and campaigns.

A form shows a draft and hands back what was typed as a draft; it never touches the
database. Problems appear under the field they are about, in one sentence, once that field
was edited (or a save was tried), so a fresh form is not a wall of red.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import records
from desktop.errors import KnownError
from desktop.records import CampaignDraft, ContactDraft, PlaceDraft
from ui import vocabulary
from ui.zone_box import ZoneBox


class NotesEdit(QPlainTextEdit):
    """A notes box that asks for a few lines, not QPlainTextEdit's 190 px: the form fits a
    1024 × 640 window without scrolling, and the box still grows into any room left."""

    LINES = 3

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * self.LINES
        height = lines + 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        return QSize(hint.width(), max(self.minimumHeight(), round(height)))


def problem_colour(palette: QPalette) -> QColor:
    """A red that reads on the palette's base: dark red on light, light red on dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ff8a80" if dark else "#b3261e")


class RecordForm(QWidget):
    """Fields in a form layout, each with its problem line; ``edited`` on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._problem_labels: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._loading = False
        # The fields in the order Tab should visit them.
        self.focus_order: list[QWidget] = []
        self._fields: dict[str, QWidget] = {}

    # --- building -----------------------------------------------------------------------------

    def _line(self, name: str, label: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text, name=name: self._on_edited(name))
        self._add_row(name, label, accessible, edit)
        return edit

    def _text(self, name: str, label: str, accessible: str) -> QPlainTextEdit:
        edit = NotesEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        edit.textChanged.connect(lambda name=name: self._on_edited(name))
        self._add_row(name, label, accessible, edit)
        return edit

    def _pair(
        self,
        first: tuple[str, str, str],
        second: tuple[str, str, str],
        *,
        placeholders=("", ""),
        stacked: bool = False,
    ) -> tuple[QLineEdit, QLineEdit]:
        """Two short fields on one row: the first's label in the label column, the second's
        between them (postcode and country). ``stacked``: across the whole form, each label
        above its field (latitude and longitude, whose numbers need the width). Both keep
        their mnemonic and buddy."""
        edits = []
        for name, _label, _accessible in (first, second):
            edit = QLineEdit(self)
            edit.textEdited.connect(lambda _text, name=name: self._on_edited(name))
            edits.append(edit)
        for edit, placeholder in zip(edits, placeholders, strict=True):
            edit.setPlaceholderText(placeholder)
        for (name, _label, accessible), edit in zip((first, second), edits, strict=True):
            self._register(name, accessible, edit)
        inner = QLabel(second[1], self)
        inner.setBuddy(edits[1])
        if stacked:
            caption = QLabel(first[1], self)
            caption.setBuddy(edits[0])
            holder = QWidget(self)
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setVerticalSpacing(2)
            grid.addWidget(caption, 0, 0)
            grid.addWidget(inner, 0, 1)
            grid.addWidget(edits[0], 1, 0)
            grid.addWidget(edits[1], 1, 1)
            grid.addWidget(self._problem_labels[first[0]], 2, 0, 1, 2)
            grid.addWidget(self._problem_labels[second[0]], 3, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            self._layout.addRow(holder)
            return edits[0], edits[1]
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edits[0], 1)
        line.addWidget(inner)
        line.addWidget(edits[1], 1)
        column.addLayout(line)
        column.addWidget(self._problem_labels[first[0]])
        column.addWidget(self._problem_labels[second[0]])
        caption = QLabel(first[1], self)
        caption.setBuddy(edits[0])
        self._layout.addRow(caption, holder)
        return edits[0], edits[1]

    def _register(self, name: str, accessible: str, field: QWidget) -> QLabel:
        """Name the field, put it in the Tab order and give it its problem line."""
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        self.focus_order.append(field)
        self._fields[name] = field
        problem = QLabel(self)
        problem.setObjectName(f"{name}Problem")
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.setWordWrap(True)
        problem.setVisible(False)
        palette = problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(self.palette()))
        problem.setPalette(palette)
        self._problem_labels[name] = problem
        return problem

    def _add_row(self, name: str, label: str, accessible: str, field: QWidget, extra=None) -> None:
        problem = self._register(name, accessible, field)
        caption = QLabel(label, self)
        caption.setBuddy(field)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(extra if extra is not None else field)
        column.addWidget(problem)
        self._layout.addRow(caption, holder)

    def _explain(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    # --- state --------------------------------------------------------------------------------

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.show_problems()
        self.edited.emit()

    def load(self, draft) -> None:
        self._loading = True
        try:
            self._fill(draft)
        finally:
            self._loading = False
        self._touched.clear()
        self._show_all = False
        self.show_problems()

    def reveal_all_problems(self) -> None:
        self._show_all = True
        self.show_problems()

    def problems(self) -> dict[str, str]:
        """Every problem of what is typed now, by field name."""
        raise NotImplementedError

    def show_problems(self) -> dict[str, str]:
        found = self.problems()
        for name, label in self._problem_labels.items():
            message = found.get(name, "")
            visible = bool(message) and (self._show_all or name in self._touched)
            label.setText(message if visible else "")
            label.setVisible(visible)
            field = self._fields.get(name)
            if field is not None:
                # Screen readers announce the problem with the field, not only the red line.
                field.setAccessibleDescription(message if visible else "")
        return found

    def draft(self):
        raise NotImplementedError

    def _fill(self, draft) -> None:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError


class ContactForm(RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout.addRow(
            self._explain(
                self.tr(
                    "Contacts are internal. A contact appears on a flyer or in a public feed "
                    "only where one of their roles is marked “shown publicly”."
                )
            )
        )
        self.name = self._line("name", self.tr("&Name *"), self.tr("Name"))
        self.organisation = self._line(
            "organisation", self.tr("&Organisation"), self.tr("Organisation")
        )
        self.phone = self._line("phone", self.tr("&Phone"), self.tr("Phone"), "+1 555-0100")
        self.email = self._line(
            "email", self.tr("&Email"), self.tr("Email"), self.tr("name@example.org")
        )
        self.handle = self._line(
            "handle", self.tr("&Handle"), self.tr("Signal or other handle"), self.tr("Signal, …")
        )
        self.notes = self._text("notes", self.tr("N&otes"), self.tr("Notes (internal)"))

    def _fill(self, draft: ContactDraft) -> None:
        for name in ("name", "organisation", "phone", "email", "handle"):
            getattr(self, name).setText(getattr(draft, name))
        self.notes.setPlainText(draft.notes)

    def draft(self) -> ContactDraft:
        return ContactDraft(
            name=self.name.text(),
            organisation=self.organisation.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            handle=self.handle.text(),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> dict[str, str]:
        return records.contact_problems(self.draft())

    def first_field(self) -> QWidget:
        return self.name


DISCLOSURE_LABELS = {
    "exact": "Exact address",
    "area": "Area only",
    "hidden": "Hidden until announced",
}


class PlaceForm(RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line("name", self.tr("&Name *"), self.tr("Name"))
        self.address = self._line("address", self.tr("&Address"), self.tr("Address"))
        self.city = self._line("city", self.tr("&City"), self.tr("City"))
        self.region = self._line("region", self.tr("&Region"), self.tr("Region or state"))
        # Short fields go in pairs, so that the whole form fits a 1024 × 640 window.
        self.postcode, self.country = self._pair(
            ("postcode", self.tr("Post&code"), self.tr("Postcode")),
            ("country", self.tr("Countr&y"), self.tr("Country")),
        )
        self.latitude, self.longitude = self._pair(
            ("latitude", self.tr("&Latitude"), self.tr("Latitude")),
            ("longitude", self.tr("Lon&gitude"), self.tr("Longitude")),
            placeholders=(self.tr("e.g. 47.6163"), self.tr("e.g. -122.3393")),
            stacked=True,
        )
        self.latitude.setToolTip(self.tr("Paste “latitude, longitude” from a map to fill both."))
        self.latitude.textEdited.connect(self._on_latitude_edited)
        self._latitude_length = 0

        self.timezone = ZoneBox(self)
        self.timezone.insertItem(0, "")  # a place may have no zone of its own
        self.timezone.currentTextChanged.connect(lambda _t: self._on_edited("timezone"))
        zone_box = QWidget(self)
        zone_column = QVBoxLayout(zone_box)
        zone_column.setContentsMargins(0, 0, 0, 0)
        zone_column.addWidget(self.timezone)
        zone_column.addWidget(self._explain(self.tr("New events here start in this zone.")))
        self._add_row(
            "timezone", self.tr("&Time zone"), self.tr("Time zone"), self.timezone, zone_box
        )

        self.disclosure = QComboBox(self)
        for key, text in DISCLOSURE_LABELS.items():
            self.disclosure.addItem(vocabulary.label(text), key)
        self.disclosure_help = self._explain("")
        self.disclosure_help.setObjectName("disclosureHelp")
        self.disclosure.currentIndexChanged.connect(self._on_disclosure_changed)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.disclosure)
        column.addWidget(self.disclosure_help)
        self._add_row(
            "disclosure",
            self.tr("&Public sees"),
            self.tr("What the public sees"),
            self.disclosure,
            box,
        )
        self.access_notes = self._text(
            "access_notes", self.tr("Access &notes"), self.tr("Access notes")
        )
        self._on_disclosure_changed()

    def _on_latitude_edited(self, text: str) -> None:
        # Only a paste (many characters at once) is split; typing "40.7, -7" keystroke by
        # keystroke must not jump to the longitude field halfway.
        pasted = len(text) - self._latitude_length > 1
        self._latitude_length = len(text)
        pair = records.coordinate_pair(text) if pasted else None
        if pair is None:
            return
        self.latitude.setText(repr(pair[0]))
        self.longitude.setText(repr(pair[1]))
        self._on_edited("latitude")
        self._on_edited("longitude")

    def _on_disclosure_changed(self, _index: int = 0) -> None:
        key = self.disclosure.currentData() or "exact"
        self.disclosure_help.setText(vocabulary.label(records.DISCLOSURE_HELP[key]))
        self._on_edited("disclosure")

    def _fill(self, draft: PlaceDraft) -> None:
        for name in ("name", "address", "city", "region", "postcode", "country"):
            getattr(self, name).setText(getattr(draft, name))
        for name in ("latitude", "longitude"):
            value = getattr(draft, name)
            getattr(self, name).setText("" if value is None else repr(value))
        self._latitude_length = len(self.latitude.text())
        self.timezone.setCurrentText(draft.timezone)
        self.disclosure.setCurrentIndex(max(0, self.disclosure.findData(draft.disclosure)))
        self.access_notes.setPlainText(draft.access_notes)

    def _coordinates(self) -> tuple[dict[str, float | None], dict[str, str]]:
        values: dict[str, float | None] = {}
        found: dict[str, str] = {}
        for name, what in (("latitude", self.tr("latitude")), ("longitude", self.tr("longitude"))):
            try:
                values[name] = records.coordinate_from_text(getattr(self, name).text(), what)
            except KnownError as error:
                values[name] = None
                found[name] = str(error)
        return values, found

    def draft(self) -> PlaceDraft:
        coordinates, _ = self._coordinates()
        return PlaceDraft(
            name=self.name.text(),
            address=self.address.text(),
            city=self.city.text(),
            region=self.region.text(),
            postcode=self.postcode.text(),
            country=self.country.text(),
            latitude=coordinates["latitude"],
            longitude=coordinates["longitude"],
            timezone=self.timezone.zone_name(),
            access_notes=self.access_notes.toPlainText(),
            disclosure=self.disclosure.currentData() or "exact",
        )

    def problems(self) -> dict[str, str]:
        _, unreadable = self._coordinates()
        found = records.place_problems(self.draft())
        found.update(unreadable)  # "not a number" says more than "give the longitude too"
        if "timezone" in found and self.timezone.problem():
            found["timezone"] = self.timezone.problem()  # a city in several zones: say which
        return found

    def first_field(self) -> QWidget:
        return self.name


def swatch(colour: QColor, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


class CampaignForm(RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line("name", self.tr("&Name *"), self.tr("Name"))
        self.colour = QLineEdit(self)
        self.colour.setPlaceholderText("#rrggbb")
        self.colour.setMaxLength(7)
        self.colour.textEdited.connect(lambda _t: self._on_colour_typed())
        self.colour_button = QPushButton(self.tr("C&hoose…"), self)
        self.colour_button.setAccessibleName(self.tr("Choose the campaign colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.colour, 1)
        line.addWidget(self.colour_button)
        self._add_row("colour", self.tr("&Colour"), self.tr("Colour as #rrggbb"), self.colour, row)
        self.focus_order.append(self.colour_button)
        self._layout.addRow(
            "", self._explain(self.tr("The calendar tints this campaign's events with it."))
        )
        self.description = self._text(
            "description", self.tr("&Description"), self.tr("Description")
        )

    def _on_colour_typed(self) -> None:
        self._update_swatch()
        self._on_edited("colour")

    def _update_swatch(self) -> None:
        colour = QColor(self.colour.text().strip())
        self.colour_button.setIcon(swatch(colour) if colour.isValid() else QIcon())

    def _choose_colour(self) -> None:
        initial = QColor(self.colour.text().strip())
        if not initial.isValid():
            initial = QColor(records.DEFAULT_COLOUR)
        chosen = QColorDialog.getColor(initial, self, self.tr("Campaign colour"))
        if chosen.isValid():
            self.colour.setText(chosen.name())
            self._on_colour_typed()

    def _fill(self, draft: CampaignDraft) -> None:
        self.name.setText(draft.name)
        with QSignalBlocker(self.colour):
            self.colour.setText(draft.colour)
        self._update_swatch()
        self.description.setPlainText(draft.description)

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            name=self.name.text(),
            colour=self.colour.text().strip(),
            description=self.description.toPlainText(),
        )

    def problems(self) -> dict[str, str]:
        return records.campaign_problems(self.draft())

    def first_field(self) -> QWidget:
        return self.name
