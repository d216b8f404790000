"""The events list with 100,000 events, now part of the suite.

    .venv/bin/python benchmarks/bench_event_list.py [--quick] [--json FILE]

is ``python -m benchmarks --only start,search,scroll``: start to the first rows against a
bare window, search as you type (median a keystroke, target 30 ms) and scrolling the whole
list (memory), on data from benchmarks/generate.py. Kept so the command in README.md still
works; see docs/performance.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main(["--only", "start,search,scroll", *sys.argv[1:]]))
