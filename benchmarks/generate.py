"""Generate a realistic Turnout database, fast: the data the benchmarks run on.

    .venv/bin/python benchmarks/generate.py --events 100000 --contacts 100000 --db /tmp/big.sqlite3

What a union's database looks like after ten years: mostly one-off actions, about a fifth of
them recurring series (weekly pickets and meetings, monthly assemblies, a few yearly days of
action; with COUNT, with UNTIL or without end; some with excluded dates and moved instances),
in about thirty time zones, at places shared by many events, with contacts in roles, tasks,
campaigns, tags, and public and internal events with internal notes. Titles and descriptions
mix English with Spanish, German, Greek and Arabic words, so searches meet non-ASCII text.

Rows go in with SQLAlchemy Core ``insert()`` and executemany, one transaction per table. The
derived columns the app relies on are computed by the app's own code, so the data is valid:
the stored RRULE is ``recurrence.normalised_rule`` (UNTIL in UTC), ``recurs_until`` is
``recurrence.series_end``, excluded dates are real occurrences named by ``exdate_key``, and
all-day events carry their dates and local midnights as ``desktop.events`` stores them.

Deterministic for a given ``--seed``. The database is created at the newest schema through
``db.schema.open_database``; an existing file is refused unless ``--replace``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from db.models import (
    Campaign,
    Contact,
    Event,
    EventOverride,
    Place,
    Role,
    Tag,
    Task,
    event_tags,
)
from db.schema import Database, open_database
from db.vocabulary import EVENT_KINDS, ROLE_KINDS
from desktop import recurrence
from desktop.timeutil import UTC, to_utc

ZONES = (
    "America/Chicago",
    "America/New_York",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Santiago",
    "America/Toronto",
    "America/Halifax",
    "America/St_Johns",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Athens",
    "Europe/Istanbul",
    "Europe/Kyiv",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Asia/Beirut",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Seoul",
    "Asia/Manila",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Pacific/Auckland",
    "UTC",
)
# The zones most organizers of one union work in get most events.
ZONE_WEIGHTS = [12, 10, 8, 4, 2, 3, 2, 3, 2, 2, 4, 1, 1, 6, 2, 5, 6, 3, 2, 2, 1, 1, 1, 1, 1]
ZONE_WEIGHTS += [1] * (len(ZONES) - len(ZONE_WEIGHTS))

WORDS = [
    "picket",
    "warehouse",
    "depot",
    "hospital",
    "school",
    "council",
    "rent",
    "tenants",
    "nurses",
    "drivers",
    "teachers",
    "climate",
    "housing",
    "wages",
    "pension",
    "transit",
    "port",
    "airport",
    "library",
    "clinic",
    "union",
    "local",
    "strike",
    "fund",
    "solidarity",
    "march",
    "rally",
    "vigil",
    "walkout",
    "boycott",
    "petition",
    "assembly",
    "canvass",
    "phonebank",
    "shift",
    "contract",
    "safety",
    "heat",
    "overtime",
    "staffing",
    "layoffs",
    "eviction",
    "water",
    "bus",
    "rail",
    "grocery",
    "huelga",
    "vivienda",
    "salarios",
    "sindicato",
    "asamblea",
    "marcha",
    "Streik",
    "Miete",
    "Gewerkschaft",
    "Kundgebung",
    "απεργία",
    "συγκέντρωση",
    "ενοίκιο",
    "إضراب",
    "مسيرة",
    "نقابة",
]
CITIES = [
    "Springfield",
    "Riverton",
    "Lakeside",
    "Fairview",
    "Greenville",
    "Madison",
    "Franklin",
    "Clinton",
    "Salem",
    "Bristol",
    "Oaxaca",
    "Valparaíso",
    "Köln",
    "Θεσσαλονίκη",
    "Porto",
    "Leeds",
    "Durban",
    "Pune",
    "Busan",
    "Cebu",
]
FIRST = [
    "Ana",
    "Ben",
    "Chen",
    "Dolores",
    "Emeka",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jamal",
    "Kim",
    "Lena",
    "Marisol",
    "Nikos",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Víctor",
    "Wanjiru",
    "Xóchitl",
    "Yusuf",
    "Zoë",
    "Jürgen",
    "Αλέξης",
    "Lucía",
    "Mei",
]
LAST = [
    "Alvarez",
    "Baker",
    "Cohen",
    "Diallo",
    "Evans",
    "Fischer",
    "García",
    "Hughes",
    "Ibrahim",
    "Jones",
    "Kowalski",
    "Lee",
    "Müller",
    "Nguyen",
    "Okafor",
    "Papadopoulos",
    "Quispe",
    "Rossi",
    "Singh",
    "Tanaka",
    "Usman",
    "Vargas",
    "Walker",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Ó",
    "Briain",
]
ORGS = ("Local 12", "Tenants United", "Nurses Assoc.", "Transit Workers", "Climate Now", "")
TASKS = (
    "Print leaflets",
    "Book the hall",
    "Call the legal hotline",
    "Bring the banner",
    "Order water",
    "Brief the marshals",
    "Send the press release",
    "Check the sound system",
)
STATUSES = ("planned", "confirmed", "tentative", "postponed", "cancelled", "done")
STATUS_WEIGHTS = (30, 30, 8, 3, 6, 23)
DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# Ten years of history and two years ahead.
FIRST_DAY = dt.date(2016, 1, 1)
SPAN_DAYS = 12 * 365
CHUNK = 5000


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high)))


def _stamp(rng: random.Random, when: dt.datetime) -> dt.datetime:
    """A created/updated time some days before ``when`` (never in the future)."""
    made = when - dt.timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 1439))
    return min(made, NOW).replace(microsecond=0)


NOW = dt.datetime.now(UTC).replace(microsecond=0)


def _insert(database: Database, table, rows: list[dict]) -> None:
    with database.engine.begin() as connection:
        for offset in range(0, len(rows), CHUNK):
            connection.execute(insert(table), rows[offset : offset + CHUNK])


def _campaigns(rng: random.Random, count: int) -> list[dict]:
    return [
        {
            "uid": _uid(rng),
            "name": f"{rng.choice(WORDS).title()} campaign {n + 1}",
            "description": _sentence(rng, 5, 20),
            "colour": f"#{rng.randrange(0x1000000):06x}",
            "created_at": NOW,
            "updated_at": NOW,
        }
        for n in range(count)
    ]


def _places(rng: random.Random, count: int) -> list[dict]:
    rows = []
    for n in range(count):
        latitude = round(rng.uniform(-60, 70), 5) if n % 4 else None
        rows.append(
            {
                "uid": _uid(rng),
                "name": f"{rng.choice(WORDS).title()} {rng.choice(('hall', 'square', 'park', 'gate'))} {n + 1}",  # noqa: E501
                "address": f"{rng.randint(1, 999)} {rng.choice(LAST)} Street",
                "city": rng.choice(CITIES),
                "region": "",
                "postcode": f"{rng.randint(10000, 99999)}",
                "country": "",
                "latitude": latitude,
                "longitude": round(rng.uniform(-170, 170), 5) if latitude is not None else None,
                "timezone": rng.choices(ZONES, ZONE_WEIGHTS)[0],
                "access_notes": "Side door after 18:00" if n % 5 == 0 else "",
                "disclosure": rng.choices(("exact", "area", "hidden"), (8, 1, 1))[0],
                "created_at": NOW,
                "updated_at": NOW,
            }
        )
    return rows


def _contacts(rng: random.Random, count: int) -> list[dict]:
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append(
            {
                "uid": _uid(rng),
                "name": f"{first} {last}",
                "organisation": rng.choice(ORGS),
                "phone": f"+1 555 {rng.randint(1000000, 9999999)}" if n % 3 else "",
                "email": f"{first.lower()}.{n}@example.org" if n % 2 else "",
                "handle": f"@{first.lower()}{n}" if n % 7 == 0 else "",
                "notes": "Prefers Signal" if n % 11 == 0 else "",
                "created_at": NOW,
                "updated_at": NOW,
            }
        )
    return rows


def _rule(rng: random.Random, start: dt.datetime) -> str:
    """A rule as organizers write them: mostly weekly, some monthly, a few yearly or daily."""
    shape = rng.random()
    if shape < 0.6:
        base = f"FREQ=WEEKLY;BYDAY={DAY_NAMES[start.weekday()]}"
        if rng.random() < 0.15:
            base += ";INTERVAL=2"
    elif shape < 0.9:
        if rng.random() < 0.5:
            base = f"FREQ=MONTHLY;BYMONTHDAY={start.day}"
        else:
            week = min((start.day - 1) // 7 + 1, 4)
            base = f"FREQ=MONTHLY;BYDAY={week}{DAY_NAMES[start.weekday()]}"
    elif shape < 0.97:
        base = "FREQ=YEARLY"
    else:
        base = "FREQ=DAILY"
    end = rng.random()
    if end < 0.55:
        return base + f";COUNT={rng.randint(4, 52)}"
    if end < 0.85:
        until = start + dt.timedelta(days=rng.randint(30, 730))
        return base + f";UNTIL={until:%Y%m%d}"
    return base  # no end: an assembly that meets every month "until further notice"


def _event_rows(
    rng: random.Random,
    count: int,
    places: list[dict],
    campaigns: int,
    recurring_share: float,
    first_day: dt.datetime,
    span_days: int,
):
    """Event rows, and (event number, Series) of the recurring ones, for exceptions."""
    rows: list[dict] = []
    series_of: list[tuple[int, recurrence.Series]] = []
    for n in range(count):
        place_index = rng.randrange(len(places)) if rng.random() < 0.9 else None
        timezone = (
            places[place_index]["timezone"]
            if place_index is not None and rng.random() < 0.85
            else rng.choices(ZONES, ZONE_WEIGHTS)[0]
        )
        day = first_day + dt.timedelta(days=rng.randrange(span_days))
        recurring = rng.random() < recurring_share
        all_day = not recurring and rng.random() < 0.08
        row: dict = {
            "uid": _uid(rng),
            "title": f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {rng.choice(EVENT_KINDS)}"
            f" #{n + 1}",
            "kind": rng.choice(EVENT_KINDS),
            "status": rng.choices(STATUSES, STATUS_WEIGHTS)[0],
            "visibility": "public" if rng.random() < 0.55 else "internal",
            "timezone": timezone,
            "all_day": all_day,
            "place_id": place_index + 1 if place_index is not None else None,
            "campaign_id": rng.randint(1, campaigns) if rng.random() < 0.7 else None,
            "description": _sentence(rng, 8, 40),
            "demands": _sentence(rng, 3, 10) if rng.random() < 0.3 else "",
            "what_to_bring": "Water, a sign, a friend" if rng.random() < 0.2 else "",
            "accessibility": "Step-free route via the side gate" if rng.random() < 0.2 else "",
            "url": f"https://example.org/e/{n + 1}" if rng.random() < 0.3 else "",
            "expected_turnout": rng.choice((None, 20, 50, 200, 1000)),
            "notes": _sentence(rng, 3, 12) if rng.random() < 0.4 else "",
            "meeting_point": "Behind the bus depot" if rng.random() < 0.1 else "",
            "route": "",
            "safety_notes": "Legal observers at both ends" if rng.random() < 0.1 else "",
            "legal_hotline": "+1 555 0100" if rng.random() < 0.1 else "",
            "actual_turnout": None,
            "alt_language": "",
            "alt_title": "",
            "alt_description": "",
            "sequence": rng.choice((0, 0, 0, 1, 2)),
            "version": 1,
            "rrule": None,
            "exdates": [],
            "recurs_until": None,
        }
        if all_day:
            days = rng.choice((1, 1, 1, 2, 3))
            first = day.date()
            last = first + dt.timedelta(days=days - 1)
            row["start_date"], row["end_date"] = first, last
            row["starts_at"] = to_utc(dt.datetime.combine(first, dt.time()), timezone)
            row["ends_at"] = to_utc(
                dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), timezone
            )
        else:
            start = day.replace(
                hour=rng.choice((7, 9, 12, 16, 17, 18, 19)), minute=rng.choice((0, 0, 30))
            )
            length = dt.timedelta(minutes=rng.choice((60, 90, 120, 120, 180, 240)))
            row["start_date"] = row["end_date"] = None
            row["starts_at"] = to_utc(start, timezone)
            row["ends_at"] = to_utc(start + length, timezone)
            if recurring:
                series = recurrence.Series(
                    start=start,
                    duration=row["ends_at"] - row["starts_at"],
                    timezone=timezone,
                    rule=_rule(rng, start),
                )
                row["rrule"] = recurrence.normalised_rule(series)
                series = recurrence.Series(series.start, series.duration, timezone, row["rrule"])
                row["recurs_until"] = recurrence.series_end(series)
                series_of.append((n, series))
        stamp = _stamp(rng, row["starts_at"])
        row["created_at"] = row["updated_at"] = stamp
        rows.append(row)
    return rows, series_of


def _exceptions(rng: random.Random, rows: list[dict], series_of) -> list[dict]:
    """Excluded dates on about a third of the series, a moved instance on about a tenth."""
    overrides = []
    for n, series in series_of:
        if rng.random() >= 0.35:
            continue
        rule = recurrence.build_rule(series)
        starts = list(itertools.islice(rule, 12))
        if len(starts) < 4:
            continue
        picked = sorted(rng.sample(range(1, len(starts)), k=min(2, len(starts) - 1)))
        rows[n]["exdates"] = sorted(recurrence.exdate_key(starts[i], False) for i in picked[:1])
        if rng.random() < 0.3 and len(picked) > 1:
            moved = starts[picked[1]]
            begins = (moved + dt.timedelta(hours=1)).astimezone(UTC)
            overrides.append(
                {
                    "event_id": n + 1,
                    "recurrence_id": recurrence.exdate_key(moved, False),
                    "starts_at": begins,
                    "ends_at": begins + series.duration,
                    "status": "planned",
                    "title": "",
                    "description": "Moved by an hour this time.",
                }
            )
    return overrides


def generate(
    database: Database,
    events: int,
    contacts: int,
    *,
    seed: int = 8,
    recurring_share: float = 0.2,
    first_day: dt.date = FIRST_DAY,
    span_days: int = SPAN_DAYS,
) -> dict[str, int]:
    """Fill an empty database; returns how many rows of each kind were written.

    Events start on days from ``first_day`` over ``span_days`` days (by default ten years of
    history and two ahead).
    """
    rng = random.Random(seed)
    campaign_rows = _campaigns(rng, max(3, min(60, events // 1500 + 3)))
    place_rows = _places(rng, max(5, events // 100))
    contact_rows = _contacts(rng, max(1, contacts))
    tag_names = sorted(set(WORDS))[:40]
    event_rows, series_of = _event_rows(
        rng,
        events,
        place_rows,
        len(campaign_rows),
        recurring_share,
        dt.datetime.combine(first_day, dt.time()),
        span_days,
    )
    override_rows = _exceptions(rng, event_rows, series_of)

    roles, tasks, tags = [], [], []
    for number in range(1, events + 1):
        for position, contact_id in enumerate(
            rng.sample(range(1, len(contact_rows) + 1), k=min(len(contact_rows), rng.randint(0, 3)))
        ):
            roles.append(
                {
                    "event_id": number,
                    "contact_id": contact_id,
                    "role": ROLE_KINDS[(number + position) % len(ROLE_KINDS)],
                    "shown_publicly": rng.random() < 0.15,
                }
            )
        for position in range(rng.choice((0, 0, 1, 2, 3))):
            tasks.append(
                {
                    "event_id": number,
                    "text": rng.choice(TASKS),
                    "done": rng.random() < 0.5,
                    "due_date": None,
                    "assignee_id": rng.randint(1, len(contact_rows))
                    if rng.random() < 0.6
                    else None,
                    "position": position,
                }
            )
        for tag_id in rng.sample(range(1, len(tag_names) + 1), k=rng.choice((0, 1, 1, 2))):
            tags.append({"event_id": number, "tag_id": tag_id})

    _insert(database, Campaign, campaign_rows)
    _insert(database, Place, place_rows)
    _insert(database, Contact, contact_rows)
    _insert(database, Tag, [{"name": name} for name in tag_names])
    _insert(database, Event, event_rows)
    _insert(database, EventOverride, override_rows)
    _insert(database, Role, roles)
    _insert(database, Task, tasks)
    _insert(database, event_tags, tags)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    return {
        "events": len(event_rows),
        "recurring": len(series_of),
        "overrides": len(override_rows),
        "places": len(place_rows),
        "contacts": len(contact_rows),
        "roles": len(roles),
        "tasks": len(tasks),
        "campaigns": len(campaign_rows),
    }


def make(path: Path, events: int, contacts: int, **options) -> dict[str, int]:
    """Create ``path`` (which must not exist) and fill it."""
    database = open_database(path)
    try:
        return generate(database, events, contacts, **options)
    finally:
        database.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=None, help="default: as many as events")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--recurring", type=float, default=0.2, help="share of recurring series (0..1)"
    )
    parser.add_argument("--from", dest="first_day", type=dt.date.fromisoformat, default=FIRST_DAY)
    parser.add_argument("--days", type=int, default=SPAN_DAYS, help="over how many days")
    parser.add_argument("--replace", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.replace:
            parser.error(f"{args.db} exists; give --replace to overwrite it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    began = time.perf_counter()
    counts = make(
        args.db,
        args.events,
        args.events if args.contacts is None else args.contacts,
        seed=args.seed,
        recurring_share=args.recurring,
        first_day=args.first_day,
        span_days=args.days,
    )
    took = time.perf_counter() - began
    print(", ".join(f"{value} {name}" for name, value in counts.items()) + f" in {took:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
