"""The service-events dock in the real window: the region's active and upcoming events with their linked
calls, the whole province on request, counting the call of the customer in view (and refusing a customer
the event does not touch), and open customer views checking their banner again when the events change."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.services.events import ServiceEventsService
from agentdesk.views.events.banner import EventBanner
from agentdesk.views.events.events_panel import EventsPanel
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog
from tests.services.events.support import utc
from tests.support.aio import wait_until
from tests.views.events.conftest import panel_of
from tests.views.events.test_banner import open_customer


async def board_with(panel: EventsPanel, *event_ids: str) -> None:
    panel.refresh()
    await wait_until(lambda: all(panel.model.row_of(i) >= 0 for i in event_ids), timeout=20)


def select(qtbot, panel: EventsPanel, event_id: str) -> None:
    row = panel.model.row_of(event_id)
    rect = panel.table.visualRect(panel.model.index(row, panel.model.TITLE_COLUMN))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_has_the_events_dock_and_its_shortcut(window):
    assert panel_of(window).windowTitle() == "Service events"
    assert window.docks["events"].windowTitle() == "Service events"
    action = next(a for a in window.tools_menu.actions() if a.text() == "Service &events")
    assert action.shortcut().toString() == "Ctrl+Shift+O"


def test_the_panel_lists_the_regions_events_with_their_calls(window, events_admin, qtbot, run):
    panel = panel_of(window)
    here = events_admin.open(
        {"accessPoints": ["OLT-GZ-9911"], "serviceTypes": ["broadband"]}, title="珠江新城断网"
    )
    soon = events_admin.open(
        {"districts": ["天河区"], "serviceTypes": ["mobile_data"]},
        title="天河基站割接",
        event_type="planned_cutover",
        start=utc(timedelta(days=2)),
        end=utc(timedelta(days=2, hours=3)),
    )
    far = events_admin.open(
        {"accessPoints": ["OLT-SZ-9912"], "serviceTypes": ["broadband"]}, title="南山断网"
    )

    async def body():
        await board_with(panel, here["id"], soon["id"])
        assert panel.model.row_of(far["id"]) < 0  # another city: not on the agent's board
        titles = panel.model.column_titles()
        rows = {r[1]: dict(zip(titles, r, strict=True)) for r in panel.model.rows_text()}
        assert rows["珠江新城断网"]["State"] == "Active" and rows["珠江新城断网"]["Type"] == "Major incident"
        assert rows["珠江新城断网"]["Services"] == "Broadband" and rows["珠江新城断网"]["Area"] == "Guangzhou"
        assert rows["珠江新城断网"]["Calls"] == "0" and rows["珠江新城断网"]["Subscribers"] == "0"
        assert (
            rows["天河基站割接"]["State"] == "Upcoming" and rows["天河基站割接"]["Type"] == "Planned cutover"
        )
        assert rows["天河基站割接"]["Services"] == "Mobile data"
        states = [r[0] for r in panel.model.rows_text()]
        assert states.index("Upcoming") > max(i for i, s in enumerate(states) if s.startswith("Active"))
        assert "active" in panel.status.text() and "upcoming" in panel.status.text()

        select(qtbot, panel, here["id"])
        detail = panel.detail.text()
        assert "珠江新城断网" in detail and "OLT-GZ-9911" in detail and "Tell the customer:" in detail
        assert "18:00" in detail  # the public wording

        panel.scope_picker.setCurrentIndex(1)
        panel.scope_picker.activated.emit(1)  # the agent picks "Whole province"
        await wait_until(lambda: panel.model.row_of(far["id"]) >= 0, timeout=20)

    run(body())


def test_counting_the_call_of_the_customer_in_view_from_the_panel(
    window, events_admin, scenario, qtbot, api, desk, run
):
    panel = panel_of(window)
    made = scenario("bb_port_fault")
    event = events_admin.around(made["number"], title="分光器故障")

    async def body():
        panel.scope_picker.setCurrentIndex(1)
        await board_with(panel, event["id"])
        select(qtbot, panel, event["id"])
        assert not panel.count_button.isEnabled()  # no customer in view yet
        ws = await open_customer(window, qtbot, made)
        await wait_until(lambda: panel.count_button.isEnabled())
        qtbot.mouseClick(panel.count_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: isinstance(QApplication.activeModalWidget(), ConfirmDialog), timeout=20)
        dialog = QApplication.activeModalWidget()
        assert made["number"] in dialog.text_label.text() and "分光器故障" in dialog.text_label.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: "Call counted against 分光器故障: 1 calls from 1 numbers" in panel.outcome.text()
        )
        row = panel.model.row_of(event["id"])
        assert panel.model.text(row, panel.model.CALLS_COLUMN) == "1"
        await wait_until(lambda: "This call is counted against 分光器故障" in ws.banner.text())

    run(body())
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    audit = run(desk.audit.entries(customer_id=made["customer_id"]))
    assert [(a.system, a.operation, a.outcome) for a in audit] == [("events", "registerComplaint", "ok")]


def test_a_customer_outside_the_event_is_not_counted(window, events_admin, scenario, qtbot, api, admin, run):
    panel = panel_of(window)
    touched, outside = scenario("bb_wrong_password"), scenario("paid_still_barred")
    event = events_admin.around(touched["number"], ["broadband"], title="仅宽带故障")

    async def body():
        panel.scope_picker.setCurrentIndex(1)
        await board_with(panel, event["id"])
        await open_customer(window, qtbot, outside)
        select(qtbot, panel, event["id"])
        await wait_until(lambda: panel.count_button.isEnabled())
        qtbot.mouseClick(panel.count_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: "is not inside 仅宽带故障: no call was counted." in panel.outcome.text(), timeout=20
        )
        assert QApplication.activeModalWidget() is None

    run(body())
    assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 0
    assert admin.get("/admin/writes", params={"number": outside["number"]}).json()["writes"] == []


def test_open_customers_check_their_banner_again_when_the_events_change(
    window, events_admin, scenario, qtbot, run
):
    panel = panel_of(window)
    made = scenario("bb_mac_mismatch")

    async def body():
        await wait_until(lambda: panel.board is not None, timeout=20)
        ws = await open_customer(window, qtbot, made)
        assert not ws.banner.isVisible()
        banner = ws.findChild(EventBanner)
        event = events_admin.around(made["number"], title="新开事件")
        panel.scope_picker.setCurrentIndex(1)
        panel.refresh()  # the minute's refresh: a new event on the board
        await wait_until(lambda: ws.banner.isVisible() and "新开事件" in ws.banner.text(), timeout=20)
        assert banner.affecting.affected
        events_admin.close(event["id"])
        panel.refresh()
        await wait_until(lambda: not ws.banner.isVisible(), timeout=20)

    run(body())


def test_without_an_events_system_the_panel_says_so(qtbot):
    panel = EventsPanel(ServiceEventsService(None))
    qtbot.addWidget(panel)
    assert panel.state.empty_label.text() == "No service-events system is configured for this desk."
    assert not panel.refresh_button.isEnabled() and not panel.count_button.isEnabled()
    assert panel.refresh() is None
