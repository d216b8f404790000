"""The figures of the performance suite: each a subject and its floor, measured in one run.

Every function here returns ``Figure`` objects. Floors and subjects alternate run by run
(floor, subject, floor, subject...), so a machine busy with something else slows both alike
and the ratio stays meaningful. Each figure is the median of its runs.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Figure:
    """One line of the table: the subject, its floor, and the target."""

    name: str
    value: float
    floor: float | None
    unit: str
    floor_name: str
    target: str = ""
    # "ratio" compares value/floor with limit; "absolute" compares value with limit.
    kind: str = "info"
    limit: float | None = None
    runs: int = 1
    note: str = ""
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    # CPU time of the measuring process (same unit), for in-process figures: on a machine
    # shared with other work, wall time waits for the CPU and this does not.
    cpu: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.floor in (None, 0):
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        if self.kind == "ratio":
            return self.ratio is not None and self.ratio <= self.limit
        return self.value <= self.limit

    def as_json(self) -> dict:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["met"] = self.met
        return data


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


CPU_SAMPLES: list[float] = []


def paired(
    subject: Callable[[], float | None],
    floor: Callable[[], float | None],
    runs: int,
    *,
    warmup: bool = True,
) -> tuple[list[float], list[float]]:
    """Alternate floor and subject ``runs`` times; each callable returns its own measure, or
    None to be timed as a whole (then the subject's CPU times go to ``CPU_SAMPLES``)."""

    def once(action, cpu: list[float] | None = None) -> float:
        began, began_cpu = time.perf_counter(), time.process_time()
        measured = action()
        if cpu is not None and measured is None:
            cpu.append(time.process_time() - began_cpu)
        return measured if measured is not None else time.perf_counter() - began

    if warmup:
        once(floor)
        once(subject)
    floors, subjects = [], []
    CPU_SAMPLES.clear()
    for _ in range(runs):
        floors.append(once(floor))
        subjects.append(once(subject, CPU_SAMPLES))
    return subjects, floors


def cpu_median(scale: float = 1.0) -> float | None:
    return median(CPU_SAMPLES) * scale if CPU_SAMPLES else None


# ----------------------------------------------------------------------- start-up, memory


def _probe(arguments: list[str], data_dir: Path) -> tuple[dict, float]:
    """Run benchmarks/probe.py; its report and the seconds from start to its first paint."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TURNOUT_DATA_DIR=str(data_dir))
    environment.pop("TURNOUT_DB", None)
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    for line in done.stdout.splitlines():
        if line.startswith("PROBE "):
            report = json.loads(line[6:])
            return report, report["painted"] - began
    raise RuntimeError(f"probe {arguments} failed:\n{done.stdout}\n{done.stderr}")


def startup(db: Path, events: int, runs: int) -> list[Figure]:
    """Start to an interactive window showing the first rows, against a bare window."""
    data_dir = Path(tempfile.mkdtemp(prefix="turnout-bench-settings-"))
    reports: dict[str, list[dict]] = {"floor": [], "app": []}

    def subject() -> float:
        report, seconds = _probe(["app", "--db", str(db)], data_dir)
        reports["app"].append(report)
        return seconds

    def floor() -> float:
        report, seconds = _probe(["floor"], data_dir)
        reports["floor"].append(report)
        return seconds

    subjects, floors = paired(subject, floor, runs)
    shutil.rmtree(data_dir, ignore_errors=True)
    return [
        Figure(
            f"start to first rows ({events:,} events)",
            median(subjects),
            median(floors),
            "s",
            "bare QMainWindow + PySide6/SQLAlchemy imports",
            "≤ 1.3× floor",
            "ratio",
            1.3,
            runs,
            f"rows painted: {reports['app'][-1].get('rows_shown')}; loaded before them of "
            f"alembic, icalendar, segno, QtPrintSupport, psycopg, sqlcipher3: "
            f"{', '.join(reports['app'][-1].get('heavy_loaded', [])) or 'none'}",
            subjects,
            floors,
        )
    ]


def scrolling(db: Path, events: int, runs: int) -> list[Figure]:
    """Peak memory after scrolling the whole list, against the bare window's peak."""
    data_dir = Path(tempfile.mkdtemp(prefix="turnout-bench-settings-"))
    subjects, floors, details = [], [], []
    for _ in range(runs):
        floor_report, _ = _probe(["floor"], data_dir)
        floors.append(floor_report["peak_kb"] / 1024)
        report, _ = _probe(["app", "--db", str(db), "--scroll"], data_dir)
        subjects.append(report["peak_kb"] / 1024)
        details.append(report)
    shutil.rmtree(data_dir, ignore_errors=True)
    last = details[-1]
    per_page = last["scroll_s"] / max(1, last["pages"]) * 1000
    return [
        Figure(
            f"scroll whole list: peak RSS ({events:,} events)",
            median(subjects),
            median(floors),
            "MB",
            "bare window's peak RSS",
            "≤ 1.5× floor",
            "ratio",
            1.5,
            runs,
            f"RSS {last['rss_open_kb'] / 1024:.0f} MB with first rows → "
            f"{last['rss_end_kb'] / 1024:.0f} MB after {last['rows_loaded']:,} rows in "
            f"{last['pages']} pages; {last['scroll_s']:.1f} s ({per_page:.0f} ms a page)",
            subjects,
            floors,
        )
    ]


# ----------------------------------------------------------------------- the window


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


PHRASES = (
    "picket wareh",
    "nurses",
    "García",
    "hall 12",
    "Köln strike",
    "απεργία",
    "#4521",
    "solidarity fund",
)


def search(db: Path, events: int, runs: int) -> list[Figure]:
    """Each keystroke typed into the window's search box, until the list is painted."""
    app = _app()
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    from db.schema import open_database
    from ui.main_window import MainWindow

    database = open_database(db)
    window = MainWindow(database)
    window.show()
    app.processEvents()

    bare = QMainWindow()
    body = QWidget(bare)
    line = QLineEdit(body)
    table = QTableView(body)
    table.setModel(QStandardItemModel(0, 7, table))
    column = QVBoxLayout(body)
    column.addWidget(line)
    column.addWidget(table)
    bare.setCentralWidget(body)
    bare.resize(1200, 760)
    bare.show()
    app.processEvents()

    def typing(box, cpu: list[float] | None = None) -> list[float]:
        timings = []
        for phrase in PHRASES:
            box.clear()
            app.processEvents()
            for char in phrase:
                # A key press carrying the character, as a keyboard (or input method) sends
                # it; QTest.keyClicks asserts on characters outside ASCII.
                press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
                began, began_cpu = time.perf_counter(), time.process_time()
                app.sendEvent(box, press)
                app.processEvents()
                timings.append(time.perf_counter() - began)
                if cpu is not None:
                    cpu.append(time.process_time() - began_cpu)
        return timings

    subjects, floors, counts, cpu = [], [], [], []
    typing(window.search)  # warm: statements compiled, pages cached by SQLite
    for _ in range(runs):
        floors += typing(line)
        subjects += typing(window.search, cpu)
        began = time.perf_counter()
        window.events_model.count_now()  # what the status bar does once typing pauses
        counts.append(time.perf_counter() - began)
    worst = max(subjects) * 1000
    window.search.clear()
    app.processEvents()
    window.close()
    bare.close()
    database.close()
    return [
        Figure(
            f"search: a keystroke ({events:,} events)",
            median(subjects) * 1000,
            median(floors) * 1000,
            "ms",
            "keystroke in a bare line edit + empty table",
            "≤ 30 ms median",
            "absolute",
            30,
            len(subjects),
            f"{len(PHRASES)} phrases, worst keystroke {worst:.0f} ms; "
            f"count when typing pauses {median(counts) * 1000:.0f} ms",
            [x * 1000 for x in subjects],
            [x * 1000 for x in floors],
            median(cpu) * 1000,
        )
    ]


def calendar(db: Path, empty_db: Path, series: int, runs: int, label: str = "") -> list[Figure]:
    """Showing a month that has not been shown yet, until painted; floor: an empty database."""
    app = _app()
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMainWindow

    from db.schema import open_database
    from ui.calendar_view import CalendarView

    months = [QDate(2026, month, 1) for month in (1, 2, 3, 4, 5, 6)]
    views, databases = [], []
    for path in (db, empty_db):
        database = open_database(path)
        holder = QMainWindow()
        view = CalendarView(database, holder)
        holder.setCentralWidget(view)
        holder.resize(1200, 760)
        holder.show()
        app.processEvents()
        views.append((holder, view))
        databases.append(database)
    subject_view, floor_view = views[0][1], views[1][1]
    position = {"n": 0}
    cpu: list[float] = []

    def show_month(view) -> Callable[[], float]:
        def action() -> float:
            view.set_current_date(QDate(2025, 12, 15))
            view.refresh()  # forget every month read so far
            app.processEvents()
            month = months[position["n"] % len(months)]
            began, began_cpu = time.perf_counter(), time.process_time()
            view.set_current_date(month)
            app.processEvents()
            if view is subject_view:
                cpu.append(time.process_time() - began_cpu)
            return time.perf_counter() - began

        return action

    subject_action, floor_action = show_month(subject_view), show_month(floor_view)

    def floor() -> float:
        return floor_action()

    def subject() -> float:
        seconds = subject_action()
        position["n"] += 1
        return seconds

    subjects, floors = paired(subject, floor, runs)
    shown = (
        sum(len(day) for day in subject_view.grid._by_day.values())
        if hasattr(subject_view.grid, "_by_day")
        else None
    )
    for holder, _view in views:
        holder.close()
    for database in databases:
        database.close()
    note = f"months 2026-01..06 in turn{label}"
    if shown is not None:
        note += f"; {shown} occurrences in the last month shown"
    return [
        Figure(
            f"calendar: show a month ({series:,} recurring series)",
            median(subjects) * 1000,
            median(floors) * 1000,
            "ms",
            "the same month on an empty database",
            "≤ 100 ms",
            "absolute",
            100,
            runs,
            note,
            [s * 1000 for s in subjects],
            [f * 1000 for f in floors],
            median(cpu) * 1000,
        )
    ]


# ----------------------------------------------------------------------- iCalendar


def _plain_calendar(items) -> bytes:
    """icalendar building and serialising the same VEVENTs from plain data (the floor)."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, vRecur, vText
    from icalendar import Event as VEvent

    calendar = Calendar()
    calendar.add("prodid", "-//floor//EN")
    calendar.add("version", "2.0")
    for item in items:
        event = VEvent()
        event.add("uid", item.uid)
        event.add("dtstamp", item.updated_at)
        event.add("sequence", item.sequence)
        event.add("created", item.created_at)
        event.add("last-modified", item.updated_at)
        event.add("status", "CANCELLED" if item.status == "cancelled" else "CONFIRMED")
        event.add("summary", item.title)
        if item.all_day:
            event.add("dtstart", item.start_date)
            event.add("dtend", item.end_date + dt.timedelta(days=1))
        else:
            here = ZoneInfo(item.timezone)
            event.add("dtstart", item.starts_at.astimezone(here))
            event.add("dtend", item.ends_at.astimezone(here))
        if item.rrule:
            event.add("rrule", vRecur.from_ical(item.rrule))
            if item.exdates:
                event.add(
                    "exdate",
                    [dt.datetime.fromisoformat(x).replace(tzinfo=here) for x in item.exdates],
                )
        if item.location:
            event.add("location", item.location)
        if item.geo:
            event.add("geo", item.geo)
        if item.url:
            event.add("url", item.url)
        event.add("categories", list(item.categories))
        if item.description:
            event.add("description", item.description)
        for name, value in item.extras:
            event.add("X-TURNOUT-" + name, vText(value))
        calendar.add_component(event)
    return calendar.to_ical()


def ical(db: Path, events: int, runs: int, work: Path) -> list[Figure]:
    """Export every event of ``db`` as the team feed; import that file into empty databases."""
    from icalendar import Calendar

    from db.schema import open_database
    from desktop.ical.feed import FeedOptions, export_feed, feed_items
    from desktop.ical.importer import apply, read_bytes

    database = open_database(db)
    with database.sessions() as session:
        items = feed_items(session, FeedOptions())
    exported: dict[str, bytes] = {}

    def export_subject() -> None:
        with database.sessions() as session:
            exported["ics"] = export_feed(session, FeedOptions())

    def export_floor() -> None:
        _plain_calendar(items)

    export_runs, export_floors = paired(export_subject, export_floor, runs)
    export_cpu = cpu_median()
    database.close()
    data = exported["ics"]
    vevents = data.count(b"BEGIN:VEVENT")

    targets = []
    for number in range(runs + 1):
        target = work / f"import-{number}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        open_database(target).close()
        targets.append(target)
    summary = {}

    def import_subject() -> None:
        target = open_database(targets.pop())
        try:
            with target.sessions.begin() as session:
                summary["plan"] = apply(session, [read_bytes(data, "feed.ics")]).summary()
        finally:
            target.close()

    def import_floor() -> None:
        Calendar.from_ical(data)

    import_runs, import_floors = paired(import_subject, import_floor, runs)
    import_cpu = cpu_median()
    figures = [
        Figure(
            f"export .ics ({events:,} events)",
            median(export_runs),
            median(export_floors),
            "s",
            "icalendar building the same VEVENTs from plain data",
            "≤ 1.5× floor",
            "ratio",
            1.5,
            runs,
            f"{len(data) / 1e6:.1f} MB, {vevents:,} VEVENTs (subject reads the database too)",
            export_runs,
            export_floors,
            export_cpu,
        ),
        Figure(
            f"import .ics ({events:,} events)",
            median(import_runs),
            median(import_floors),
            "s",
            "icalendar parsing the same file",
            "≤ 1.5× floor",
            "ratio",
            1.5,
            runs,
            f"into an empty database: {summary.get('plan', '')}",
            import_runs,
            import_floors,
            import_cpu,
        ),
    ]
    khal = shutil.which("khal")
    if khal:
        figures.append(_khal(khal, data, work, median(import_floors)))
    return figures


def _khal(khal: str, data: bytes, work: Path, floor: float) -> Figure:
    folder = work / "khal"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "calendar").mkdir(parents=True)
    config = folder / "config"
    config.write_text(
        f"[calendars]\n[[bench]]\npath = {folder / 'calendar'}\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n"
        "longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
        "longdatetimeformat = %Y-%m-%d %H:%M\n[sqlite]\n"
        f"path = {folder / 'khal.db'}\n",
        encoding="utf-8",
    )
    source = folder / "feed.ics"
    source.write_bytes(data)
    began = time.perf_counter()
    subprocess.run([khal, "-c", str(config), "import", "--batch", str(source)], check=False)
    seconds = time.perf_counter() - began
    return Figure(
        "import .ics with khal (for comparison)", seconds, floor, "s",
        "icalendar parsing the same file", kind="info", note="one run",
    )  # fmt: skip


# ----------------------------------------------------------------------- JSON exchange


def exchange(db: Path, events: int, runs: int, import_runs: int, work: Path) -> list[Figure]:
    """JSON export of everything, and its import into an empty database, against stdlib json."""
    from db.schema import open_database
    from desktop.exchange import dumps, export_data, import_data

    database = open_database(db)
    with database.sessions() as session:
        data = export_data(session)
    out = work / "export.json"
    floor_out = work / "floor.json"

    def export_subject() -> None:
        with database.sessions() as session:
            out.write_text(dumps(export_data(session)), encoding="utf-8")

    def export_floor() -> None:
        floor_out.write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )

    export_runs, export_floors = paired(export_subject, export_floor, runs, warmup=False)
    export_cpu = cpu_median()
    database.close()

    text = out.read_text(encoding="utf-8")

    targets = []
    for number in range(import_runs):
        target = work / f"json-import-{number}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        open_database(target).close()
        targets.append(target)

    def import_subject() -> None:
        target = open_database(targets.pop())
        try:
            with target.sessions.begin() as session:
                import_data(session, json.loads(text))
        finally:
            target.close()

    def import_floor() -> None:
        json.loads(text)

    imports, import_floors = paired(import_subject, import_floor, import_runs, warmup=False)
    import_cpu = cpu_median()
    size = len(text.encode("utf-8")) / 1e6
    return [
        Figure(
            f"JSON export ({events:,} events)",
            median(export_runs),
            median(export_floors),
            "s",
            "json.dumps of the same data + write",
            "report",
            runs=runs,
            note=f"{size:.0f} MB",
            samples=export_runs,
            floor_samples=export_floors,
            cpu=export_cpu,
        ),
        Figure(
            f"JSON import ({events:,} events)",
            median(imports),
            median(import_floors),
            "s",
            "json.loads of the same file",
            "report",
            runs=import_runs,
            note="into an empty database, one transaction",
            samples=imports,
            floor_samples=import_floors,
            cpu=import_cpu,
        ),
    ]


# ----------------------------------------------------------------------- printing


def printing(runs: int, work: Path) -> list[Figure]:
    """A poster inside a running app (fonts loaded, database open), and a 200-event program."""
    _app()
    from PySide6.QtGui import QPainter

    from db.schema import open_database
    from desktop import events
    from desktop.demo import load_demo
    from desktop.events import EventDraft
    from desktop.printing import pdf_bytes
    from desktop.printing.fonts import ensure_app, font
    from desktop.printing.pieces import prepare_flyer, prepare_program

    ensure_app()
    path = work / "print.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path)
    with database.sessions.begin() as session:
        load_demo(session)
        for number in range(200):
            start = dt.datetime(2030, 3, 1, 8) + dt.timedelta(hours=7 * number)
            events.create(
                session,
                EventDraft(
                    title=f"Canvass shift {number:03d} in ward {number % 12 + 1}",
                    start=start,
                    end=start + dt.timedelta(hours=2),
                    timezone="America/Chicago",
                    visibility="public",
                    kind="picket" if number % 3 else "meeting",
                    description="Door to door with the strike fund leaflet.",
                ),
            )
        poster_id = next(e.id for e in session.scalars(events_query()) if e.visibility == "public")

    def one_line(device) -> None:
        painter = QPainter(device)
        painter.setFont(font(28, bold=True))
        painter.drawText(1200, 2400, "Strike Friday")
        painter.end()

    def floor() -> None:
        pdf_bytes(one_line, "letter", title="floor")

    def poster() -> None:
        with database.sessions.begin() as session:
            piece = prepare_flyer(events.find(session, poster_id), "poster")
        piece.pdf("letter")

    def program() -> None:
        with database.sessions.begin() as session:
            piece = prepare_program(session, dt.date(2030, 3, 1), dt.date(2030, 4, 30), public=True)
        pages.append(piece.pdf("letter").count(b"/Type /Page\n"))

    pages: list[int] = []
    posters, poster_floors = paired(poster, floor, max(runs * 5, 10))
    poster_cpu = cpu_median(1000)
    programs, program_floors = paired(program, floor, runs)
    program_cpu = cpu_median()
    database.close()
    return [
        Figure(
            "poster PDF in a running app",
            median(posters) * 1000,
            median(poster_floors) * 1000,
            "ms",
            "one line of text to PDF (same fonts)",
            "≤ 50 ms",
            "absolute",
            50,
            len(posters),
            samples=[s * 1000 for s in posters],
            floor_samples=[s * 1000 for s in poster_floors],
            cpu=poster_cpu,
        ),
        Figure(
            "program PDF, 200 events",
            median(programs),
            median(program_floors),
            "s",
            "one line of text to PDF (same fonts)",
            "≤ 2 s",
            "absolute",
            2,
            runs,
            f"{pages[-1] if pages else '?'} pages",
            programs,
            program_floors,
            program_cpu,
        ),
    ]


def events_query():
    from sqlalchemy import select

    from db.models import Event

    return select(Event).order_by(Event.id)
