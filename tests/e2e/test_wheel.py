"""The wheel that ``pipx install .`` builds carries everything the program reads from disk:
fonts and their licences, the compiled translation, the help pages, the icon, the desktop
entry and the migrations. A wheel that forgets package data still imports, then prints PDFs
without text and opens an English window with no help."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ("pyproject.toml", "README.md", "db", "desktop", "ui", "resources")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """``pip wheel --no-deps`` of a copy of the sources (the build leaves nothing in the repo)."""
    source = tmp_path_factory.mktemp("source")
    for name in SHIPPED:
        if (REPO / name).is_dir():
            shutil.copytree(
                REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "deprecated" not in done.stderr.lower(), done.stderr
    (built,) = out.glob("turnout-*.whl")
    return built


def test_the_wheel_holds_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/fonts/NotoSans-Bold.ttf",
        "resources/fonts/NotoSansArabic-Regular.ttf",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/OFL.txt",
        "resources/fonts/DejaVu-LICENSE.txt",
        "resources/translations/turnout_es.qm",
        "resources/help/guide_en.html",
        "resources/help/guide_es.html",
        "resources/icons/turnout.svg",
        "resources/turnout.desktop",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
    }
    assert expected <= names, sorted(expected - names)
    assert any(name.startswith("db/migrations/versions/0001") for name in names)
    assert not any(name.startswith(("tests/", "benchmarks/", "docs/")) for name in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "turnout = desktop.cli:main" in scripts
    assert "turnout-desktop-entry = desktop.desktop_entry:main" in scripts


def test_the_unpacked_wheel_runs_and_finds_its_files(wheel, tmp_path):
    """Run from the wheel's files alone (not this checkout): load the demo, print a poster
    with the shipped fonts, find the Spanish translation and write the desktop entry."""
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = {
        **os.environ,
        "PYTHONPATH": str(unpacked),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("TURNOUT_DB", None)

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    database = str(tmp_path / "t.sqlite3")
    assert "Loaded the sample campaign" in run("-m", "desktop", "--db", database, "demo")
    run("-m", "desktop", "--db", database, "flyer", "3", "-o", str(tmp_path / "p.pdf"))
    assert (tmp_path / "p.pdf").stat().st_size > 10_000
    located = run(
        "-c",
        "import desktop.translations as t, desktop.desktop_entry as d; "
        "print(t.qm_path('es')); print(d.ICON)",
    ).split()
    assert all(Path(path).is_file() and Path(path).is_relative_to(unpacked) for path in located)
    written = run("-m", "desktop.desktop_entry")
    assert (tmp_path / "share" / "applications" / "turnout.desktop").is_file(), written
    assert (tmp_path / "share" / "icons/hicolor/scalable/apps/turnout.svg").is_file()
