"""No fault ticket for a known event (issue 13): the desk as the app plugs it (tickets and service events),
over the simulator. A fault ticket for a number inside an active event is not stored or sent, the call is
counted against the event instead (keyed, audited, once); a complaint goes out carrying the event; other
numbers, other services and a closed event get their tickets as before; no events system means no hold."""

from __future__ import annotations

import pytest

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.domain.ticket_events import event_of_evidence
from agentdesk.services.errors import ConnectorError
from agentdesk.services.pretreatment.dispatch import TicketDeskDispatcher
from agentdesk.services.tickets.known_events import KnownEventTicket
from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.services.events.support import EventDesk, writes_of


@pytest.fixture
def desk(stub_server, run):
    from agentdesk.features import events as events_feature
    from agentdesk.features import tickets as tickets_feature

    d = run(signed_in_desk_on(stub_server.url))
    tickets_feature.plug(d)  # first, as in FEATURE_MODULES: the events service is found when needed
    events_feature.plug(d)
    yield d
    run(d.aclose())


@pytest.fixture
def events_admin(admin, api):
    """Events opened by the test, all ended after it (the simulator is shared by the session)."""
    events = EventDesk(admin, api)
    yield events
    events.end_all()


@pytest.fixture
def tickets(desk):
    return desk.extras["tickets"]


def fault(customer: dict, category: str = "宽带故障", **changes) -> TicketDraft:
    draft = TicketDraft(
        ticket_type="fault",
        category=category,
        description="客户反映宽带无法上网",
        customer_id=customer["customer_id"],
        number=customer["number"],
        customer_name=customer.get("customer_name", ""),
    )
    return draft.with_changes(**changes)


def ticket_writes(admin, number: str) -> list[tuple[str, str]]:
    return [w for w in writes_of(admin, number) if w[0] == "tickets"]


def test_a_fault_inside_an_active_event_is_not_sent_and_the_call_is_counted_instead(
    desk, tickets, events_admin, scenario, admin, api, run
):
    touched = scenario("bb_wrong_password")
    event = events_admin.around(touched["number"], ["broadband", "iptv"], title="光缆中断")

    with pytest.raises(KnownEventTicket) as refused:
        run(tickets.desk.submit(fault(touched)))

    known = refused.value.known
    assert (known.event_id, known.number, known.services) == (
        event["id"],
        touched["number"],
        ("broadband", "iptv"),
    )
    assert isinstance(refused.value, ConnectorError) and refused.value.code == "known_event"
    assert event["id"] in refused.value.message and "no fault ticket" in refused.value.message
    assert run(tickets.outbox.entries()) == []  # nothing stored, so nothing is sent later either

    # what the form offers instead: the events service's keyed, audited link
    link = tickets.desk.count_call_link(known, touched["customer_id"], note="counted from the ticket form")
    link.confirm()
    run(link.run())
    run(link.run())  # a retry under the same key counts once
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    assert writes_of(admin, touched["number"]) == [("events", "registerComplaint")]
    audit = run(desk.audit.entries(customer_id=touched["customer_id"]))
    assert {(a.system, a.operation, a.outcome) for a in audit} == {("events", "registerComplaint", "ok")}


def test_another_number_gets_its_fault_ticket_as_before(tickets, events_admin, scenario, admin, run):
    touched, other = scenario("bb_wrong_password"), scenario("bb_port_fault")
    events_admin.around(touched["number"], ["broadband", "iptv"])

    result = run(tickets.desk.submit(fault(other)))

    assert result.delivered and result.entry.ticket_system == "112"
    assert event_of_evidence(result.entry.draft.evidence) == ""
    assert ticket_writes(admin, other["number"]) == [("tickets", "createTroubleTicket")]


def test_a_fault_of_a_service_the_event_leaves_alone_goes_out(tickets, events_admin, scenario, admin, run):
    touched = scenario("bb_wrong_password")
    events_admin.around(touched["number"], ["iptv"])  # IPTV only: the line itself still works

    result = run(tickets.desk.submit(fault(touched, "固话故障")))  # a fixed-line fault: not this event's
    assert result.delivered
    with pytest.raises(KnownEventTicket):  # a broadband fault is about IPTV too (it rides on the line)
        run(tickets.desk.submit(fault(touched, "宽带故障")))
    assert ticket_writes(admin, touched["number"]) == [("tickets", "createTroubleTicket")]


