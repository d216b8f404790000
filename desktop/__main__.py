"""``python -m desktop``: the same as the ``turnout`` command."""

from desktop.cli import main

raise SystemExit(main())
