"""Shared fixtures: a fresh database per test, a private data folder, headless Qt."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# CI draws the same examples every run, so a red run can be reproduced and a green one is
# not luck; at a desk the examples vary from run to run and keep exploring.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

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


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application():
    """A QApplication before anything else makes a bare QGuiApplication (printing does, when
    none exists): pytest-qt's widgets need the full one, whatever order the tests run in."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


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


# Team mode: tests marked ``postgres`` run against SQLite and against a real PostgreSQL
# server whose URL (of a role allowed to create databases) is in this variable.
POSTGRES_ENV = "TURNOUT_TEST_POSTGRES"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = ["sqlite"]
    definition = metafunc.definition
    if definition.get_closest_marker("postgres_only"):
        backends = ["postgresql"]
    elif definition.get_closest_marker("postgres") and not definition.get_closest_marker(
        "sqlite_only"
    ):
        backends.append("postgresql")
    metafunc.parametrize("backend", backends)


@pytest.fixture(scope="session")
def postgres_server():
    """(admin engine, server URL, template database at the newest schema) for team mode."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from db.schema import open_database

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(
                f"CI must provide a PostgreSQL server in {POSTGRES_ENV} (.ci/start-postgres)"
            )
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (.ci/start-postgres starts one)")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except OperationalError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL at {url} cannot be reached: {error.orig}")
    template = f"turnout_template_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{template}"'))
        connection.execute(
            text(f"CREATE DATABASE \"{template}\" ENCODING 'UTF8' TEMPLATE template0")
        )
    open_database(make_url(url).set(database=template).render_as_string(False)).close()
    yield admin, url, template
    _drop_database(admin, template)
    admin.dispose()


@pytest.fixture
def backend() -> str:
    """The database engine a test runs on (parametrized for tests marked ``postgres``)."""
    return "sqlite"


@pytest.fixture
def db_target(backend: str, db_path: Path, request: pytest.FixtureRequest):
    """What ``--db`` gets: a fresh SQLite file, or a fresh database on the PostgreSQL server."""
    if backend == "sqlite":
        yield str(db_path)
        return
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin, url, template = request.getfixturevalue("postgres_server")
    name = f"turnout_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    _drop_database(admin, name)


def _drop_database(admin, name: str) -> None:
    """Drop a test database; an autovacuum worker still in it may delay that a moment."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            time.sleep(0.1 * (attempt + 1))


@pytest.fixture
def database(db_target: str):
    from db.schema import open_database

    opened = open_database(db_target)
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
def run_cli(db_target: str, capsys: pytest.CaptureFixture[str]):
    """Run ``turnout --db <test db> ARGS``; returns (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(*args: str, db: Path | str | None = None) -> tuple[int, str, str]:
        try:
            code = main(["--db", str(db or db_target), *args])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
