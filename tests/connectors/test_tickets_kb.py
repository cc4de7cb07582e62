"""Tickets and knowledge-base connectors against the simulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.connectors.base import new_idempotency_key as key
from agentdesk.connectors.errors import Forbidden, NotFound, RequestRejected
from agentdesk.domain.tickets import FlowRunReport, TicketDraft


@pytest.fixture
def lead_office(make_backoffice, run):
    office = make_backoffice()
    run(office.login("demo_lead", "demo"))
    return office


def test_fault_ticket_goes_to_112_once_per_key(office, scenario, run):
    s = scenario("bb_line_fault")
    draft = TicketDraft(
        ticket_type="fault", category="宽带故障", severity="major", description="线路测试不合格，转112处理",
        number=s["number"], pretreated=True, evidence={"flowId": "broadband-login", "lineTest": "poor"},
        callback_at=datetime.now(UTC) + timedelta(hours=2),
    )  # fmt: skip
    k = key()
    ticket = run(office.tickets.create(draft, idempotency_key=k))
    assert (
        ticket.ticket_system == "112"
        and ticket.status == "acknowledged"
        and ticket.open
        and ticket.dispatched
    )
    assert ticket.customer_id == s["customer_id"] and ticket.created_by == "demo_agent" and ticket.pretreated
    assert (
        ticket.evidence == {"flowId": "broadband-login", "lineTest": "poor"}
        and ticket.callback_at is not None
    )
    assert ticket.history and ticket.history[0].status == "acknowledged"
    assert run(office.tickets.create(draft, idempotency_key=k)).id == ticket.id
    listed = run(office.tickets.tickets(number=s["number"]))
    assert [t.id for t in listed] == [ticket.id] and listed.total == 1

    noted = run(office.tickets.add_note(ticket.id, "客户要求下午回电", idempotency_key=key()))
    assert noted.notes[-1].text == "客户要求下午回电" and noted.notes[-1].author == "demo_agent"
    assert run(office.tickets.ticket(ticket.id)).notes == noted.notes
    with pytest.raises(NotFound):
        run(office.tickets.ticket("T112-99999999"))


def test_consult_closed_at_front_line_and_my_tickets(office, scenario, run):
    s = scenario("healthy")
    base = TicketDraft(
        ticket_type="consult", category="资费套餐", description="咨询套餐资费", customer_id=s["customer_id"]
    )
    closed = run(
        office.tickets.create(
            TicketDraft(**{**base.__dict__, "close_at_front_line": True}), idempotency_key=key()
        )
    )
    assert closed.ticket_system == "10000" and closed.status == "closed" and closed.closed_at_front_line
    open_one = run(office.tickets.create(base, idempotency_key=key()))
    done = run(office.tickets.close(open_one.id, "已答复", idempotency_key=key()))
    assert done.status == "closed" and done.closed_at_front_line
    mine = run(office.tickets.tickets(mine=True, customer_id=s["customer_id"], closed_at_front_line=True))
    assert {t.id for t in mine} == {closed.id, open_one.id}
    with pytest.raises(RequestRejected) as err:
        run(
            office.tickets.create(
                TicketDraft(ticket_type="fault", category="宽带故障", description=""), idempotency_key=key()
            )
        )
    assert err.value.status == 400


def test_catalogue_runs_and_statistics(office, lead_office, run):
    cat = run(office.tickets.catalogue())
    assert {t.ticket_type: t.ticket_system for t in cat.types} == {
        "consult": "10000",
        "complaint": "10000",
        "fault": "112",
    }
    assert cat.flow_of_category["宽带故障"] == "broadband-login" and cat.stuck_hours == 48

    report = FlowRunReport(
        flow_id="broadband-login", duration_ms=95_000, outcome="resolved", steps=({"step": "dialTest"},)
    )
    made = run(office.tickets.report_run(report, idempotency_key=key()))
    assert made.agent == "demo_agent" and made.outcome == "resolved" and made.steps == ({"step": "dialTest"},)
    assert run(office.tickets.run(made.id)) == made
    assert made.id in {
        r.id for r in run(office.tickets.runs(mine=True, flow_id="broadband-login", limit=1000))
    }

    with pytest.raises(Forbidden):
        run(office.tickets.statistics())
    stats = run(lead_office.tickets.statistics(team="team-a"))
    assert stats.team == "team-a" and stats.counts.total == sum(d.counts.total for d in stats.by_day)
    assert stats.counts.total == sum(a.counts.total for a in stats.by_agent)
    assert stats.counts.dispatched == stats.counts.total - stats.counts.closed_at_front_line
    assert stats.flow_runs is not None and stats.flow_runs.total == sum(stats.flow_runs.by_outcome.values())
    listed = run(
        lead_office.tickets.tickets(team="team-a", since=stats.period_from, until=stats.period_to, limit=1)
    )
    assert listed.total == stats.counts.total
    mine = run(office.tickets.my_statistics())
    assert all(a.agent == "demo_agent" for a in mine.by_agent)


def test_knowledge_catalogue_articles_feed(office, run):
    tops = run(office.kb.catalogue())
    assert len(tops) == 8 and all(n.children for n in tops)
    assert tops[0].article_count == sum(c.article_count for c in tops[0].children)
    leaf = tops[1].children[0]
    page = run(office.kb.articles(tops[1].id, limit=5))
    assert page.total == tops[1].article_count and len(page) == 5 and page.has_more
    art = run(office.kb.article(page.items[0].id))
    assert art == page.items[0] and art.catalogue_path[0] == tops[1].name and not art.deleted
    assert leaf.parent_id == tops[1].id

    first = run(office.kb.feed(cursor=0, limit=100))
    assert len(first.items) == 100 and first.has_more and first.cursor == first.items[-1].version
    versions = [a.version for a in first.items]
    assert versions == sorted(versions)
    second = run(office.kb.feed(cursor=first.cursor, limit=100))
    assert second.items[0].version > first.cursor
    assert second.remaining == first.remaining - len(second.items)


def test_announcements_and_publishing(office, lead_office, run):
    active = run(office.kb.announcements(active_only=True))
    now = datetime.now(UTC)
    assert active.total and all(a.active and a.is_active(now) for a in active)
    with pytest.raises(Forbidden):
        run(office.kb.publish_announcement("测试", "正文", idempotency_key=key()))
    k = key()
    made = run(
        lead_office.kb.publish_announcement(
            "系统割接通知", "今晚22:00起暂停受理", "urgent", idempotency_key=k
        )
    )
    assert made.author == "demo_lead" and made.priority == "urgent" and made.active
    assert run(lead_office.kb.publish_announcement("系统割接通知", "x", idempotency_key=k)).id == made.id
    assert run(office.kb.announcement(made.id)).title == "系统割接通知"
