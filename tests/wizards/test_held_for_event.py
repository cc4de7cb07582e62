"""The wizard's last page when the flow's dispatch was held for a known event: no "handed to the back
office", no ticket; why none was sent, the event's wording to read to the customer, the call counted."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from agentdesk.wizards import open_flow_wizard
from agentdesk.wizards.runs_model import RunsModel
from tests.services.events.support import EventDesk
from tests.support.aio import wait_until
from tests.wizards.test_flow_wizard import match_of, on_page, shoot, writes


@pytest.fixture
def service(desk):
    """The desk with the ticket desk (its known-event guard) and service events plugged in too."""
    from agentdesk.features import events, tickets

    tickets.plug(desk)
    events.plug(desk)
    return desk.extras["pretreatment"]


@pytest.fixture
def events_admin(admin, api):
    events = EventDesk(admin, api)
    yield events
    events.end_all()


def test_the_outcome_page_of_a_dispatch_held_for_a_known_event(
    service, events_admin, scenario, admin, api, qtbot, run, tmp_path
):
    sc = scenario("bb_line_fault")
    number = sc["number"]
    wizard = open_flow_wizard(None, service, customer=match_of(sc), flow_id="broadband-login", autostart=True)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 680)
    opened: list[dict] = []
    step_started = wizard.step_started

    async def outage_begins_at_the_dispatch(view):  # the event opens after the flow's first look
        if view.step_id == "dispatch_line" and not opened:
            opened.append(await asyncio.to_thread(events_admin.around, number, ["broadband"]))
        await step_started(view)

    wizard.step_started = outage_begins_at_the_dispatch

    async def body():
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        assert "光缆中断" in wizard.confirm_page.change.text()  # count the call against the event?
        qtbot.mouseClick(wizard.confirm_page.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    page = wizard.outcome_page
    assert "Resolved at the front line" in page.badge.text()
    assert "Handed to the back office" not in page.badge.text()
    assert page.ticket.text().startswith("No ticket was sent") and "光缆中断" in page.ticket.text()
    assert "18:00" in page.script.toPlainText()
    assert "Count the call against the event" in page.done.text()
    assert wizard.progress.step_texts()[-3:] == [
        "– Dispatch a 112 line fault",  # reached, not sent
        "✓ Count the call against the event",
        "■ Known event: nothing to change",
    ]
    assert ("tickets", "createTroubleTicket") not in writes(admin, number)
    assert api.get(f"/events/{opened[0]['id']}").json()["linkedCalls"] == 1
    shoot(wizard, "wizard_held_for_event.png", tmp_path)
    # the customer's runs in the pretreatment panel: no ticket, and why
    runs = RunsModel()
    runs.set_runs(run(service.recent_runs(customer_id=sc["customer_id"])), {})
    assert [runs.index(0, c).data() for c in (2, 3)] == [
        "Resolved at the front line",
        f"none: known event {opened[0]['id']}",
    ]
