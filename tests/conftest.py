"""Shared fixtures: a fresh database per test, a private data folder, headless Qt."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

# Headless Qt for every test, set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TURNOUT_DB", None)

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO.parent / "shared" / "fixtures"

# Tools the suite uses to check what users get (PDF text, fonts, QR codes).
REQUIRED_TOOLS = {"pdftotext": "poppler-utils", "pdffonts": "poppler-utils",
                  "pdftoppm": "poppler-utils", "zbarimg": "zbar-tools"}  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    from desktop.gui import APT_PACKAGES, _missing_libraries

    missing = _missing_libraries(("libEGL.so.1", "libGL.so.1", "libfontconfig.so.1"))
    if missing:
        raise pytest.UsageError(
            f"Qt cannot run here: system libraries are missing ({', '.join(missing)}); "
            f"install them with: sudo apt-get install {APT_PACKAGES}"
        )
    tools = sorted({pkg for tool, pkg in REQUIRED_TOOLS.items() if shutil.which(tool) is None})
    if tools:
        raise pytest.UsageError(
            "The tests check PDFs and QR codes with command-line tools that are missing; "
            f"install them with: sudo apt-get install {' '.join(tools)}"
        )


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data folder, so no test touches the user's real database."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TURNOUT_DATA_DIR", str(folder))
    monkeypatch.delenv("TURNOUT_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "turnout.sqlite3"


@pytest.fixture
def database(db_path: Path):
    from db.schema import open_database

    opened = open_database(db_path)
    yield opened
    opened.close()


@pytest.fixture
def session(database):
    with database.sessions.begin() as active:
        yield active


@pytest.fixture
def demo_database(database):
    from desktop.demo import load_demo

    with database.sessions.begin() as active:
        load_demo(active)
    return database


@pytest.fixture
def hang_guard():
    """Fail a test that runs for more than 60 s instead of hanging the whole suite."""

    def _timeout(signum, frame):
        raise TimeoutError("the operation did not finish within 60 s")

    if sys.platform == "win32":
        yield
        return
    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def run_cli(db_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run ``turnout --db <test db> ARGS``; returns (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(*args: str, db: Path | str | None = None) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db or db_path), *args])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
