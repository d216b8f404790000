"""Render every printed piece of the sample campaign to PDF and PNG, for looking at them.

    .venv/bin/python docs/print/make_examples.py [OUT_DIR]

Every template in Letter and A4, in English alone, with Spanish and with Arabic as the second
language; the program public and internal. PNGs come from pdftoppm at 60 dpi; the ones in
docs/print/ (shown in the README) are copies of a few of them.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SPANISH = {
    "alt_language": "es",
    "alt_title": "Protesta del Prime Day frente al apartamento del director en Manhattan",
    "alt_description": "En Prime Day llevamos el mensaje a su puerta: ninguna tecnología "
    "para ICE. Traigan agua, un cartel y zapatos cómodos.",
}
ARABIC = {
    "alt_language": "ar",
    "alt_title": "احتجاج يوم برايم أمام شقة المدير التنفيذي في مانهاتن",
    "alt_description": "في يوم برايم نحمل رسالتنا إلى بابه: لا تكنولوجيا لوكالة الهجرة. "
    "أحضروا الماء ولافتة وأحذية مريحة.",
}


def main() -> None:
    from db.schema import open_database
    from desktop import events
    from desktop.demo import load_demo
    from desktop.printing.pieces import prepare_flyer, prepare_program

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "print-examples")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "examples.sqlite3")
        with database.sessions.begin() as session:
            load_demo(session)
        pieces = []
        for lang, texts in ((None, {}), ("es", SPANISH), ("ar", ARABIC)):
            with database.sessions.begin() as session:
                event = events.find(session, 4)
                for name, value in (texts or {"alt_language": ""}).items():
                    setattr(event, name, value)
            for template in ("poster", "handbill", "sheet"):
                if template == "sheet" and lang:
                    continue
                for page in ("letter", "a4"):
                    with database.sessions.begin() as session:
                        piece = prepare_flyer(events.find(session, 4), template, lang=lang)
                    pieces.append((f"{template}-{page}-{lang or 'en'}", piece, page))
        with database.sessions.begin() as session:
            piece = prepare_flyer(events.find(session, 5), "poster")  # no URL: VEVENT code
        pieces.append(("poster-letter-no-url", piece, "letter"))
        for public in (True, False):
            with database.sessions.begin() as session:
                piece = prepare_program(
                    session, dt.date(2019, 5, 1), dt.date(2019, 8, 31), public=public
                )
            for page in ("letter", "a4"):
                name = f"program-{page}-{'public' if public else 'internal'}"
                pieces.append((name, piece, page))
        database.close()
    for name, piece, page in pieces:
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(piece.pdf(page))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / name)], check=True)
        print(pdf)


if __name__ == "__main__":
    main()
