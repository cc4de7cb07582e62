"""Wrap-up of calls (linked runs and tickets, reported front-line records) and the agent's statistics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agentdesk.domain.ticket_drafts import TicketDraft
from tests.services.tickets.support import tickets_of


def complaint(customer: dict, text: str) -> TicketDraft:
    return TicketDraft(
        ticket_type="complaint",
        category="计费争议",
        description=text,
        customer_id=customer["customer_id"],
        number=customer["number"],
    )


def test_a_dispatched_call_links_its_run_and_ticket(make_services, customer, run):
    s = make_services()
    cid = customer["customer_id"]
    s.wrapups.call_for(cid, customer["number"], customer["customer_name"])
    dispatched = run(
        s.desk.dispatch(
            run_id="run-wrap-1", ticket_type="complaint", category="计费争议", summary="漫游费争议",
            evidence={"roamingCdrs": 3}, customer_id=cid, number=customer["number"],
        )
    )  # fmt: skip
    s.wrapups.note_run(cid, "run-wrap-1", "billing-dispute", "dispatch", dispatched.ticket_id)
    call = s.wrapups.current(cid)
    assert call.suggested == "dispatched"
    wrapup = run(s.wrapups.record(cid, "dispatched", note="已派单"))
    assert wrapup.run_ids == ("run-wrap-1",)
    assert wrapup.ticket_ids == (dispatched.ticket_id,)
    assert wrapup.draft_ids == ("run-run-wrap-1",)
    assert s.wrapups.current(cid) is None  # the call ended


def test_a_ticket_sent_after_the_wrap_up_is_linked_when_it_arrives(make_services, customer, admin, run):
    s = make_services()
    cid = customer["customer_id"]
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    queued = run(s.desk.submit(complaint(customer, "账单多收费"), "draft-late-link"))
    assert queued.waiting
    wrapup = run(s.wrapups.record(cid, s.wrapups.current(cid).suggested))
    assert wrapup.disposition == "dispatched" and wrapup.ticket_ids == ()
    admin.delete("/admin/faults/tickets").raise_for_status()
    delivered = run(s.outbox.deliver_pending()).delivered[0]
    (again,) = run(s.wrapups.list(customer_id=cid))
    assert again.ticket_ids == (delivered.ticket_id,)


def test_a_consultation_is_reported_as_a_ticket_closed_at_the_front_line(make_services, customer, api, run):
    s = make_services()
    cid = customer["customer_id"]
    s.wrapups.call_for(cid, customer["number"], customer["customer_name"])
    assert s.wrapups.current(cid).suggested == "consulted"
    wrapup = run(s.wrapups.record(cid, "consulted", note="询问流量包价格", report_category="资费套餐"))
    (ticket,) = tickets_of(api, cid)
    assert ticket["ticketType"] == "consult" and ticket["status"] == "closed" and ticket["closedAtFrontLine"]
    assert ticket["description"] == "询问流量包价格"
    assert wrapup.ticket_ids == (ticket["id"],)


def test_a_problem_a_flow_solved_is_reported_as_a_pretreated_ticket(make_services, customer, api, run):
    s = make_services()
    cid = customer["customer_id"]
    s.wrapups.note_run(cid, "run-solved-1", "broadband-login", "resolved", number=customer["number"])
    catalogue = run(s.desk.catalogue())
    wrapup = run(
        s.wrapups.record(
            cid,
            "resolved_front_line",
            report_category="宽带故障",
            fault_categories=catalogue.fault_categories,
        )
    )
    (ticket,) = tickets_of(api, cid)
    assert (ticket["ticketType"], ticket["ticketSystem"], ticket["status"]) == ("fault", "112", "closed")
    assert ticket["pretreated"] and ticket["flowRunId"] == "run-solved-1" and ticket["closedAtFrontLine"]
    assert wrapup.run_ids == ("run-solved-1",)


def test_wrap_up_summary_counts_the_front_line_resolution_rate(make_services, scenario, run):
    s = make_services("agent02")
    outcomes = ["consulted", "resolved_front_line", "resolved_front_line", "customer_action", "dispatched"]
    for i, disposition in enumerate(outcomes):
        cid = f"C-wrap-{i}"
        if disposition == "resolved_front_line":
            s.wrapups.note_run(cid, f"run-{i}", "barred-after-payment", "resolved")
        run(s.wrapups.record(cid, disposition))
    summary = run(s.wrapups.summary())
    assert summary.total == 5
    assert summary.front_line == 3 and summary.front_line_resolution_rate == 3 / 5
    assert summary.dispatch_rate == 1 / 5
    assert summary.pretreatment_rate == 2 / 4  # runs in 2 of the 4 calls that were not consultations


def test_agent_statistics_count_the_agents_new_tickets(make_services, scenario, admin, run):
    s = make_services("agent03")
    since, until = datetime.now(UTC) - timedelta(hours=2), datetime.now(UTC) + timedelta(minutes=5)
    before = run(s.statistics.for_agent(since, until))  # the same window as below: seeded tickets cancel out
    customer = scenario("healthy")
    run(s.desk.submit(complaint(customer, "统计测试一")))
    pre = run(
        s.desk.dispatch(
            run_id="run-stat-1", ticket_type="fault", category="宽带故障", summary="统计测试二",
            evidence={"x": 1}, customer_id=customer["customer_id"],
        )
    )  # fmt: skip
    consult = TicketDraft(
        ticket_type="consult", category="业务咨询", description="统计测试三",
        customer_id=customer["customer_id"], close_at_front_line=True,
    )  # fmt: skip
    run(s.desk.submit(consult))
    admin.patch(f"/admin/tickets/{pre.ticket_id}", json={"shiftBackHours": 1}).raise_for_status()
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    run(s.desk.submit(complaint(customer, "统计测试四（等待发送）")))
    offline = run(s.statistics.for_agent(since, until))
    assert offline.tickets is None and offline.error is not None and offline.waiting_to_send == 1
    admin.delete("/admin/faults/tickets").raise_for_status()
    run(s.outbox.deliver_pending())
    after = run(s.statistics.for_agent(since, until))
    assert after.created - (before.created or 0) == 4
    assert after.pretreated - (before.pretreated or 0) == 1
    assert after.closed_at_front_line - (before.closed_at_front_line or 0) == 1
    assert after.dispatched - (before.dispatched or 0) == 3
    assert after.waiting_to_send == 0
    assert after.pretreatment_rate is not None and 0 < after.pretreatment_rate <= 1


def test_today_counts_a_ticket_created_this_very_second(make_services, scenario, run):
    s = make_services("agent06")
    before = run(s.statistics.for_agent())  # default period: today, local time
    run(s.desk.submit(complaint(scenario("healthy"), "刚刚创建的工单")))
    after = run(s.statistics.for_agent())
    assert after.created - before.created == 1
