"""Errors that the user or the machine caused (a locked file, a full disk, a bad date).

Their text is one sentence meant for the user. Anything else that escapes is a bug.
"""


class KnownError(Exception):
    """A problem to explain to the user in one sentence, not a bug to report."""


def describe_driver_error(error: BaseException, where: str) -> str | None:
    """One sentence for a database error the machine or network caused; None for a bug.

    ``where`` names the database (a file, or a server address without password).
    """
    message = str(getattr(error, "orig", None) or error).strip()
    lowered = message.lower()
    if "file is not a database" in lowered:
        return f"{where} is not a Turnout database, or it is protected with a passphrase."
    if "database is locked" in lowered or "database table is locked" in lowered:
        return f"{where} is in use by another program; try again in a moment."
    if "readonly" in lowered or "read-only" in lowered:
        return f"{where} cannot be written (the file or its folder is read-only)."
    if "disk is full" in lowered or "no space left" in lowered or "disk full" in lowered:
        return f"The disk holding {where} is full; free some space and try again."
    if "disk i/o error" in lowered:
        return f"{where} could not be read or written (a disk error); check the drive."
    if "unable to open database" in lowered:
        return f"{where} cannot be opened (check that the folder exists and can be written)."
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
        return (
            f"The team server {where} cannot be reached; what is on screen stays readable, "
            "and changes can be saved when it is back."
        )
    if "password authentication failed" in lowered:
        return f"The team server {where} refused the user name or password."
    if "does not exist" in lowered and "database" in lowered:
        return f"There is no database {where} on that server."
    return None
