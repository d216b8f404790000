"""CSV export (formulas neutralised) and contacts import (columns by header, skipped rows)."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select

from db.models import Contact

pytestmark = pytest.mark.postgres

HOSTILE = ['=HYPERLINK("http://evil","x")', "+1 555 0100", "-2+3", "@SUM(A1)", "\tcmd", "\rx"]


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _contacts(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Contact))


def test_export_neutralises_formula_cells(run_cli, tmp_path, database):
    from desktop.records import ContactDraft, save_contact

    with database.sessions.begin() as session:
        for number, value in enumerate(HOSTILE):
            save_contact(session, ContactDraft(name=f"Person {number}", notes=value))
    run_cli("event", "add", "--title", "=cmd|' /C calc'!A0", "--start", "2030-01-01 10:00")
    target = tmp_path / "contacts.csv"
    code, _, err = run_cli("export", "csv", "contacts", "-o", str(target))
    assert code == 0, err
    rows = _rows(target.read_bytes().decode("utf-8"))
    assert rows[0] == ["name", "organisation", "phone", "email", "handle", "notes"]
    notes = [row[5] for row in rows[1:]]
    assert sorted(notes) == sorted("'" + value for value in HOSTILE)
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    code, out, _ = run_cli("export", "csv", "events")
    assert code == 0
    (event,) = _rows(out)[1:]
    assert event[2] == "'=cmd|' /C calc'!A0"


def test_import_maps_columns_by_header_and_reports_skips(run_cli, tmp_path, database):
    source = tmp_path / "people.csv"
    source.write_text(
        "E-mail;Full Name;Mobile;Shoe size;Organization\n"
        "ana@example.org;Ana Pérez;+1 555 0101;38;Tenants United\n"
        "not-an-address;Bo;;;\n"
        ";;;;\n"
        "x@example.org;;555;;\n"
        "ana2@example.org;Ana Pérez;+1 555 0101;;\n"
        "'=1+1@example.org;Cy;'+1 555 0102;;\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("import", "csv", "contacts", str(source))
    assert code == 0, err
    assert "Added 2 contacts" in out and "skipped 3 rows" in out and "Shoe size" in out
    assert "line 3: “not-an-address” is not an email address" in out
    assert "line 5: The name is empty." in out
    assert "line 6: Ana Pérez is already a contact." in out
    with database.sessions() as session:
        ana = session.scalar(select(Contact).where(Contact.name == "Ana Pérez"))
        assert (ana.email, ana.phone, ana.organisation) == (
            "ana@example.org", "+1 555 0101", "Tenants United")  # fmt: skip
        cy = session.scalar(select(Contact).where(Contact.name == "Cy"))
        assert cy.phone == "+1 555 0102"  # an exported, neutralised cell comes back as typed


def test_round_trip_through_export(run_cli, tmp_path, database):
    from desktop.records import ContactDraft, save_contact

    with database.sessions.begin() as session:
        save_contact(session, ContactDraft(name="Dee", phone="+44 20 7946 0000", notes="=x"))
    exported = tmp_path / "out.csv"
    run_cli("export", "csv", "contacts", "-o", str(exported))
    other = tmp_path / "other.sqlite3"
    code, out, err = run_cli("import", "csv", "contacts", str(exported), db=other)
    assert code == 0 and "Added 1 contacts" in out, err
    code, out, _ = run_cli("export", "csv", "contacts", db=other)
    assert _rows(out) == _rows(exported.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "not a CSV file"),
        (b"phone,email\n555,a@b.org\n", "has no name column"),
        (b"name,notes\n" + b'"' + b"x" * 200_000 + b'"\n', "not a CSV file Turnout can read"),
    ],
)
def test_bad_csv_is_one_sentence_and_changes_nothing(run_cli, tmp_path, database, content,
                                                     sentence, hang_guard):  # fmt: skip
    source = tmp_path / "bad.csv"
    source.write_bytes(content)
    code, _, err = run_cli("import", "csv", "contacts", str(source))
    assert code == 1 and sentence in err and err.count("\n") == 1, err
    assert "Traceback" not in err and _contacts(database) == 0


def test_latin1_file_is_read(run_cli, tmp_path, database):
    source = tmp_path / "latin1.csv"
    source.write_bytes("name,organisation\nJosé Müller,Syndicat Général\n".encode("latin-1"))
    code, out, _ = run_cli("import", "csv", "contacts", str(source))
    assert code == 0 and "Added 1 contacts" in out
    with database.sessions() as session:
        assert session.scalar(select(Contact.name)) == "José Müller"


def test_a_failing_row_leaves_nothing_behind(run_cli, tmp_path, database, monkeypatch):
    from desktop import records

    real = records.save_contact
    calls = []

    def flaky(session, draft, contact_id=None):
        calls.append(draft.name)
        if len(calls) == 3:
            raise records.KnownError("The disk holding the database is full.")
        return real(session, draft, contact_id)

    monkeypatch.setattr(records, "save_contact", flaky)
    source = tmp_path / "many.csv"
    source.write_text("name\n" + "".join(f"P{n}\n" for n in range(5)), encoding="utf-8")
    code, _, err = run_cli("import", "csv", "contacts", str(source))
    assert code == 1 and "disk" in err
    assert _contacts(database) == 0
