"""The agent's ticket numbers: what the ticket system counts for them, plus what only this desk knows.

The ticket system counts tickets and pretreatment runs (``/tickets/statistics/me``; the team's for team
leads, used by the dashboard). The desk adds its own: drafts still waiting to send or refused, and the
calls' wrap-ups, from which it counts the front-line resolution rate per call. When the ticket system
is down the local part is still shown, marked as such.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from agentdesk.domain.tickets import TicketStatistics
from agentdesk.services.errors import ConnectorError
from agentdesk.services.tickets.outbox import TicketOutbox
from agentdesk.services.tickets.ticket_system import TicketSystem
from agentdesk.services.tickets.wrapup import WrapUpService, WrapUpSummary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgentStatistics:
    since: datetime
    until: datetime
    tickets: TicketStatistics | None  # None when the ticket system could not be asked
    error: ConnectorError | None
    waiting_to_send: int
    refused: int
    wrapups: WrapUpSummary

    # the figures the agent's panel shows; None = unknown (offline) or nothing to divide by
    @property
    def created(self) -> int | None:
        return self.tickets.counts.total if self.tickets else None

    @property
    def pretreated(self) -> int | None:
        return self.tickets.counts.pretreated if self.tickets else None

    @property
    def closed_at_front_line(self) -> int | None:
        return self.tickets.counts.closed_at_front_line if self.tickets else None

    @property
    def dispatched(self) -> int | None:
        return self.tickets.counts.dispatched if self.tickets else None

    @property
    def overdue(self) -> int | None:
        return self.tickets.counts.overdue if self.tickets else None

    @property
    def escalated(self) -> int | None:
        return self.tickets.counts.escalated if self.tickets else None

    @property
    def pretreatment_rate(self) -> float | None:
        return self.tickets.pretreatment_rate if self.tickets else None

    @property
    def closure_rate(self) -> float | None:
        return self.tickets.closure_rate if self.tickets else None

    @property
    def front_line_resolution_rate(self) -> float | None:
        """Of the tickets; the per-call rate is ``wrapups.front_line_resolution_rate``."""
        return self.tickets.front_line_resolution_rate if self.tickets else None


class TicketStatisticsService:
    def __init__(
        self,
        system: TicketSystem,
        outbox: TicketOutbox,
        wrapups: WrapUpService,
        agent: Callable[[], str | None],
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._system = system
        self._outbox = outbox
        self._wrapups = wrapups
        self._agent = agent
        self._clock = clock or (lambda: datetime.now(UTC))

    def today(self) -> tuple[datetime, datetime]:
        """Today in the desk's local time zone, as an aware UTC interval [start, now].

        The end is the next whole second: the ticket system keeps times to the second and counts
        [from, to), so a ticket created this very second is counted too.
        """
        now = self._clock()
        local = now.astimezone()
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return start.astimezone(UTC), now.replace(microsecond=0) + timedelta(seconds=1)

    async def for_agent(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> AgentStatistics:
        """The signed-in agent's numbers for [since, until) (default: today)."""
        if since is None or until is None:
            d_since, d_until = self.today()
            since, until = since or d_since, until or d_until
        until = max(until, since + timedelta(seconds=1))
        offset = int((self._clock().astimezone().utcoffset() or timedelta()).total_seconds() // 60)
        tickets, error = None, None
        try:
            tickets = await self._system.my_statistics(since, until, offset)
        except ConnectorError as exc:
            log.info("agent statistics: ticket system not available (%s)", exc)
            error = exc
        agent = self._agent() or ""
        outbox = await self._outbox.entries(
            owner=agent, states=("pending", "sending", "rejected"), limit=10_000
        )
        summary = await self._wrapups.summary(agent=agent, since=since, until=until)
        return AgentStatistics(
            since=since,
            until=until,
            tickets=tickets,
            error=error,
            waiting_to_send=sum(1 for e in outbox if e.waiting),
            refused=sum(1 for e in outbox if e.state == "rejected"),
            wrapups=summary,
        )

    async def for_team(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        team: str | None = None,
        agent: str | None = None,
    ) -> TicketStatistics:
        """The dashboard's numbers (team leads only; agents get ``Forbidden``)."""
        offset = int((self._clock().astimezone().utcoffset() or timedelta()).total_seconds() // 60)
        return await self._system.team_statistics(
            since, until, team=team, agent=agent, tz_offset_minutes=offset
        )
