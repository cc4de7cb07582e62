"""The dashboard service over the simulator: indicators of a known set of tickets and runs equal the values
computed by hand; drill-downs list exactly the tickets behind a number; this desk's unreported runs are
merged; role gating; CSV export; the events part (and its failure) beside the rest."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from agentdesk.domain.indicators import AMBER, GREEN, RED, Target
from agentdesk.services.dashboard import DashboardNotAllowed, DashboardQuery, PeriodChoice, drilldown
from agentdesk.services.dashboard.export import write_csv
from agentdesk.services.dashboard.periods import CUSTOM, TODAY, day_bounds
from agentdesk.services.errors import Forbidden
from tests.services.dashboard.support import (
    AGENT,
    TEAM,
    china_now,
    make_known_set,
    new_shift_hours,
    store_local_run,
)


def _query(known, team: str | None = TEAM, agent: str | None = None) -> DashboardQuery:
    return DashboardQuery(PeriodChoice(CUSTOM, known.first_day, known.last_day), team=team, agent=agent)


def test_indicators_equal_hand_computed_values(make_dashboard, agent01, admin, customer, run):
    known = make_known_set(agent01, admin, customer, new_shift_hours())
    dashboard = make_dashboard("demo_lead").service
    snap = run(dashboard.load(_query(known)))

    c = snap.period.counts
    assert (c.total, c.consult, c.complaint, c.fault) == (7, 2, 3, 2)
    assert (c.closed_at_front_line, c.dispatched, c.pretreated) == (2, 5, 3)
    assert (c.overdue, c.stuck, c.escalated) == (3, 3, 1)
    assert snap.period.open == 3

    rows = {r.key: r.period for r in snap.rows}
    assert rows["pretreatment_rate"].value == pytest.approx(3 / 5)
    assert (rows["pretreatment_rate"].part, rows["pretreatment_rate"].whole) == (3, 5)
    assert rows["front_line_resolution_rate"].value == pytest.approx(2 / 7)
    assert rows["flow_resolved_rate"].value == pytest.approx(1 / 4)
    assert rows["dispatched"].value == 5 and rows["overdue"].value == 3 and rows["stuck"].value == 3
    assert rows["escalated"].value == 1
    assert rows["average_handling"].value == pytest.approx(7.5 * 3600, abs=1)
    assert rows["satisfaction"].value == pytest.approx(4.0) and rows["satisfaction"].part == 2
    base = snap.period.subscriber_base
    assert base > 0
    assert rows["complaints_per_10k"].value == pytest.approx(3 * 10_000 / base)
    assert {(x.category, x.count) for x in snap.categories} == {("计费争议", 2), ("停复机", 1)}
    assert snap.categories[0].per_10k == pytest.approx(2 * 10_000 / base)

    # traffic lights against the default targets (a one- or two-day period)
    days = snap.interval.days
    assert rows["pretreatment_rate"].light == GREEN  # 60 % >= 60 %
    assert rows["front_line_resolution_rate"].light == RED  # 29 % < 40 %
    assert rows["overdue"].light == AMBER and rows["stuck"].light == AMBER  # 3 <= 3
    assert rows["dispatched"].target == Target(5 * days, 8 * days)
    assert rows["satisfaction"].light == AMBER  # 4.0 in [4.0, 4.5)

    # the trend and the breakdown by agent
    assert sum(d.counts.total for d in snap.period.by_day) == 7
    assert [(a.agent, a.total, a.dispatched) for a in snap.agents] == [(AGENT, 7, 5)]
    runs = snap.runs
    assert runs.total == 4 and runs.by_flow["broadband-login"]["total"] == 2
    assert snap.taken_at is not None


def test_drill_down_lists_exactly_the_tickets_behind_each_number(
    make_dashboard, agent01, admin, customer, run
):
    known = make_known_set(agent01, admin, customer, new_shift_hours())
    dashboard = make_dashboard("demo_lead").service
    snap = run(dashboard.load(_query(known)))
    scope = snap.scope()

    def ids(drill) -> set[str]:
        result = run(dashboard.behind(drill))
        return {t.id for t in result.tickets} | {r.id for r in result.runs}

    assert ids(drilldown.for_category(scope, "计费争议")) == known.ids(
        "billing_pretreated_closed", "billing_escalated"
    )
    assert ids(drilldown.for_category(scope, "停复机")) == known.ids("barred_open")
    assert ids(drilldown.for_indicator(scope, "overdue")) == known.ids(
        "consult_open", "barred_open", "broadband_in_progress"
    )
    assert ids(drilldown.for_indicator(scope, "average_handling")) == known.ids(
        "billing_escalated", "broadband_resolved"
    )
    assert ids(drilldown.for_indicator(scope, "satisfaction")) == known.ids(
        "billing_pretreated_closed", "billing_escalated"
    )
    assert ids(drilldown.for_indicator(scope, "pretreatment_rate")) == known.ids(
        "billing_pretreated_closed",
        "billing_escalated",
        "barred_open",
        "broadband_resolved",
        "broadband_in_progress",
    )
    assert ids(drilldown.for_indicator(scope, "escalated")) == known.ids("billing_escalated")
    assert ids(drilldown.for_agent(scope, AGENT, "dispatched")) == known.ids(
        "consult_open", "billing_escalated", "barred_open", "broadband_resolved", "broadband_in_progress"
    )
    assert ids(drilldown.for_agent(scope, "agent05")) == set()
    assert ids(drilldown.for_flow(scope, "broadband-login")) == {known.runs["r1"], known.runs["r2"]}
    assert ids(drilldown.for_indicator(scope, "flow_resolved_rate")) == set(known.runs.values())
    # each day's bar holds that day's tickets, and the days add up to the period
    by_day = set()
    for day in snap.period.by_day:
        d = date.fromisoformat(day.date)
        since, until = day_bounds(d, snap.interval, china_now())
        got = ids(drilldown.for_day(scope, d, since, until))
        assert len(got) == day.counts.total
        by_day |= got
    assert by_day == set(known.tickets.values())


def test_unreported_runs_of_this_desk_are_merged_where_relevant(
    make_dashboard, agent01, admin, customer, run
):
    known = make_known_set(agent01, admin, customer, new_shift_hours())
    services = make_dashboard("demo_lead")
    db = make_dashboard.database
    at = known.started + timedelta(minutes=30)
    store_local_run(db, "local-1", "demo_lead", at, "resolved")
    store_local_run(db, "local-2", "demo_lead", at, "resolved", flow="billing-dispute")
    store_local_run(db, "local-3", "demo_lead", at, "resolved", reported=True)  # the back end has it
    store_local_run(db, "local-4", "demo_lead", at, "aborted")  # never reported: no end state
    store_local_run(db, "local-5", "agent05", at, "resolved")  # another user on this computer

    snap = run(services.service.load(_query(known)))
    assert snap.local_runs == 2
    assert snap.runs.total == 6 and snap.runs.by_outcome["resolved"] == 3
    rows = {r.key: r.period for r in snap.rows}
    assert rows["flow_resolved_rate"].value == pytest.approx(3 / 6)
    result = run(services.service.behind(drilldown.for_flow(snap.scope(), "broadband-login")))
    assert {r.id for r in result.runs} == {known.runs["r1"], known.runs["r2"], "local-1"}
    assert result.local_run_ids == {"local-1"}

    # another team's dashboard, or one agent's, is not this desk's business
    other = run(services.service.load(_query(known, team="team-b")))
    assert other.local_runs == 0 and other.period.counts.total == 0
    one_agent = run(services.service.load(_query(known, agent=AGENT)))
    assert one_agent.local_runs == 0 and one_agent.runs.total == 4


def test_agents_have_no_dashboard_and_the_simulator_refuses_them(make_dashboard, run):
    services = make_dashboard("demo_agent")
    assert not services.service.allowed
    with pytest.raises(DashboardNotAllowed):
        run(services.service.load(DashboardQuery(PeriodChoice(TODAY))))
    office = services.office
    with pytest.raises(Forbidden):
        run(office.tickets.statistics())
    with pytest.raises(Forbidden):
        run(services.service._events.statistics())
    scope = drilldown.Scope(china_now() - timedelta(days=1), china_now())
    with pytest.raises(DashboardNotAllowed):
        run(services.service.behind(drilldown.for_indicator(scope, "overdue")))


def test_csv_export_content(tmp_path, run):
    path = tmp_path / "指标.csv"
    rows = [["计费争议", "2", "1.5"], ["a, b", 'say "hi"', None]]
    assert run(write_csv(path, ["类别", "Count", "Per 10,000"], rows)) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on a Chinese Windows reads UTF-8 only with the mark
    assert raw.decode("utf-8-sig") == (
        '类别,Count,"Per 10,000"\r\n计费争议,2,1.5\r\n"a, b","say ""hi""",\r\n'
    )
    assert not list(tmp_path.glob("*.part"))


