"""The ticket desk's known-event guard (issue 13): no fault ticket goes out for a service an active
incident or cutover already takes from the number; a complaint about it carries the event.

The ticket desk does not know the service-events feature. It is given a *source*: a callable returning
an object with ``affecting_number(number)`` and ``link_call(...)`` (the events feature's
``ServiceEventsService``), or None while no events system is plugged in. The source is looked up at each
check, so the order in which features are plugged does not matter.

The guard fails open: when the events system is missing, slow or failing, the ticket goes out as before
(a ticket the customer needs must never be lost because the outage list could not be read).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from agentdesk.domain.events import Affecting
from agentdesk.domain.ticket_events import KnownEvent, known_event_for, services_of_category
from agentdesk.services.errors import RequestRejected

log = logging.getLogger(__name__)

CHECK_WAIT_S = 3.0  # the longest a submission waits for the events system before sending anyway


class KnownEventSource(Protocol):
    """What the guard needs from the service-events feature."""

    def affecting_number(self, number: str, *, fresh: bool = False) -> Awaitable[Affecting]: ...

    def link_call(
        self,
        event_id: str,
        number: str,
        customer_id: str,
        *,
        event_title: str = "",
        customer_name: str = "",
        note: str = "",
        call_id: str | None = None,
    ) -> Any: ...


class KnownEventTicket(RequestRejected):
    """The ticket desk did not send a fault ticket: an active event already explains the fault.

    A :class:`RequestRejected` (system ``tickets``), so pretreatment's dispatch, which already handles a
    refused ticket (retry or finish without it, the reason on its outcome page), needs nothing new.
    Nothing was stored or sent; ``known`` names the event.
    """

    def __init__(self, known: KnownEvent) -> None:
        e = known.event
        end = e.expected_end.astimezone().strftime("%Y-%m-%d %H:%M") if e.expected_end else "unknown"
        super().__init__(
            "tickets",
            f"{known.number} is inside the known event {e.id} {e.title} ({', '.join(known.services)} out, "
            f"expected back {end}): no fault ticket is sent for a known event. Count the call against "
            "the event; a complaint can still be filed.",
            code="known_event",
        )
        self.known = known


class KnownEventGuard:
    def __init__(
        self, source: Callable[[], KnownEventSource | None], *, wait_s: float = CHECK_WAIT_S
    ) -> None:
        self._source = source
        self.wait_s = wait_s

    def source(self) -> KnownEventSource | None:
        try:
            return self._source()
        except Exception:
            log.exception("the known-event source could not be reached")
            return None

    async def check(self, number: str, category: str, *, fresh: bool = False) -> KnownEvent | None:
        """The active event taking ``category``'s service from ``number``, or None (also when the events
        system cannot say within ``wait_s``: the ticket then goes out as before)."""
        source = self.source()
        if source is None or not number.strip() or not services_of_category(category):
            return None
        try:
            affecting = await asyncio.wait_for(source.affecting_number(number, fresh=fresh), self.wait_s)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - fail open, see the module's docstring
            log.warning("known events of %s could not be checked; the ticket is not held: %r", number, exc)
            return None
        return known_event_for(affecting, number, category)

    def link_call(
        self, known: KnownEvent, customer_id: str, *, customer_name: str = "", note: str = ""
    ) -> Any:
        """The events feature's call link (a ``CallLink``: confirm, then run) counting this call against
        ``known``'s event instead of a ticket; None when no events system is plugged in any more."""
        source = self.source()
        if source is None:
            return None
        return source.link_call(
            known.event.id,
            known.number,
            customer_id,
            event_title=known.event.title,
            customer_name=customer_name,
            note=note,
        )
