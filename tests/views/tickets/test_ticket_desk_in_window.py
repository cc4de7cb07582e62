"""The ticket desk in the real workbench window (plugged in as the app does), and the screenshots."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from agentdesk.connectors.config import BackendConfig
from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.features import tickets as tickets_feature
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings
from agentdesk.views.main_window import MainWindow
from agentdesk.views.tickets.ticket_panel import TicketPanel
from tests.support.aio import wait_until
from tests.views.tickets.conftest import CustomerWindow, match_of

# into docs/screenshots only when asked (AGENTDESK_SCREENSHOTS=1), so a test run leaves the tree clean
SCREENSHOTS = (
    Path(__file__).resolve().parents[3] / "docs" / "screenshots"
    if os.environ.get("AGENTDESK_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "agentdesk-screenshots"
)


def test_the_window_offers_the_ticket_desk_with_its_shortcuts(stub_server, customer, qtbot, run, api):
    desk = build_desk(BackendConfig.from_base_url(stub_server.url), Settings(), stub_server.url)
    try:
        run(desk.session.sign_in("demo_agent", "demo"))
        tickets_feature.plug(desk)
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        panel = window.docks["tickets"].widget()
        assert isinstance(panel, TicketPanel)
        tools = [a.text() for a in window.tools_menu.actions()]
        assert "New &ticket…" in tools and "&Wrap up call…" in tools
        assert panel.new_action.shortcut().toString() == "Ctrl+Shift+T"

        async def body():
            matches = await desk.customers.find(customer["number"])
            window.open_customer(matches[0])
            await wait_until(lambda: panel.customer is not None)
            assert panel.customer.customer_id == customer["customer_id"]
            window.activateWindow()
            qtbot.keyClick(
                window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            await wait_until(lambda: panel.form is not None and panel.form.isVisible())
            form = panel.form
            assert form.customer_id == customer["customer_id"]
            form.description.setPlainText("客户咨询携号转网条件")
            qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "created in system 10000" in form.status.text())
            await wait_until(lambda: panel.model.rowCount() == 1 and not panel.model.is_draft_row(0))
            form.close()
            window.close()

        run(body())
        audit = run(desk.audit.entries(customer_id=customer["customer_id"]))
        assert [(a.system, a.operation, a.outcome) for a in audit] == [
            ("tickets", "createTroubleTicket", "ok")
        ]
    finally:
        run(desk.aclose())


def test_screenshots_of_the_ticket_view_and_the_wrap_up(make_services, customer, admin, qtbot, run):
    s = make_services()

    def submit(ticket_type, category, text, **kw):
        draft = TicketDraft(
            ticket_type=ticket_type, category=category, description=text, customer_id=customer["customer_id"],
            number=customer["number"], customer_name=customer["customer_name"], **kw,
        )  # fmt: skip
        return run(s.desk.submit(draft)).ticket_id

    submit("consult", "资费套餐", "咨询4G套餐升级5G的资费差异，已解答", close_at_front_line=True)
    complaint = submit(
        "complaint", "计费争议", "客户称上月被收取国际漫游费，本人未出境", severity="major", escalated=True
    )
    fault = run(
        s.desk.dispatch(
            run_id="run-shot-1", ticket_type="fault", category="宽带故障", severity="major",
            summary="宽带无法登录：拨号691，重置密码、清除在线记录、端口重启后仍失败；线路测试衰耗58 dB",
            evidence={"flowId": "broadband-login", "dialTest": "691", "lineTest": {"attenuationDb": 58}},
            customer_id=customer["customer_id"], number=customer["number"],
        )
    ).ticket_id  # fmt: skip
    admin.post(f"/admin/tickets/{complaint}/status", json={"status": "inProgress", "note": "计费中心核查"})
    admin.post(f"/admin/tickets/{fault}/status", json={"status": "inProgress", "note": "已派装维上门"})
    run(s.desk.add_note(fault, "客户要求装维周六上午上门", "shot-note-1"))
    admin.patch(
        f"/admin/tickets/{fault}", json={"shiftBackHours": 14}
    ).raise_for_status()  # due 12 h: overdue
    admin.patch(f"/admin/tickets/{complaint}", json={"shiftBackHours": 30}).raise_for_status()  # due 24 h
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    run(s.desk.submit(TicketDraft(
        ticket_type="complaint", category="网络质量", description="家中室内信号弱，通话断续",
        customer_id=customer["customer_id"], number=customer["number"], customer_name=customer["customer_name"],
    ), "draft-shot"))  # fmt: skip
    admin.delete("/admin/faults/tickets").raise_for_status()  # back, but this desk has not retried yet

    panel = TicketPanel(s)
    qtbot.addWidget(panel)
    window = CustomerWindow()
    panel.attach(window)
    panel.resize(1500, 620)
    panel.show()

    async def body():
        window.open(match_of(customer))
        await wait_until(lambda: panel.model.rowCount() == 4)
        panel.table.selectRow(panel.model.row_of(("ticket", fault)))
        await wait_until(lambda: panel.detail.notes_model.rowCount() == 1)
        await wait_until(lambda: "Today:" in panel.stats.label.text())
        await wait_until(lambda: "waiting to send" in panel.outbox_label.text())
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert panel.grab().save(str(SCREENSHOTS / "tickets_view.png"))
        panel.wrapup_action.trigger()
        await wait_until(lambda: panel.wrapup_dialog is not None and panel.wrapup_dialog.isVisible())
        assert panel.wrapup_dialog.disposition() == "dispatched"
        shown = [
            panel.wrapup_dialog.tickets.item(i).text() for i in range(panel.wrapup_dialog.tickets.count())
        ]
        assert len(shown) == 4 and sum(text.startswith("Waiting to send") for text in shown) == 1
        assert {fault, complaint} <= {text.split(" ")[0] for text in shown}
        assert panel.wrapup_dialog.grab().save(str(SCREENSHOTS / "tickets_wrapup.png"))
        panel.wrapup_dialog.reject()

    run(body())
