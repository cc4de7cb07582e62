"""The outbox over the real simulator: the ticket system down, back, a restart, the background worker."""

from __future__ import annotations

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.tickets.desk import key_of
from agentdesk.storage import database
from tests.services.tickets.support import creates_for_key, tickets_of
from tests.support.aio import wait_until


def drafts(customer: dict, n: int) -> list[TicketDraft]:
    kinds = [("consult", "业务咨询"), ("fault", "手机通信"), ("complaint", "计费争议")]
    return [
        TicketDraft(
            ticket_type=kinds[i % 3][0],
            category=kinds[i % 3][1],
            description=f"outbox order test #{i}",
            customer_id=customer["customer_id"],
            number=customer["number"],
        )
        for i in range(n)
    ]


def number_of(ticket_id: str) -> int:
    return int(ticket_id.rsplit("-", 1)[1])


def test_system_down_then_back_delivers_each_draft_once_in_order(make_services, customer, api, admin, run):
    s = make_services()
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    results = [run(s.desk.submit(d, f"draft-order-{i}")) for i, d in enumerate(drafts(customer, 4))]
    assert all(r.waiting for r in results)
    assert {r.error.kind for r in results} <= {"unavailable", "circuit_open"}
    waiting = run(s.desk.waiting())
    assert [e.draft_id for e in waiting] == [f"draft-order-{i}" for i in range(4)]
    assert all(creates_for_key(admin, key_of(f"draft-order-{i}")) == [] for i in range(4))

    admin.delete("/admin/faults/tickets").raise_for_status()
    report = run(s.outbox.deliver_pending())
    assert [e.draft_id for e in report.delivered] == [f"draft-order-{i}" for i in range(4)]
    assert report.waiting == 0 and run(s.desk.waiting()) == []
    ids = [e.ticket_id for e in report.delivered]
    assert ids == sorted(ids, key=number_of)  # created in the order submitted
    listed = tickets_of(api, customer["customer_id"])
    assert sorted(t["id"] for t in listed) == sorted(ids)
    assert [t["description"] for t in sorted(listed, key=lambda t: number_of(t["id"]))] == [
        f"outbox order test #{i}" for i in range(4)
    ]
    for i in range(4):
        assert len(creates_for_key(admin, key_of(f"draft-order-{i}"))) == 1


def test_a_refused_draft_does_not_block_the_ones_after_it(make_services, customer, admin, run):
    s = make_services()
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    good, bad, later = drafts(customer, 3)
    run(s.desk.submit(good, "d-good"))
    run(s.desk.submit(bad.with_changes(number="19999999999", customer_id=""), "d-bad"))
    run(s.desk.submit(later, "d-later"))
    admin.delete("/admin/faults/tickets").raise_for_status()
    report = run(s.outbox.deliver_pending())
    assert [e.draft_id for e in report.delivered] == ["d-good", "d-later"]
    assert [e.draft_id for e in report.rejected] == ["d-bad"]
    entries = run(s.desk.outbox_entries(customer_id=""))
    assert [(e.draft_id, e.state) for e in entries] == [("d-bad", "rejected")]
    assert run(s.outbox.discard("d-bad")) and run(s.desk.outbox_entries(customer_id="")) == []


def test_waiting_drafts_survive_a_restart_of_the_desk(
    make_services, customer, api, admin, run, user_data_dir
):
    first = make_services()
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    for i, d in enumerate(drafts(customer, 2)):
        assert run(first.desk.submit(d, f"draft-restart-{i}")).waiting
    run(first.aclose())
    database.close_all()  # the desk is gone; only the file remains
    admin.delete("/admin/faults/tickets").raise_for_status()

    second = make_services()
    assert [e.draft_id for e in run(second.desk.waiting())] == ["draft-restart-0", "draft-restart-1"]
    second.start()  # the background worker delivers what the last session left
    run(wait_until(lambda: len(tickets_of(api, customer["customer_id"])) == 2, timeout=10))
    run(wait_until(lambda: not run_sync_waiting(second), timeout=5))
    for i in range(2):
        assert len(creates_for_key(admin, key_of(f"draft-restart-{i}"))) == 1


def run_sync_waiting(services) -> bool:
    """True while the outbox has waiting drafts (a direct read, usable inside a wait_until predicate)."""
    return bool(
        services.outbox._db.scalar("SELECT COUNT(*) FROM ticket_outbox WHERE state IN ('pending', 'sending')")
    )


def test_the_worker_keeps_trying_until_the_system_is_back(make_services, customer, api, admin, run):
    s = make_services()
    admin.put("/admin/faults/tickets", json={"error_rate": 1.0, "error_status": 503}).raise_for_status()
    s.start()
    events: list[str] = []
    s.outbox.add_listener(lambda event, entry: events.append(event))
    result = run(s.desk.submit(drafts(customer, 1)[0], "draft-worker"))
    assert result.waiting

    async def back_after_a_few_failures():
        await wait_until(lambda: events.count("waiting") >= 3, timeout=10)
        admin.delete("/admin/faults/tickets").raise_for_status()
        await wait_until(lambda: "delivered" in events, timeout=10)

    run(back_after_a_few_failures())
    entry = run(s.outbox.entry("draft-worker"))
    assert entry.state == "delivered" and entry.attempts >= 4
    assert [t["id"] for t in tickets_of(api, customer["customer_id"])] == [entry.ticket_id]
