"""The closed word lists of the data model (kinds, statuses, roles...).

Kept as plain tuples so that the CLI, the window and the database constraints share one list.
"""

from __future__ import annotations

EVENT_KINDS = (
    "protest",
    "march",
    "rally",
    "strike",
    "walkout",
    "picket",
    "sit-in",
    "vigil",
    "boycott",
    "petition",
    "meeting",
    "training",
    "press conference",
    "other",
)

EVENT_STATUSES = ("planned", "confirmed", "tentative", "postponed", "cancelled", "done")

VISIBILITIES = ("public", "internal")

ROLE_KINDS = (
    "organizer",
    "marshal",
    "legal observer",
    "medic",
    "press liaison",
    "speaker",
    "driver",
    "attendee",
    "other",
)

# How much of a place the public may see: the exact address, only the area (city/region),
# or nothing until the organizers announce it.
PLACE_DISCLOSURES = ("exact", "area", "hidden")


def sql_in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK constraint body that limits ``column`` to ``values``."""
    quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return f"{column} IN ({quoted})"
