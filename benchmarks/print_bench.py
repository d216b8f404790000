"""Printing benchmark, now part of the suite: ``python -m benchmarks --only print``.

    .venv/bin/python benchmarks/print_bench.py [--quick] [--json FILE]

Kept so the command in README.md still works. Targets (DESIGN.md, Performance): a poster PDF
under 50 ms once the application runs (fonts loaded, database open); a 200-event program
under 2 s. See docs/performance.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main(["--only", "print", *sys.argv[1:]]))
