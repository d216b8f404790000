"""Screenshots of the window in Spanish and in the pseudo-translation (every string about 40 %
longer), into docs/screenshots/es-*.png and pseudo-*.png, and a list of any text cut off.

Run from the repository:  .venv/bin/python docs/make_language_screenshots.py
Without a display it restarts itself under ``xvfb-run``. Uses a throw-away database and
settings folder. Exit status 1 when some text is clipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from make_screenshots import SIZE, run_shots, save, settle


def main() -> int:
    return run_shots(__file__, _shoot, "turnout-lang-shots-")


def _shoot(scratch: Path) -> int:
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Turnout")
    app.setStyle("Fusion")

    from sqlalchemy import select

    from db.models import Event
    from db.schema import open_database
    from desktop import translations
    from desktop.demo import load_demo
    from ui.clipping import clipped_texts
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog

    database = open_database(scratch / "turnout.sqlite3")
    with database.sessions.begin() as session:
        load_demo(session)
    with database.sessions() as session:
        summit = session.scalar(
            select(Event.id).where(Event.title.like("Protest inside the company%"))
        )
        meeting = session.scalar(select(Event.id).where(Event.rrule.is_not(None)))
    pseudo = translations.write_pseudo(scratch / "pseudo")
    problems = []
    for language, qm in (("es", None), (translations.PSEUDO, pseudo)):
        installed = translations.install(app, language, qm=qm)
        empty = open_database(scratch / f"empty-{language}.sqlite3")
        welcome = MainWindow(empty)
        welcome.resize(*SIZE)
        welcome.show()
        settle(app)
        save(welcome, f"{language}-welcome.png")
        problems += [f"{language} welcome page: {p}" for p in clipped_texts(welcome)]
        welcome.close()
        empty.close()
        window = MainWindow(database)
        window.resize(*SIZE)
        window.show()
        window.select_event(summit)
        settle(app)
        save(window, f"{language}-main-window.png")
        problems += [f"{language} main window: {p}" for p in clipped_texts(window)]
        window.show_view(1)
        window.calendar_view.set_current_date(QDate(2019, 7, 15))
        settle(app)
        save(window, f"{language}-calendar.png")
        problems += [f"{language} calendar: {p}" for p in clipped_texts(window)]
        window.show_view(0)
        dialog = window.open_event(summit)
        settle(app)
        save(dialog, f"{language}-editor.png")
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            settle(app, 5)
            problems += [f"{language} editor tab {tab}: {p}" for p in clipped_texts(dialog)]
        dialog.close()
        dialog = window.open_event(meeting)
        dialog.tabs.setCurrentIndex(1)
        settle(app)
        save(dialog, f"{language}-editor-repeats.png")
        dialog.close()
        settings = SettingsDialog(window)
        settings.show()
        settle(app)
        save(settings, f"{language}-settings.png")
        problems += [f"{language} preferences: {p}" for p in clipped_texts(settings)]
        settings.close()
        window.close()
        settle(app)
        translations.uninstall(app, installed)
        QLocale.setDefault(QLocale.system())
    database.close()
    for problem in problems:
        print(f"clipped: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
