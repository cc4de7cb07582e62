"""A dispatch held for a known event (issues 5 and 13): a flow reaches its dispatch end, but an event opened
meanwhile covers the subscriber and the ticket desk holds the fault ticket back. The run does not pretend
to have dispatched: its dispatch step says held_for_event with the event, the call is counted against the
event, the customer is read the event's wording, and the run is recorded and reported as the known-event
outcome (resolved at the known-event end, no ticket) — locally, to the back end and in the wrap-up."""

from __future__ import annotations

import asyncio

import pytest

from agentdesk.services.pretreatment.runs import HELD_FOR_EVENT, AutoDriver
from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.services.events.support import EventDesk, writes_of


@pytest.fixture
def desk(stub_server, run):
    """The desk as the app plugs it: tickets (the known-event guard), service events, pretreatment."""
    from agentdesk.features import events, pretreatment, tickets

    d = run(signed_in_desk_on(stub_server.url))
    tickets.plug(d)
    events.plug(d)
    pretreatment.plug(d)
    yield d
    run(d.aclose())


@pytest.fixture
def events_admin(admin, api):
    events = EventDesk(admin, api)
    yield events
    events.end_all()


class OpensEventAt(AutoDriver):
    """The agent's part, as the command line plays it; when the run reaches ``step`` an outage around the
    subscriber's line is opened in the events system (it began after the flow's first look)."""

    def __init__(self, step: str, open_event) -> None:
        super().__init__()
        self.step, self.open_event, self.event = step, open_event, None

    async def step_started(self, view) -> None:
        await super().step_started(view)
        if view.step_id == self.step and self.event is None:
            self.event = await asyncio.to_thread(self.open_event)


def test_a_dispatch_held_for_a_known_event_ends_as_the_known_event(
    desk, events_admin, scenario, admin, api, run
):
    sc = scenario("bb_line_fault")  # the flow tests the line, finds it poor and dispatches a 112 fault
    number = sc["number"]
    service = desk.extras["pretreatment"]
    driver = OpensEventAt("dispatch_line", lambda: events_admin.around(number, ["broadband"]))

    result = run(service.run("broadband-login", number, driver))
    run(service.flush_reports())
    event = driver.event
    assert event is not None, [s.step_id for s in result.steps]

    # the run's end, as the wizard and the command line show it
    assert (result.outcome, result.end_step) == ("resolved", "known_event")
    assert (result.held_for_event, result.held_step) == (event["id"], "dispatch_line")
    assert result.ticket_id == "" and result.dispatch_error == ""
    held = [s for s in result.steps if s.outcome == HELD_FOR_EVENT]
    assert [s.step_id for s in held] == ["dispatch_line"]
    assert held[0].facts["events.id"] == event["id"]
    assert "No ticket was sent" in held[0].found.en and "未派单" in held[0].found.zh
    assert [(s.step_id, s.outcome) for s in result.steps[-1:]] == [("known_event_register", "done")]
    assert "18:00" in result.script.en and "光缆中断" in result.script.zh  # the event's wording, to read out
    assert result.as_json()["heldForEvent"] == event["id"]

    # the back office: no ticket, the call counted against the event, the run reported without a ticket
    done = writes_of(admin, number)
    assert ("tickets", "createTroubleTicket") not in done
    assert done.count(("events", "registerComplaint")) == 1 and ("tickets", "reportFlowRun") in done
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    (reported,) = api.get("/tickets/flowRun", params={"number": number}).json()
    assert (reported["outcome"], reported["ticketId"]) == ("resolved", None)
    step = next(s for s in reported["steps"] if s["step"] == "dispatch_line")
    assert step["outcome"] == HELD_FOR_EVENT and step["facts"]["events.id"] == event["id"]

    # kept on this desk as ended at the known event, and the call's wrap-up counts no dispatch
    stored = run(service.recent_runs(customer_id=sc["customer_id"]))
    assert [(r.outcome, r.ticket_id, r.record["heldForEvent"]) for r in stored] == [
        ("resolved", "", event["id"])
    ]
    wrapups = desk.extras["tickets"].wrapups
    call = wrapups.current(sc["customer_id"])
    assert [r.outcome for r in call.runs] == ["resolved"] and call.dispatched == 0
    assert call.suggested == "resolved_front_line"


def test_without_an_event_the_same_flow_still_dispatches(desk, scenario, admin, run):
    """The hold is for known events only: the same line fault goes to 112 when no event covers it."""
    sc = scenario("bb_line_fault")
    service = desk.extras["pretreatment"]
    result = run(service.run("broadband-login", sc["number"], AutoDriver()))
    assert (result.outcome, result.end_step, result.held_for_event) == ("dispatch", "dispatch_line", "")
    assert result.ticket_id and ("tickets", "createTroubleTicket") in writes_of(admin, sc["number"])
