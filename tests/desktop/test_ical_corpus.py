"""Every file of the shared real-world corpus imports or is refused in one sentence.

409 files from Google, Outlook/Exchange, Apple, Thunderbird, Zimbra, Evolution, Nextcloud and
parser test suites, some broken on purpose (../shared/fixtures/ical/README.md). Each is read
and applied in its own transaction, rolled back afterwards; none may raise anything but
KnownError, and each must finish within the alarm set for it (a safety net, not a timing).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from desktop.errors import KnownError
from desktop.ical import importer
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "ical"
PER_FILE_SECONDS = 30


def _corpus() -> list[Path]:
    return sorted(CORPUS.rglob("*.ics"))


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


def test_the_corpus_is_all_there():
    assert len(_corpus()) == 409


@pytest.mark.usefixtures("hang_guard")
def test_every_corpus_file_imports_or_is_refused_in_one_sentence(database):
    imported = refused = created = 0
    for path in _corpus():
        if sys.platform != "win32":
            signal.alarm(PER_FILE_SECONDS)  # hang_guard's handler turns it into a failure
        try:
            files = importer.read_paths([path])
            with database.sessions.begin() as session:
                plan = importer.apply(session, files)
                session.rollback()
        except KnownError as error:
            message = str(error)
            assert message and "\n" not in message and message.endswith("."), (path, message)
            assert "Traceback" not in message
            refused += 1
            continue
        imported += 1
        created += plan.count(importer.CREATE)
        for item in plan.skipped():
            assert item.reason and "\n" not in item.reason, (path, item)
    # Most real files import; the refused ones are fragments, binary junk and non-calendars.
    assert imported > 380 and refused < 30
    assert created > 5000


def test_import_leaves_the_database_unchanged_when_one_file_is_refused(run_cli, tmp_path):
    good = CORPUS / "kewisch+ical.js" / "samples"
    sample = next(iter(sorted(good.rglob("*.ics"))), None) if good.is_dir() else None
    if sample is None:
        sample = _corpus()[0]
    junk = tmp_path / "junk.ics"
    junk.write_bytes(b"\x00\x01binary")
    code, _, err = run_cli("import", "ics", str(sample), str(junk))
    assert code == 1 and "junk.ics" in err and "Traceback" not in err
    code, out, _ = run_cli("events", "--from", "1900-01-01", "--to", "2100-01-01")
    assert "No events" in out
