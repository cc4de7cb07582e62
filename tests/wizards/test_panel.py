"""The pretreatment dock in the real window: it follows the customer in view, suggests the flow the
customer view's discrepancies call for, opens the wizard from the Tools menu, lists the customer's runs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from agentdesk.services.customer_lookup import CustomerMatch
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until


def test_the_dock_suggests_the_flow_and_starts_it_for_the_customer_in_view(desk, scenario, admin, qtbot, run):
    sc = scenario("paid_still_barred")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    panel = window.panel("pretreatment")  # built now: its dock sits behind the toolbox
    assert panel.objectName() == "pretreatment-panel"
    action = next(a for a in window.tools_menu.actions() if a.text() == "&Pretreatment flow…")
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    assert "Open a customer" in panel.heading.text()

    async def body():
        match = CustomerMatch(sc["customer_id"], sc["customer_name"], sc["number"], "guangzhou", "normal")
        workspace = window.open_customer(match)
        await workspace.loaded()
        await wait_until(lambda: "Paid but still barred" in panel.suggestion.text(), timeout=20)
        assert sc["customer_name"] in panel.heading.text()
        action.trigger()
        wizard = panel.wizards[-1]
        await wait_until(lambda: wizard.start_page.number.count() >= 1)
        assert wizard.start_page.current_flow() == "barred-after-payment"
        assert wizard.start_page.flows.item(0).text().startswith("Suggested: ")
        qtbot.mouseClick(wizard.start_page.start_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: wizard.stack.currentWidget() is wizard.confirm_page, timeout=20)
        qtbot.mouseClick(wizard.confirm_page.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: wizard.stack.currentWidget() is wizard.outcome_page, timeout=20)
        await wait_until(lambda: panel.model.rowCount() == 1)  # the run is listed for this customer
        assert panel.model.index(0, 1).data() == "Paid but still barred / abnormal suspension"
        assert panel.model.index(0, 2).data() == "Resolved at the front line"
        qtbot.mouseClick(wizard.outcome_page.close_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))

    run(body())
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False


def test_the_command_palette_entry_starts_a_flow_by_id(desk, scenario, qtbot, run):
    sc = scenario("bb_port_fault")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    panel = window.panel("pretreatment")  # built now: its dock sits behind the toolbox

    async def body():
        match = CustomerMatch(sc["customer_id"], sc["customer_name"], sc["number"], "guangzhou", "normal")
        workspace = window.open_customer(match)
        wizard = panel.start_flow("broadband-login")
        await wait_until(lambda: wizard.start_page.number.count() >= 1)
        assert wizard.start_page.current_flow() == "broadband-login"
        assert wizard.start_page.current_number() == sc["number"]
        wizard.close()
        await workspace.loaded()  # a customer view left loading was cut off unstarted at teardown (flaky)

    run(body())
