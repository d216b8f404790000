"""F1: the offline user guide (resources/help/guide_<language>.html) in a QTextBrowser.

The guide is static HTML shipped with Turnout, in English and Spanish; it holds no text from
the database. Links inside it jump within the page; nothing is fetched from the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_DIR = Path(__file__).resolve().parents[1] / "resources" / "help"


def guide_path(locale: QLocale | None = None) -> Path:
    """The guide in the window's language, else the English one."""
    code = QLocale.languageToCode((locale or QLocale()).language())
    localized = HELP_DIR / f"guide_{code}.html"
    return localized if localized.is_file() else HELP_DIR / "guide_en.html"


class HelpBrowser(QDialog):
    """A non-modal window showing the guide; F1 brings it forward again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setWindowTitle(self.tr("Turnout guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(HELP_DIR)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.browser)
        column.addWidget(buttons)
        self.resize(720, 640)
