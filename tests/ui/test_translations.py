"""The window in Spanish, a translation with nothing missing, and text that still fits when
every string is 40 % longer (the pseudo-translation)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from desktop import translations
from ui.clipping import clipped_texts
from ui.main_window import MainWindow
from ui.recurrence_editor import RecurrenceEditor, describe_rule


@pytest.fixture
def language(qapp):
    """Install a language for one test; English and the computer's locale come back after."""
    installed = []

    def install(code: str, qm=None) -> None:
        installed.extend(translations.install(qapp, code, qm=qm))

    yield install
    translations.uninstall(qapp, installed)
    QLocale.setDefault(QLocale.system())


def open_window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_spanish_menus_and_editor(qtbot, language, demo_database):
    language("es")
    window = open_window(qtbot, demo_database)
    titles = [window.menu(name).title() for name in ("file", "edit", "event", "view", "help")]
    assert titles == ["&Archivo", "&Editar", "Even&to", "&Ver", "Ay&uda"]
    event_menu = [a.text() for a in window.menu("event").actions() if a.text()]
    assert "&Nuevo evento…" in event_menu and "&Imprimir…" in event_menu
    assert window.sidebar.item(1).text() == "Calendario"

    window.select_event(1)
    dialog = window.open_event(1)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Título:", "Ti&po:", "E&stado:", "&Zona horaria:", "&Lugar:"} <= labels
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["&Evento", "&Repetición", "Datos &públicos", "&Interno (solo el equipo)",
                    "Perso&nas", "&Tareas"]  # fmt: skip
    assert dialog.kind.findText("huelga") >= 0 and dialog.status.findText("cancelado") >= 0
    # Qt's own Spanish (qtbase_es.qm) for the standard buttons.
    assert dialog.save_button.text().replace("&", "") == "Guardar"
    dialog.reject()


def test_spanish_dates_and_recurrence_summary(qtbot, language):
    language("es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().firstDayOfWeek().name == "Monday"
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.load("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20301231T120000Z", ["2030-04-03"])
    assert editor.summary.text() == (
        "Cada 2 semanas, el lunes y jueves hasta el 31 de diciembre de 2030, salvo 1 fecha."
    )
    assert describe_rule("FREQ=MONTHLY;COUNT=6") == "Cada mes, 6 veces"


def test_every_tr_string_has_a_spanish_translation(tmp_path):
    """lupdate over the sources into a copy of the .ts: a new or changed tr() string shows up
    as unfinished, and so does an emptied translation."""
    if shutil.which("pyside6-lupdate") is None and not translations._tool("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is missing")
    copy = tmp_path / "turnout_es.ts"
    shutil.copy(translations.ts_path("es"), copy)
    subprocess.run(
        [translations._tool("pyside6-lupdate"), "-no-obsolete", *translations.source_files(),
         "-ts", str(copy)],
        cwd=translations.REPO, check=True, capture_output=True,
    )  # fmt: skip
    assert translations.unfinished(copy) == []


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "turnout_es.qm"
    translations.release(translations.ts_path("es"), compiled)
    assert compiled.read_bytes() == translations.qm_path("es").read_bytes(), (
        "run: python -m desktop.translations"
    )


def test_an_unfinished_message_is_reported(tmp_path):
    text = translations.ts_path("es").read_text(encoding="utf-8")
    broken = tmp_path / "broken.ts"
    broken.write_text(
        text.replace("<translation>Cada día</translation>", '<translation type="unfinished"/>', 1),
        encoding="utf-8",
    )
    assert ("RecurrenceEditor", "Daily") in translations.unfinished(broken)


def test_pseudo_translation_keeps_placeholders_and_is_longer():
    text = translations.pseudo_text("Every %d weeks on %s")
    assert "%d" in text and "%s" in text
    assert len(text) >= 1.4 * len("Every %d weeks on %s")
    assert translations.pseudo_text("&File").count("&") == 1


def test_nothing_clipped_in_the_pseudo_translation(qtbot, language, demo_database, tmp_path):
    language(translations.PSEUDO, qm=translations.write_pseudo(tmp_path))
    window = open_window(qtbot, demo_database)
    assert window.menu("file").title().startswith("[&Fílé")
    QApplication.processEvents()
    assert clipped_texts(window) == []
    window.select_event(1)
    dialog = window.open_event(1)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert clipped_texts(dialog) == [], dialog.tabs.tabText(tab)
    dialog.reject()


def test_f1_opens_the_spanish_guide(qtbot, language, database):
    language("es")
    window = open_window(qtbot, database)
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    guide = window.help_browser
    assert guide.isVisible() and guide.windowTitle() == "Guía de Turnout"
    text = guide.browser.toPlainText()
    assert "Las cinco vistas" in text and "Público e interno" in text


@pytest.mark.parametrize("code", ["es", translations.PSEUDO])
def test_the_welcome_page_fits_in_spanish_and_longer(qtbot, language, database, tmp_path, code):
    language(code, qm=translations.write_pseudo(tmp_path) if code == translations.PSEUDO else None)
    window = open_window(qtbot, database)
    assert window.events_stack.currentWidget() is window.welcome
    qtbot.waitUntil(lambda: clipped_texts(window.welcome) == [])


def test_the_views_and_dialogs_fit_the_pseudo_translation(qtbot, language, demo_database, tmp_path):
    from ui import ical_actions, print_actions, safety_actions
    from ui.settings_dialog import SettingsDialog

    language(translations.PSEUDO, qm=translations.write_pseudo(tmp_path))
    window = open_window(qtbot, demo_database)
    for number in range(1, 5):  # calendar, contacts, places, campaigns
        window.show_view(number)
        QApplication.processEvents()
        assert clipped_texts(window) == [], number
    dialogs = [
        ical_actions.ExportDialog(window, ["A campaign"], lambda choice: "preview"),
        ical_actions.IdentityDialog(window, "", ""),
        print_actions.FlyerDialog(window, public=True, languages=["es"]),
        print_actions.ProgramDialog(window),
        safety_actions.PurgeDialog(window, demo_database),
        SettingsDialog(window),
    ]
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        assert clipped_texts(dialog) == [], type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_menu_gives_each_item_its_own_letter(qtbot, language, demo_database, code):
    """Alt+letter reaches every item of every menu, in English and in Spanish."""
    import re

    language(code)
    window = open_window(qtbot, demo_database)
    for name in ("file", "edit", "event", "view", "help"):
        letters = []
        for action in window.menu(name).actions():
            if action.isSeparator() or not action.isVisible() or action.menu():
                continue
            found = re.search(r"&(\w)", action.text())
            assert found, (name, action.text())
            letters.append(found.group(1).lower())
        assert len(letters) == len(set(letters)), (name, letters)
