"""No internal field reaches a public output, end to end through the commands.

tests/desktop/test_ical_public.py and test_printing.py plant markers and call the exporters
and renderers directly. This test adds what they leave out: the real commands
(``export ics --public``, ``program --public``, ``flyer`` poster and handbill with a second
language), places shown by area only, an internal event's second-language text and URL, and a
moved instance (override) of an internal series, all in the same date range as a public event.
"""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from db.models import Campaign, Contact, EventOverride, Place, Role, Task
from desktop import events
from desktop.events import EventDraft

_numbers = itertools.count()


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True)
    # Narrow columns wrap anywhere: compare without spaces and line breaks. NFKC undoes the
    # ligatures a font may use ("ff" drawn as one glyph), which would hide a leaked marker.
    return "".join(unicodedata.normalize("NFKC", done.stdout.decode("utf-8")).split())


@settings(
    max_examples=3,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # each example prints PDFs
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    disclosure=st.sampled_from(["area", "hidden"]),
    all_day=st.booleans(),
    language=st.sampled_from(["es", "ar"]),
)
def test_no_internal_marker_in_any_public_output(
    run_cli, database, tmp_path_factory, disclosure, all_day, language
):
    folder = tmp_path_factory.mktemp("public")
    round_number = next(_numbers)
    planted: list[str] = []

    def secret(field: str) -> str:
        value = f"qx{round_number}{field}zz"
        planted.append(value)
        return value

    start = dt.datetime(2030, 6, 3, 17) if not all_day else dt.datetime(2030, 6, 3)
    with database.sessions.begin() as session:
        hidden = disclosure == "hidden"
        place = Place(
            name=secret("placename") if hidden else f"Union Hall {round_number}",
            city=secret("city") if hidden else "Chicago",
            address=secret("address"),
            postcode=secret("postcode"),
            access_notes=secret("access"),
            latitude=12.3456789,
            longitude=98.7654321,
            disclosure=disclosure,
        )
        session.add(place)
        session.flush()
        public = events.create(
            session,
            EventDraft(
                title=f"Rally {round_number}",
                start=start,
                end=start if all_day else start + dt.timedelta(hours=2),
                all_day=all_day,
                timezone="America/Chicago",
                visibility="public",
                place_id=place.id,
                description="Everyone welcome.",
                alt_language=language,
                alt_title="Manifestación" if language == "es" else "مسيرة",
                alt_description="Todos bienvenidos." if language == "es" else "الجميع مرحب بهم.",
                notes=secret("notes"),
                meeting_point=secret("meeting"),
                route=secret("route"),
                safety_notes=secret("safety"),
                legal_hotline=secret("hotline")[:20],
                actual_turnout=987654321,
                tags=[secret("tag")],
            ),
        )
        public.campaign = Campaign(name=secret("campaign"), description=secret("campaigntext"))
        contact = Contact(
            name=secret("contact"),
            phone=secret("phone")[:20],
            email=f"{secret('email')}@example.org",
            handle=secret("handle"),
            notes=secret("contactnotes"),
        )
        public.roles.append(Role(contact=contact, role="marshal", shown_publicly=False))
        public.tasks.append(Task(text=secret("task"), assignee=contact, position=0))
        internal = events.create(
            session,
            EventDraft(
                title=secret("internaltitle"),
                start=dt.datetime(2030, 6, 4, 17),
                timezone="America/Chicago",
                visibility="internal",
                rrule="FREQ=WEEKLY;COUNT=4",
                description=secret("internaldescription"),
                url=f"https://example.org/{secret('internalurl')}",
                alt_language="es",
                alt_title=secret("internalalt"),
                alt_description=secret("internalaltdescription"),
            ),
        )
        session.add(
            EventOverride(
                event_id=internal.id,
                recurrence_id="2030-06-11T17:00",
                starts_at=dt.datetime(2030, 6, 11, 23, tzinfo=dt.UTC),
                ends_at=dt.datetime(2030, 6, 12, 1, tzinfo=dt.UTC),
                title=secret("overridetitle"),
                description=secret("overridedescription"),
            )
        )
        public_id = public.id

    feed = folder / "public.ics"
    program = folder / "program.pdf"
    poster = folder / "poster.pdf"
    handbill = folder / "handbill.pdf"
    commands = [
        ("export", "ics", "--public", "-o", str(feed)),
        ("program", "--from", "2030-06-01", "--to", "2030-06-30", "--public", "-o", str(program)),
        ("flyer", str(public_id), "--template", "poster", "--lang", language, "-o", str(poster)),
        ("flyer", str(public_id), "--template", "handbill", "--lang", language,
         "-o", str(handbill)),
    ]  # fmt: skip
    for command in commands:
        code, _, err = run_cli(*command)
        assert code == 0, (command, err)
    outputs = {
        "feed": feed.read_bytes().replace(b"\r\n ", b"").decode("utf-8"),
        "program": _pdf_text(program),
        "poster": _pdf_text(poster),
        "handbill": _pdf_text(handbill),
    }
    assert f"Rally{round_number}" in outputs["program"].replace(" ", "")
    assert f"Rally {round_number}" in outputs["feed"]
    for name, shown in outputs.items():
        leaked = [value for value in planted if value in shown]
        assert not leaked, f"{name} shows internal data: {leaked}"
        assert "987654321" not in shown and "12.3456789" not in shown, name
