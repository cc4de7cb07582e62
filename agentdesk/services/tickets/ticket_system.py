"""The ticket desk's side of the tickets connector: what the desk asks of the 10000/112 systems.

It turns the desk's stored drafts into the connector's drafts, keeps the last ticket catalogue in the
local database (so the entry form works while the ticket system is down) and says which look-ups a
signed-in agent may make. Views never see this module; they call ``TicketDesk``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from agentdesk.domain import tickets as wire
from agentdesk.domain.common import Page
from agentdesk.domain.ticket_drafts import DEFAULT_CATALOGUE, OPEN_STATUSES, TicketCatalogue, TicketDraft
from agentdesk.services.errors import ConnectorError
from agentdesk.services.tickets.outbox import SentTicket
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import utc_iso

log = logging.getLogger(__name__)


def wire_draft(draft: TicketDraft) -> wire.TicketDraft:
    """The connector's draft of a stored desk draft (empty texts are left out, so CRM fills them)."""
    return wire.TicketDraft(
        ticket_type=draft.ticket_type,
        category=draft.category,
        description=draft.description,
        severity=draft.severity,
        customer_id=draft.customer_id or None,
        number=draft.number or None,
        contact_phone=draft.contact_phone or None,
        callback_at=draft.requested_callback,
        pretreated=draft.pretreated,
        flow_run_id=draft.flow_run_id or None,
        evidence=draft.evidence,
        event_id=draft.event_id or None,
        escalated=draft.escalated,
        close_at_front_line=draft.close_at_front_line,
    )


def desk_catalogue(catalogue: wire.TicketCatalogue) -> TicketCatalogue:
    return TicketCatalogue(
        categories_of_type={t.ticket_type: tuple(t.categories) for t in catalogue.types},
        categories=tuple(catalogue.categories),
        flow_of_category=dict(catalogue.flow_of_category),
        due_hours={t.ticket_type: {k: float(v) for k, v in t.due_hours.items()} for t in catalogue.types},
        system_of_type={t.ticket_type: t.ticket_system for t in catalogue.types},
    )


class TicketSystem:
    def __init__(self, connector, db: LocalDatabase) -> None:
        self._api = connector
        self._db = db
        self._catalogue: TicketCatalogue | None = None
        self._fresh = False
        self._catalogue_lock = asyncio.Lock()

    # -- catalogue -----------------------------------------------------------------------------------------
    async def catalogue(self) -> TicketCatalogue:
        """The ticket system's catalogue; offline, the last one stored here (or the built-in one)."""
        async with self._catalogue_lock:
            if self._catalogue is not None and self._fresh:
                return self._catalogue
            try:
                fetched = desk_catalogue(await self._api.catalogue())
            except ConnectorError as exc:
                log.info("ticket catalogue not available (%s); using the stored one", exc)
                if self._catalogue is None:
                    self._catalogue = await self._stored_catalogue() or DEFAULT_CATALOGUE
                return self._catalogue
            self._catalogue, self._fresh = fetched, True
            await self._db.aexecute(
                "INSERT INTO ticket_catalogue (id, catalogue_json, fetched_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET catalogue_json = excluded.catalogue_json,"
                " fetched_at = excluded.fetched_at",
                (fetched.to_json(), utc_iso()),
                durable=False,
            )
            return fetched

    def try_now(self) -> None:
        """The agent asked to send now: do not wait for the connector's cool-down after failures."""
        client = getattr(self._api, "client", None)
        if client is not None:
            client.try_now()

    @property
    def catalogue_is_fresh(self) -> bool:
        """True once the ticket system itself answered (offline catalogues may be out of date)."""
        return self._fresh

    async def _stored_catalogue(self) -> TicketCatalogue | None:
        row = await self._db.aone("SELECT catalogue_json FROM ticket_catalogue WHERE id = 1")
        if row is None:
            return None
        try:
            return TicketCatalogue.from_json(row["catalogue_json"])
        except (ValueError, KeyError, TypeError):
            log.warning("the stored ticket catalogue is unreadable; using the built-in one")
            return None

    # -- tickets -------------------------------------------------------------------------------------------
    async def create(self, draft: TicketDraft, idempotency_key: str) -> SentTicket:
        ticket = await self._api.create(wire_draft(draft), idempotency_key=idempotency_key)
        return SentTicket(ticket_id=ticket.id, ticket_system=ticket.ticket_system)

    async def list(
        self,
        *,
        customer_id: str | None = None,
        mine: bool = False,
        open_only: bool = False,
        overdue: bool | None = None,
        since: datetime | None = None,
        limit: int = 200,
    ) -> Page[wire.Ticket]:
        return await self._api.tickets(
            customer_id=customer_id,
            mine=mine,
            statuses=OPEN_STATUSES if open_only else None,
            overdue=overdue,
            since=since,
            limit=limit,
        )

    async def ticket(self, ticket_id: str) -> wire.Ticket:
        return await self._api.ticket(ticket_id)

    async def add_note(self, ticket_id: str, text: str, idempotency_key: str) -> wire.Ticket:
        return await self._api.add_note(ticket_id, text, idempotency_key=idempotency_key)

    async def close(self, ticket_id: str, note: str | None, idempotency_key: str) -> wire.Ticket:
        return await self._api.close(ticket_id, note, idempotency_key=idempotency_key)

    # -- statistics ----------------------------------------------------------------------------------------
    async def my_statistics(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        tz_offset_minutes: int | None = None,
    ) -> wire.TicketStatistics:
        return await self._api.my_statistics(since=since, until=until, tz_offset_minutes=tz_offset_minutes)

    async def team_statistics(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        team: str | None = None,
        agent: str | None = None,
        tz_offset_minutes: int | None = None,
    ) -> wire.TicketStatistics:
        """Team leads only: the ticket system answers 403 (``Forbidden``) to agents."""
        return await self._api.statistics(
            since=since, until=until, team=team, agent=agent, tz_offset_minutes=tz_offset_minutes
        )
