"""Errors the user can cause. One class, shared with the data layer."""

from db.errors import KnownError

__all__ = ["KnownError"]
