"""The data model's closed word lists (kinds, statuses, roles...) as the window shows them.

The database stores the English words of db/vocabulary.py; the window shows them through this
one translation context, so that pyside6-lupdate finds every word (a ``self.tr(kind)`` with a
variable would be invisible to it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

WORDS = (
    # event kinds
    QT_TRANSLATE_NOOP("Vocabulary", "protest"),
    QT_TRANSLATE_NOOP("Vocabulary", "march"),
    QT_TRANSLATE_NOOP("Vocabulary", "rally"),
    QT_TRANSLATE_NOOP("Vocabulary", "strike"),
    QT_TRANSLATE_NOOP("Vocabulary", "walkout"),
    QT_TRANSLATE_NOOP("Vocabulary", "picket"),
    QT_TRANSLATE_NOOP("Vocabulary", "sit-in"),
    QT_TRANSLATE_NOOP("Vocabulary", "vigil"),
    QT_TRANSLATE_NOOP("Vocabulary", "boycott"),
    QT_TRANSLATE_NOOP("Vocabulary", "petition"),
    QT_TRANSLATE_NOOP("Vocabulary", "meeting"),
    QT_TRANSLATE_NOOP("Vocabulary", "training"),
    QT_TRANSLATE_NOOP("Vocabulary", "press conference"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # statuses
    QT_TRANSLATE_NOOP("Vocabulary", "planned"),
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "tentative"),
    QT_TRANSLATE_NOOP("Vocabulary", "postponed"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    QT_TRANSLATE_NOOP("Vocabulary", "done"),
    # visibility
    QT_TRANSLATE_NOOP("Vocabulary", "public"),
    QT_TRANSLATE_NOOP("Vocabulary", "internal"),
    # roles
    QT_TRANSLATE_NOOP("Vocabulary", "organizer"),
    QT_TRANSLATE_NOOP("Vocabulary", "marshal"),
    QT_TRANSLATE_NOOP("Vocabulary", "legal observer"),
    QT_TRANSLATE_NOOP("Vocabulary", "medic"),
    QT_TRANSLATE_NOOP("Vocabulary", "press liaison"),
    QT_TRANSLATE_NOOP("Vocabulary", "speaker"),
    QT_TRANSLATE_NOOP("Vocabulary", "driver"),
    QT_TRANSLATE_NOOP("Vocabulary", "attendee"),
    # how much of a place the public sees
    QT_TRANSLATE_NOOP("Vocabulary", "Exact address"),
    QT_TRANSLATE_NOOP("Vocabulary", "Area only"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hidden until announced"),
    # and what each means (desktop.records.DISCLOSURE_HELP)
    QT_TRANSLATE_NOOP("Vocabulary", "The public sees the full address and the map point."),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "The public sees only the city and region; the address stays internal."
    ),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "The public sees nothing of the place until you change this (a secret meeting point).",
    ),
)


def label(word: str) -> str:
    """``word`` (a stored vocabulary word) in the window's language."""
    return QCoreApplication.translate(CONTEXT, word)
