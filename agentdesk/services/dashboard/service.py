"""The team-lead dashboard's use-cases: load the indicators for today and a chosen period, list what lies
behind a number, export a table.

Team leads only: the service refuses an agent before asking anything (and the ticket system would refuse
the statistics too). The ticket system's statistics are the source; this desk's runs that are not
reported yet are added (see ``local_runs``); service events are an optional part whose failure leaves the
rest of the dashboard standing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from agentdesk.domain.indicators import (
    AgentLine,
    CategoryComplaints,
    IndicatorRow,
    Target,
    agent_lines,
    complaints_by_category,
    compute_indicators,
    indicator_rows,
    merge_runs,
)
from agentdesk.domain.service_events import EventStatistics
from agentdesk.domain.tickets import FlowRun, FlowRunStatistics, Ticket, TicketStatistics
from agentdesk.services.dashboard import drilldown
from agentdesk.services.dashboard.local_runs import LocalRunRecords
from agentdesk.services.dashboard.periods import TODAY, Interval, PeriodChoice, interval
from agentdesk.services.dashboard.targets import TargetStore
from agentdesk.services.errors import ConnectorError, ServiceError

log = logging.getLogger(__name__)

EVENTS_MAX_DAYS = 31  # the events system's statistics window
PAGE = 1000
MAX_ROWS = 10_000  # a drill-down longer than this is cut (and says so)


class DashboardNotAllowed(ServiceError):
    """The signed-in user is not a team lead."""

    kind = "forbidden"

    def __init__(self) -> None:
        super().__init__("the dashboard is for team leads")


@dataclass(frozen=True)
class DashboardQuery:
    period: PeriodChoice = field(default_factory=PeriodChoice)
    team: str | None = None  # None: every team
    agent: str | None = None  # None: every agent of the team


@dataclass(frozen=True)
class DashboardSnapshot:
    """Everything one refresh of the dashboard shows, taken at ``taken_at``."""

    query: DashboardQuery
    interval: Interval
    today_interval: Interval
    today: TicketStatistics
    period: TicketStatistics  # runs merged with this desk's unreported ones
    rows: tuple[IndicatorRow, ...]
    targets: Mapping[str, Target]
    local_runs: int  # unreported runs of this desk added to the period
    taken_at: datetime
    events: EventStatistics | None = None
    events_error: ConnectorError | None = None
    events_since: datetime | None = None  # the events window (at most 31 days, the period's end)

    @property
    def runs(self) -> FlowRunStatistics | None:
        return self.period.flow_runs

    @property
    def categories(self) -> tuple[CategoryComplaints, ...]:
        return complaints_by_category(self.period)

    @property
    def agents(self) -> tuple[AgentLine, ...]:
        return agent_lines(self.period)

    def scope(self) -> drilldown.Scope:
        return drilldown.Scope(self.interval.since, self.interval.until, self.query.team, self.query.agent)

    def today_scope(self) -> drilldown.Scope:
        i = self.today_interval
        return drilldown.Scope(i.since, i.until, self.query.team, self.query.agent)


@dataclass(frozen=True)
class DrillResult:
    drill: drilldown.DrillDown
    tickets: tuple[Ticket, ...] = ()
    runs: tuple[FlowRun, ...] = ()
    local_run_ids: frozenset[str] = frozenset()  # runs only this desk knows (not reported yet)
    truncated: bool = False

    def __len__(self) -> int:
        return len(self.tickets) + len(self.runs)


class DashboardService:
    def __init__(
        self,
        tickets: Any,  # connectors.tickets.TicketsConnector
        *,
        is_team_lead: Callable[[], bool],
        targets: TargetStore | None = None,
        events: Any = None,  # connectors.events.EventsConnector, when configured
        local_runs: LocalRunRecords | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._tickets = tickets
        self._events = events
        self._local_runs = local_runs
        self._is_team_lead = is_team_lead
        self.targets = targets or TargetStore(None)
        self._clock = clock or (lambda: datetime.now(UTC).astimezone())

    @property
    def allowed(self) -> bool:
        return bool(self._is_team_lead())

    @property
    def has_events(self) -> bool:
        return self._events is not None

    def now(self) -> datetime:
        """The desk's local time (aware): it decides which day is today."""
        now = self._clock()
        return now if now.tzinfo is not None else now.replace(tzinfo=UTC)

    def _check(self) -> None:
        if not self.allowed:
            raise DashboardNotAllowed()

    # -- the dashboard ------------------------------------------------------------------------------------
    async def load(self, query: DashboardQuery) -> DashboardSnapshot:
        """Today's and the period's indicators, the breakdowns and the events, fetched together."""
        self._check()
        now = self.now()
        period = interval(query.period, now)
        today = interval(PeriodChoice(TODAY), now)
        events_since = max(period.since, period.until - timedelta(days=EVENTS_MAX_DAYS))

        async def stats(i: Interval) -> TicketStatistics:
            return await self._tickets.statistics(
                since=i.since, until=i.until, team=query.team, agent=query.agent,
                tz_offset_minutes=i.tz_offset_minutes,
            )  # fmt: skip

        async def local(i: Interval) -> list[FlowRun]:
            if self._local_runs is None:
                return []
            return await self._local_runs.unreported(i.since, i.until, team=query.team, agent=query.agent)

        events_task = asyncio.ensure_future(self._event_statistics(events_since, period.until, query.team))
        try:
            today_stats, period_stats, today_local, period_local = await asyncio.gather(
                stats(today), stats(period), local(today), local(period)
            )
        except BaseException:
            events_task.cancel()
            raise
        events, events_error = await events_task
        today_stats = replace(today_stats, flow_runs=merge_runs(today_stats.flow_runs, today_local))
        period_stats = replace(period_stats, flow_runs=merge_runs(period_stats.flow_runs, period_local))
        targets = self.targets.load()
        rows = indicator_rows(
            compute_indicators(today_stats, targets, days=today.days),
            compute_indicators(period_stats, targets, days=period.days),
        )
        return DashboardSnapshot(
            query=query, interval=period, today_interval=today, today=today_stats, period=period_stats,
            rows=rows, targets=targets, local_runs=len(period_local),
            taken_at=period_stats.generated_at or now.astimezone(UTC),
            events=events, events_error=events_error, events_since=events_since if self.has_events else None,
        )  # fmt: skip

    async def _event_statistics(
        self, since: datetime, until: datetime, team: str | None
    ) -> tuple[EventStatistics | None, ConnectorError | None]:
        if self._events is None:
            return None, None
        try:
            return await self._events.statistics(since=since, until=until, team=team), None
        except ConnectorError as exc:  # the rest of the dashboard stands without the events part
            log.info("service-event statistics not available (%s)", exc)
            return None, exc

    # -- drill-down ---------------------------------------------------------------------------------------
    async def behind(self, drill: drilldown.DrillDown) -> DrillResult:
        """Exactly the tickets or runs counted for a number (newest first)."""
        self._check()
        if drill.kind == drilldown.RUNS and drill.runs is not None:
            return await self._runs_behind(drill)
        if drill.tickets is None:
            raise ValueError("a ticket drill-down needs a ticket filter")
        f = drill.tickets
        types = f.ticket_types or (None,)
        pages = await asyncio.gather(*(self._all_tickets(f, t) for t in types))
        tickets = [t for items, _ in pages for t in items]
        truncated = any(cut for _, cut in pages)
        if f.resolved_only:
            tickets = [t for t in tickets if t.resolved_at is not None]
        if f.rated_only:
            tickets = [t for t in tickets if t.satisfaction is not None]
        tickets.sort(key=lambda t: (t.created_at, t.id), reverse=True)
        return DrillResult(drill, tickets=tuple(tickets), truncated=truncated)

    async def _all_tickets(
        self, f: drilldown.TicketFilter, ticket_type: str | None
    ) -> tuple[list[Ticket], bool]:
        out: list[Ticket] = []
        offset = 0
        while True:
            page = await self._tickets.tickets(
                team=f.team, created_by=f.created_by, ticket_type=ticket_type, category=f.category,
                since=f.since, until=f.until, pretreated=f.pretreated, closed_at_front_line=f.closed_at_front_line,
                overdue=f.overdue, escalated=f.escalated, stuck=f.stuck, offset=offset, limit=PAGE,
            )  # fmt: skip
            out.extend(page.items)
            offset += len(page.items)
            if not page.items or not page.has_more:
                return out, False
            if len(out) >= MAX_ROWS:
                return out, True

    async def _runs_behind(self, drill: drilldown.DrillDown) -> DrillResult:
        f = drill.runs
        assert f is not None
        out: list[FlowRun] = []
        offset, truncated = 0, False
        while True:
            page = await self._tickets.runs(
                agent=f.agent, team=f.team, flow_id=f.flow_id, outcome=f.outcome, since=f.since, until=f.until,
                offset=offset, limit=PAGE,
            )  # fmt: skip
            out.extend(page.items)
            offset += len(page.items)
            if not page.items or not page.has_more:
                break
            if len(out) >= MAX_ROWS:
                truncated = True
                break
        local: list[FlowRun] = []
        if self._local_runs is not None:
            local = [
                r
                for r in await self._local_runs.unreported(f.since, f.until, team=f.team, agent=f.agent)
                if (f.flow_id is None or r.flow_id == f.flow_id)
                and (f.outcome is None or r.outcome == f.outcome)
            ]
        runs = sorted([*out, *local], key=lambda r: (r.started_at, r.id), reverse=True)
        return DrillResult(
            drill, runs=tuple(runs), local_run_ids=frozenset(r.id for r in local), truncated=truncated
        )
