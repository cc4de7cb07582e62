"""Service events (major incidents, planned cutovers): the team-lead statistics of calls and SLA.

The back-office configuration may not name the events system yet (``config.SYSTEMS`` predates it); then
:func:`events_endpoint` places it beside the ticket system, as the simulator and the service bus do.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import get_page, page_of, seg
from agentdesk.connectors.config import BackendConfig, ConfigError, SystemEndpoint
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.common import Page
from agentdesk.domain.events import (
    Affecting,
    EventComplaint,
    EventImpact,
    EventListing,
    EventScope,
    SubscriberPlace,
    TouchingEvent,
)
from agentdesk.domain.service_events import (
    EVENT_STATUSES,
    EVENT_TYPES,
    SLA_STATES,
    EventActivity,
    EventSla,
    EventStatistics,
    EventTotals,
    HourCalls,
    ServiceEvent,
)

SYSTEM = "events"
When = date | datetime | str | None


def _sla(f: Fields) -> EventSla:
    return EventSla(
        promised_minutes=f.opt_int("promisedMinutes"),
        original_promised_minutes=f.opt_int("originalPromisedMinutes"),
        restore_minutes=f.opt_int("restoreMinutes"),
        elapsed_minutes=f.opt_int("elapsedMinutes"),
        overrun_minutes=f.opt_int("overrunMinutes"),
        met=f.opt_bool("met"),
        met_original=f.opt_bool("metOriginal"),
        state=f.choice("state", SLA_STATES),
    )


def _event(f: Fields) -> ServiceEvent:
    scope = f.opt_obj("affectedScope")
    wording = f.opt_obj("publicWording")
    return ServiceEvent(
        id=f.req_str("id"),
        event_type=f.choice("eventType", EVENT_TYPES),
        title=f.req_str("title"),
        severity=f.str_or("severity", "major"),
        status=f.choice("status", EVENT_STATUSES),
        start=f.req_dt("startDate"),
        expected_end=f.opt_dt("expectedEndDate"),
        original_expected_end=f.opt_dt("originalExpectedEndDate"),
        actual_end=f.opt_dt("actualEndDate"),
        affected_cities=f.strs("affectedCities"),
        service_types=scope.strs("serviceTypes") if scope else (),
        wording_zh=wording.str_or("zh") if wording else "",
        wording_en=wording.str_or("en") if wording else "",
        linked_calls=f.opt_int("linkedCalls", 0) or 0,
        linked_numbers=f.opt_int("linkedNumbers", 0) or 0,
        sla=_sla(f.req_obj("sla")),
    )


def _activity(f: Fields) -> EventActivity:
    return EventActivity(
        event=_event(f),
        calls_in_window=f.opt_int("callsInWindow", 0) or 0,
        calls_per_hour=f.each("callsPerHour", lambda h: HourCalls(h.req_dt("hour"), h.req_int("calls"))),
    )


def _statistics(f: Fields) -> EventStatistics:
    t = f.req_obj("totals")
    return EventStatistics(
        since=f.req_dt("from"),
        until=f.req_dt("to"),
        generated_at=f.opt_dt("generatedAt"),
        events=f.each("events", _activity, required=True),
        totals=EventTotals(
            events=t.req_int("events"),
            linked_calls=t.req_int("linkedCalls"),
            active=t.req_int("active"),
            sla_met=t.req_int("slaMet"),
            sla_breached=t.req_int("slaBreached"),
            overdue=t.req_int("overdue"),
        ),  # fmt: skip
    )


PARSERS: dict[str, Any] = {
    "event": lambda body: _event(Fields(body, SYSTEM, "event")),
    "events": page_of(SYSTEM, "events", _event),
    "statistics": lambda body: _statistics(Fields(body, SYSTEM, "statistics")),
}


# -- the agent's side: listings, affecting, calls linked to an event (issue 13) -------------------------------
def _scope(f: Fields | None) -> EventScope:
    if f is None:
        return EventScope()
    return EventScope(
        cities=f.strs("cities"),
        districts=f.strs("districts"),
        access_points=f.strs("accessPoints"),
        base_stations=f.strs("baseStations"),
        service_types=f.strs("serviceTypes"),
    )


def _listing(f: Fields) -> EventListing:
    return EventListing(
        event=_event(f),
        scope=_scope(f.opt_obj("affectedScope")),
        affected_subscribers=f.opt_int("affectedSubscriberCount"),
        internal_note=f.str_or("internalNote"),
    )


def _impact(f: Fields) -> EventImpact:
    return EventImpact(
        number=f.req_str("number"),
        subscriber_id=f.str_or("subscriberId"),
        service_type=f.str_or("serviceType"),
        affected_services=f.strs("affectedServices"),
    )


def _place(f: Fields) -> SubscriberPlace:
    return SubscriberPlace(
        number=f.req_str("number"),
        subscriber_id=f.str_or("subscriberId"),
        service_type=f.str_or("serviceType"),
        status=f.str_or("status"),
        city=f.str_or("city"),
        district=f.str_or("district"),
        access_point=f.str_or("accessPoint"),
    )


def _affecting(f: Fields) -> Affecting:
    return Affecting(
        number=f.opt_str("number"),
        customer_id=f.str_or("customerId"),
        checked_at=f.opt_dt("checkedAt"),
        upcoming_hours=f.opt_int("upcomingHours", 0) or 0,
        affected=f.req_bool("affected"),
        subscribers=f.each("subscribers", _place),
        events=f.each("events", lambda e: TouchingEvent(_event(e), e.each("impact", _impact))),
    )


def _complaint(f: Fields) -> EventComplaint:
    counts = f.opt_obj("event")
    return EventComplaint(
        id=f.req_str("id"),
        event_id=f.req_str("eventId"),
        number=f.req_str("number"),
        subscriber_id=f.str_or("subscriberId"),
        customer_id=f.str_or("customerId"),
        note=f.str_or("note"),
        call_id=f.opt_str("callId"),
        registered_by=f.str_or("registeredBy"),
        team=f.str_or("team"),
        registered_at=f.opt_dt("registeredAt"),
        linked_calls=counts.opt_int("linkedCalls") if counts else None,
        linked_numbers=counts.opt_int("linkedNumbers") if counts else None,
    )


PARSERS.update(
    {
        "affecting": lambda body: _affecting(Fields(body, SYSTEM, "affecting")),
        "complaint": lambda body: _complaint(Fields(body, SYSTEM, "eventComplaint")),
    }
)


def events_endpoint(config: BackendConfig) -> SystemEndpoint:
    """The configured events endpoint, or one beside the ticket system (``…/tickets`` -> ``…/events``)."""
    if SYSTEM in config.endpoints:
        return config.endpoints[SYSTEM]
    tickets = config.endpoint("tickets")
    base = tickets.base_url.rstrip("/")
    if not base.endswith("/tickets"):
        raise ConfigError("no endpoint configured for system 'events' and none can be derived from 'tickets'")
    return dataclasses.replace(tickets, name=SYSTEM, base_url=base[: -len("tickets")] + SYSTEM)


class EventsConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def statistics(
        self, *, since: When = None, until: When = None, city: str | None = None, event_type: str | None = None,
        team: str | None = None,
    ) -> EventStatistics:  # fmt: skip
        """Calls per event and hour, and each event's SLA (team leads only: :class:`Forbidden` for agents).

        The window is at most 31 days (default: the 7 days up to now).
        """
        params = {"from": since, "to": until, "city": city, "eventType": event_type, "team": team}
        return await self.client.get("statistics", params, parse=PARSERS["statistics"])

    async def list_events(
        self, *, status: str | None = None, event_type: str | None = None, city: str | None = None,
        service_type: str | None = None, offset: int = 0, limit: int = 200,
    ) -> Page[EventListing]:  # fmt: skip
        """Events by status (default: active and upcoming), active first; ``city`` keeps the events
        touching that city (province-wide ones too); ``total`` is how many there are in all."""
        params = {
            "status": status, "eventType": event_type, "city": city, "serviceType": service_type,
            "offset": offset, "limit": limit,
        }  # fmt: skip
        # the collection is the endpoint itself: ``…/events/`` would only earn a redirect
        collection = self.client.endpoint.base_url.rstrip("/")
        return await get_page(self.client, collection, params, "events", _listing)

    async def affecting(
        self, *, number: str | None = None, customer_id: str | None = None, upcoming_hours: int = 0
    ) -> Affecting:
        """The active events touching ``number`` (or any number of ``customer_id``), plus planned ones
        starting within ``upcoming_hours``. :class:`NotFound` for an unknown number or customer."""
        if (number is None) == (customer_id is None):
            raise ValueError("give exactly one of number or customer_id")
        params = {"number": number, "customerId": customer_id, "upcomingHours": upcoming_hours or None}
        return await self.client.get("affecting", params, parse=PARSERS["affecting"])

    async def register_complaint(
        self, event_id: str, *, number: str, idempotency_key: str, customer_id: str | None = None,
        note: str = "", call_id: str | None = None,
    ) -> EventComplaint:  # fmt: skip
        """Link the customer's call to the event so it is counted (once per key: a retry with the same
        key is replayed). :class:`RequestRejected` when the event does not touch the number or was cancelled."""
        body = {"number": number, "customerId": customer_id or None, "note": note, "callId": call_id}
        reply = await self.client.write(
            "POST", f"{seg(event_id)}/complaint", idempotency_key=idempotency_key, json_body=body,
            parse=PARSERS["complaint"],
        )  # fmt: skip
        return dataclasses.replace(reply.value, idempotency_key=idempotency_key, replayed=reply.replayed)

    async def aclose(self) -> None:
        await self.client.aclose()


def connect_events(backoffice: Any) -> EventsConnector | None:
    """The back office's events connector, or one built beside its other systems (shared sign-in and
    health); None when the configuration gives no place for the events system. Close it with ``aclose``
    when it was built here (``backoffice.events`` absent)."""
    existing = getattr(backoffice, "events", None)
    if existing is not None:
        return existing
    try:
        endpoint = events_endpoint(backoffice.config)
    except ConfigError:
        return None

    def token() -> str | None:
        session = backoffice.session
        return session.token if session is not None else None

    return EventsConnector(SystemClient(endpoint, token_provider=token, health=backoffice.health))
