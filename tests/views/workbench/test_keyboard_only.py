"""Keyboard only, as the app starts: sign in, find the customer, start the pretreatment flow from the
command palette, confirm the fix and close the finished wizard — not one mouse click.

The desk is started by ``DeskStartup`` against the simulator with every feature of FEATURE_MODULES, as
``agentdesk --backend URL`` would be. The customer paid but is still barred in the HLR; the flow
"barred-after-payment" finds it and, once confirmed, restores service.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.__main__ import parse_args
from agentdesk.services.settings import Settings
from agentdesk.startup import DeskStartup
from tests.support.aio import wait_until

CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


async def active(window: QWidget) -> None:
    window.activateWindow()
    await wait_until(lambda: window.isActiveWindow())


async def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the keyboard (fails if Tab never gets there)."""
    for _ in range(limit):
        if target.hasFocus():
            return
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        await asyncio.sleep(0)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_from_sign_in_to_a_finished_pretreatment_wizard_without_the_mouse(
    stub_server, scenario, admin, qtbot, qapp, run
):
    sc = scenario("paid_still_barred")
    startup = DeskStartup(qapp, parse_args(["--backend", stub_server.url]), Settings())
    startup.build(stub_server.url)

    async def body():
        # -- sign in ------------------------------------------------------------------------------------------
        signing = asyncio.ensure_future(startup.sign_in_with_dialog())
        await wait_until(lambda: startup._reauth_dialog is not None and startup._reauth_dialog.isVisible())
        dialog = startup._reauth_dialog
        await active(dialog)
        if focus() is dialog.password:  # a remembered user name is filled in: back to it
            qtbot.keyClick(focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focus() is dialog.user
        qtbot.keyClick(focus(), Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(focus(), "demo_agent")
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
        assert focus() is dialog.password
        qtbot.keyClick(focus(), Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(focus(), "demo")
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        assert await asyncio.wait_for(signing, 20)
        window = startup.open_window()
        await active(window)

        # -- find the customer ---------------------------------------------------------------------------------
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        assert focus() is window.search
        qtbot.keyClicks(focus(), sc["number"])
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        await wait_until(lambda: window.current_customer() is not None, 20)
        assert window.current_customer().customer_id == sc["customer_id"]

        # -- start the flow from the command palette ----------------------------------------------------------
        await active(window)
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        palette = window.workbench.palette
        await wait_until(lambda: palette.isVisible() and palette.input.hasFocus())
        qtbot.keyClicks(focus(), "flow barred")
        assert palette.shown()[0].key == "flow:barred-after-payment"
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        panel = window.docks["pretreatment"].widget()
        await wait_until(lambda: panel.wizards and panel.wizards[-1].isVisible())
        wizard = panel.wizards[-1]
        await active(wizard)
        await wait_until(lambda: wizard.start_page.number.count() >= 1)
        assert wizard.start_page.current_flow() == "barred-after-payment"
        assert wizard.start_page.current_number() == sc["number"]

        # -- run it: start, read what was found, confirm the fix, close -------------------------------------
        await tab_to(qtbot, wizard.start_page.start_button)
        qtbot.keyClick(focus(), Qt.Key.Key_Space)
        await wait_until(lambda: wizard.stack.currentWidget() is wizard.confirm_page, 30)
        await wait_until(lambda: wizard.confirm_page.confirm_button.hasFocus())
        assert "HLR" in wizard.confirm_page.system.text()
        qtbot.keyClick(focus(), Qt.Key.Key_Space)
        await wait_until(lambda: wizard.stack.currentWidget() is wizard.outcome_page, 30)
        outcome = wizard.outcome_page
        assert "Resolved at the front line" in outcome.badge.text()
        await wait_until(lambda: outcome.close_button.hasFocus())
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        await wait_until(lambda: not wizard.isVisible())
        await startup.shutdown()

    try:
        run(body(), timeout=120)
    finally:
        if startup.desk is not None and not startup.desk.database.closed:
            run(startup.shutdown())
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False  # fixed for real
