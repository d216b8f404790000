"""``turnout flyer`` and ``turnout program``: files, standard output, one-sentence errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.desktop.printing_helpers import PAGE_POINTS, page_sizes, text


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """See tests/desktop/test_printing.py: a QApplication first, for the whole run."""


@pytest.fixture
def demo(run_cli):
    assert run_cli("demo")[0] == 0
    return run_cli


def test_flyer_writes_a_pdf_file_for_each_template(demo, tmp_path):
    for template, page in (("poster", "letter"), ("handbill", "a4"), ("sheet", "a4")):
        target = tmp_path / f"{template}.pdf"
        code, out, err = demo(
            "flyer", "4", "--template", template, "--page", page, "-o", str(target)
        )
        assert (code, out, err) == (0, "", "")
        assert set(page_sizes(target)) == {PAGE_POINTS[page]}
        assert "Fifth Avenue at Madison Square Park" in text(target)


def test_flyer_by_uid_and_program_to_standard_output(demo, db_path, tmp_path):
    from db.schema import open_database
    from desktop import events

    database = open_database(db_path)
    with database.sessions.begin() as session:
        uid = events.find(session, 3).uid
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (
        ["flyer", uid, "--page", "letter"],
        ["program", "--from", "2019-07-01", "--to", "2019-07-31", "--public"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(db_path), *args],
            capture_output=True,
            cwd=REPO,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(b"%PDF-") and result.stdout.rstrip().endswith(b"%%EOF")
        assert result.stderr == b""


def test_program_writes_the_public_program(demo, tmp_path):
    target = tmp_path / "program.pdf"
    code, _, err = demo(
        "program", "--from", "2019-06-01", "--to", "2019-07-31", "--public", "-o", str(target)
    )
    assert (code, err) == (0, "")
    printed = text(target, raw=True)
    assert "Wayfair employees' walkout" in printed
    assert "Weekly organizing meeting" not in printed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["flyer", "999"], "There is no event “999”"),
        (["flyer", "7"], "is an internal event, so it has no poster"),
        (["flyer", "7", "--template", "handbill"], "is an internal event, so it has no handbill"),
        (["flyer", "4", "--lang", "es"], "has no Spanish title or description"),
        (["flyer", "4", "--lang", "??"], "is not a language code"),
        (["program", "--from", "2019-07-31", "--to", "2019-07-01"], "--to date is before"),
        (["program", "--from", "July", "--to", "2019-07-01"], "is not a valid --from date"),
        (["program", "--from", "2019-01-01", "--to", "2029-01-01"], "at most two years"),
    ],
)
def test_bad_requests_fail_with_one_sentence(demo, tmp_path, args, message):
    target = tmp_path / "out.pdf"
    code, _, err = demo(*args, "-o", str(target))
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists()


def test_unknown_template_or_page_is_a_usage_error(demo):
    assert demo("flyer", "4", "--template", "banner")[0] == 2
    assert demo("flyer", "4", "--page", "legal")[0] == 2
