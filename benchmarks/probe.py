"""Child process of the start-up and memory figures: a bare window (the floor) or Turnout.

    python -m benchmarks.probe floor            imports PySide6 and SQLAlchemy, shows an
                                                empty QMainWindow of the app's size
    python -m benchmarks.probe app --db FILE    starts Turnout exactly as ``python -m desktop
                                                --db FILE`` does (desktop.cli.main)
    ... [--scroll]                              then scrolls the events list to its very end

Each prints one JSON line: ``painted`` (time.time() when the first rows — for the floor, the
empty window — were painted; the parent subtracts its own time.time() taken just before it
started the process), resident memory then and at the end, and the peak (VmHWM).

How the app is observed without changing it: ``QApplication`` is replaced, as soon as the app
has imported PySide6.QtWidgets and before it uses it, by a subclass whose ``exec()`` watches
the events list's viewport for its first paint with rows in the model, and then quits (or
scrolls first). desktop/gui.py creates the application through ``QApplication.instance() or
QApplication(...)``, so it builds this subclass; nothing else differs from a normal start,
not even the order of imports. Keep module-level imports here minimal:
they count in the floor.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A real start reads Turnout's modules as bytecode: pip compiles them when it installs the
# app, and Python caches them in __pycache__ when it runs from a checkout. An environment
# with PYTHONDONTWRITEBYTECODE (this one has it) would instead charge every start with
# compiling the ~45 modules the first paint imports (~30-40 ms; SQLAlchemy's and PySide6's
# come compiled with them). The suite's warm-up run writes the cache (gitignored).
sys.dont_write_bytecode = False


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _rss_kb() -> int:
    return _status_kb("VmRSS")


def _peak_kb() -> int:
    """The peak resident memory of this process.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child started by a big
    parent reports the parent's size.
    """
    return _status_kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


HEAVY = ("alembic", "icalendar", "segno", "PySide6.QtPrintSupport", "psycopg", "sqlcipher3")


def _report(**values) -> None:
    print("PROBE " + json.dumps(values), flush=True)


def floor() -> int:
    import sqlalchemy
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)  # the size MainWindow opens at

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "painted"):
                self.painted = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()
    _report(painted=watch.painted, rss_open_kb=_rss_kb(), rss_end_kb=_rss_kb(), peak_kb=_peak_kb())
    return 0


def app(db: str, scroll: bool) -> int:
    # The same order as the floor: SQLAlchemy before PySide6. Once PySide6 is loaded it reads
    # the source of every module imported after it, so PySide6 is not imported here: the app
    # imports it when a real start does (desktop/gui.py, after the modules it wants read
    # first), and _after_import swaps QApplication in as soon as it has.
    import sqlalchemy
    import sqlalchemy.orm  # noqa: F401

    found: dict = {}

    def observe(widgets) -> None:
        """Replace widgets.QApplication, before the app takes it, by one that watches."""
        from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer

        class Watch(QObject):
            """Notes the first paint of the events list with rows in it."""

            def __init__(self, window, application) -> None:
                super().__init__()
                self.window, self.app = window, application

            def eventFilter(self, watched, event):
                if (
                    event.type() == QEvent.Type.Paint
                    and "painted" not in found
                    and self.window.events_model.rowCount() > 0
                ):
                    found["painted"] = time.time()
                    found["rows_shown"] = self.window.events_model.rowCount()
                    found["rss_open_kb"] = _rss_kb()
                    # What must stay off the start-up path (DESIGN.md, Performance).
                    found["heavy_loaded"] = sorted(name for name in HEAVY if name in sys.modules)
                    QTimer.singleShot(0, self.finish)
                return False

            def finish(self) -> None:
                if scroll:
                    found.update(scroll_to_end(self.window, self.app))
                self.app.quit()

        def scroll_to_end(window, application) -> dict:
            model, view, proxy = window.events_model, window.events_view, window.events_proxy
            began = time.perf_counter()
            pages = 0
            while model.canFetchMore():
                before = model.rowCount()
                view.scrollToBottom()
                application.processEvents()
                if model.rowCount() == before:  # the view did not ask: ask as it would
                    proxy.fetchMore(QModelIndex())
                    application.processEvents()
                pages += 1
            return {
                "scroll_s": time.perf_counter() - began,
                "pages": pages,
                "rows_loaded": model.rowCount(),
            }

        class ProbeApplication(widgets.QApplication):
            def exec(self) -> int:
                windows = [w for w in self.topLevelWidgets() if hasattr(w, "events_view")]
                if windows:
                    self._watch = Watch(windows[0], self)
                    windows[0].events_view.viewport().installEventFilter(self._watch)
                return super().exec()

        widgets.QApplication = ProbeApplication

    _after_import("PySide6.QtWidgets", observe)
    from desktop.cli import main

    status = main(["--db", db])
    if "painted" not in found:
        print("the window never painted rows", file=sys.stderr)
        return 1
    _report(**found, rss_end_kb=_rss_kb(), peak_kb=_peak_kb(), status=status)
    return 0


def _after_import(name: str, then) -> None:
    """Call ``then(module)`` as soon as module ``name`` has been imported, before whoever
    imports it gets to use it."""
    import importlib.abc
    import importlib.machinery

    class Hook(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(fullname, path)
            loader = spec.loader
            run = loader.exec_module

            def exec_module(module) -> None:
                run(module)
                then(module)

            loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Hook())


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["floor"]:
        raise SystemExit(floor())
    if arguments[:1] == ["app"] and "--db" in arguments:
        raise SystemExit(app(arguments[arguments.index("--db") + 1], "--scroll" in arguments))
    print(__doc__, file=sys.stderr)
    raise SystemExit(2)
