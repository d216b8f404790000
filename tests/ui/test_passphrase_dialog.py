"""The passphrase dialog as a person meets it: an error line never pushes the intro out of
sight, and the data layer's sentences appear in the window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.passphrase_dialog import PassphraseDialog


def test_an_error_line_makes_room_instead_of_cutting_the_intro(qtbot):
    from PySide6.QtWidgets import QLabel

    text = (
        "Turnout will encrypt the database and its backups with this passphrase. Without "
        "it nobody, you included, can read them: keep it somewhere safe."
    )
    dialog = PassphraseDialog(None, title="Protect with passphrase", text=text, new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_error("The two passphrases differ.")
    qtbot.wait(10)
    (intro,) = [label for label in dialog.findChildren(QLabel) if label.text() == text]
    assert dialog.error.isVisible()
    # Every line of the wrapped intro has its room.
    assert intro.height() >= intro.heightForWidth(intro.width())


def test_a_data_layer_sentence_shows_in_spanish(qtbot):
    from desktop import translations
    from desktop.encryption import passphrase_problem

    problem = passphrase_problem("abc")
    assert problem  # too short
    dialog = PassphraseDialog(None, title="t", text="x", new=True)
    qtbot.addWidget(dialog)
    installed = translations.install(QApplication.instance(), "es")
    try:
        dialog.show_error(problem)
        shown = dialog.error.text()
    finally:
        translations.uninstall(QApplication.instance(), installed)
    assert shown and shown != str(problem)
