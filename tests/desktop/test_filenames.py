"""File names from titles stay inside the chosen folder and show what they are."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.filenames import MAX_LENGTH, RESERVED, path_inside, safe_file_name


def test_known_tricks():
    assert safe_file_name("../../.bashrc") == "bashrc"
    assert safe_file_name("/etc/passwd", ".pdf") == "etc passwd.pdf"
    assert safe_file_name("C:\\Windows\\win.ini") == "C Windows win.ini"
    assert safe_file_name("invoice\u202efdp.exe", ".pdf") == "invoicefdp.exe.pdf"
    assert safe_file_name("CON", ".ics") == "_CON.ics"
    assert safe_file_name("lpt1.txt") == "_lpt1.txt"
    assert safe_file_name("  . . ", ".pdf") == "Turnout.pdf"
    assert safe_file_name("May Day rally", "pdf") == "May Day rally.pdf"
    assert safe_file_name("report.PDF", ".pdf") == "report.PDF"


@given(st.text(max_size=300))
def test_any_title_stays_inside_the_folder(title):
    folder = Path("/tmp/turnout-names")
    name = safe_file_name(title, ".pdf")
    assert "/" not in name and "\\" not in name and ":" not in name and ".." not in name
    assert not name.startswith((".", " ")) and len(name) <= MAX_LENGTH + 4
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp") for ch in name)
    assert name.split(".")[0].upper() not in RESERVED
    assert (folder / name).resolve().parent == folder.resolve()


def test_path_inside_refuses_a_planted_link(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "Rally.pdf").symlink_to(outside / "Rally.pdf")
    assert path_inside(folder, "Rally", ".pdf") == folder.resolve() / "Turnout.pdf"
    assert path_inside(folder, "../Rally", ".pdf").parent == folder.resolve()
