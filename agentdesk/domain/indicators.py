"""The team-lead dashboard's quality indicators: what each one measures, its target, and the traffic light.

Pure functions over the ticket system's statistics (``domain.tickets.TicketStatistics``), so every value on
the dashboard can be checked by hand against the tickets and runs the list routes return. A target has two
thresholds: at or better than ``good`` the light is green, at or better than ``acceptable`` amber, worse red;
"better" is higher for rates and satisfaction, lower for counts, times and complaint ratios. Counts that
grow with the length of the period (dispatched, escalated, complaints per 10,000) have targets per day,
scaled by the days of the period, so one set of targets fits "today" and "the last 30 days" alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from agentdesk.domain.tickets import FLOW_OUTCOMES, FlowRun, FlowRunStatistics, TicketStatistics

HIGHER, LOWER = "higher", "lower"
GREEN, AMBER, RED, NO_DATA = "green", "amber", "red", "none"
RATE, COUNT, DURATION, PER_10K, SCORE = "rate", "count", "duration", "per10k", "score"


@dataclass(frozen=True)
class Target:
    """``good``: green at or better than this; ``acceptable``: amber at or better than this; else red."""

    good: float
    acceptable: float

    def scaled(self, factor: float) -> Target:
        return Target(self.good * factor, self.acceptable * factor)


@dataclass(frozen=True)
class IndicatorDefinition:
    key: str
    unit: str  # rate (0..1) | count | duration (seconds) | per10k | score (1..5)
    better: str  # higher | lower
    default_target: Target
    per_day: bool = False  # the target is per day of the period


INDICATORS: tuple[IndicatorDefinition, ...] = (
    IndicatorDefinition("pretreatment_rate", RATE, HIGHER, Target(0.60, 0.45)),
    IndicatorDefinition("front_line_resolution_rate", RATE, HIGHER, Target(0.50, 0.40)),
    IndicatorDefinition("flow_resolved_rate", RATE, HIGHER, Target(0.60, 0.50)),
    IndicatorDefinition("dispatched", COUNT, LOWER, Target(5, 8), per_day=True),
    IndicatorDefinition("overdue", COUNT, LOWER, Target(0, 3)),
    IndicatorDefinition("escalated", COUNT, LOWER, Target(0, 0.5), per_day=True),
    IndicatorDefinition("stuck", COUNT, LOWER, Target(0, 3)),
    IndicatorDefinition("average_handling", DURATION, LOWER, Target(24 * 3600, 48 * 3600)),
    IndicatorDefinition("complaints_per_10k", PER_10K, LOWER, Target(2.5, 4.0), per_day=True),
    IndicatorDefinition("satisfaction", SCORE, HIGHER, Target(4.5, 4.0)),
)
BY_KEY: dict[str, IndicatorDefinition] = {d.key: d for d in INDICATORS}
DEFAULT_TARGETS: dict[str, Target] = {d.key: d.default_target for d in INDICATORS}


def traffic_light(value: float | None, better: str, target: Target) -> str:
    """green / amber / red for a value against its target; ``none`` when there is no value to judge."""
    if value is None:
        return NO_DATA
    if better == HIGHER:
        return GREEN if value >= target.good else AMBER if value >= target.acceptable else RED
    return GREEN if value <= target.good else AMBER if value <= target.acceptable else RED


def check_target(definition: IndicatorDefinition, target: Target) -> Target:
    """The target if it makes sense for the indicator, else ``ValueError`` saying why."""
    if target.good < 0 or target.acceptable < 0:
        raise ValueError(f"{definition.key}: a target cannot be negative")
    if definition.unit == RATE and (target.good > 1 or target.acceptable > 1):
        raise ValueError(f"{definition.key}: a rate target is at most 100 %")
    if definition.unit == SCORE and not (0 <= target.acceptable <= 5 and 0 <= target.good <= 5):
        raise ValueError(f"{definition.key}: a satisfaction target is between 0 and 5")
    worse_than_acceptable = (
        target.good < target.acceptable if definition.better == HIGHER else target.good > target.acceptable
    )
    if worse_than_acceptable:
        raise ValueError(f"{definition.key}: the 'good' threshold must be at least as good as 'acceptable'")
    return target


def targets_to_json(targets: Mapping[str, Target]) -> str:
    return json.dumps(
        {k: {"good": t.good, "acceptable": t.acceptable} for k, t in targets.items() if k in BY_KEY},
        sort_keys=True,
    )


def targets_from_json(text: str) -> dict[str, Target]:
    """The stored targets over the defaults; an unreadable or senseless entry keeps its default."""
    targets = dict(DEFAULT_TARGETS)
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return targets
    if not isinstance(data, dict):
        return targets
    for key, raw in data.items():
        definition = BY_KEY.get(key)
        if definition is None or not isinstance(raw, dict):
            continue
        good, acceptable = raw.get("good"), raw.get("acceptable")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (good, acceptable)):
            continue
        try:
            targets[key] = check_target(definition, Target(float(good), float(acceptable)))
        except ValueError:
            continue
    return targets


def period_days(since: datetime, until: datetime, tz_offset_minutes: int) -> int:
    """How many local days [since, until) touches (today, even begun, counts as one)."""
    tz = timedelta(minutes=tz_offset_minutes)
    first = (since + tz).date()
    last = (max(until - timedelta(microseconds=1), since) + tz).date()
    return (last - first).days + 1


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator for one period: the value, what it was judged against and the light."""

    key: str
    value: float | None
    target: Target  # already scaled to the period
    light: str
    part: int | None = None  # numerator of a rate / the count behind a ratio
    whole: int | None = None  # denominator of a rate


