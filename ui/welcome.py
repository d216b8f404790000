"""The first-run page: an empty database offers the example campaign or a first event."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    loadExampleRequested = Signal()
    newEventRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to Turnout"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Plan every action of a campaign — protests, strikes, walkouts, pickets, "
                "meetings — with their places, people and tasks. Everything stays on this "
                "computer and works without a network.\n\n"
                "There are no events yet. Start with the example campaign to look around, "
                "or create your first event."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label in a centring layout gets too little height; give it its own, measured
        # again when shown (fonts and the translated text are final by then).
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        self._text = text
        self.load_example = QPushButton(self.tr("&Load the example campaign"), self)
        self.load_example.setObjectName("loadExample")
        self.load_example.setToolTip(
            self.tr("Adds the “We Won't Build It” campaign of 2018–2019: 8 events, 6 places")
        )
        self.create_first = QPushButton(self.tr("&Create your first event"), self)
        self.create_first.setObjectName("createFirst")
        self.create_first.setDefault(True)
        for button in (self.load_example, self.create_first):
            button.setMinimumHeight(44)
            button.setMinimumWidth(230)
        hint = QLabel(
            self.tr("Tip: Ctrl+N creates an event from anywhere; F1 lists every shortcut."), self
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_example)
        buttons.addSpacing(16)
        buttons.addWidget(self.create_first)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(hint)
        column.addStretch(3)

        self.load_example.clicked.connect(self.loadExampleRequested)
        self.create_first.clicked.connect(self.newEventRequested)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # After this event the style and fonts are settled; measure then.
        QTimer.singleShot(0, self._fit_text)

    def _fit_text(self) -> None:
        self._text.setMinimumHeight(self._text.heightForWidth(self._text.width()))
