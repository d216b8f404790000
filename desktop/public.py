"""The public guarantee: the one place that decides what of an event the public may see.

Every public export (feed, poster, handbill, public program) works from a ``PublicEvent``,
never from the ``Event`` row, so an internal field cannot leak by an exporter forgetting to
leave it out: it simply is not there. Internal: notes, meeting point, route, safety notes,
legal hotline, actual turnout, tasks, tags, campaign, contacts not marked public, and the part
of a place its disclosure setting hides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.models import Event, Place

# Shown instead of a hidden place's name, so a flyer still says something true.
HIDDEN_PLACE_NAME = "Location to be announced"


@dataclass(frozen=True)
class PublicPlace:
    name: str
    address: str
    city: str
    region: str
    postcode: str
    country: str
    latitude: float | None
    longitude: float | None

    def one_line(self) -> str:
        parts = [self.name, self.address, self.city, self.region, self.postcode, self.country]
        seen: list[str] = []
        for part in parts:
            if part and part not in seen:
                seen.append(part)
        return ", ".join(seen)


@dataclass(frozen=True)
class PublicContact:
    name: str
    organisation: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class PublicEvent:
    uid: str
    title: str
    kind: str
    status: str
    timezone: str
    all_day: bool
    starts_at: dt.datetime
    ends_at: dt.datetime
    start_date: dt.date | None
    end_date: dt.date | None
    rrule: str | None
    exdates: tuple[str, ...]
    sequence: int
    created_at: dt.datetime
    updated_at: dt.datetime
    description: str
    demands: str
    what_to_bring: str
    accessibility: str
    url: str
    alt_language: str
    alt_title: str
    alt_description: str
    place: PublicPlace | None
    contacts: tuple[PublicContact, ...]


def public_place(place: Place | None) -> PublicPlace | None:
    """What the public may know of a place, following its disclosure setting."""
    if place is None:
        return None
    if place.disclosure == "hidden":
        return PublicPlace(HIDDEN_PLACE_NAME, "", "", "", "", "", None, None)
    if place.disclosure == "area":
        return PublicPlace(
            place.city or place.region or HIDDEN_PLACE_NAME,
            "",
            place.city,
            place.region,
            "",
            place.country,
            None,
            None,
        )
    return PublicPlace(
        name=place.name,
        address=place.address,
        city=place.city,
        region=place.region,
        postcode=place.postcode,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
    )


def public_view(event: Event) -> PublicEvent | None:
    """The public part of ``event``, or None when the event itself is internal."""
    if event.visibility != "public":
        return None
    contacts = tuple(
        PublicContact(
            name=role.contact.name,
            organisation=role.contact.organisation,
            role=role.role,
            phone=role.contact.phone,
            email=role.contact.email,
        )
        for role in event.roles
        if role.shown_publicly
    )
    return PublicEvent(
        uid=event.uid,
        title=event.title,
        kind=event.kind,
        status=event.status,
        timezone=event.timezone,
        all_day=event.all_day,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        start_date=event.start_date,
        end_date=event.end_date,
        rrule=event.rrule,
        exdates=tuple(event.exdates or ()),
        sequence=event.sequence,
        created_at=event.created_at,
        updated_at=event.updated_at,
        description=event.description,
        demands=event.demands,
        what_to_bring=event.what_to_bring,
        accessibility=event.accessibility,
        url=event.url,
        alt_language=event.alt_language,
        alt_title=event.alt_title,
        alt_description=event.alt_description,
        place=public_place(event.place),
        contacts=contacts,
    )
