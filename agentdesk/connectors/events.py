"""Service events (major incidents, planned cutovers): the team-lead statistics of calls and SLA.

The back-office configuration may not name the events system yet (``config.SYSTEMS`` predates it); then
:func:`events_endpoint` places it beside the ticket system, as the simulator and the service bus do.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import page_of
from agentdesk.connectors.config import BackendConfig, ConfigError, SystemEndpoint
from agentdesk.connectors.parsing import Fields
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
