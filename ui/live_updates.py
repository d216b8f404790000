"""Showing teammates' changes as they happen, and saying so when the server is away.

A timer asks a ``desktop.live.ChangeWatcher`` every couple of seconds whether another
connection committed something. If so the views reload, and the event that was selected stays
selected, so the user keeps their place. Open editors are untouched: their save is checked
against the version they loaded. When the team server cannot be reached, a banner in the
status bar says so and what is on screen stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel

from desktop.errors import KnownError
from desktop.live import ChangeWatcher

POLL_INTERVAL_MS = 2000


class LiveUpdates(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._watcher = ChangeWatcher(window.database)
        self.offline_text = ""
        self.banner = QLabel(window)
        self.banner.setObjectName("offlineBanner")
        self.banner.setAccessibleName(self.tr("Connection to the database"))
        self.banner.setStyleSheet(
            "QLabel { color: palette(highlighted-text); background: palette(highlight);"
            " padding: 2px 8px; }"
        )
        self.banner.hide()
        window.statusBar().addPermanentWidget(self.banner)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        window.installEventFilter(self)
        if self._watcher.supported:
            self.poll()  # the baseline: from now on, every change counts
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Close:
                self.stop()
            elif event.type() == QEvent.Type.Show and self._watcher.supported:
                self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._watcher.close()

    def poll(self) -> None:
        try:
            changed = self._watcher.poll()
        except KnownError as error:
            self._set_offline(str(error))
            return
        if self.offline_text:
            self._set_offline("")
            changed = True  # catch up with whatever happened while away
        if changed:
            self._reload_keeping_place()

    def _set_offline(self, text: str) -> None:
        self.offline_text = text
        # Short in the status bar; the full sentence (which server, why) in the tooltip.
        self.banner.setText(
            self.tr("Offline: the database cannot be reached. What you see stays readable.")
            if text
            else ""
        )
        self.banner.setToolTip(text)
        self.banner.setVisible(bool(text))

    def _reload_keeping_place(self) -> None:
        window = self._window
        selected = window.selected_event_id()
        scroll = window.events_view.verticalScrollBar().value()
        window.refresh_all()
        if selected is not None:
            window.select_event(selected)
        bar = window.events_view.verticalScrollBar()
        while bar.maximum() < scroll and window.events_model.canFetchMore():
            window.events_model.fetchMore()
        bar.setValue(scroll)


def install(window) -> None:
    window.live_updates = LiveUpdates(window)
