"""The phone on the real window over the simulator's CTI: ringing → screen pop for a known and an unknown
number, answered → customer view and call timer, ended → wrap-up (the ticket desk's, or the short one),
a dropped stream → "line down" in the call bar, then back by itself."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from agentdesk.domain.calls import display_number
from agentdesk.views.customer.customer_workspace import CustomerWorkspace
from tests.support.aio import wait_until
from tests.views.workbench.conftest import AGENT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def ring(admin, number: str, **extra) -> dict:
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": number, **extra})
    assert r.status_code == 201, r.text
    return r.json()


def unknown_number(api) -> str:
    while True:
        number = "1895" + "".join(random.choice("0123456789") for _ in range(7))
        answer = api.get("/crm/customer", params={"number": number})
        answer.raise_for_status()  # a refused look-up must fail the test, not loop for ever
        if not answer.json():
            return number


def parts(window):
    phone_ui = window.docks["calls"].widget().on_window
    return phone_ui, phone_ui.call_bar


async def active(widget) -> None:
    widget.activateWindow()
    await wait_until(lambda: widget.isActiveWindow())


async def line_up(window) -> None:
    _ui, bar = parts(window)
    await wait_until(lambda: "Phone line up" in bar.line_label.text(), 10)
    window.activateWindow()
    await wait_until(lambda: window.isActiveWindow())


def test_known_caller_pops_name_and_level_then_the_customer_on_answer(
    make_desk, make_window, qtbot, admin, scenario, run
):
    customer = scenario("healthy")
    desk = make_desk()
    window = make_window(desk)
    _ui, bar = parts(window)

    async def body():
        await line_up(window)
        ring(admin, customer["number"])
        grouped = display_number(customer["number"])
        await wait_until(lambda: grouped in bar.caller_label.text())  # the number shows at once
        name = (await desk.customers.find(customer["number"]))[0].name
        await wait_until(lambda: name in bar.caller_label.text())  # then the name and the level
        assert "customer" in bar.caller_label.text() and bar.phase() == "ringing"
        assert bar.answer_button.isVisible() and bar.hangup_button.text() == "&Reject"
        assert "Ringing" in bar.timer_label.text()
        assert window.current_customer() is None  # nothing opens before the agent answers

        qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)  # answer from the keyboard
        await wait_until(lambda: window.current_customer() is not None, 15)
        assert window.current_customer().customer_id == customer["customer_id"]
        assert isinstance(window.tabs.currentWidget(), CustomerWorkspace)
        await wait_until(lambda: bar.timer_label.text().startswith("Talking"))
        assert bar.phase() == "talking" and not bar.answer_button.isVisible()

    run(body())


def test_unknown_caller_opens_an_empty_view_with_the_number_in_the_search_box(
    make_desk, make_window, admin, api, run
):
    number = unknown_number(api)
    desk = make_desk()
    window = make_window(desk)
    _ui, bar = parts(window)

    async def body():
        await line_up(window)
        ring(admin, number, answerAfterS=0.3)  # the switch answers for the agent
        await wait_until(lambda: "unknown caller" in bar.caller_label.text())
        await wait_until(lambda: window.search.text() == number, 10)
        assert window.tabs.currentWidget() is window.start_page
        assert window.current_customer() is None and not window.customer_workspaces()
        assert window.search.hasFocus()

    run(body())


def test_answered_then_ended_runs_the_timer_and_the_ticket_desk_wrap_up(
    make_desk, make_window, qtbot, admin, scenario, run
):
    customer = scenario("healthy")
    desk = make_desk(features=("workbench", "tickets"))
    window = make_window(desk)
    ui, bar = parts(window)
    phone = desk.extras["workbench"]

    async def body():
        await line_up(window)
        call = ring(admin, customer["number"])
        await wait_until(lambda: bar.phase() == "ringing" and "looking up" not in bar.caller_label.text())
        bar.answer_button.click()
        await wait_until(lambda: bar.phase() == "talking")
        await wait_until(lambda: window.current_customer() is not None, 15)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)  # hang up from the keyboard
        await wait_until(lambda: bar.phase() == "wrap_up")
        assert bar.timer_label.text().startswith("Wrap-up") and bar.wrap_up_button.isVisible()
        assert "talked" in bar.caller_label.text()
        await wait_until(lambda: ui.dialog is not None and ui.dialog.isVisible())  # "ended" starts wrap-up
        dialog = ui.dialog
        assert dialog.objectName() == "wrapup-dialog" and dialog.call.customer_id == customer["customer_id"]
        await active(dialog)  # its keys (Alt+1…4, Ctrl+Enter) work in the active window
        qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # resolved at the front line
        dialog.report.setChecked(False)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: bar.phase() == "idle", 10)
        assert bar.timer_label.text() == "" and "Wrap-up recorded" in bar.message.text()
        record = await phone.history.get(call["id"])
        assert record.disposition == "resolved_front_line" and record.wrapup_id
        assert record.talk_s is not None and record.wrapup_s is not None
        [stored] = await desk.extras["tickets"].wrapups.list(wrapup_id=record.wrapup_id)
        assert stored.customer_id == customer["customer_id"]
        table = window.docks["calls"].widget()
        model = table.loader.model

        def shown() -> list[str]:
            rows = [r for r in model.records if r.call_id == call["id"]]
            return [model.cell(rows[0], c) for c in range(model.columnCount())] if rows else []

        await wait_until(lambda: shown() and shown()[7] == "Resolved at the front line")
        assert shown()[1] == customer["number"] and shown()[6] == "You hung up" and shown()[5]
        assert "answered" in table.summary_label.text()

    run(body())


def test_unknown_caller_gets_the_short_wrap_up(make_desk, make_window, qtbot, admin, api, run):
    desk = make_desk()
    window = make_window(desk)
    ui, bar = parts(window)
    phone = desk.extras["workbench"]

    async def body():
        await line_up(window)
        call = ring(admin, unknown_number(api), answerAfterS=0.1, endAfterS=0.2)
        await wait_until(lambda: ui.dialog is not None and ui.dialog.isVisible(), 10)
        dialog = ui.dialog
        assert dialog.objectName() == "quick-wrapup-dialog"
        await active(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClicks(dialog.note, "asked to call back after paying")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: bar.phase() == "idle", 10)
        record = await phone.history.get(call["id"])
        assert record.disposition == "customer_action" and record.end_reason == "callerHangup"

    run(body())


def test_dropped_stream_shows_line_down_and_reconnects_by_itself(
    make_desk, make_window, admin, scenario, run
):
    customer = scenario("healthy")
    desk = make_desk(initial_delay_s=1.5, max_delay_s=3)
    phone = desk.extras["workbench"]
    phone.line.stable_s = 60  # a drop right after connecting counts as a failure: back-off applies
    window = make_window(desk)
    _ui, bar = parts(window)
    seen = []
    phone.line.add_listener(lambda s: seen.append(bar.line_label.text()), replay=False)

    async def body():
        await line_up(window)
        admin.post("/admin/cti/drop", json={"agent": AGENT}).raise_for_status()
        await wait_until(lambda: "Phone line down" in bar.line_label.text())
        assert "Incoming calls will not pop up" in bar.line_label.text()
        assert bar.reconnect_button.isVisible() and bar.phase() == "down"
        ring(admin, customer["number"])  # while the desk is not listening
        await wait_until(lambda: "Phone line up" in bar.line_label.text(), 10)
        assert not bar.reconnect_button.isVisible()
        await wait_until(lambda: bar.phase() == "ringing")  # the missed ringing was replayed
        assert admin.get("/admin/cti/streams").json()["streams"].get(AGENT) == 1

    run(body())
    assert any("trying again in" in text for text in seen)
