"""Case-insensitive "contains" that folds every script, on SQLite as on PostgreSQL.

SQLite's LIKE folds only ASCII letters, so "müller" would not find "MÜLLER". ASCII searches
keep SQLite's fast built-in LIKE; a search with other letters calls ``turnout_contains``, a
Python function (str.casefold) registered on every SQLite connection by db.engine.
PostgreSQL's ILIKE already folds every script.
"""

from __future__ import annotations

from sqlalchemy import Boolean
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement, literal
from sqlalchemy.sql.functions import FunctionElement


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards escaped (backslash is the escape character)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sqlite_contains(haystack: str | None, folded_needle: str | None) -> bool:
    """``folded_needle`` (already casefolded by ``contains``) is in ``haystack``, any case.

    Called for every row a search scans, so it does the least it can: a needle that stays
    non-ASCII once folded cannot be in an ASCII text (most of them), and isascii() is O(1)
    in CPython, so those rows are answered without folding them.
    """
    if haystack is None or folded_needle is None:
        return False
    if haystack.isascii() and not folded_needle.isascii():
        return False
    return folded_needle in haystack.casefold()


class _FoldedContains(FunctionElement[bool]):
    type = Boolean()
    inherit_cache = True
    name = "turnout_contains"


@compiles(_FoldedContains)
def _compile_ilike(element, compiler, **kw) -> str:
    column, _needle, pattern = list(element.clauses)
    return f"{compiler.process(column, **kw)} ILIKE {compiler.process(pattern, **kw)} ESCAPE '\\'"


@compiles(_FoldedContains, "sqlite")
def _compile_sqlite(element, compiler, **kw) -> str:
    column, needle, _pattern = list(element.clauses)
    return f"turnout_contains({compiler.process(column, **kw)}, {compiler.process(needle, **kw)})"


def contains(column, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text``, ignoring case in any script."""
    if text.isascii():
        return column.ilike(like_pattern(text), escape="\\")
    return _FoldedContains(column, literal(text.casefold()), literal(like_pattern(text)))
