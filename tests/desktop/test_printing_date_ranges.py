"""An all-day event of several days (a three-day strike) prints all its days, the last one
included, in the program, on the event sheet and on the flyers, in English and in Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from desktop import events
from desktop.printing import words
from desktop.printing.pieces import prepare_flyer, prepare_program
from tests.desktop.printing_helpers import make_event, text, write

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


@pytest.fixture
def locale(request, qapp):
    QLocale.setDefault(request.param)
    yield request.param
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def strike(database) -> int:
    """All day from Saturday 2030-06-01 to Monday 2030-06-03 (stored ending at the midnight
    after it), beside a one-day vigil and a timed rally."""
    with database.sessions.begin() as session:
        event = make_event(
            session,
            title="Three day strike",
            start=dt.datetime(2030, 6, 1),
            end=dt.datetime(2030, 6, 3),
            all_day=True,
        )
        make_event(
            session,
            title="Vigil",
            start=dt.datetime(2030, 6, 1),
            end=dt.datetime(2030, 6, 1),
            all_day=True,
        )
        make_event(session, title="Noon rally", start=dt.datetime(2030, 6, 2, 12))
        session.flush()
        assert (event.start_date, event.end_date) == (dt.date(2030, 6, 1), dt.date(2030, 6, 3))
        assert event.ends_at == dt.datetime(2030, 6, 4, 5, tzinfo=dt.UTC)  # Chicago midnight
        return event.id


FLYER_LINES = {
    "en": "Sat, June 1 – Mon, June 3, 2030",
    "es": "sáb, 1 de junio – lun, 3 de junio de 2030",
}
PROGRAM_ROWS = {
    "en": ("Sat, Jun 1 – Mon, Jun 3", "Sat, Jun 1 All day Vigil"),
    "es": ("sáb 1 jun – lun 3 jun", "sáb 1 jun Todo el día Vigil"),
}


@pytest.mark.parametrize("locale", [US, SPAIN], indirect=True, ids=["en", "es"])
@pytest.mark.parametrize("template", ["poster", "handbill", "sheet"])
def test_flyers_and_the_sheet_print_every_day(database, tmp_path, strike, locale, template):
    with database.sessions.begin() as session:
        piece = prepare_flyer(events.find(session, str(strike)), template)
    printed = text(write(tmp_path, piece.pdf("letter"), f"{template}.pdf"))
    language = QLocale.languageToCode(locale.language())
    assert FLYER_LINES[language] in printed
    assert "June 4" not in printed and "4 de junio" not in printed  # not the stored end


@pytest.mark.parametrize("locale", [US, SPAIN], indirect=True, ids=["en", "es"])
def test_the_program_prints_the_strike_s_days_and_a_one_day_event_s_day(
    database, tmp_path, strike, locale
):
    with database.sessions.begin() as session:
        piece = prepare_program(session, dt.date(2030, 5, 28), dt.date(2030, 6, 8), public=True)
    path = write(tmp_path, piece.pdf("letter"), "program.pdf")
    printed = text(path, raw=True)
    strike_row, vigil_row = PROGRAM_ROWS[QLocale.languageToCode(locale.language())]
    first, last = strike_row.split(" – ")
    assert f"{first} –" in printed and last in printed
    assert printed.index(f"{first} –") < printed.index("Three day strike")
    assert vigil_row in printed  # one day: its date alone
    assert "Jun 4" not in printed and "4 jun" not in printed


def test_a_program_that_starts_inside_the_strike_still_gives_its_first_day(
    database, tmp_path, strike, qapp
):
    QLocale.setDefault(US)
    try:
        with database.sessions.begin() as session:
            piece = prepare_program(session, dt.date(2030, 6, 2), dt.date(2030, 6, 8), public=False)
        printed = text(write(tmp_path, piece.pdf("letter"), "program.pdf"), raw=True)
    finally:
        QLocale.setDefault(QLocale.system())
    assert "Sat, Jun 1 –" in printed and "Mon, Jun 3" in printed


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en_US", "Sat, June 1 – Mon, June 3, 2030"),
        ("en_GB", "Sat, 1 June – Mon, 3 June 2030"),
        ("es_MX", "sáb, 1 de junio – lun, 3 de junio de 2030"),
        ("de_DE", "Sa., 1. Juni – Mo., 3. Juni 2030"),
        ("ja_JP", "2030年6月1日土 – 2030年6月3日月"),  # the year is not last: said twice
    ],
)
def test_the_range_says_the_year_once_where_the_language_allows(code, expected):
    found = words.date_range(dt.date(2030, 6, 1), dt.date(2030, 6, 3), QLocale(code))
    assert found.replace("\u00a0", " ") == expected


def test_a_range_across_new_year_gives_both_years():
    found = words.date_range(dt.date(2030, 12, 30), dt.date(2031, 1, 2), US)
    assert found.replace("\u00a0", " ") == "Mon, December 30, 2030 – Thu, January 2, 2031"
