"""The entry form and a known service event (issue 13), with the tickets and events features plugged in as
the app plugs them, over the simulator: for a number inside an active event the form says which event,
until when and what to tell the customer, holds the fault ticket back and offers counting the call (one
confirmed, audited link); the customer who insists gets a complaint that carries the event; another
number's fault ticket goes out as before."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.views.tickets.ticket_panel import TicketPanel
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog
from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.services.events.support import WORDING, EventDesk, writes_of
from tests.services.tickets.support import tickets_of
from tests.support.aio import wait_until
from tests.views.tickets.conftest import CustomerWindow, match_of


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    yield
    gc.collect()


@pytest.fixture
def desk(stub_server, run):
    from agentdesk.features import events as events_feature
    from agentdesk.features import tickets as tickets_feature

    d = run(signed_in_desk_on(stub_server.url))
    tickets_feature.plug(d)
    events_feature.plug(d)
    yield d
    run(d.aclose())


@pytest.fixture
def events_admin(admin, api):
    events = EventDesk(admin, api)
    yield events
    events.end_all()


@pytest.fixture
def open_form(desk, qtbot):
    """``open_form(customer, ticket_type)``: the panel's entry form for the customer, of that type."""
    panels = []

    async def opening(customer: dict, ticket_type: str = "fault", description: str = "宽带无法上网"):
        panel = TicketPanel(desk.extras["tickets"])
        qtbot.addWidget(panel)
        panels.append(panel)
        window = CustomerWindow()
        panel.attach(window)
        panel.show()
        window.open(match_of(customer))
        panel.new_ticket(description=description)
        await wait_until(lambda: panel.form is not None and panel.form.isVisible())
        form = panel.form
        form.type_box.setCurrentIndex(form.type_box.findData(ticket_type))
        form.category_box.setCurrentIndex(form.category_box.findData("宽带故障"))
        return form

    yield opening
    for panel in panels:
        if panel.form is not None:
            panel.form.close()  # a form left open would be the next test's modal widget


def modal_confirm():
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, ConfirmDialog) else None


def test_the_form_holds_a_fault_ticket_back_and_counts_the_call_instead(
    desk, open_form, events_admin, scenario, qtbot, run, api, admin
):
    touched = scenario("bb_wrong_password")
    event = events_admin.around(touched["number"], ["broadband", "iptv"], title="光缆中断-工单")

    async def body():
        form = await open_form(touched)
        box = form.known_box
        await wait_until(lambda: box.isVisible() and "光缆中断-工单" in box.text.text())
        text = box.text.text()
        assert event["id"] in text and touched["number"] in text and "expected back" in text
        assert "Broadband, IPTV out on" in text
        assert WORDING["en"] in text and "Tell the customer:" in text
        assert "No fault ticket is sent for a known event" in text
        assert not form.submit_button.isEnabled() and box.complaint_button.isVisible()

        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Submit anyway
        await wait_until(lambda: "count the call against the event" in form.status.text())

        qtbot.mouseClick(box.count_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: modal_confirm() is not None)
        dialog = modal_confirm()
        assert touched["number"] in dialog.text_label.text() and "光缆中断-工单" in dialog.text_label.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: "Call counted against 光缆中断-工单: 1 calls" in box.outcome.text(), timeout=20
        )
        assert form.status.text() == "No ticket was sent: the call is counted against the event."
        assert not box.count_button.isEnabled() and form.cancel_button.text() == "Close"

    run(body())
    assert tickets_of(api, touched["customer_id"]) == []
    assert run(desk.extras["tickets"].outbox.entries()) == []
    assert writes_of(admin, touched["number"]) == [("events", "registerComplaint")]
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    audit = run(desk.audit.entries(customer_id=touched["customer_id"]))
    assert [(a.system, a.operation, a.outcome) for a in audit] == [("events", "registerComplaint", "ok")]


def test_the_customer_who_insists_gets_a_complaint_carrying_the_event(
    open_form, events_admin, scenario, qtbot, run, api, admin
):
    touched = scenario("bb_wrong_password")
    event = events_admin.around(touched["number"], ["broadband"], title="光缆中断-投诉")

    async def body():
        form = await open_form(touched, description="断网一整天，客户要求投诉")
        box = form.known_box
        await wait_until(lambda: box.isVisible() and not form.submit_button.isEnabled())
        qtbot.mouseClick(box.complaint_button, Qt.MouseButton.LeftButton)
        assert form.type_box.currentData() == "complaint" and form.category_box.currentData() == "宽带故障"
        await wait_until(lambda: "This complaint goes out carrying the event" in box.text.text())
        assert form.submit_button.isEnabled() and not box.complaint_button.isVisible()
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "created in system 10000" in form.status.text(), timeout=20)

    run(body())
    (ticket,) = tickets_of(api, touched["customer_id"])
    assert ticket["ticketType"] == "complaint" and ticket["evidence"]["serviceEvent"]["id"] == event["id"]
    assert writes_of(admin, touched["number"]) == [("tickets", "createTroubleTicket")]


def test_an_unaffected_number_gets_its_fault_ticket_as_before(
    open_form, events_admin, scenario, qtbot, run, api, admin
):
    touched, other = scenario("bb_wrong_password"), scenario("bb_port_fault")
    events_admin.around(touched["number"], ["broadband", "iptv"])

    async def body():
        form = await open_form(other)
        await wait_until(lambda: not form.checking_known_event)
        assert not form.known_box.isVisible() and form.submit_button.isEnabled()
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "created in system 112" in form.status.text(), timeout=20)

    run(body())
    (ticket,) = tickets_of(api, other["customer_id"])
    assert ticket["ticketType"] == "fault" and "serviceEvent" not in (ticket["evidence"] or {})
    assert writes_of(admin, other["number"]) == [("tickets", "createTroubleTicket")]


def test_an_event_that_began_after_the_form_asked_still_stops_the_fault_ticket(
    open_form, events_admin, scenario, qtbot, run, api, admin
):
    touched = scenario("bb_wrong_password")

    async def body():
        form = await open_form(touched)
        await wait_until(lambda: not form.checking_known_event)
        assert not form.known_box.isVisible() and form.submit_button.isEnabled()
        event = events_admin.around(touched["number"], ["broadband"], title="光缆中断-刚开始")
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "count the call against the event" in form.status.text(), timeout=20)
        assert "光缆中断-刚开始" in form.known_box.text.text() and event["id"] in form.known_box.text.text()
        assert not form.submit_button.isEnabled() and form.description.isEnabled()

    run(body())
    assert tickets_of(api, touched["customer_id"]) == []
    assert writes_of(admin, touched["number"]) == []
