"""Errors that the user or the machine caused (a locked file, a full disk, a bad date).

Their text is one sentence meant for the user. Anything else that escapes is a bug.
"""


class KnownError(Exception):
    """A problem to explain to the user in one sentence, not a bug to report."""
