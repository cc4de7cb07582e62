"""The ticket desk's services built together from the desk's shared parts (used by the feature plug-in
and by tests), so the outbox, the desk, the wrap-up and the statistics always agree on the agent."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.tickets.desk import TicketDesk
from agentdesk.services.tickets.known_events import KnownEventGuard, KnownEventSource
from agentdesk.services.tickets.outbox import OutboxEntry, TicketOutbox
from agentdesk.services.tickets.statistics import TicketStatisticsService
from agentdesk.services.tickets.ticket_system import TicketSystem
from agentdesk.services.tickets.wrapup import WrapUpService
from agentdesk.storage.database import LocalDatabase

log = logging.getLogger(__name__)


@dataclass
class TicketServices:
    desk: TicketDesk
    outbox: TicketOutbox
    wrapups: WrapUpService
    statistics: TicketStatisticsService
    system: TicketSystem
    agent: Callable[[], str | None]

    def start(self) -> None:
        """Start delivering the outbox in the background (drafts left from an earlier session too) and
        audit drafts an earlier, killed session settled without auditing."""
        self.desk.start()

    async def aclose(self) -> None:
        await self.desk.aclose()


def build_ticket_services(
    tickets_connector: Any,
    database: LocalDatabase,
    agent: Callable[[], str | None],
    *,
    audit: Any = None,
    clock: Callable[[], datetime] | None = None,
    retry_delays: tuple[float, ...] = (2, 5, 10, 30, 60),
    known_events: Callable[[], KnownEventSource | None] | None = None,
) -> TicketServices:
    """``known_events`` returns the service-events service (or None): with it, fault tickets for a known
    outage are held back and complaints about one carry it (see ``known_events.KnownEventGuard``)."""
    system = TicketSystem(tickets_connector, database)
    outbox = TicketOutbox(database, system.create, agent, clock=clock, retry_delays=retry_delays)
    wrapups = WrapUpService(database, agent, clock=clock)

    def follow(draft: TicketDraft, entry: OutboxEntry) -> None:
        # the wrap-up links every ticket submitted for the customer during the call
        if draft.customer_id:
            wrapups.note_draft(
                draft.customer_id,
                entry.draft_id,
                dispatched=not draft.close_at_front_line,
                number=draft.number,
            )
            if draft.flow_run_id:  # a ticket from pretreatment: its run belongs to the call too
                flow = draft.evidence.get("flowId", "") if isinstance(draft.evidence, dict) else ""
                outcome = "resolved" if draft.close_at_front_line else "dispatch"
                wrapups.note_run(
                    draft.customer_id, draft.flow_run_id, str(flow), outcome, number=draft.number
                )

    guard = KnownEventGuard(known_events) if known_events is not None else None
    desk = TicketDesk(system, outbox, agent, audit=audit, on_submitted=follow, known_events=guard)

    async def submit_record(draft: TicketDraft, draft_id: str):
        return await desk.submit(draft, draft_id)

    wrapups.set_record_submitter(submit_record)  # front-line calls are reported through the same outbox
    statistics = TicketStatisticsService(system, outbox, wrapups, agent, clock=clock)
    return TicketServices(desk, outbox, wrapups, statistics, system, agent)
