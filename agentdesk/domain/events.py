"""Service events as the agent meets them: which of a customer's numbers an active incident or planned
cutover touches, what it takes away, the calls linked to an event, and the customer-view section each
lost service belongs to. The event itself (:class:`ServiceEvent`) is shared with the team-lead dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from agentdesk.domain.service_events import ServiceEvent

SERVICE_TYPES = ("broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data", "vas")

# customer-view section (tab key) where each lost service is looked at: IPTV rides on the broadband line,
# fixed and mobile voice/data are switch and network-element matters, VAS lives on its platform
SECTION_OF_SERVICE = {
    "broadband": "broadband",
    "iptv": "broadband",
    "fixed_voice": "network",
    "mobile_voice": "network",
    "mobile_data": "network",
    "vas": "vas",
}


@dataclass(frozen=True)
class EventScope:
    """What an event touches; an empty list does not restrict (see docs/backend_stub/events.md)."""

    cities: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    access_points: tuple[str, ...] = ()
    base_stations: tuple[str, ...] = ()
    service_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventListing:
    """An event as the service-events panel lists it: the event, its scope and how many it touches."""

    event: ServiceEvent
    scope: EventScope
    affected_subscribers: int | None
    internal_note: str = ""

    @property
    def id(self) -> str:
        return self.event.id

    def with_calls(self, linked_calls: int, linked_numbers: int) -> EventListing:
        """The same listing after a call was linked (the counts the events system answered with)."""
        return replace(
            self, event=replace(self.event, linked_calls=linked_calls, linked_numbers=linked_numbers)
        )


@dataclass(frozen=True)
class EventImpact:
    """One number an event touches and the services it loses there."""

    number: str
    subscriber_id: str
    service_type: str  # crm service type: mobile | fixed | broadband
    affected_services: tuple[str, ...]  # of SERVICE_TYPES


@dataclass(frozen=True)
class TouchingEvent:
    """An event that touches some of the asked numbers."""

    event: ServiceEvent
    impact: tuple[EventImpact, ...]

    @property
    def active(self) -> bool:
        return self.event.status == "active"

    def impact_on(self, number: str | None) -> EventImpact | None:
        return next((i for i in self.impact if i.number == number), None)

    def services(self) -> tuple[str, ...]:
        """Every service the event takes from these numbers, in the order of SERVICE_TYPES."""
        lost = {s for i in self.impact for s in i.affected_services}
        return tuple(s for s in SERVICE_TYPES if s in lost)


@dataclass(frozen=True)
class SubscriberPlace:
    """Where a subscriber hangs off the network (what ties it to an event's scope)."""

    number: str
    subscriber_id: str
    service_type: str
    status: str
    city: str
    district: str
    access_point: str


@dataclass(frozen=True)
class Affecting:
    """The answer to "is this customer (or number) inside a known event?" at ``checked_at``.

    ``affected`` is true only for an *active* event; planned ones appear when asked with upcoming hours.
    """

    number: str | None
    customer_id: str
    checked_at: datetime | None
    upcoming_hours: int
    affected: bool
    subscribers: tuple[SubscriberPlace, ...]
    events: tuple[TouchingEvent, ...]

    def active(self) -> tuple[TouchingEvent, ...]:
        return tuple(e for e in self.events if e.active)

    def upcoming(self) -> tuple[TouchingEvent, ...]:
        return tuple(e for e in self.events if e.event.status == "planned")

    def event(self, event_id: str) -> TouchingEvent | None:
        return next((e for e in self.events if e.event.id == event_id), None)


@dataclass(frozen=True)
class EventComplaint:
    """A customer's call linked to an event (counted instead of dispatched as a ticket)."""

    id: str
    event_id: str
    number: str
    subscriber_id: str
    customer_id: str
    note: str
    call_id: str | None
    registered_by: str
    team: str
    registered_at: datetime | None
    linked_calls: int | None = None  # the event's counts after this link (only in the answer to a link)
    linked_numbers: int | None = None
    idempotency_key: str = ""
    replayed: bool = False


def sections_touched(events: tuple[TouchingEvent, ...], number: str | None = None) -> dict[str, list[str]]:
    """Customer-view section -> the lost services there, from the given events (only on ``number`` if given).

    Why: the tab of the affected service carries the marker, so the agent sees where the outage bites
    before opening a tab that would suggest a repair.
    """
    sections: dict[str, list[str]] = {}
    for touching in events:
        for impact in touching.impact:
            if number is not None and impact.number != number:
                continue
            for service in impact.affected_services:
                lost = sections.setdefault(SECTION_OF_SERVICE.get(service, "network"), [])
                if service not in lost:
                    lost.append(service)
    return sections


def number_to_link(touching: TouchingEvent, preferred: str | None) -> EventImpact | None:
    """The number a call about this event is counted against: the one in view if touched, else the first."""
    return touching.impact_on(preferred) or (touching.impact[0] if touching.impact else None)
