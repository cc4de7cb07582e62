"""The ticket panel driven as an agent would: the customer's tickets across both systems, overdue and
escalated marks, history and notes, my tickets, waiting to send, refresh, wrap-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.views.tickets.ticket_panel import MINE, TicketPanel
from agentdesk.views.tickets.ticket_table_model import COLUMNS, OVERDUE_BACKGROUND, OVERDUE_ROLE
from tests.support.aio import wait_until
from tests.views.tickets.conftest import CustomerWindow, match_of, type_text


def cell(panel: TicketPanel, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, COLUMNS.index(column)), role)


def row_with(panel: TicketPanel, ticket_id: str) -> int:
    row = panel.model.row_of(("ticket", ticket_id))
    assert row >= 0, ticket_id
    return row


def submit(services, run, customer, ticket_type, category, text, **kw):
    draft = TicketDraft(
        ticket_type=ticket_type, category=category, description=text,
        customer_id=customer["customer_id"], number=customer["number"], customer_name=customer["customer_name"], **kw,
    )  # fmt: skip
    result = run(services.desk.submit(draft))
    assert result.delivered
    return result.ticket_id


def make_panel(qtbot, services):
    panel = TicketPanel(services)
    qtbot.addWidget(panel)
    window = CustomerWindow()
    panel.attach(window)
    panel.resize(1300, 560)
    panel.show()
    return panel, window


def test_the_customers_tickets_with_overdue_and_escalated_marks(make_services, customer, admin, qtbot, run):
    s = make_services()
    consult = submit(s, run, customer, "consult", "资费套餐", "询问套餐")
    fault = submit(s, run, customer, "fault", "宽带故障", "宽带频繁掉线")
    complaint = submit(s, run, customer, "complaint", "服务态度", "营业厅态度差", escalated=True)
    admin.patch(
        f"/admin/tickets/{fault}", json={"shiftBackHours": 30}
    ).raise_for_status()  # due 24 h: overdue
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 3)

    run(body())
    assert {cell(panel, r, "system") for r in range(3)} == {"10000", "112"}
    f = row_with(panel, fault)
    assert cell(panel, f, "due", OVERDUE_ROLE) is True
    assert cell(panel, f, "ticket", Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "Overdue" in cell(panel, f, "flags")
    c = row_with(panel, complaint)
    assert cell(panel, c, "due", OVERDUE_ROLE) is False and "Escalated" in cell(panel, c, "flags")
    assert cell(panel, row_with(panel, consult), "status") == "Received"
    assert "3 ticket(s)" in panel.info.text()


def test_history_and_notes_are_shown_and_a_note_is_added_from_the_keyboard(
    make_services, customer, admin, qtbot, run, api
):
    s = make_services()
    tid = submit(s, run, customer, "fault", "固话故障", "固话杂音大")
    admin.post(
        f"/admin/tickets/{tid}/status", json={"status": "inProgress", "note": "已派装维"}
    ).raise_for_status()
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 1)
        panel.table.selectRow(0)
        await wait_until(lambda: panel.detail.history_model.rowCount() == 2)
        assert panel.detail.history_model.cell(panel.detail.history_model.rows[1], 3) == "已派装维"
        type_text(qtbot, panel.detail.note_edit, "客户要求周六上门")
        qtbot.keyClick(panel.detail.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: panel.detail.notes_model.rowCount() == 1)

    run(body())
    assert panel.detail.notes_model.rows[0].text == "客户要求周六上门"
    assert panel.detail.note_edit.toPlainText() == ""
    notes = api.get(f"/tickets/troubleTicket/{tid}").json()["note"]
    assert [n["text"] for n in notes] == ["客户要求周六上门"]
    assert "In progress" in panel.detail.fact_labels["status"].text()


def test_my_tickets_lists_only_the_agents_own(make_services, customer, qtbot, run):
    s = make_services("agent04")
    mine = submit(s, run, customer, "complaint", "网络质量", "信号差")
    other = make_services("agent05")
    submit(other, run, customer, "consult", "业务咨询", "别人的工单")
    panel, _window = make_panel(qtbot, s)

    async def body():
        panel.scope.setCurrentIndex(MINE)
        await wait_until(lambda: panel.model.rowCount() > 0 and panel.model.row_of(("ticket", mine)) >= 0)

    run(body())
    assert {t.created_by for t in panel.model.tickets} == {"agent04"}


def test_waiting_to_send_is_shown_until_the_system_is_back(make_services, customer, admin, qtbot, run):
    s = make_services()
    panel, window = make_panel(qtbot, s)
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()

    async def body():
        window.open(match_of(customer))
        draft = TicketDraft(
            ticket_type="fault", category="手机通信", description="无法呼出",
            customer_id=customer["customer_id"], number=customer["number"],
        )  # fmt: skip
        result = await s.desk.submit(draft, "draft-panel-wait")
        assert result.waiting
        await wait_until(lambda: panel.model.rowCount() == 1 and panel.model.is_draft_row(0))
        await wait_until(lambda: "1 ticket(s) waiting to send" in panel.outbox_label.text())
        assert cell(panel, 0, "status") == "Waiting to send"
        assert cell(panel, 0, "system") == "112"  # where it will go, from the catalogue
        panel.table.selectRow(0)
        assert "sent automatically" in panel.detail.draft_state.text()
        admin.delete("/admin/faults/tickets").raise_for_status()
        qtbot.mouseClick(panel.send_now, Qt.MouseButton.LeftButton)
        await wait_until(lambda: panel.model.rowCount() == 1 and not panel.model.is_draft_row(0), timeout=15)
        await wait_until(lambda: panel.outbox_label.text() == "")

    run(body())
    assert not panel.send_now.isVisible()


def test_refresh_follows_the_back_office(make_services, customer, admin, qtbot, run):
    s = make_services()
    tid = submit(s, run, customer, "complaint", "计费争议", "多扣费")
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 1)
        for status in ("inProgress", "resolved"):
            admin.post(f"/admin/tickets/{tid}/status", json={"status": status}).raise_for_status()
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: cell(panel, 0, "status") == "Resolved")
        panel.open_only.setChecked(True)  # a resolved ticket is no longer open
        await wait_until(lambda: panel.model.rowCount() == 0)

    run(body())


def test_a_stale_answer_for_the_previous_customer_is_dropped(make_services, scenario, admin, qtbot, run):
    s = make_services()
    first, second = scenario("healthy"), scenario("healthy")
    submit(s, run, first, "consult", "业务咨询", "第一位客户")
    panel, window = make_panel(qtbot, s)
    admin.put("/admin/faults/tickets", json={"latency_ms": 400}).raise_for_status()

    async def body():
        window.open(match_of(first))  # slow answer...
        window.open(match_of(second))  # ...the agent moved on before it came
        await wait_until(lambda: panel.info.text().startswith("0 ticket(s)"), timeout=10)

    run(body())
    assert panel.model.rowCount() == 0


def test_wrap_up_from_the_keyboard_reports_a_consultation(make_services, customer, qtbot, run, api):
    s = make_services()
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        panel.wrapup_action.trigger()
        await wait_until(lambda: panel.wrapup_dialog is not None and panel.wrapup_dialog.isVisible())
        dialog = panel.wrapup_dialog
        assert dialog.disposition() == "consulted"  # nothing else happened in this call
        qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        assert dialog.disposition() == "dispatched" and not dialog.report.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert dialog.report.isEnabled() and dialog.report.isChecked()
        type_text(qtbot, dialog.note, "告知客户套餐资费")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: not dialog.isVisible())
        await wait_until(lambda: panel.model.rowCount() == 1 and not panel.model.is_draft_row(0))

    run(body())
    (wrapup,) = run(s.wrapups.list(customer_id=customer["customer_id"]))
    assert wrapup.disposition == "consulted" and wrapup.note == "告知客户套餐资费"
    (ticket,) = api.get("/tickets/troubleTicket", params={"customerId": customer["customer_id"]}).json()
    assert ticket["ticketType"] == "consult" and ticket["closedAtFrontLine"] and ticket["status"] == "closed"
    assert wrapup.ticket_ids == (ticket["id"],)
    assert QApplication.instance() is not None


def test_closing_an_own_consultation_at_the_front_line_asks_first(make_services, customer, qtbot, run, api):
    s = make_services()
    tid = submit(s, run, customer, "consult", "业务咨询", "咨询宽带提速")
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 1)
        panel.table.selectRow(0)
        await wait_until(lambda: panel.detail.close_button.isVisible())
        qtbot.mouseClick(panel.detail.close_button, Qt.MouseButton.LeftButton)
        box = panel.detail.close_box
        assert tid in box.text()
        box.button(box.StandardButton.Yes).click()
        await wait_until(lambda: "Closed" in panel.detail.fact_labels["status"].text())
        await wait_until(lambda: cell(panel, 0, "status") == "Closed")

    run(body())
    assert api.get(f"/tickets/troubleTicket/{tid}").json()["closedAtFrontLine"] is True
    assert not panel.detail.close_button.isVisible()


def test_a_refused_draft_is_shown_and_can_be_discarded(make_services, customer, qtbot, run):
    s = make_services()
    bad = TicketDraft(
        ticket_type="consult", category="业务咨询", description="号码已过户",
        customer_id=customer["customer_id"], number="19999999999",
    )  # fmt: skip
    assert run(s.desk.submit(bad, "draft-refused-view")).rejected
    panel, window = make_panel(qtbot, s)

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 1 and panel.model.is_draft_row(0))
        assert cell(panel, 0, "status") == "Refused by the ticket system"
        assert "1 refused" in panel.outbox_label.text()
        panel.table.selectRow(0)
        assert panel.detail.discard_button.isVisible() and "number" in panel.detail.draft_state.text()
        qtbot.mouseClick(panel.detail.discard_button, Qt.MouseButton.LeftButton)
        box = panel.detail.discard_box
        box.button(box.StandardButton.Yes).click()
        await wait_until(lambda: panel.model.rowCount() == 0)
        await wait_until(lambda: panel.outbox_label.text() == "")

    run(body())
    assert run(s.outbox.entries()) == []
