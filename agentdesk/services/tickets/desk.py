"""The ticket desk's use-cases: submit a draft, dispatch from pretreatment, read and annotate tickets.

The agent never chooses "10000" or "112": a draft names its ticket type and the ticket system routes
it. Every creation goes through the outbox (stored first, sent with the draft's own idempotency key),
so the same submission pressed twice, retried after a time-out, or replayed after a restart creates
exactly one ticket. Notes and front-line closing are direct keyed writes, audited like every write.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.domain.ticket_drafts import DraftProblem, TicketDraft, validate_draft
from agentdesk.domain.ticket_events import KnownEvent, blocks, guarded, with_known_event
from agentdesk.services.errors import ConnectorError, ServiceError
from agentdesk.services.tickets.known_events import KnownEventGuard, KnownEventTicket
from agentdesk.services.tickets.outbox import (
    DELIVERED,
    REJECTED,
    OutboxEntry,
    TicketOutbox,
)
from agentdesk.services.tickets.ticket_system import TicketSystem

log = logging.getLogger(__name__)

SUBMIT_WAIT_S = 8.0  # how long the form waits for the first attempt before saying "waiting to send"


class DraftInvalid(ServiceError):
    """The draft cannot be sent as it is; ``problems`` name the fields."""

    kind = "rejected"

    def __init__(self, problems: list[DraftProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class SubmitResult:
    """What became of a submitted draft: delivered (with its ticket), waiting to send, or refused."""

    entry: OutboxEntry
    error: ConnectorError | None = None  # why it is still waiting, when it is

    @property
    def delivered(self) -> bool:
        return self.entry.state == DELIVERED

    @property
    def rejected(self) -> bool:
        return self.entry.state == REJECTED

    @property
    def waiting(self) -> bool:
        return self.entry.waiting

    @property
    def ticket_id(self) -> str:
        return self.entry.ticket_id

    @property
    def draft_id(self) -> str:
        return self.entry.draft_id


def new_draft_id() -> str:
    """A fresh draft id; the form keeps it for as long as it shows the same draft."""
    return f"draft-{uuid.uuid4().hex}"


def key_of(draft_id: str) -> str:
    """The idempotency key a draft is sent with on every attempt, from any desk process."""
    return f"ticket-{draft_id}"


class TicketDesk:
    def __init__(
        self,
        system: TicketSystem,
        outbox: TicketOutbox,
        agent: Callable[[], str | None],
        *,
        audit: Any = None,
        on_submitted: Callable[[TicketDraft, OutboxEntry], None] | None = None,
        known_events: KnownEventGuard | None = None,
    ) -> None:
        self.system = system
        self.known_events = known_events
        self.outbox = outbox
        self._agent = agent
        self._audit = audit
        self._on_submitted = on_submitted
        self._pending_audit: set[asyncio.Task] = set()
        self._deliveries: set[asyncio.Future] = set()
        outbox.add_listener(self._audit_outcome)

    # -- creating tickets ------------------------------------------------------------------------------
    async def submit(
        self, draft: TicketDraft, draft_id: str | None = None, *, wait: float = SUBMIT_WAIT_S
    ) -> SubmitResult:
        """Accept ``draft`` into the outbox and try to deliver it within ``wait`` seconds.

        Raises ``DraftInvalid`` before storing anything when the draft cannot be sent, and
        ``KnownEventTicket`` for a fault an active service event already explains (a complaint about it
        goes out carrying the event). Once it returns, the draft is safe: delivered, or waiting in the
        outbox (the desk keeps trying in the background).
        """
        categories = await self._known_categories()
        problems = validate_draft(draft, categories=categories)
        if problems:
            raise DraftInvalid(problems)
        draft_id = draft_id or new_draft_id()
        draft = await self._against_known_events(draft, draft_id)
        entry = await self.outbox.enqueue(draft, draft_id=draft_id, idempotency_key=key_of(draft_id))
        if self._on_submitted is not None:
            try:
                self._on_submitted(draft, entry)
            except Exception:
                log.exception("submitted-draft listener failed")
        if entry.state == DELIVERED:  # pressed again after it went through
            return SubmitResult(entry)
        delivery = asyncio.ensure_future(self.outbox.deliver_pending())
        self._deliveries.add(delivery)
        delivery.add_done_callback(self._delivery_done)
        try:
            report = await asyncio.wait_for(asyncio.shield(delivery), timeout=wait)
        except TimeoutError:
            report = None  # still trying: the pass goes on in the background, the worker after it
        current = await self.outbox.entry(draft_id)
        assert current is not None
        return SubmitResult(current, report.stopped_by if report is not None and current.waiting else None)

    async def dispatch(
        self,
        *,
        run_id: str,
        ticket_type: str,
        category: str,
        summary: str,
        evidence: dict[str, Any] | list[Any] | None,
        customer_id: str = "",
        number: str = "",
        customer_name: str = "",
        severity: str = "major",
        contact_phone: str = "",
        requested_callback: datetime | None = None,
        event_id: str = "",
        resolved: bool = False,
        wait: float = SUBMIT_WAIT_S,
    ) -> SubmitResult:
        """Pretreatment hands a case it could not solve to the back office, with the flow's evidence.

        One ticket per run: the draft id comes from ``run_id``, so dispatching the same run again (a
        retried step, a re-run wizard page) returns the same ticket. ``resolved=True`` records a ticket
        the flow solved, closed at the front line. A fault on a number inside an active service event
        raises ``KnownEventTicket`` (a refused request to the flow engine) and creates nothing.
        """
        draft = TicketDraft(
            ticket_type=ticket_type,
            category=category,
            description=summary,
            customer_id=customer_id,
            number=number,
            customer_name=customer_name,
            severity=severity,
            contact_phone=contact_phone,
            requested_callback=requested_callback,
            pretreated=True,
            flow_run_id=run_id,
            evidence=evidence,
            event_id=event_id,
            close_at_front_line=resolved,
        )
        return await self.submit(draft, f"run-{run_id}", wait=wait)

    # -- known service events (issue 13) ---------------------------------------------------------------
    async def known_event(self, number: str, category: str, *, fresh: bool = False) -> KnownEvent | None:
        """The active event that takes ``category``'s service from ``number`` (None when there is none,
        or when no events system can tell)."""
        if self.known_events is None:
            return None
        return await self.known_events.check(number, category, fresh=fresh)

    def count_call_link(
        self, known: KnownEvent, customer_id: str, *, customer_name: str = "", note: str = ""
    ):
        """Counting the call against ``known``'s event instead of a ticket: the events feature's keyed,
        audited call link (confirm, then run), or None when no events system is plugged in."""
        if self.known_events is None:
            return None
        return self.known_events.link_call(known, customer_id, customer_name=customer_name, note=note)

    async def _against_known_events(self, draft: TicketDraft, draft_id: str) -> TicketDraft:
        if self.known_events is None or not guarded(draft):
            return draft
        if await self.outbox.entry(draft_id) is not None:
            return draft  # accepted before (pressed again, the same run again): the outbox decides
        # asked anew (not the form's look-up of a few seconds ago): sending a repair crew deserves a
        # current answer, and it is one request per ticket
        known = await self.known_events.check(draft.number, draft.category, fresh=True)
        if known is None:
            return draft
        if blocks(draft, known):
            log.info("fault ticket for %s not sent: known event %s", draft.number, known.event_id)
            raise KnownEventTicket(known)
        return with_known_event(draft, known)

    def _delivery_done(self, task: asyncio.Future) -> None:
        self._deliveries.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("ticket delivery failed: %s", task.exception())

    def start(self) -> None:
        """Deliver the outbox in the background, and audit what an earlier session settled but never got
        to audit: the outbox marks a draft delivered (or refused) first and the audit follows, so a desk
        killed in between leaves a ticket without its entry (recording again adds nothing)."""
        self.outbox.start()
        if self._audit is not None:
            task = asyncio.ensure_future(self._audit_settled())
            self._pending_audit.add(task)
            task.add_done_callback(self._pending_audit.discard)

    async def _audit_settled(self) -> None:
        try:
            missing = await self.outbox.settled_without_audit()
        except Exception:
            log.exception("could not look for ticket drafts without an audit entry")
            return
        for entry in missing:
            log.warning(
                "ticket draft %s was %s without an audit entry: auditing it now", entry.draft_id, entry.state
            )
            await self._record("delivered" if entry.state == DELIVERED else "rejected", entry)

    async def retry_now(self) -> None:
        """The agent asked to send the waiting drafts now, even while the desk is pausing calls to the ticket
        system after failures (one trial; a failure pauses again)."""
        self.system.try_now()
        await self.outbox.deliver_pending()

    async def _known_categories(self) -> tuple[str, ...] | None:
        catalogue = await self.system.catalogue()
        # offline the stored catalogue may be out of date: the ticket system checks when the draft goes out
        return catalogue.categories if self.system.catalogue_is_fresh else None

    def _audit_outcome(self, event: str, entry: OutboxEntry | None) -> None:
        if self._audit is None or entry is None or event not in ("delivered", "rejected"):
            return
        task = asyncio.ensure_future(self._record(event, entry))
        self._pending_audit.add(task)
        task.add_done_callback(self._pending_audit.discard)

    async def _record(self, event: str, entry: OutboxEntry) -> None:
        try:
            await self._audit.record(
                agent=entry.owner,
                system="tickets",
                operation="createTroubleTicket",
                idempotency_key=entry.idempotency_key,
                outcome="ok" if event == "delivered" else "failed",
                message=(
                    f"{entry.ticket_id} ({entry.ticket_system})" if event == "delivered" else entry.last_error
                ),
                customer_id=entry.customer_id,
                number=entry.number,
                request=_audit_request(entry.draft),
                at=entry.delivered_at if event == "delivered" else entry.last_attempt_at,
            )
        except Exception:
            log.exception("could not audit ticket draft %s", entry.draft_id)

    # -- reading ---------------------------------------------------------------------------------------
    async def customer_tickets(
        self, customer_id: str, *, open_only: bool = False, overdue: bool | None = None, limit: int = 200
    ):
        """The customer's tickets in both systems, newest first."""
        return await self.system.list(
            customer_id=customer_id, open_only=open_only, overdue=overdue, limit=limit
        )

    async def my_tickets(self, *, open_only: bool = False, overdue: bool | None = None, limit: int = 200):
        return await self.system.list(mine=True, open_only=open_only, overdue=overdue, limit=limit)

    async def ticket(self, ticket_id: str):
        """One ticket with its notes and status history."""
        return await self.system.ticket(ticket_id)

    async def catalogue(self):
        """Ticket types and categories for the entry form; works offline (the last one known)."""
        return await self.system.catalogue()

    async def waiting(self) -> list[OutboxEntry]:
        return await self.outbox.waiting()

    async def outbox_entries(self, customer_id: str | None = None) -> list[OutboxEntry]:
        """The agent's drafts not yet delivered (waiting or refused), newest first."""
        agent = self._agent()
        return await self.outbox.entries(
            owner=agent or "", customer_id=customer_id, states=("pending", "sending", "rejected")
        )

    # -- changing tickets ------------------------------------------------------------------------------
    async def add_note(
        self, ticket_id: str, text: str, idempotency_key: str, *, number: str = "", customer_id: str = ""
    ):
        """Add a note; the caller keeps ``idempotency_key`` for retries of the same note."""
        text = text.strip()
        if not text:
            raise DraftInvalid([DraftProblem("note", "Write the note first.")])
        if len(text) > 2000:
            raise DraftInvalid([DraftProblem("note", "A note may have at most 2000 characters.")])
        return await self._audited(
            "addNote",
            idempotency_key,
            {"ticketId": ticket_id, "text": text},
            lambda: self.system.add_note(ticket_id, text, idempotency_key),
            number=number,
            customer_id=customer_id,
        )

    async def close_at_front_line(
        self, ticket_id: str, note: str, idempotency_key: str, *, number: str = "", customer_id: str = ""
    ):
        """Close the agent's own consult ticket while it is still acknowledged."""
        return await self._audited(
            "closeAtFrontLine",
            idempotency_key,
            {"ticketId": ticket_id, "note": note.strip()},
            lambda: self.system.close(ticket_id, note.strip() or None, idempotency_key),
            number=number,
            customer_id=customer_id,
        )

    async def _audited(self, operation: str, key: str, request: dict, call, *, number: str, customer_id: str):
        agent = self._agent() or ""
        try:
            result = await call()
        except ConnectorError as exc:
            await self._audit_write(
                agent, operation, key, "failed", str(exc.message), request, number, customer_id
            )
            raise
        await self._audit_write(agent, operation, key, "ok", "", request, number, customer_id)
        return result

    async def _audit_write(
        self, agent, operation, key, outcome, message, request, number, customer_id
    ) -> None:
        if self._audit is None or not agent:
            return
        try:
            await self._audit.record(
                agent=agent,
                system="tickets",
                operation=operation,
                idempotency_key=key,
                outcome=outcome,
                message=message,
                customer_id=customer_id,
                number=number,
                request=request,
            )
        except Exception:
            log.exception("could not audit %s", operation)

    async def aclose(self) -> None:
        """Stop sending (waiting drafts stay stored for the next start) and finish the audit records."""
        for task in list(self._deliveries):
            task.cancel()
        await asyncio.gather(*self._deliveries, return_exceptions=True)
        await self.outbox.aclose()
        for task in list(self._pending_audit):
            try:
                await task
            except Exception:
                pass


def _audit_request(draft: TicketDraft) -> dict:
    return {
        "ticketType": draft.ticket_type,
        "category": draft.category,
        "severity": draft.severity,
        "description": draft.summary,
        "contactPhone": draft.contact_phone,
        "pretreated": draft.pretreated,
        "flowRunId": draft.flow_run_id,
        "escalated": draft.escalated,
        "closedAtFrontLine": draft.close_at_front_line,
    }
