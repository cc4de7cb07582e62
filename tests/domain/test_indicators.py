"""Indicator definitions, traffic lights, targets and the values computed from ticket statistics."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agentdesk.domain import indicators as ind
from agentdesk.domain.indicators import AMBER, GREEN, HIGHER, LOWER, NO_DATA, RED, Target
from agentdesk.domain.tickets import (
    AgentCounts,
    CategoryRate,
    FlowRun,
    FlowRunStatistics,
    TicketCounts,
    TicketStatistics,
)


@pytest.mark.parametrize(
    ("value", "better", "good", "acceptable", "light"),
    [
        (0.9, HIGHER, 0.8, 0.6, GREEN),
        (0.8, HIGHER, 0.8, 0.6, GREEN),  # at the target is on target
        (0.79, HIGHER, 0.8, 0.6, AMBER),
        (0.6, HIGHER, 0.8, 0.6, AMBER),
        (0.59, HIGHER, 0.8, 0.6, RED),
        (0, LOWER, 0, 3, GREEN),
        (1, LOWER, 0, 3, AMBER),
        (3, LOWER, 0, 3, AMBER),
        (4, LOWER, 0, 3, RED),
        (None, LOWER, 0, 3, NO_DATA),
        (None, HIGHER, 0.8, 0.6, NO_DATA),
    ],
)
def test_traffic_light(value, better, good, acceptable, light):
    assert ind.traffic_light(value, better, Target(good, acceptable)) == light


def test_per_day_targets_scale_with_the_period():
    one_day = ind.evaluate("dispatched", 6.0, ind.DEFAULT_TARGETS, 1)
    week = ind.evaluate("dispatched", 6.0, ind.DEFAULT_TARGETS, 7)
    assert one_day.target == Target(5, 8) and one_day.light == AMBER
    assert week.target == Target(35, 56) and week.light == GREEN
    # an absolute target does not scale
    assert ind.evaluate("overdue", 2.0, ind.DEFAULT_TARGETS, 30).target == Target(0, 3)


@pytest.mark.parametrize(
    ("since", "until", "days"),
    [
        ("2026-11-25T16:00:00+00:00", "2026-11-26T03:00:00+00:00", 1),  # today in China, up to now
        ("2026-11-19T16:00:00+00:00", "2026-11-26T16:00:00+00:00", 7),  # seven whole local days
        ("2026-11-25T16:00:00+00:00", "2026-11-25T16:00:00+00:00", 1),  # empty: still one day
    ],
)
def test_period_days_are_local_days(since, until, days):
    assert ind.period_days(datetime.fromisoformat(since), datetime.fromisoformat(until), 480) == days


def test_targets_round_trip_and_bad_entries_keep_defaults():
    mine = dict(ind.DEFAULT_TARGETS, pretreatment_rate=Target(0.9, 0.7), overdue=Target(1, 2))
    assert ind.targets_from_json(ind.targets_to_json(mine)) == mine
    broken = (
        '{"pretreatment_rate": {"good": 0.5, "acceptable": 0.9},'  # good worse than acceptable
        ' "overdue": {"good": "x", "acceptable": 1}, "unknown": {"good": 1, "acceptable": 2},'
        ' "satisfaction": {"good": 4.8, "acceptable": 4.2}}'
    )
    got = ind.targets_from_json(broken)
    assert got["pretreatment_rate"] == ind.DEFAULT_TARGETS["pretreatment_rate"]
    assert got["overdue"] == ind.DEFAULT_TARGETS["overdue"]
    assert got["satisfaction"] == Target(4.8, 4.2)
    assert "unknown" not in got
    assert ind.targets_from_json("not json") == ind.DEFAULT_TARGETS
    assert ind.targets_from_json("[1, 2]") == ind.DEFAULT_TARGETS


@pytest.mark.parametrize(
    ("key", "target", "message"),
    [
        ("pretreatment_rate", Target(1.2, 0.5), "100 %"),
        ("overdue", Target(5, 2), "at least as good"),
        ("satisfaction", Target(6, 4), "between 0 and 5"),
        ("dispatched", Target(-1, 2), "negative"),
    ],
)
def test_senseless_targets_are_refused(key, target, message):
    with pytest.raises(ValueError, match=message):
        ind.check_target(ind.BY_KEY[key], target)


def _counts(**kw) -> TicketCounts:
    base = dict(
        total=0, consult=0, complaint=0, fault=0, pretreated=0, closed_at_front_line=0, dispatched=0,
        overdue=0, escalated=0, stuck=0,
    )  # fmt: skip
    base.update(kw)
    return TicketCounts(**base)


def _stats(**kw) -> TicketStatistics:
    counts = _counts(
        total=10, consult=4, complaint=3, fault=3, pretreated=4, closed_at_front_line=5, dispatched=5,
        overdue=2, escalated=1, stuck=1,
    )  # fmt: skip
    base = dict(
        period_from=datetime(2026, 11, 19, 16, tzinfo=UTC), period_to=datetime(2026, 11, 26, 16, tzinfo=UTC),
        tz_offset_minutes=480, team="team-a", agent=None, generated_at=None, counts=counts, by_status={},
        by_system={}, by_category={}, by_type_and_category={}, by_day=(),
        by_agent=(
            AgentCounts("a2", "乙", "team-a", _counts(total=2, closed_at_front_line=1)),
            AgentCounts("a1", "甲", "team-a", _counts(total=8, closed_at_front_line=4)),
        ),
        open=3, resolved=6, pretreated_and_closed=2, pretreated_and_dispatched=2,
        pretreatment_rate=4 / 6, front_line_resolution_rate=0.5, closure_rate=0.7,
        average_handling_seconds=30 * 3600.0, satisfaction_rated=2, satisfaction_average=4.5,
        subscriber_base=20_000, complaints_per_10k=1.5,
        complaints_per_10k_by_category={"计费争议": CategoryRate(1, 0.5), "停复机": CategoryRate(2, 1.0)},
        flow_runs=FlowRunStatistics(
            total=4, by_outcome={"resolved": 3, "customer_action": 0, "dispatch": 1},
            by_flow={"billing-dispute": {"total": 4, "resolved": 3, "customer_action": 0, "dispatch": 1}},
            resolved_rate=0.75, dispatch_rate=0.25, average_duration_ms=1000.0,
        ),
    )  # fmt: skip
    base.update(kw)
    return TicketStatistics(**base)


def test_indicators_from_statistics():
    values = {v.key: v for v in ind.compute_indicators(_stats())}
    assert [v for v in values] == [d.key for d in ind.INDICATORS]
    p = values["pretreatment_rate"]
    assert (p.value, p.part, p.whole, p.light) == (4 / 6, 4, 6, GREEN)
    f = values["front_line_resolution_rate"]
    assert (f.value, f.part, f.whole, f.light) == (0.5, 5, 10, GREEN)
    assert values["flow_resolved_rate"].value == 0.75 and values["flow_resolved_rate"].part == 3
    # seven days: dispatched 5 against 35 per week is green; escalated 1 against 0/3.5 amber
    assert values["dispatched"].light == GREEN and values["escalated"].light == AMBER
    assert values["overdue"].light == AMBER and values["overdue"].value == 2
    assert values["average_handling"].light == AMBER  # 30 h against 24 h / 48 h
    c = values["complaints_per_10k"]
    assert (c.value, c.part, c.whole, c.light) == (1.5, 3, 20_000, GREEN)
    assert values["satisfaction"].value == 4.5 and values["satisfaction"].light == GREEN


def test_nothing_to_divide_by_gives_no_light():
    empty = _stats(
        counts=_counts(), pretreatment_rate=None, front_line_resolution_rate=None,
        average_handling_seconds=None, satisfaction_rated=0, satisfaction_average=None, flow_runs=None,
    )  # fmt: skip
    values = {v.key: v for v in ind.compute_indicators(empty)}
    for key in ("pretreatment_rate", "front_line_resolution_rate", "flow_resolved_rate", "average_handling",
                "satisfaction"):  # fmt: skip
        assert values[key].value is None and values[key].light == NO_DATA, key
    assert values["overdue"].light == GREEN  # zero counted is a value


def test_local_runs_merge_into_the_run_statistics():
    run = FlowRun(
        "R1", "broadband-login", None, None, "demo_lead", "team-a", datetime.now(UTC), 3000, "dispatch"
    )
    merged = ind.merge_runs(_stats().flow_runs, [run, run])
    assert merged.total == 6
    assert merged.by_outcome == {"resolved": 3, "customer_action": 0, "dispatch": 3}
    assert merged.by_flow["broadband-login"] == {
        "total": 2,
        "resolved": 0,
        "customer_action": 0,
        "dispatch": 2,
    }
    assert merged.resolved_rate == 0.5 and merged.dispatch_rate == 0.5
    assert merged.average_duration_ms == (4 * 1000 + 2 * 3000) / 6
    assert ind.merge_runs(None, [run]).total == 1
    server = _stats().flow_runs
    assert ind.merge_runs(server, []) is server
    assert ind.merge_runs(None, []) is None


def test_breakdowns_are_sorted_most_first():
    stats = _stats()
    assert [c.category for c in ind.complaints_by_category(stats)] == ["停复机", "计费争议"]
    lines = ind.agent_lines(stats)
    assert [line.agent for line in lines] == ["a1", "a2"]
    assert lines[0].front_line_resolution_rate == 0.5
