"""The installed program as a new user runs it: real processes, real files, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def turnout(*args: str, env_extra: dict | None = None, data: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("TURNOUT_DB",)}
    env.update({"TURNOUT_DATA_DIR": str(data), "PYTHONPATH": str(REPO)})
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=data.parent)  # fmt: skip


def test_first_use_creates_the_default_database(tmp_path):
    data = tmp_path / "data"
    result = turnout("demo", data=data)
    assert result.returncode == 0, result.stderr
    assert (data / "turnout.sqlite3").is_file()
    listed = turnout("events", "--json", "--from", "2018-01-01", "--to", "2031-01-01", data=data)
    assert listed.returncode == 0
    assert len({o["event_id"] for o in json.loads(listed.stdout)}) == 8


def test_turnout_db_environment_variable(tmp_path):
    chosen = tmp_path / "chosen.sqlite3"
    result = turnout("demo", env_extra={"TURNOUT_DB": str(chosen)}, data=tmp_path / "data")
    assert result.returncode == 0 and chosen.is_file()
    assert not (tmp_path / "data" / "turnout.sqlite3").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("event", "add", "--title", "x", "--start", "31/31/2030"),
        ("import", "json", "/nonexistent/file.json"),
        ("restore", "/etc/hostname"),
    ],
)
def test_user_mistakes_never_show_a_traceback(tmp_path, args):
    result = turnout(*args, data=tmp_path / "data")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_window_without_a_display_says_what_to_do(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    result = turnout(env_extra=env, data=tmp_path / "data")
    assert result.returncode == 1
    assert "no display" in result.stderr.lower() or "none was found" in result.stderr
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr


def test_python_dash_m_and_help(tmp_path):
    result = turnout("--help", data=tmp_path / "data")
    assert result.returncode == 0 and "usage: turnout" in result.stdout
