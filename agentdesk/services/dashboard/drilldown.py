"""What lies behind a number on the dashboard: the list-route filters that give exactly the tickets or runs
the ticket system counted for it (the statistics and the lists share one definition of every filter).

Pure: a drill-down is described first (so a view can title it and a test can compare it), then listed by
:meth:`DashboardService.behind`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

# series of the trend and agent charts -> ticket filter fields
SERIES = (
    "total", "consult", "complaint", "fault", "pretreated", "closed_at_front_line", "dispatched", "overdue",
    "escalated", "stuck",
)  # fmt: skip
TICKETS, RUNS = "tickets", "runs"


@dataclass(frozen=True)
class Scope:
    """The dashboard's current selection every drill-down starts from."""

    since: datetime
    until: datetime
    team: str | None = None
    agent: str | None = None


@dataclass(frozen=True)
class TicketFilter:
    since: datetime
    until: datetime
    team: str | None = None
    created_by: str | None = None
    ticket_types: tuple[str, ...] = ()  # one request per type; empty = every type
    category: str | None = None
    pretreated: bool | None = None
    closed_at_front_line: bool | None = None
    overdue: bool | None = None
    escalated: bool | None = None
    stuck: bool | None = None
    resolved_only: bool = False  # with a resolution time (the handling-time mean)
    rated_only: bool = False  # with a satisfaction score


@dataclass(frozen=True)
class RunFilter:
    since: datetime
    until: datetime
    team: str | None = None
    agent: str | None = None
    flow_id: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class DrillDown:
    """``subject`` names what was clicked (an indicator key, ``day``, ``category``, ``agent``, ``flow``);
    ``label`` the bar or point (a date, a category, an agent) and ``series`` the line or bar group."""

    kind: str  # tickets | runs
    subject: str
    label: str = ""
    series: str = "total"
    tickets: TicketFilter | None = None
    runs: RunFilter | None = None


def _tickets(scope: Scope, since: datetime | None = None, until: datetime | None = None) -> TicketFilter:
    return TicketFilter(since or scope.since, until or scope.until, team=scope.team, created_by=scope.agent)


def _series(f: TicketFilter, series: str) -> TicketFilter:
    if series not in SERIES:
        raise ValueError(f"unknown series {series!r}")
    if series in ("consult", "complaint", "fault"):
        return replace(f, ticket_types=(series,))
    if series == "dispatched":
        return replace(f, closed_at_front_line=False)
    if series == "total":
        return f
    return replace(f, **{series: True})


def for_indicator(scope: Scope, key: str) -> DrillDown:
    """The tickets (or runs) an indicator is computed from; for a rate, its whole base (the view marks
    the part), so the team lead also sees the ones that missed."""
    base = _tickets(scope)
    filters = {
        "pretreatment_rate": replace(base, ticket_types=("complaint", "fault")),
        "front_line_resolution_rate": base,
        "dispatched": replace(base, closed_at_front_line=False),
        "overdue": replace(base, overdue=True),
        "escalated": replace(base, escalated=True),
        "stuck": replace(base, stuck=True),
        "average_handling": replace(base, closed_at_front_line=False, resolved_only=True),
        "complaints_per_10k": replace(base, ticket_types=("complaint",)),
        "satisfaction": replace(base, rated_only=True),
    }
    if key == "flow_resolved_rate":
        return DrillDown(RUNS, key, runs=RunFilter(scope.since, scope.until, scope.team, scope.agent))
    if key not in filters:
        raise ValueError(f"unknown indicator {key!r}")
    return DrillDown(TICKETS, key, tickets=filters[key])


def for_day(scope: Scope, day: date, since: datetime, until: datetime, series: str = "total") -> DrillDown:
    """One local day of the trend (``since``/``until``: that day clipped to the period)."""
    return DrillDown(
        TICKETS, "day", day.isoformat(), series, tickets=_series(_tickets(scope, since, until), series)
    )


def for_category(scope: Scope, category: str, ticket_type: str = "complaint") -> DrillDown:
    f = replace(_tickets(scope), ticket_types=(ticket_type,), category=category)
    return DrillDown(TICKETS, "category", category, ticket_type, tickets=f)


def for_agent(scope: Scope, agent: str, series: str = "total") -> DrillDown:
    f = _series(replace(_tickets(scope), created_by=agent), series)
    return DrillDown(TICKETS, "agent", agent, series, tickets=f)


def for_flow(scope: Scope, flow_id: str, outcome: str | None = None) -> DrillDown:
    f = RunFilter(scope.since, scope.until, scope.team, scope.agent, flow_id=flow_id, outcome=outcome)
    return DrillDown(RUNS, "flow", flow_id, outcome or "total", runs=f)
