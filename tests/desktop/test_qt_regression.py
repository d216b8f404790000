"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 calls to Qt methods returning nothing.

The pin in pyproject.toml (<6.12) exists because of it; lift it only when this passes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_twenty_thousand_void_calls_finish():
    script = textwrap.dedent(
        """
        from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPainterPath
        app = QGuiApplication([])
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        path = QPainterPath()
        for _ in range(20_000):
            painter.save()
            path.addRect(0, 0, 1, 1)
            painter.restore()
        painter.end()
        print("finished")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "finished"
