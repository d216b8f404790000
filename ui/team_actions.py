"""File › Open team database…: connect to the team's PostgreSQL server.

The form remembers the server's address (host, port, database, user, TLS mode) in the
window's settings, never the password: that is typed each time, or read by libpq from the
user's ~/.pgpass (see docs/team-server.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)
from sqlalchemy.engine import URL

from desktop.errors import KnownError
from ui import messages

SETTINGS_GROUP = "team_server"
TLS_MODES = ("require", "verify-full", "prefer", "disable")


class TeamServerDialog(QDialog):
    """Asks where the team's server is; ``url()`` is the address with the typed password."""

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team database"))
        self._settings = settings
        intro = QLabel(
            self.tr(
                "Connect to the PostgreSQL server your team shares. The address is remembered; "
                "the password is not."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox(self)
        for mode, label in (
            ("require", self.tr("Encrypted (TLS required)")),
            ("verify-full", self.tr("Encrypted, server certificate checked")),
            ("prefer", self.tr("Encrypted when the server offers it")),
            ("disable", self.tr("Not encrypted (only on this computer or a trusted network)")),
        ):
            self.tls.addItem(label, mode)
        for widget, name in (
            (self.host, self.tr("Server")),
            (self.port, self.tr("Port")),
            (self.database, self.tr("Database")),
            (self.user, self.tr("User name")),
            (self.password, self.tr("Password")),
            (self.tls, self.tr("Connection")),
        ):
            widget.setAccessibleName(name)
        self.host.setPlaceholderText("db.example.org")
        self.password.setPlaceholderText(self.tr("not stored; empty to use ~/.pgpass"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Connection:"), self.tls)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(link);")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update)
        self._load()
        self._update()

    def _load(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        self.host.setText(s.value("host", "", str))
        self.port.setValue(int(s.value("port", 5432)))
        self.database.setText(s.value("database", "", str))
        self.user.setText(s.value("user", "", str))
        index = self.tls.findData(s.value("tls", "require", str))
        self.tls.setCurrentIndex(max(index, 0))
        s.endGroup()

    def remember(self) -> None:
        """Store the address (never the password)."""
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("host", self.host.text().strip())
        s.setValue("port", self.port.value())
        s.setValue("database", self.database.text().strip())
        s.setValue("user", self.user.text().strip())
        s.setValue("tls", self.tls.currentData())
        s.endGroup()
        s.sync()

    def _update(self) -> None:
        missing = [
            name
            for name, field in (
                (self.tr("server"), self.host),
                (self.tr("database"), self.database),
                (self.tr("user name"), self.user),
            )
            if not field.text().strip()
        ]
        self.problem.setText(self.tr("Fill in: ") + ", ".join(missing) if missing else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(not missing)

    def _check_and_accept(self) -> None:
        if not self.problem.text():
            self.accept()

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            query={"sslmode": self.tls.currentData(), "application_name": "Turnout"},
        )


def open_team_database(window) -> None:
    from db.schema import open_database
    from ui.main_window import MainWindow, window_settings

    dialog = TeamServerDialog(window_settings(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        database = open_database(dialog.url().render_as_string(hide_password=False))
    except KnownError as error:
        messages.warning(
            window,
            QCoreApplication.translate("TeamServerDialog", "Cannot open the team database"),
            str(error),
        )
        return
    dialog.remember()
    replacement = MainWindow(database)
    replacement.show()
    window.team_window = replacement  # keep it alive while the old window closes
    window.close()


def install(window) -> None:
    action = window.menu("file").addAction(
        QCoreApplication.translate("MainWindow", "Open &team database…"),
        lambda: open_team_database(window),
    )
    action.setObjectName("openTeamDatabaseAction")