def evaluate(
    key: str,
    value: float | None,
    targets: Mapping[str, Target],
    days: int,
    *,
    part: int | None = None,
    whole: int | None = None,
) -> IndicatorValue:
    definition = BY_KEY[key]
    target = targets.get(key, definition.default_target)
    if definition.per_day:
        target = target.scaled(max(days, 1))
    return IndicatorValue(key, value, target, traffic_light(value, definition.better, target), part, whole)


def merge_runs(server: FlowRunStatistics | None, local: Sequence[FlowRun]) -> FlowRunStatistics | None:
    """The back end's run statistics plus runs only this desk holds (not reported yet)."""
    if not local:
        return server
    base_total = server.total if server else 0
    by_outcome = {o: (server.by_outcome.get(o, 0) if server else 0) for o in FLOW_OUTCOMES}
    by_flow: dict[str, dict[str, int]] = {k: dict(v) for k, v in (server.by_flow if server else {}).items()}
    for run in local:
        by_outcome[run.outcome] = by_outcome.get(run.outcome, 0) + 1
        flow = by_flow.setdefault(run.flow_id, {"total": 0, **{o: 0 for o in FLOW_OUTCOMES}})
        flow["total"] = flow.get("total", 0) + 1
        flow[run.outcome] = flow.get(run.outcome, 0) + 1
    total = base_total + len(local)
    base_mean = server.average_duration_ms if server and server.average_duration_ms is not None else 0.0
    duration_sum = base_mean * base_total + sum(r.duration_ms for r in local)
    return FlowRunStatistics(
        total=total,
        by_outcome=by_outcome,
        by_flow=dict(sorted(by_flow.items())),
        resolved_rate=by_outcome.get("resolved", 0) / total,
        dispatch_rate=by_outcome.get("dispatch", 0) / total,
        average_duration_ms=duration_sum / total,
    )


def pretreated_complaints_and_faults(stats: TicketStatistics) -> int:
    """The numerator of the pretreatment rate (the statistics give the rate and the denominator)."""
    whole = stats.counts.complaint + stats.counts.fault
    return round(stats.pretreatment_rate * whole) if stats.pretreatment_rate is not None else 0


