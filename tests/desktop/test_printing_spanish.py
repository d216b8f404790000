"""Printed pieces in Spanish when the window's language is Spanish (QLocale's default): the
labels from words.SPANISH and the dates from QLocale."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale

from desktop import events
from desktop.printing import words
from desktop.printing.pieces import prepare_flyer, prepare_program
from tests.desktop.printing_helpers import text, write


@pytest.fixture(autouse=True)
def spanish(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(QLocale.system())


def piece_text(database, tmp_path, template: str) -> str:
    with database.sessions.begin() as session:
        piece = prepare_flyer(events.find(session, 4), template)
    return text(write(tmp_path, piece.pdf("a4"), f"{template}.pdf"))


def test_the_event_sheet_in_spanish(demo_database, tmp_path):
    printed = piece_text(demo_database, tmp_path, "sheet")
    for label in ("Interno — no publicar", "Hoja de acción", "Cuándo", "Lugar", "Visibilidad"):
        assert label in printed
    assert "lunes, 15 de julio de 2019" in printed
    assert re.search(r"Página 1 de \d", printed)
    assert "When" not in printed and "Page 1" not in printed


def test_the_poster_in_spanish(demo_database, tmp_path):
    printed = piece_text(demo_database, tmp_path, "poster")
    assert "lunes, 15 de julio de 2019" in printed
    assert "PROTESTA" in printed
    assert "Más información" in printed or "Escanea para añadirlo" in printed


def test_the_program_in_spanish(demo_database, tmp_path):
    with demo_database.sessions.begin() as session:
        piece = prepare_program(session, dt.date(2019, 7, 1), dt.date(2019, 7, 31), public=True)
    printed = text(write(tmp_path, piece.pdf("a4"), "program.pdf"))
    for label in ("Programa", "Fecha", "Hora", "Evento", "Lugar", "Programa público"):
        assert label in printed


def test_every_english_label_has_a_spanish_one():
    english = {"Cancelled", "Postponed", "Tentative", *words.STATUS_BANNERS.values()}
    assert english <= words.SPANISH.keys()
    assert all(value.strip() for value in words.SPANISH.values())
