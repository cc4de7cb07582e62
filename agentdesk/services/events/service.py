"""Service events for the agent: the active and upcoming events of the agent's region (the panel), whether
a customer is inside one (the customer-view banner, with a short cache), and linking a customer's call to
an event instead of dispatching a ticket (a keyed, audited write to the events system only).

The events system may be missing from a deployment's configuration: then ``available`` is False and every
use-case raises :class:`EventsUnavailable` rather than the view guessing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.domain.events import Affecting, EventComplaint, EventListing
from agentdesk.services.audit import FAILED, OK
from agentdesk.services.errors import ServiceError
from agentdesk.services.events.cache import ShortCache

log = logging.getLogger(__name__)

SYSTEM = "events"
OPERATION = "registerComplaint"
AFFECTING_TTL_S = 20.0  # long enough for a number switch or a second look, short enough for a live outage
UPCOMING_HOURS = 24  # the banner also warns of a cutover starting within a day
BOARD_LIMIT = 200


class EventsUnavailable(ServiceError):
    """No service-events system is configured for this desk."""

    def __init__(self) -> None:
        super().__init__("The service-events system is not configured for this desk.")


@dataclass(frozen=True)
class EventBoard:
    """The region's events at ``taken_at``: active first, then upcoming by start."""

    region: str
    active: tuple[EventListing, ...]
    upcoming: tuple[EventListing, ...]
    taken_at: datetime
    total: int | None = None

    @property
    def events(self) -> tuple[EventListing, ...]:
        return self.active + self.upcoming

    def fingerprint(self) -> tuple[tuple[str, str, str], ...]:
        """What a banner depends on: which events are on, and their promised end."""
        return tuple(
            (e.id, e.event.status, e.event.expected_end.isoformat() if e.event.expected_end else "")
            for e in self.events
        )


@dataclass
class CallLink:
    """Linking one customer's call to one event, as an operation object: made when the agent asks,
    given its idempotency key when the agent confirms, and run (and retried) with that one key, so the
    call is counted once however often the agent retries. Every outcome is audited."""

    event_id: str
    event_title: str
    number: str
    customer_id: str
    customer_name: str = ""
    note: str = ""
    call_id: str | None = None
    key: str | None = None
    attempts: int = 0
    result: EventComplaint | None = None
    audit_error: Exception | None = None
    _service: Any = field(default=None, repr=False)

    def confirm(self) -> str:
        if self.key is None:
            self.key = new_idempotency_key()
        return self.key

    async def run(self) -> EventComplaint:
        if self.key is None:
            raise RuntimeError("a call is linked to an event only after the agent confirmed it")
        self.attempts += 1
        self.result = await self._service._send_link(self)
        return self.result


class ServiceEventsService:
    def __init__(
        self,
        connector: Any,
        *,
        audit: Any = None,
        agent: Callable[[], str | None] = lambda: None,
        region: Callable[[], str | None] = lambda: None,
        affecting_ttl_s: float = AFFECTING_TTL_S,
        clock: Callable[[], float] = time.monotonic,
        owns_connector: bool = False,
    ) -> None:
        self._connector = connector
        self._audit = audit
        self._agent = agent
        self._region = region
        self._owns = owns_connector
        self._cache: ShortCache[Affecting] = ShortCache(affecting_ttl_s, clock)
        self._listeners: list[Callable[[EventComplaint], None]] = []

    @property
    def available(self) -> bool:
        return self._connector is not None

    def _events(self) -> Any:
        if self._connector is None:
            raise EventsUnavailable()
        return self._connector

    def region(self) -> str:
        return self._region() or ""

    # -- the panel ----------------------------------------------------------------------------------------
    async def board(self, region: str | None = None) -> EventBoard:
        """Active and upcoming events touching ``region`` (default: the agent's; '' = the whole province),
        each with the calls already linked to it."""
        region = self.region() if region is None else region
        page = await self._events().list_events(city=region or None, limit=BOARD_LIMIT)
        items = tuple(page.items)
        return EventBoard(
            region=region,
            active=tuple(e for e in items if e.event.status == "active"),
            upcoming=tuple(e for e in items if e.event.status == "planned"),
            taken_at=datetime.now(UTC),
            total=page.total,
        )

    # -- the banner ---------------------------------------------------------------------------------------
    async def affecting_customer(
        self, customer_id: str, *, upcoming_hours: int = UPCOMING_HOURS, fresh: bool = False
    ) -> Affecting:
        """The events touching any number of the customer (active ones, and planned ones starting within
        ``upcoming_hours``); answers up to a few seconds old are reused unless ``fresh``."""
        events = self._events()
        return await self._cache.get(
            ("customer", customer_id, upcoming_hours),
            lambda: events.affecting(customer_id=customer_id, upcoming_hours=upcoming_hours),
            fresh=fresh,
        )

    async def affecting_number(self, number: str, *, fresh: bool = False) -> Affecting:
        """The active events touching one number (what a flow asks before touching anything)."""
        events = self._events()
        return await self._cache.get(("number", number), lambda: events.affecting(number=number), fresh=fresh)

    def forget(self) -> None:
        """Drop the kept look-ups (an event changed, the agent refreshed)."""
        self._cache.forget()

    # -- counting a call against an event ------------------------------------------------------------------
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
    ) -> CallLink:
        """A call link to confirm and run; nothing is sent before :meth:`CallLink.confirm` and ``run``."""
        self._events()
        return CallLink(
            event_id=event_id,
            event_title=event_title,
            number=number,
            customer_id=customer_id,
            customer_name=customer_name,
            note=note,
            call_id=call_id,
            _service=self,
        )

    def add_listener(self, listener: Callable[[EventComplaint], None]) -> None:
        """``listener(complaint)`` after each call linked from this desk (the panel updates its counts)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[EventComplaint], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    async def _send_link(self, link: CallLink) -> EventComplaint:
        assert link.key is not None
        request = {"eventId": link.event_id, "number": link.number, "note": link.note}
        try:
            result = await self._events().register_complaint(
                link.event_id,
                number=link.number,
                customer_id=link.customer_id or None,
                note=link.note,
                call_id=link.call_id,
                idempotency_key=link.key,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._record(link, FAILED, getattr(exc, "message", None) or str(exc) or type(exc).__name__,
                               request)  # fmt: skip
            raise
        replayed = " (replayed)" if result.replayed else ""
        await self._record(
            link,
            OK,
            f"{result.id} on {link.event_id}: {result.linked_calls} calls from "
            f"{result.linked_numbers} numbers{replayed}",
            request,
        )
        self._cache.forget()
        for listener in list(self._listeners):
            try:
                listener(result)
            except Exception:
                log.exception("event listener failed")
        return result

    async def _record(self, link: CallLink, outcome: str, message: str, request: dict) -> None:
        if self._audit is None:
            return
        try:
            await self._audit.record(
                agent=self._agent() or "?",
                system=SYSTEM,
                operation=OPERATION,
                idempotency_key=link.key,
                outcome=outcome,
                message=message,
                customer_id=link.customer_id,
                number=link.number,
                request=request,
            )
            link.audit_error = None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the link stands; the view warns that the audit entry is missing
            log.exception("audit of the call linked to %s failed", link.event_id)
            link.audit_error = exc

    async def aclose(self) -> None:
        await self._cache.aclose()
        if self._owns and self._connector is not None:
            await self._connector.aclose()
