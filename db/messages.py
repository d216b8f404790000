"""Sentences for the user that the window can show in its own language, without Qt here.

``QT_TRANSLATE_NOOP("Context", "Template with {named} placeholders")`` marks a template: the
name is the one pyside6-lupdate looks for, so ``python -m desktop.translations`` collects the
template into resources/translations/*.ts. At run time it returns a :class:`Message`, an
ordinary English ``str`` that also remembers its context, template and values;
``.format(named=value)`` fills the placeholders and keeps them. The command line prints it as
it is (English); the window's ui.messages.translated() looks the template up with
QCoreApplication.translate and fills in the same values.

Templates must be plain string literals (lupdate reads the source, so an f-string would be
collected with its braces and never match); values go in as named placeholders.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text that can be shown in another language: context, template, values."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, text: str, context: str, template: str, values: dict[str, Any]) -> Message:
        message = super().__new__(cls, text)
        message.context = context
        message.template = template
        message.values = values
        return message

    def format(self, *args: Any, **values: Any) -> Message:  # type: ignore[override]
        if args:
            raise TypeError("a message's placeholders are named: format(name=value)")
        # An error becomes its sentence; a value that is itself a Message stays one inside
        # ``values``, so that the window translates it too.
        kept = {k: str(v) if isinstance(v, BaseException) else v for k, v in values.items()}
        return Message(self.template.format(**kept), self.context, self.template, kept)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; it stays English here."""
    return Message(text, context, text, {})
