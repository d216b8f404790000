"""Desktop integration: the menu entry validates, installs into ~/.local/share with the icon,
and `turnout FILE.ics` opens the window offering to import the file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop import cli, desktop_entry

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ical" / "x_wr_timezone.ics"


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.fail(
            "desktop-file-validate is missing; install it: apt-get install desktop-file-utils"
        )
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_shipped_entry_validates():
    validate(desktop_entry.ENTRY)
    text = desktop_entry.ENTRY.read_text(encoding="utf-8")
    assert "MimeType=text/calendar;" in text
    assert "Exec=turnout %f" in text and "Icon=turnout" in text


def test_install_and_remove_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    launcher = tmp_path / "pipx bin" / "turnout"
    entry, icon = desktop_entry.install(command=str(launcher))
    assert entry == tmp_path / "share" / "applications" / "turnout.desktop"
    assert icon.read_bytes() == desktop_entry.ICON.read_bytes()
    assert f'Exec="{launcher}" %f' in entry.read_text(encoding="utf-8")
    validate(entry)
    assert desktop_entry.main(["--remove"]) == 0
    assert not entry.exists() and not icon.exists()


def test_the_icon_is_a_valid_svg_that_shows_at_16_pixels(qapp):
    renderer = QSvgRenderer(str(desktop_entry.ICON))
    assert renderer.isValid()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert QColor("#ffffff").name() in colours  # the white megaphone survives the scale
    assert len(colours) > 3


def test_a_calendar_file_on_the_command_line_opens_the_window(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(
        "desktop.gui.run_window", lambda context, files=(): opened.append(list(files)) or 0
    )
    db = str(tmp_path / "t.sqlite3")
    assert cli.main(["--db", db, str(FIXTURE)]) == 0
    assert opened == [[FIXTURE]]
    assert cli.split_calendar_files(["import", "ics", "a.ics"]) == (["import", "ics", "a.ics"], [])


def test_the_window_offers_to_import_the_file(qtbot, demo_database, monkeypatch):
    from ui import ical_actions
    from ui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(
        ical_actions.ImportPreviewDialog, "ask", lambda parent, plan: asked.append(plan) or False
    )
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.ical_actions.import_calendar([str(FIXTURE)])
    assert len(asked) == 1 and asked[0].items  # shown before anything is written
