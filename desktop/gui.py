"""Starting the window: check that Qt can run here, open the database, show the main window.

The checks turn Qt's own failures (an abort with "could not load the Qt platform plugin", or
an ImportError naming a missing .so) into one sentence that says what to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from desktop.errors import KnownError

# Debian/Ubuntu packages a bare machine needs for Qt's X11 ("xcb") platform plugin.
APT_PACKAGES = (
    "libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 "
    "libxcb-xinerama0 libxcb-xkb1 libdbus-1-3"
)
_XCB_LIBRARIES = (
    "libxkbcommon-x11.so.0",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-image.so.0",
    "libxcb-render-util.so.0",
    "libxcb-randr.so.0",
    "libxcb-shape.so.0",
    "libxcb-xkb.so.1",
)


def _missing_libraries(names: tuple[str, ...]) -> list[str]:
    missing = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def qt_start_problem() -> str | None:
    """Why Qt cannot start a window here, in one sentence; None when it can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not platform and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return (
            "Turnout needs a graphical desktop and none was found (DISPLAY is not set); "
            "on a server, run it under xvfb-run."
        )
    missing = _missing_libraries(("libEGL.so.1", "libGL.so.1", "libfontconfig.so.1"))
    if platform in ("", "xcb") and not os.environ.get("WAYLAND_DISPLAY"):
        missing += _missing_libraries(_XCB_LIBRARIES)
    if missing:
        return (
            f"Qt cannot open a window: system libraries are missing ({', '.join(missing)}); "
            f"install them with: sudo apt-get install {APT_PACKAGES}"
        )
    return None


def _open_database(context):
    """Open the database, asking for its passphrase in a dialog (again after a wrong one)."""
    from db.sqlite_files import WrongPassphrase

    wrong = ""
    cancelled = False
    if context.passphrase_file is None:

        def ask(path):
            nonlocal cancelled
            from ui.passphrase_dialog import PassphraseDialog  # only a protected file asks

            answer = PassphraseDialog.ask_to_open(None, path, wrong)
            cancelled = answer is None
            return answer

        context.ask_passphrase = ask
    while True:
        try:
            return context.database()
        except WrongPassphrase as error:
            if context.passphrase_file is not None:
                from ui import messages

                messages.critical(None, "Turnout cannot open the database", str(error))
                return None
            wrong = str(error)
        except KnownError as error:
            if not cancelled:
                from ui import messages

                messages.critical(None, "Turnout cannot open the database", str(error))
            return None


ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "turnout.svg"


def start_language(app) -> list:
    """Translate the window into the chosen language (Settings), else the computer's, and
    make its locale the default for dates and numbers; also set the window icon."""
    from PySide6.QtGui import QIcon

    from desktop import translations
    from desktop.settings import load_settings

    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    try:
        setting = load_settings().language
    except KnownError:
        setting = ""  # an unreadable settings file: the window says so when it is opened
    return translations.install(app, translations.chosen_language(setting))


def run_window(context, calendar_files=()) -> int:
    """Open the window; ``calendar_files`` (``turnout FILE.ics``) are offered for import."""
    problem = qt_start_problem()
    if problem:
        print(f"turnout: {problem}", file=sys.stderr)
        return 1
    # SQLAlchemy before Qt: once PySide6 is loaded, every module imported after it has its
    # source read (PySide6's check for "from __feature__ import"), ~40 ms for SQLAlchemy's.
    # So is what reads the first page of the events list: SQLite's dialect (a package of
    # eight modules, loaded by the first connection otherwise) and the list's Core queries.
    import db.schema  # noqa: F401
    import desktop.event_list  # noqa: F401

    if context.local_path() is not None:
        import sqlalchemy.dialects.sqlite  # noqa: F401

    # isort: split
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Turnout")
    app.setOrganizationName("Turnout")
    app.setApplicationDisplayName("Turnout")
    app._turnout_translators = start_language(app)  # kept alive with the application
    database = _open_database(context)
    if database is None:
        return 1
    from desktop.printing.fonts import load_fonts
    from ui.main_window import MainWindow

    # The shipped fonts are what the window's text is drawn in where the system has no
    # better ones: registered before the first paint, so the text does not change font later.
    load_fonts()
    # The menus' features are added right after the first paint of the events list.
    window = MainWindow(database, defer_setup=True)
    window.show()
    if calendar_files:
        from PySide6.QtCore import QTimer

        paths = [str(path) for path in calendar_files]

        def offer_import() -> None:
            # Once the window is up: the import preview says what would change and asks.
            if getattr(window, "ical_actions", None) is not None:
                window.ical_actions.import_calendar(paths)

        window.when_ready(lambda: QTimer.singleShot(0, offer_import))
    return app.exec()
