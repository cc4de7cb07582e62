"""The ticket desk over the real simulator: routing, exactly-once creation, notes, history, closing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.errors import RequestRejected
from agentdesk.services.tickets.desk import DraftInvalid, key_of
from tests.services.tickets.support import creates_for_key, tickets_of


def draft_for(customer: dict, ticket_type: str, category: str, text: str, **kw) -> TicketDraft:
    return TicketDraft(
        ticket_type=ticket_type,
        category=category,
        description=text,
        customer_id=customer["customer_id"],
        number=customer["number"],
        customer_name=customer["customer_name"],
        **kw,
    )


@pytest.mark.parametrize(
    ("ticket_type", "category", "system"),
    [("consult", "资费套餐", "10000"), ("complaint", "计费争议", "10000"), ("fault", "手机通信", "112")],
)
def test_the_ticket_type_decides_the_system(make_services, customer, api, run, ticket_type, category, system):
    s = make_services()
    result = run(s.desk.submit(draft_for(customer, ticket_type, category, f"{ticket_type} routing test")))
    assert result.delivered, result
    assert result.entry.ticket_system == system
    assert result.ticket_id.startswith(f"T{system}-")
    listed = tickets_of(api, customer["customer_id"])
    assert [(t["id"], t["ticketSystem"], t["ticketType"]) for t in listed] == [
        (result.ticket_id, system, ticket_type)
    ]


def test_pressing_submit_twice_creates_one_ticket(make_services, customer, api, admin, run):
    s = make_services()
    draft = draft_for(customer, "complaint", "服务态度", "坐席态度差，客户要求道歉", severity="major")

    async def twice():
        return await asyncio.gather(
            s.desk.submit(draft, "draft-double"), s.desk.submit(draft, "draft-double")
        )

    first, second = run(twice())
    assert first.ticket_id == second.ticket_id != ""
    again = run(s.desk.submit(draft, "draft-double"))  # and once more after it went through
    assert again.ticket_id == first.ticket_id
    assert [t["id"] for t in tickets_of(api, customer["customer_id"])] == [first.ticket_id]
    assert len(creates_for_key(admin, key_of("draft-double"))) == 1


def test_a_retry_after_a_time_out_creates_one_ticket(make_services, customer, api, admin, run):
    """The system acts but its answer comes too late: the desk keeps the draft, and the retry with the
    same key gets the first ticket back instead of a second one."""
    s = make_services(read_timeout=0.3, retry_attempts=2)
    admin.put("/admin/faults/tickets", json={"latency_ms": 700}).raise_for_status()
    draft = draft_for(customer, "fault", "宽带故障", "拨号691，已重置密码仍失败")
    result = run(s.desk.submit(draft, "draft-timeout"))
    assert result.waiting and result.error is not None and result.error.kind == "timeout"
    admin.delete("/admin/faults/tickets").raise_for_status()
    run(asyncio.sleep(0.8))  # the late requests finish on the server (they were held by the latency)
    report = run(s.outbox.deliver_pending())
    assert [e.draft_id for e in report.delivered] == ["draft-timeout"]
    listed = tickets_of(api, customer["customer_id"])
    assert [t["id"] for t in listed] == [report.delivered[0].ticket_id]
    assert len(creates_for_key(admin, key_of("draft-timeout"))) == 1


def test_an_invalid_draft_is_refused_before_it_is_stored(make_services, customer, run):
    s = make_services()
    with pytest.raises(DraftInvalid) as caught:
        run(s.desk.submit(draft_for(customer, "complaint", "不存在的类别", "  ")))
    assert {p.field for p in caught.value.problems} == {"category", "description"}
    assert run(s.outbox.entries()) == []


def test_a_refused_draft_is_set_aside_and_can_be_corrected(make_services, customer, api, run):
    s = make_services()
    bad = draft_for(customer, "consult", "业务咨询", "号码不属于客户").with_changes(number="19999999999")
    result = run(s.desk.submit(bad, "draft-refused"))
    assert result.rejected and "number" in result.entry.last_error
    fixed = run(s.desk.submit(bad.with_changes(number=customer["number"]), "draft-refused"))
    assert fixed.delivered
    assert [t["id"] for t in tickets_of(api, customer["customer_id"])] == [fixed.ticket_id]
    audit = run(s.desk._audit.entries(number=customer["number"]))
    assert [(a.operation, a.outcome) for a in audit] == [("createTroubleTicket", "ok")]


def test_notes_and_status_history_are_read_back(make_services, customer, admin, run):
    s = make_services()
    created = run(s.desk.submit(draft_for(customer, "fault", "固话故障", "固话无拨号音")))
    tid = created.ticket_id
    admin.post(
        f"/admin/tickets/{tid}/status", json={"status": "inProgress", "note": "派线务员"}
    ).raise_for_status()
    run(s.desk.add_note(tid, "客户要求下午回电", "note-1", number=customer["number"]))
    run(
        s.desk.add_note(tid, "客户要求下午回电", "note-1", number=customer["number"])
    )  # a retry of the same note
    ticket = run(s.desk.ticket(tid))
    assert [n.text for n in ticket.notes] == ["客户要求下午回电"]
    assert [h.status for h in ticket.history] == ["acknowledged", "inProgress"]
    assert ticket.history[1].reason == "派线务员"
    entries = run(s.desk._audit.entries(number=customer["number"]))
    assert {(e.operation, e.outcome) for e in entries} == {("createTroubleTicket", "ok"), ("addNote", "ok")}


def test_a_consult_ticket_is_closed_at_the_front_line(make_services, customer, run):
    s = make_services()
    created = run(s.desk.submit(draft_for(customer, "consult", "资费套餐", "询问套餐资费")))
    closed = run(s.desk.close_at_front_line(created.ticket_id, "已解答", "close-1"))
    assert closed.status == "closed" and closed.closed_at_front_line
    with pytest.raises(RequestRejected):  # a fault ticket is not closed at the front line
        fault = run(s.desk.submit(draft_for(customer, "fault", "手机通信", "无信号")))
        run(s.desk.close_at_front_line(fault.ticket_id, "", "close-2"))


def test_dispatch_from_pretreatment_carries_the_evidence_once_per_run(make_services, customer, api, run):
    s = make_services()
    evidence = {"flowId": "broadband-login", "dialTest": "691", "lineTest": "attenuation high"}

    def dispatch():
        return s.desk.dispatch(
            run_id="run-7f3c",
            ticket_type="fault",
            category="宽带故障",
            summary="宽带无法登录，线路衰耗过高",
            evidence=evidence,
            customer_id=customer["customer_id"],
            number=customer["number"],
            requested_callback=datetime.now(UTC) + timedelta(hours=3),
        )

    first = run(dispatch())
    second = run(dispatch())
    assert first.ticket_id == second.ticket_id
    ticket = run(s.desk.ticket(first.ticket_id))
    assert ticket.pretreated and ticket.flow_run_id == "run-7f3c" and ticket.evidence == evidence
    assert ticket.ticket_system == "112" and ticket.callback_at is not None
    assert len(tickets_of(api, customer["customer_id"])) == 1


def test_customer_tickets_and_my_tickets(make_services, customer, run):
    s = make_services()
    mine = run(s.desk.submit(draft_for(customer, "complaint", "网络质量", "室内信号弱")))
    other = make_services("agent01")
    theirs = run(other.desk.submit(draft_for(customer, "consult", "业务咨询", "咨询国际漫游")))
    listed = run(s.desk.customer_tickets(customer["customer_id"]))
    assert {t.id for t in listed} == {mine.ticket_id, theirs.ticket_id}
    my = run(s.desk.my_tickets(open_only=True))
    assert mine.ticket_id in {t.id for t in my} and theirs.ticket_id not in {t.id for t in my}
    assert all(t.created_by == "demo_agent" and t.open for t in my)


def test_send_now_tries_at_once_while_the_desk_pauses_calls_after_failures(
    make_services, customer, admin, run
):
    """After failures the desk stops calling the ticket system for a cool-down; the agent's "Send now"
    is one trial at once instead of a wait of a minute."""
    s = make_services(circuit_failures=1, circuit_cooldown_s=60.0)
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    result = run(
        s.desk.submit(draft_for(customer, "consult", "资费套餐", "send-now trial"), "draft-send-now")
    )
    assert result.waiting
    admin.delete("/admin/faults/tickets").raise_for_status()
    assert run(s.outbox.deliver_pending()).waiting == 1  # paused: nothing went out
    run(s.desk.retry_now())
    assert s.outbox.last_report.waiting == 0 and [e.draft_id for e in s.outbox.last_report.delivered] == [
        "draft-send-now"
    ]