def compute_indicators(
    stats: TicketStatistics,
    targets: Mapping[str, Target] | None = None,
    runs: FlowRunStatistics | None = None,
    days: int | None = None,
) -> tuple[IndicatorValue, ...]:
    """Every indicator of ``INDICATORS`` for one period, in that order.

    ``runs`` replaces the statistics' own run part (e.g. merged with local runs); ``days`` defaults to
    the days of the statistics' period.
    """
    targets = targets or DEFAULT_TARGETS
    c = stats.counts
    runs = runs if runs is not None else stats.flow_runs
    if days is None:
        days = period_days(stats.period_from, stats.period_to, stats.tz_offset_minutes)
    complaints = c.complaint
    values = {
        "pretreatment_rate": (
            stats.pretreatment_rate,
            pretreated_complaints_and_faults(stats),
            c.complaint + c.fault,
        ),
        "front_line_resolution_rate": (stats.front_line_resolution_rate, c.closed_at_front_line, c.total),
        "flow_resolved_rate": (
            runs.resolved_rate if runs else None,
            runs.by_outcome.get("resolved", 0) if runs else 0,
            runs.total if runs else 0,
        ),
        "dispatched": (float(c.dispatched), c.dispatched, None),
        "overdue": (float(c.overdue), c.overdue, None),
        "escalated": (float(c.escalated), c.escalated, None),
        "stuck": (float(c.stuck), c.stuck, None),
        "average_handling": (stats.average_handling_seconds, None, None),
        "complaints_per_10k": (stats.complaints_per_10k, complaints, stats.subscriber_base or None),
        "satisfaction": (
            stats.satisfaction_average if stats.satisfaction_rated else None,
            stats.satisfaction_rated,
            None,
        ),
    }
    return tuple(
        evaluate(d.key, values[d.key][0], targets, days, part=values[d.key][1], whole=values[d.key][2])
        for d in INDICATORS
    )


@dataclass(frozen=True)
class IndicatorRow:
    """One line of the dashboard: the indicator today and over the chosen period."""

    definition: IndicatorDefinition
    today: IndicatorValue
    period: IndicatorValue

    @property
    def key(self) -> str:
        return self.definition.key


def indicator_rows(
    today: Sequence[IndicatorValue], period: Sequence[IndicatorValue]
) -> tuple[IndicatorRow, ...]:
    by_key = {v.key: v for v in period}
    return tuple(IndicatorRow(BY_KEY[t.key], t, by_key[t.key]) for t in today if t.key in by_key)


@dataclass(frozen=True)
class CategoryComplaints:
    category: str
    count: int
    per_10k: float | None


def complaints_by_category(stats: TicketStatistics) -> tuple[CategoryComplaints, ...]:
    """Complaint tickets per category with their rate per 10,000 subscribers, most first."""
    rows = [
        CategoryComplaints(category, rate.count, rate.per_10k)
        for category, rate in stats.complaints_per_10k_by_category.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.count, r.category)))


@dataclass(frozen=True)
class AgentLine:
    """One agent's tickets in the period, with the rate the team lead compares agents by."""

    agent: str
    display_name: str
    total: int
    consult: int
    complaint: int
    fault: int
    pretreated: int
    closed_at_front_line: int
    dispatched: int
    overdue: int
    escalated: int
    stuck: int
    front_line_resolution_rate: float | None = field(default=None)


def agent_lines(stats: TicketStatistics) -> tuple[AgentLine, ...]:
    """Agents by tickets, most first (the bars of "by agent")."""
    lines = []
    for a in stats.by_agent:
        c = a.counts
        lines.append(
            AgentLine(
                a.agent,
                a.display_name or a.agent,
                c.total,
                c.consult,
                c.complaint,
                c.fault,
                c.pretreated,
                c.closed_at_front_line,
                c.dispatched,
                c.overdue,
                c.escalated,
                c.stuck,
                c.closed_at_front_line / c.total if c.total else None,
            )  # fmt: skip
        )
    return tuple(sorted(lines, key=lambda line: (-line.total, line.agent)))


def with_local_runs(stats: TicketStatistics, local: Sequence[FlowRun]) -> TicketStatistics:
    """The statistics with their run part merged with this desk's unreported runs."""
    return replace(stats, flow_runs=merge_runs(stats.flow_runs, local)) if local else stats
