"""``python -m benchmarks [--quick] [--json FILE] [--only NAME,...]``: Turnout's performance suite.

Generates its databases once (benchmarks/generate.py, kept in --data for the next run), then
measures each figure against a floor measured in the same run, and prints a table (and writes
JSON). Targets come from DESIGN.md ("Performance") and issue 8; docs/performance.md explains
every floor and holds the table of the last full run.

Not part of pytest's run. ``--quick`` uses smaller sizes and fewer runs (a smoke test: under
five minutes on 2 cores); only the full run says whether a target is met.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from benchmarks import generate, suite

FIGURES = ("start", "search", "scroll", "calendar", "ical", "print", "json")

FULL = {
    "window_events": 100_000,
    "calendar_series": 1_000,
    "ical_events": 10_000,
    "json_events": 100_000,
    "runs": {"start": 7, "scroll": 1, "search": 2, "calendar": 9, "ical": 3, "print": 5,
             "json": 3, "json_import": 1},
}  # fmt: skip
QUICK = {
    "window_events": 20_000,
    "calendar_series": 1_000,
    "ical_events": 2_000,
    "json_events": 5_000,
    "runs": {"start": 3, "scroll": 1, "search": 1, "calendar": 5, "ical": 2, "print": 2,
             "json": 2, "json_import": 1},
}  # fmt: skip


def _generator_version() -> str:
    source = Path(generate.__file__).read_bytes()
    return hashlib.sha1(source, usedforsecurity=False).hexdigest()[:8]


def dataset(folder: Path, name: str, events: int, **options) -> Path:
    """A generated database, made once per generator version and kept in ``folder``."""
    path = folder / f"{name}-{events}-{_generator_version()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        began = time.perf_counter()
        counts = generate.make(partial, events, options.pop("contacts", events), **options)
        partial.rename(path)
        print(
            f"  generated {path.name}: {counts['events']:,} events "
            f"({counts['recurring']:,} recurring) in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
    return path


def empty_database(folder: Path) -> Path:
    from db.schema import open_database

    path = folder / f"empty-{_generator_version()}.sqlite3"
    if not path.exists():
        open_database(path).close()
    return path


def machine() -> dict:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="ignore").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions = {}
    for package in ("PySide6-Essentials", "PySide6", "SQLAlchemy", "icalendar", "segno"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_average_at_start": os.getloadavg(),
        "versions": versions,
    }


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def table(figures: list[suite.Figure]) -> str:
    rows = [("figure", "median", "floor", "ratio", "target", "met", "CPU")]
    for figure in figures:
        met = {True: "yes", False: "NO", None: "—"}[figure.met]
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
        rows.append(
            (
                figure.name,
                _number(figure.value, figure.unit),
                _number(figure.floor, figure.unit),
                ratio,
                figure.target,
                met,
                _number(figure.cpu, figure.unit),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for number, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if number == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines.append("")
    for figure in figures:
        lines.append(f"- {figure.name}: floor = {figure.floor_name}; {figure.runs} run(s)")
        if figure.note:
            lines.append(f"  {figure.note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--only", default=",".join(FIGURES), help=f"comma-separated, of: {', '.join(FIGURES)}"
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(tempfile.gettempdir()) / "turnout-bench-data",
        help="where generated databases are kept between runs",
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}")
    sizes = QUICK if args.quick else FULL
    runs = sizes["runs"]
    args.data.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("TURNOUT_DATA_DIR", tempfile.mkdtemp(prefix="turnout-bench-home-"))
    work = Path(tempfile.mkdtemp(prefix="turnout-bench-work-"))
    began = time.perf_counter()
    info = machine()
    print(
        f"Turnout benchmarks ({'quick' if args.quick else 'full'}) on {info['cpus']} CPUs, "
        f"{info['cpu']}, Python {info['python']}; load {info['load_average_at_start'][0]:.2f}",
        flush=True,
    )

    window_events = sizes["window_events"]

    def window_db() -> Path:
        return dataset(args.data, "window", window_events)

    figures: list[suite.Figure] = []
    steps = {
        "start": lambda: suite.startup(window_db(), window_events, runs["start"]),
        "search": lambda: suite.search(window_db(), window_events, runs["search"]),
        "scroll": lambda: suite.scrolling(window_db(), window_events, runs["scroll"]),
        "calendar": lambda: suite.calendar(
            dataset(
                args.data,
                "calendar",
                sizes["calendar_series"],
                contacts=200,
                recurring_share=1.0,
                first_day=dt.date(2025, 7, 1),
                span_days=365,
            ),
            empty_database(args.data),
            sizes["calendar_series"],
            runs["calendar"],
        ),
        "ical": lambda: suite.ical(
            dataset(args.data, "ical", sizes["ical_events"]),
            sizes["ical_events"],
            runs["ical"],
            work,
        ),
        "print": lambda: suite.printing(runs["print"], work),
        "json": lambda: suite.exchange(
            dataset(args.data, "window", sizes["json_events"]),
            sizes["json_events"],
            runs["json"],
            runs["json_import"],
            work,
        ),
    }
    for name in FIGURES:
        if name not in chosen:
            continue
        step_began = time.perf_counter()
        print(f"- {name}…", flush=True)
        found = steps[name]()
        for figure in found:
            print(
                f"  {figure.name}: {_number(figure.value, figure.unit)} "
                f"(floor {_number(figure.floor, figure.unit)})",
                flush=True,
            )
        print(f"  ({time.perf_counter() - step_began:.0f} s)", flush=True)
        figures.extend(found)

    took = time.perf_counter() - began
    print()
    print(table(figures))
    print(f"\nTotal {took:.0f} s; load average now {os.getloadavg()[0]:.2f}.")
    if args.json:
        info["load_average_at_end"] = os.getloadavg()
        args.json.write_text(
            json.dumps(
                {
                    "quick": args.quick,
                    "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "seconds": took,
                    "machine": info,
                    "sizes": {k: v for k, v in sizes.items() if k != "runs"},
                    "figures": [figure.as_json() for figure in figures],
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
