"""Errors that the user or the machine caused (a locked file, a full disk, a bad date).

Their text is one sentence meant for the user. Anything else that escapes is a bug. The
sentences are marked for translation (db.messages): the window shows them in its language.
"""

from db.messages import QT_TRANSLATE_NOOP, Message


class KnownError(Exception):
    """A problem to explain to the user in one sentence, not a bug to report."""

    def __str__(self) -> str:
        # The sentence itself, so that a translatable Message survives str(error).
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()


def describe_driver_error(error: BaseException, where: str) -> Message | None:
    """One sentence for a database error the machine or network caused; None for a bug.

    ``where`` names the database (a file, or a server address without password).
    """
    message = str(getattr(error, "orig", None) or error).strip()
    lowered = message.lower()
    if "file is not a database" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors",
            "{where} is not a Turnout database, or it is protected with a passphrase.",
        ).format(where=where)
    if "database is locked" in lowered or "database table is locked" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors", "{where} is in use by another program; try again in a moment."
        ).format(where=where)
    if "readonly" in lowered or "read-only" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors", "{where} cannot be written (the file or its folder is read-only)."
        ).format(where=where)
    if "disk is full" in lowered or "no space left" in lowered or "disk full" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors", "The disk holding {where} is full; free some space and try again."
        ).format(where=where)
    if "disk i/o error" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors",
            "{where} could not be read or written (a disk error); check the drive.",
        ).format(where=where)
    if "unable to open database" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors",
            "{where} cannot be opened (check that the folder exists and can be written).",
        ).format(where=where)
    if any(
        phrase in lowered
        for phrase in (
            "connection refused",
            "could not connect",
            "connection failed",
            "server closed the connection",
            "connection timeout",
            "timeout expired",
            "could not translate host name",
            "no route to host",
            "network is unreachable",
            "consuming input failed",
            "the connection is closed",
            "terminating connection",
        )
    ):
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors",
            "The team server {where} cannot be reached; what is on screen stays readable, "
            "and changes can be saved when it is back.",
        ).format(where=where)
    if "password authentication failed" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors", "The team server {where} refused the user name or password."
        ).format(where=where)
    if "does not exist" in lowered and "database" in lowered:
        return QT_TRANSLATE_NOOP(
            "DatabaseErrors", "There is no database {where} on that server."
        ).format(where=where)
    return None
