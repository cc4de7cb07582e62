"""Known service events for the first step of every flow: "is this subscriber inside an active incident
or cutover?" (``GET /events/affecting``) and "count this call against it" (``POST /events/{id}/complaint``).

The events connector (``connectors.events``) reads the team-lead statistics only; these two calls are
made here through its client (same endpoint, sign-in and health), until the connector offers them.
"""

from __future__ import annotations

import logging
from typing import Any

from agentdesk.connectors.events import PARSERS, connect_events
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.service_events import ServiceEvent

log = logging.getLogger(__name__)


def _affecting(body: Any) -> tuple[ServiceEvent, ...]:
    f = Fields(body, "events", "affecting")
    return f.each("events", lambda e: PARSERS["event"](e.data))


def _complaint(body: Any) -> str:
    return Fields(body, "events", "eventComplaint").req_str("id")


class EventsSource:
    """Built lazily beside the back office's other systems; ``aclose`` closes a client made here."""

    def __init__(self, backoffice: Any) -> None:
        self._backoffice = backoffice
        self._connector: Any = None
        self._own = False

    def _client(self):
        if self._connector is None:
            existing = getattr(self._backoffice, "events", None)
            self._connector = existing or connect_events(self._backoffice)
            self._own = existing is None and self._connector is not None
        return self._connector.client if self._connector is not None else None

    @property
    def available(self) -> bool:
        return self._client() is not None

    async def affecting(self, number: str) -> list[ServiceEvent]:
        """The active events touching ``number`` (planned ones do not stop a flow)."""
        client = self._client()
        if client is None:
            return []
        events = await client.get("affecting", {"number": number}, parse=_affecting)
        return [e for e in events if e.status == "active"]

    async def register_call(
        self, event_id: str, number: str, customer_id: str, *, idempotency_key: str
    ) -> str:
        """Link the customer's call to the event, so the event's calls are counted (once per key)."""
        client = self._client()
        if client is None:
            raise RuntimeError("no events system is configured")
        body = {"number": number, "customerId": customer_id or None, "note": "pretreatment: known event"}
        reply = await client.write(
            "POST", f"{event_id}/complaint", idempotency_key=idempotency_key, json_body=body, parse=_complaint
        )
        return reply.value

    async def aclose(self) -> None:
        if self._own and self._connector is not None:
            await self._connector.aclose()