def test_events_calls_and_sla_beside_the_indicators(make_dashboard, agent01, admin, customer, run):
    now = china_now()
    body = {
        "eventType": "incident", "title": "仪表盘测试光缆中断", "aroundNumber": customer["number"],
        "affectedScope": {"serviceTypes": ["broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data"]},
        "expectedEndDate": (now + timedelta(hours=3)).astimezone().isoformat(),
        "publicWording": {"zh": "测试", "en": "test"},
    }  # fmt: skip
    r = admin.post("/admin/events", json=body)
    assert r.status_code == 201, r.text
    event_id = r.json()["id"]
    for i in range(3):
        r = agent01.post(
            f"/events/{event_id}/complaint", json={"number": customer["number"], "note": f"call {i}"}
        )
        assert r.status_code == 201, r.text

    dashboard = make_dashboard("demo_lead").service
    snap = run(dashboard.load(DashboardQuery(PeriodChoice(TODAY), team=TEAM)))
    mine = {a.event.id: a for a in snap.events.events}[event_id]
    assert mine.calls_in_window == 3 and sum(h.calls for h in mine.calls_per_hour) == 3
    assert mine.event.sla.state == "running" and mine.event.sla.promised_minutes in (179, 180)
    assert snap.events_since == snap.interval.since
    other = run(dashboard.load(DashboardQuery(PeriodChoice(TODAY), team="team-b")))
    assert {a.event.id: a for a in other.events.events}[event_id].calls_in_window == 0

    admin.post(f"/admin/events/{event_id}/close", json={}).raise_for_status()
    snap = run(dashboard.load(DashboardQuery(PeriodChoice(TODAY), team=TEAM)))
    closed = {a.event.id: a for a in snap.events.events}[event_id].event
    assert closed.status == "resolved" and closed.sla.met is True and closed.sla.state == "met"

    # the events system down: the indicators still come, the events part says why it is missing
    admin.put("/admin/faults/events", json={"down": True}).raise_for_status()
    snap = run(dashboard.load(DashboardQuery(PeriodChoice(TODAY), team=TEAM)))
    assert snap.events is None and snap.events_error is not None and snap.events_error.system == "events"
    assert len(snap.rows) == 10


def test_targets_are_the_team_leads_own(make_dashboard, agent01, admin, customer, run):
    from agentdesk.services.settings import Settings

    known = make_known_set(agent01, admin, customer, new_shift_hours())
    settings = Settings()
    dashboard = make_dashboard("demo_lead", settings=settings).service
    targets = dashboard.targets.load()
    targets["front_line_resolution_rate"] = Target(0.25, 0.2)
    dashboard.targets.save(targets)
    with pytest.raises(ValueError):
        dashboard.targets.save({"overdue": Target(4, 1)})
    again = make_dashboard("demo_lead", settings=Settings()).service  # read back from the settings
    snap = run(again.load(_query(known)))
    row = {r.key: r.period for r in snap.rows}["front_line_resolution_rate"]
    assert row.target == Target(0.25, 0.2) and row.light == GREEN
