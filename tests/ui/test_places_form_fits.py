"""The Places form fits a 1024 × 640 window without scrolling, in English and in Spanish,
and every field keeps a label that names it and reaches it with its mnemonic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QScrollArea

from desktop import translations
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FIELDS = (
    "name",
    "address",
    "city",
    "region",
    "postcode",
    "country",
    "latitude",
    "longitude",
    "timezone",
    "disclosure",
    "access_notes",
)


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    installed = translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp, installed)
    QLocale.setDefault(QLocale.system())


def _places_view(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(3)
    view = window.view("places")
    view.table.selectRow(1)  # Seattle: the longest coordinates of the demo
    qtbot.wait(50)
    return window, view


def test_the_places_form_shows_no_vertical_scroll_bar(qtbot, demo_database, language):
    window, view = _places_view(qtbot, demo_database)
    assert window.size().width() == 1024 and window.size().height() == 640
    scroll = view.form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert view.form.latitude.text() == "47.6163"
    qtbot.waitUntil(lambda: scroll.viewport().height() > 0)
    assert not scroll.verticalScrollBar().isVisible(), (
        f"{language}: the form needs {view.form.heightForWidth(scroll.viewport().width())} px, "
        f"the window gives it {scroll.viewport().height()} px"
    )
    # The coordinates are wide enough to read whole.
    for field in (view.form.latitude, view.form.longitude):
        needed = field.fontMetrics().horizontalAdvance(field.text())
        assert field.width() > needed + 8, field.objectName()


def test_every_places_field_has_a_label_with_a_mnemonic_in_tab_order(qtbot, demo_database):
    _, view = _places_view(qtbot, demo_database)
    form = view.form
    buddies = {
        label.buddy().objectName(): label.text()
        for label in form.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert set(buddies) == set(FIELDS)
    assert all("&" in text for text in buddies.values()), buddies
    assert [field.objectName() for field in form.focus_order] == list(FIELDS)
    assert all(field.accessibleName() for field in form.focus_order)
    assert (form.focus_order[4].accessibleName(), form.focus_order[7].accessibleName()) == (
        "Postcode",
        "Longitude",
    )
