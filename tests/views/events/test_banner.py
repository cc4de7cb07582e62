"""The known-event banner in the real window: an event opened through the admin API shows on the customer
it touches (banner and the affected service's tab marker) and not on another; closing it removes both on
refresh; the agent counts the call from the banner, confirmed, once, audited, and the panel's count follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.views.customer.customer_workspace import NOTICE, CustomerWorkspace
from agentdesk.views.events.banner import EventBanner
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog
from tests.support.aio import wait_until
from tests.views.events.conftest import panel_of


def workspace_of(window, customer_id: str) -> CustomerWorkspace | None:
    return next((w for w in window.customer_workspaces() if w.customer_id == customer_id), None)


async def open_customer(window, qtbot, made: dict) -> CustomerWorkspace:
    """Type the number in the search box and press Enter, as the agent does; wait for the banner check."""
    window.search.clear()
    qtbot.keyClicks(window.search, made["number"])
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    await wait_until(lambda: workspace_of(window, made["customer_id"]) is not None, timeout=20)
    workspace = workspace_of(window, made["customer_id"])
    await wait_until(lambda: workspace.scope is not None, timeout=20)
    banner = workspace.findChild(EventBanner)
    await wait_until(
        lambda: banner.affecting is not None and banner.affecting.customer_id == made["customer_id"]
    )
    return workspace


def test_an_event_shows_on_the_affected_customer_and_not_on_another(
    window, events_admin, scenario, qtbot, run
):
    touched, other = scenario("bb_wrong_password"), scenario("bb_port_fault")
    event = events_admin.around(touched["number"])

    async def body():
        ws = await open_customer(window, qtbot, touched)
        await wait_until(lambda: ws.banner.isVisible())
        text = ws.banner.text()
        assert "光缆中断" in text and "Broadband, IPTV" in text and touched["number"] in text
        assert "Tell the customer:" in text and "18:00" in text  # the public wording
        assert "expected back" in text and "Count this call against the event" in text
        assert NOTICE in ws.tab_text("broadband")
        assert "Known event: Broadband, IPTV out" in ws.tabs.tabToolTip(
            ws.tabs.indexOf(ws.tab_pages["broadband"])
        )
        assert NOTICE not in ws.tab_text("network") and NOTICE not in ws.tab_text("vas")
        await ws.loaded()  # the tabs finished loading: the marker stays
        assert NOTICE in ws.tab_text("broadband")

        clear = await open_customer(window, qtbot, other)
        assert not clear.banner.isVisible() and clear.banner.text() == ""
        assert not any(NOTICE in clear.tab_text(k) for k in clear.tab_pages)

    run(body())
    assert event["status"] == "active"


def test_a_mobile_event_marks_the_network_tab(window, events_admin, scenario, qtbot, run):
    made = scenario("paid_still_barred")
    events_admin.around(made["number"], ["mobile_voice", "mobile_data"], title="基站故障")

    async def body():
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: ws.banner.isVisible())
        assert "基站故障" in ws.banner.text() and "Mobile voice, Mobile data" in ws.banner.text()
        assert NOTICE in ws.tab_text("network") and NOTICE not in ws.tab_text("broadband")

    run(body())


def test_closing_the_event_removes_the_banner_on_refresh(window, events_admin, scenario, qtbot, run):
    made = scenario("bb_session_limit")
    event = events_admin.around(made["number"])

    async def body():
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: ws.banner.isVisible())
        events_admin.close(event["id"])
        window.activateWindow()
        ws.refresh_action.trigger()  # Ctrl+Shift+F5: the agent refreshes the customer
        await wait_until(lambda: not ws.banner.isVisible(), timeout=20)
        assert NOTICE not in ws.tab_text("broadband")

    run(body())


def test_an_upcoming_cutover_is_announced_without_marking_a_tab(window, events_admin, scenario, qtbot, run):
    from datetime import timedelta

    from tests.services.events.support import scope_around, utc

    made = scenario("healthy")
    events_admin.open(
        scope_around(events_admin.api, made["number"]),
        title="OLT割接",
        event_type="planned_cutover",
        start=utc(timedelta(hours=6)),
        end=utc(timedelta(hours=9)),
    )

    async def body():
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: ws.banner.isVisible())
        assert "Upcoming Planned cutover" in ws.banner.text() and "OLT割接" in ws.banner.text()
        assert "Count this call" not in ws.banner.text()
        assert not any(NOTICE in ws.tab_text(k) for k in ws.tab_pages)

    run(body())


def test_the_call_is_counted_from_the_banner_once_and_audited(
    window, desk, events_admin, scenario, qtbot, api, admin, run
):
    made = scenario("bb_mac_mismatch")
    event = events_admin.around(made["number"], title="光缆中断-计数")
    panel = panel_of(window)

    async def body():
        await wait_until(lambda: panel.model.row_of(event["id"]) >= 0 or panel.board is not None, timeout=20)
        panel.scope_picker.setCurrentIndex(1)  # the whole province: the customer may live anywhere
        panel.refresh()
        await wait_until(lambda: panel.model.row_of(event["id"]) >= 0, timeout=20)
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: "Count this call against the event" in ws.banner.text())

        # the agent tabs to the link in the banner and presses Enter
        ws.banner.setFocus()
        qtbot.keyClick(ws.banner, Qt.Key.Key_Tab)
        qtbot.keyClick(ws.banner, Qt.Key.Key_Return)
        await wait_until(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog))
        dialog = QApplication.activeModalWidget()
        assert made["number"] in dialog.text_label.text() and "光缆中断-计数" in dialog.text_label.text()
        assert "no ticket is sent" in dialog.detail_label.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

        await wait_until(lambda: "This call is counted against 光缆中断-计数" in ws.banner.text(), timeout=20)
        assert "Count this call against the event" not in ws.banner.text()
        row = panel.model.row_of(event["id"])
        await wait_until(lambda: panel.model.text(row, panel.model.CALLS_COLUMN) == "1")

    run(body())
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    writes = admin.get("/admin/writes", params={"number": made["number"]}).json()["writes"]
    assert [(w["system"], w["operation"]) for w in writes] == [("events", "registerComplaint")]
    audit = run(desk.audit.entries(customer_id=made["customer_id"]))
    assert [(a.system, a.operation, a.outcome) for a in audit] == [("events", "registerComplaint", "ok")]


def test_declining_counts_nothing(window, events_admin, scenario, qtbot, api, run):
    made = scenario("bb_wrong_password")
    event = events_admin.around(made["number"])

    async def body():
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: "Count this call against the event" in ws.banner.text())
        ws.findChild(EventBanner).count_call(event["id"])
        await wait_until(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog))
        qtbot.mouseClick(QApplication.activeModalWidget().cancel_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "Not counted: nothing was sent." in ws.banner.text())
        assert "Count this call against the event" in ws.banner.text()

    run(body())
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 0


def test_the_event_marker_sits_beside_a_discrepancy_marker(window, events_admin, scenario, qtbot, run):
    from agentdesk.views.customer.customer_workspace import MARKER

    made = scenario("bb_mac_mismatch")  # the broadband tab flags the MAC binding
    event = events_admin.around(made["number"])

    async def body():
        ws = await open_customer(window, qtbot, made)
        await ws.loaded()
        await wait_until(lambda: NOTICE in ws.tab_text("broadband"))
        assert ws.tab_text("broadband").endswith(NOTICE + MARKER)
        assert "broadband" in ws.marked_tabs()
        tip = ws.tabs.tabToolTip(ws.tabs.indexOf(ws.tab_pages["broadband"]))
        assert tip.startswith("Known event: Broadband, IPTV out") and len(tip.splitlines()) >= 2
        events_admin.close(event["id"])
        ws.refresh_action.trigger()
        await wait_until(lambda: not ws.banner.isVisible(), timeout=20)
        await ws.loaded()
        assert ws.tab_text("broadband").endswith(MARKER) and NOTICE not in ws.tab_text("broadband")
        assert "broadband" in ws.marked_tabs()

    run(body())