def test_a_complaint_about_the_outage_goes_out_and_carries_the_event(
    tickets, events_admin, scenario, api, admin, run
):
    touched = scenario("bb_wrong_password")
    event = events_admin.around(touched["number"], ["broadband"])

    result = run(
        tickets.desk.submit(fault(touched, ticket_type="complaint", description="断网两天，要求赔偿"))
    )

    assert result.delivered and result.entry.ticket_system == "10000"
    ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
    assert ticket["ticketType"] == "complaint"
    assert ticket["evidence"]["serviceEvent"]["id"] == event["id"]
    assert ticket["evidence"]["serviceEvent"]["services"] == ["broadband"]
    assert ticket_writes(admin, touched["number"]) == [("tickets", "createTroubleTicket")]


def test_pretreatment_dispatch_for_an_affected_number_creates_no_ticket(
    tickets, events_admin, scenario, admin, run
):
    touched = scenario("bb_wrong_password")
    events_admin.around(touched["number"], ["broadband"])
    dispatcher = TicketDeskDispatcher(tickets.desk)  # what the flow engine calls when the desk has tickets

    for _ in range(2):  # the wizard's Retry asks again, and is refused again while the event lasts
        with pytest.raises(ConnectorError) as refused:
            run(
                dispatcher.dispatch(
                    run_id="run-known-event-1",
                    ticket_type="fault",
                    category="宽带故障",
                    summary="拨号 691",
                    evidence={"flowId": "broadband-login"},
                    customer_id=touched["customer_id"],
                    number=touched["number"],
                    customer_name="",
                    severity="major",
                    agent="demo_agent",
                )  # fmt: skip
            )
        assert isinstance(refused.value, KnownEventTicket) and refused.value.kind == "rejected"
    assert run(tickets.outbox.entries()) == []
    assert ticket_writes(admin, touched["number"]) == []


def test_a_record_closed_at_the_front_line_is_never_held(tickets, events_admin, scenario, run):
    touched = scenario("bb_wrong_password")
    events_admin.around(touched["number"], ["broadband"])

    result = run(
        tickets.desk.submit(
            fault(touched, pretreated=True, flow_run_id="run-front-line-1", close_at_front_line=True)
        )
    )
    assert result.delivered  # the wrap-up's record of work done in the call is not a dispatch


def test_a_closed_event_holds_nothing_back(tickets, events_admin, scenario, admin, run):
    touched = scenario("bb_wrong_password")
    event = events_admin.around(touched["number"], ["broadband"])
    with pytest.raises(KnownEventTicket):
        run(tickets.desk.submit(fault(touched)))

    events_admin.close(event["id"])  # the desk asks anew at each submission: no waiting for its cache

    assert run(tickets.desk.submit(fault(touched))).delivered
    assert ticket_writes(admin, touched["number"]) == [("tickets", "createTroubleTicket")]


def test_an_event_opened_after_the_last_look_up_still_holds_the_fault(tickets, events_admin, scenario, run):
    touched = scenario("bb_wrong_password")
    assert run(tickets.desk.known_event(touched["number"], "宽带故障")) is None  # kept a few seconds
    event = events_admin.around(touched["number"], ["broadband"])

    with pytest.raises(KnownEventTicket) as refused:
        run(tickets.desk.submit(fault(touched)))
    assert refused.value.known.event_id == event["id"]
    assert run(tickets.desk.known_event(touched["number"], "宽带故障", fresh=True)).event_id == event["id"]


def test_the_ticket_goes_out_when_the_events_system_cannot_tell(tickets, events_admin, scenario, admin, run):
    touched = scenario("bb_wrong_password")
    events_admin.around(touched["number"], ["broadband"])
    admin.put("/admin/faults/events", json={"down": True}).raise_for_status()
    try:
        result = run(tickets.desk.submit(fault(touched)))
    finally:
        admin.delete("/admin/faults/events").raise_for_status()

    assert result.delivered  # a ticket is never lost because the outage list could not be read
    assert ticket_writes(admin, touched["number"]) == [("tickets", "createTroubleTicket")]


def test_without_the_events_feature_tickets_go_out_as_before(stub_server, scenario, events_admin, run):
    from agentdesk.features import tickets as tickets_feature

    d = run(signed_in_desk_on(stub_server.url))
    try:
        tickets_feature.plug(d)
        touched = scenario("bb_wrong_password")
        events_admin.around(touched["number"], ["broadband"])
        assert run(d.extras["tickets"].desk.known_event(touched["number"], "宽带故障")) is None
        assert run(d.extras["tickets"].desk.submit(fault(touched))).delivered
    finally:
        run(d.aclose())
