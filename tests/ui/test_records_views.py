"""Contacts, places and campaigns views driven like a person; results checked in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QMessageBox
from sqlalchemy import func, select

from db.models import Campaign, Contact, Event, Place, Role
from desktop import events
from desktop.events import EventDraft
from ui import messages
from ui.records_views import CampaignsView, ContactsView, PlacesView, RecordTableModel

# The offscreen platform cannot size, raise or grab for windows and popups (the zone
# completer's); it says so on every show. Anything else Qt warns about still fails a test.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
Save, Discard, Cancel = (
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Cancel,
)


@pytest.fixture
def answers(monkeypatch):
    """Patch QMessageBox.question: pops the next prepared answer, records each question."""
    asked: list[str] = []
    queue: list[QMessageBox.StandardButton] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return queue.pop(0)

    monkeypatch.setattr(messages, "question", question)
    return queue, asked


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    # Shortcuts (Ctrl+S, Delete) work only in the active window.
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _type(qtbot, field, text):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _row_names(view) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def _click_row(qtbot, view, name: str) -> None:
    row = _row_names(view).index(name)
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _count(database, model) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


# --- contacts ---------------------------------------------------------------------------------


def test_create_a_contact_by_typing_and_saving(qtbot, database):
    view = _show(qtbot, ContactsView(database))
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.form
    assert not view.save_button.isEnabled()
    qtbot.keyClicks(form.name, "Ana Ruiz")
    qtbot.keyClicks(form.organisation, "Nurses United")
    qtbot.keyClicks(form.phone, "+1 555-0100")
    qtbot.keyClicks(form.email, "ana@example.org")
    qtbot.keyClicks(form.handle, "@ana.99")
    qtbot.keyClicks(form.notes, "Knows the night shift")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        contact = session.scalar(select(Contact))
        assert (contact.name, contact.organisation, contact.phone) == (
            "Ana Ruiz",
            "Nurses United",
            "+1 555-0100",
        )
        assert (contact.email, contact.handle, contact.notes) == (
            "ana@example.org",
            "@ana.99",
            "Knows the night shift",
        )
    assert _row_names(view) == ["Ana Ruiz"]
    assert view.heading.text() == "Ana Ruiz"
    assert not view.save_button.isEnabled()


def test_bad_email_is_shown_next_to_the_field_and_blocks_save(qtbot, database):
    view = _show(qtbot, ContactsView(database))
    qtbot.keyClicks(view.form.name, "Bo")
    qtbot.keyClicks(view.form.email, "bo-at-example")
    problem = view.form.findChild(type(view.heading), "emailProblem")
    assert problem.isVisible() and "not an email address" in problem.text()
    assert view.form.email.accessibleDescription() == problem.text()
    assert not view.save_button.isEnabled()
    view.form.email.setFocus()
    qtbot.keyClick(view.form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _count(database, Contact) == 0
    _type(qtbot, view.form.email, "bo@example.org")
    assert not problem.isVisible()
    assert view.save_button.isEnabled()
    qtbot.keyClick(view.form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _count(database, Contact) == 1


def test_edit_a_contact_from_the_list(qtbot, demo_database):
    view = _show(qtbot, ContactsView(demo_database))
    _click_row(qtbot, view, "Lee Marchetti")
    assert view.form.name.text() == "Lee Marchetti"
    assert "Has a role in 5 events" in view.usage_label.text()
    _type(qtbot, view.form.phone, "+1 206-555-0199")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with demo_database.sessions() as session:
        lee = session.scalar(select(Contact).where(Contact.name == "Lee Marchetti"))
        assert lee.phone == "+1 206-555-0199"


def test_search_as_you_type(qtbot, demo_database):
    view = _show(qtbot, ContactsView(demo_database))
    assert len(_row_names(view)) == 7
    qtbot.keyClicks(view.search, "lawyers")
    assert _row_names(view) == ["Amir Haddad"]
    assert view.count_label.text() == "1 of them match the search"
    view.search.clear()
    assert len(_row_names(view)) == 7


def test_delete_a_contact_for_good_after_confirming(qtbot, demo_database, answers):
    queue, asked = answers
    view = _show(qtbot, ContactsView(demo_database))
    _click_row(qtbot, view, "Amir Haddad")
    queue.append(No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Amir Haddad" in _row_names(view)
    assert "Delete contact “Amir Haddad” for good?" in asked[0]
    assert "roles in 2 events will be removed" in asked[0]
    queue.append(Yes)
    view.table.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Amir Haddad" not in _row_names(view)
    with demo_database.sessions() as session:
        assert session.scalar(select(Contact).where(Contact.name == "Amir Haddad")) is None
        names = session.scalars(select(Contact.name).join(Role)).all()
        assert "Amir Haddad" not in names
    assert b"Amir Haddad" not in demo_database.path.read_bytes()
    # The next contact is open, ready for the next action.
    assert view.form.name.text() in _row_names(view)


def test_switching_rows_with_unsaved_changes_asks(qtbot, demo_database, answers):
    queue, asked = answers
    view = _show(qtbot, ContactsView(demo_database))
    _click_row(qtbot, view, "June Park")
    _type(qtbot, view.form.phone, "+1 612-555-0000")
    queue.append(Cancel)
    _click_row(qtbot, view, "Tom Becker")
    assert view.form.name.text() == "June Park"
    assert view.form.phone.text() == "+1 612-555-0000"
    assert asked == ["Save the changes to “June Park”?"]
    queue.append(Save)
    _click_row(qtbot, view, "Tom Becker")
    assert view.form.name.text() == "Tom Becker"
    with demo_database.sessions() as session:
        june = session.scalar(select(Contact).where(Contact.name == "June Park"))
        assert june.phone == "+1 612-555-0000"
    _type(qtbot, view.form.phone, "typo")
    queue.append(Discard)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.heading.text() == "New contact"
    with demo_database.sessions() as session:
        tom = session.scalar(select(Contact).where(Contact.name == "Tom Becker"))
        assert tom.phone == "+1 617-555-0162"


def test_revert_puts_back_what_was_saved(qtbot, demo_database):
    view = _show(qtbot, ContactsView(demo_database))
    _click_row(qtbot, view, "Sam Whitfield")
    _type(qtbot, view.form.name, "Samuel")
    assert view.revert_button.isEnabled()
    qtbot.mouseClick(view.revert_button, Qt.MouseButton.LeftButton)
    assert view.form.name.text() == "Sam Whitfield"
    assert not view.save_button.isEnabled()


# --- places -----------------------------------------------------------------------------------


def test_create_a_place_with_every_field(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    form = view.form
    for field, text in (
        (form.name, "Union hall"),
        (form.address, "12 Mill Rd"),
        (form.city, "Leeds"),
        (form.region, "West Yorkshire"),
        (form.postcode, "LS1 4AB"),
        (form.country, "UK"),
        (form.latitude, "53,7997"),
        (form.longitude, "-1.5492"),
    ):
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(form.timezone.lineEdit(), "Europe/London")
    form.disclosure.setFocus()
    qtbot.keyClick(form.disclosure, Qt.Key.Key_End)
    assert "nothing of the place" in form.disclosure_help.text()
    qtbot.keyClicks(form.access_notes, "Side door, ring twice")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        place = session.scalar(select(Place))
    assert (place.name, place.address, place.city, place.region, place.postcode) == (
        "Union hall",
        "12 Mill Rd",
        "Leeds",
        "West Yorkshire",
        "LS1 4AB",
    )
    assert (place.country, place.latitude, place.longitude) == ("UK", 53.7997, -1.5492)
    assert (place.timezone, place.disclosure, place.access_notes) == (
        "Europe/London",
        "hidden",
        "Side door, ring twice",
    )
    assert view.form.latitude.text() == "53.7997"
    assert not view.is_dirty()


def test_typing_a_pair_by_hand_stays_in_the_field(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    qtbot.keyClicks(view.form.latitude, "40.7577, -74.0022")
    assert view.form.latitude.text() == "40.7577, -74.0022"
    assert "not a number" in view.form.show_problems()["latitude"]


def test_latitude_out_of_range_and_words_are_refused(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    qtbot.keyClicks(view.form.name, "Pole")
    qtbot.keyClicks(view.form.latitude, "95")
    qtbot.keyClicks(view.form.longitude, "east")
    problems = view.form.show_problems()
    assert problems["latitude"] == "The latitude must be between -90 and 90."
    assert problems["longitude"] == "The longitude “east” is not a number."
    assert not view.save_button.isEnabled()
    _type(qtbot, view.form.timezone.lineEdit(), "Nowhere/Land")
    assert "not a time zone" in view.form.show_problems()["timezone"]


def test_pasting_a_map_point_fills_both_coordinates(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    qtbot.keyClicks(view.form.name, "Square")
    QApplication.clipboard().setText("40.7577, -74.0022")
    view.form.latitude.setFocus()
    qtbot.keyClick(view.form.latitude, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert (view.form.latitude.text(), view.form.longitude.text()) == ("40.7577", "-74.0022")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        place = session.scalar(select(Place))
    assert (place.latitude, place.longitude) == (40.7577, -74.0022)


def test_duplicate_place_is_refused_with_a_sentence(qtbot, demo_database):
    view = _show(qtbot, PlacesView(demo_database))
    qtbot.keyClicks(view.form.name, "Copley Square")
    qtbot.keyClicks(view.form.address, "560 Boylston St")
    qtbot.keyClicks(view.form.city, "Boston")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.isVisible()
    assert view.error_label.text() == (
        "There is already a place called “Copley Square” at 560 Boylston St, Boston."
    )
    assert _count(demo_database, Place) == 6


def test_delete_a_place_says_how_many_events_lose_it(qtbot, demo_database, answers):
    queue, asked = answers
    view = _show(qtbot, PlacesView(demo_database))
    _click_row(qtbot, view, "Day 1 tower lobby")
    assert view.usage_label.text() == "Used by 3 events."
    queue.append(Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete place “Day 1 tower lobby”? 3 events will have no place."]
    assert _count(demo_database, Place) == 5
    assert _count(demo_database, Event) == 8


# --- campaigns --------------------------------------------------------------------------------


def test_create_a_campaign_with_a_colour_from_the_picker(qtbot, database, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#1b7f3a"))
    view = _show(qtbot, CampaignsView(database))
    qtbot.keyClicks(view.form.name, "Heat strike")
    qtbot.mouseClick(view.form.colour_button, Qt.MouseButton.LeftButton)
    assert view.form.colour.text() == "#1b7f3a"
    qtbot.keyClicks(view.form.description, "Walk out above 35 °C.")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        campaign = session.scalar(select(Campaign))
    assert (campaign.name, campaign.colour, campaign.description) == (
        "Heat strike",
        "#1b7f3a",
        "Walk out above 35 °C.",
    )
    index = view.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole).name() == "#1b7f3a"


def test_typed_colour_is_checked(qtbot, database):
    view = _show(qtbot, CampaignsView(database))
    qtbot.keyClicks(view.form.name, "Rent")
    _type(qtbot, view.form.colour, "blue")
    assert "not a colour" in view.form.show_problems()["colour"]
    assert not view.save_button.isEnabled()


def test_delete_a_campaign_keeps_its_events(qtbot, demo_database, answers):
    queue, asked = answers
    view = _show(qtbot, CampaignsView(demo_database))
    _click_row(qtbot, view, "We Won't Build It")
    assert view.usage_label.text() == "8 events belong to it."
    queue.append(Yes)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "8 events will no longer belong to a campaign" in asked[0]
    assert _count(demo_database, Campaign) == 0
    assert _count(demo_database, Event) == 8
    assert view.heading.text() == "New campaign"


def test_refresh_picks_up_changes_made_elsewhere(qtbot, database):
    view = _show(qtbot, CampaignsView(database))
    with database.sessions.begin() as session:
        session.add(Campaign(name="Elsewhere", colour="#000000"))
        events.create(
            session,
            EventDraft(title="x", start=dt.datetime(2030, 1, 1, 9), timezone="UTC"),
        )
    view.refresh()
    assert _row_names(view) == ["Elsewhere"]


# --- models, keyboard -------------------------------------------------------------------------


@pytest.mark.parametrize("view_class", [ContactsView, PlacesView, CampaignsView])
def test_table_models_pass_the_model_tester(qtbot, qtmodeltester, demo_database, view_class):
    view = _show(qtbot, view_class(demo_database))
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    assert view.model.index(0, 0).data(RecordTableModel.IdRole) is not None


@pytest.mark.parametrize("view_class", [ContactsView, PlacesView, CampaignsView])
def test_every_control_is_reached_by_tab_and_named(qtbot, database, view_class):
    view = _show(qtbot, view_class(database))
    view.search.setFocus()
    seen = []
    widget = view.search
    for _ in range(40):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is view.search:
            break
    wanted = [view.search, view.new_button, view.table, *view.form.focus_order, view.save_button]
    for control in wanted:
        assert control in seen, control.objectName()
        assert control.accessibleName(), control.objectName()
    assert seen.index(view.table) < seen.index(view.form.focus_order[0])


def test_a_locked_database_gives_a_sentence_and_keeps_the_typing(qtbot, database, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from desktop import records

    def locked(*args, **kwargs):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(records, "save_contact", locked)
    view = _show(qtbot, ContactsView(database))
    qtbot.keyClicks(view.form.name, "Dee")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "is in use by another program" in view.error_label.text()
    assert view.form.name.text() == "Dee"
    assert view.save_button.isEnabled()


def test_a_city_typed_as_the_place_zone_is_saved_as_its_full_name(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    qtbot.keyClicks(view.form.name, "Union hall")
    _type(qtbot, view.form.timezone.lineEdit(), "new york")
    assert "timezone" not in view.form.show_problems()
    qtbot.keyClick(view.form.timezone.lineEdit(), Qt.Key.Key_Return)
    assert view.form.timezone.currentText() == "America/New_York"
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with database.sessions() as session:
        assert session.scalar(select(Place.timezone)) == "America/New_York"


def test_a_city_in_several_zones_asks_which_in_the_place_form(qtbot, database):
    view = _show(qtbot, PlacesView(database))
    qtbot.keyClicks(view.form.name, "Hall")
    _type(qtbot, view.form.timezone.lineEdit(), "central")
    problem = view.form.show_problems()["timezone"]
    assert "US/Central" in problem and "Pick one" in problem
    assert not view.save_button.isEnabled()
