"""Known service events for the first step of every flow: "is this subscriber inside an active incident
or cutover?" and "count this call against it", through the events connector.

The connector is the back office's (``backoffice.events``) when the desk has one, else one built beside
the other systems (same sign-in and health); ``aclose`` closes a connector made here.
"""

from __future__ import annotations

import logging
from typing import Any

from agentdesk.connectors.events import connect_events
from agentdesk.domain.service_events import ServiceEvent

log = logging.getLogger(__name__)


class EventsSource:
    def __init__(self, backoffice: Any) -> None:
        self._backoffice = backoffice
        self._connector: Any = None
        self._own = False
        self._looked = False

    def _events(self) -> Any:
        if not self._looked:
            self._looked = True
            existing = getattr(self._backoffice, "events", None)
            self._connector = existing or connect_events(self._backoffice)
            self._own = existing is None and self._connector is not None
        return self._connector

    @property
    def available(self) -> bool:
        return self._events() is not None

    async def affecting(self, number: str) -> list[ServiceEvent]:
        """The active events touching ``number`` (planned ones do not stop a flow)."""
        connector = self._events()
        if connector is None:
            return []
        answer = await connector.affecting(number=number)
        return [touching.event for touching in answer.events if touching.active]

    async def register_call(
        self, event_id: str, number: str, customer_id: str, *, idempotency_key: str
    ) -> str:
        """Link the customer's call to the event, so the event's calls are counted (once per key)."""
        connector = self._events()
        if connector is None:
            raise RuntimeError("no events system is configured")
        complaint = await connector.register_complaint(
            event_id, number=number, customer_id=customer_id or None, idempotency_key=idempotency_key,
            note="pretreatment: known event",
        )  # fmt: skip
        return complaint.id

    async def aclose(self) -> None:
        if self._own and self._connector is not None:
            await self._connector.aclose()
