"""Regenerate docs/screenshots/*.png: the window on the example campaign, the calendar, the
event editor and the welcome page.

Run from the repository:  .venv/bin/python docs/make_screenshots.py
Without a display it restarts itself under ``xvfb-run`` (a real X server, so fonts and
styles render as on a desktop). Uses a throw-away database and settings folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZE = (1200, 760)


def restart_under_xvfb(script: str) -> int:
    """Run ``script`` again under xvfb-run: a real X server, so fonts and styles render."""
    name = Path(script).stem
    if shutil.which("xvfb-run") is None:
        print(f"{name}: no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
        return 1
    env = dict(os.environ, TURNOUT_SCREENSHOTS_CHILD="1")
    env.pop("QT_QPA_PLATFORM", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, script]
    return subprocess.call(command, env=env)


def run_shots(script: str, shoot, prefix: str) -> int:
    """Call ``shoot(scratch)`` with a throw-away data folder, on a display (Xvfb if needed)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("TURNOUT_SCREENSHOTS_CHILD"):
        return restart_under_xvfb(script)
    sys.path.insert(0, str(REPO))
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["TURNOUT_DATA_DIR"] = str(scratch / "data")
    os.environ.setdefault("TZ", "America/New_York")  # an organizer's laptop, not a server
    try:
        return shoot(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    os.environ.setdefault("LANG", "en_US.UTF-8")
    return run_shots(__file__, _shoot, "turnout-shots-")


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO)}")


def _shoot(scratch: Path) -> int:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Turnout")
    app.setStyle("Fusion")

    from db.schema import open_database
    from desktop.demo import load_demo
    from ui.main_window import MainWindow

    # The welcome page: a brand-new, empty database.
    empty = open_database(scratch / "empty.sqlite3")
    window = MainWindow(empty)
    window.resize(*SIZE)
    window.show()
    settle(app)
    save(window, "welcome.png")
    window.close()
    empty.close()

    # The example campaign.
    database = open_database(scratch / "turnout.sqlite3")
    with database.sessions.begin() as session:
        load_demo(session)
    window = MainWindow(database)
    window.resize(*SIZE)
    window.show()
    settle(app)
    from sqlalchemy import select

    from db.models import Event

    with database.sessions() as session:
        summit = session.scalar(
            select(Event.id).where(Event.title.like("Protest inside the company%"))
        )
        meeting = session.scalar(select(Event.id).where(Event.rrule.is_not(None)))
    window.select_event(summit)
    settle(app)
    save(window, "main-window.png")

    window.show_view(1)
    calendar = window.calendar_view
    if hasattr(calendar, "set_current_date"):
        calendar.set_current_date(QDate(2019, 7, 15))
    settle(app)
    save(window, "calendar.png")
    window.show_view(0)

    dialog = window.open_event(summit)
    settle(app)
    save(dialog, "editor.png")
    dialog.tabs.setCurrentIndex(3)
    settle(app)
    save(dialog, "editor-internal.png")
    dialog.close()
    settle(app)

    dialog = window.open_event(meeting)
    dialog.tabs.setCurrentIndex(1)
    settle(app)
    save(dialog, "editor-repeats.png")
    dialog.close()
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
