"""The workbench window: who is signed in, each system's health, layout that persists, 401 handling."""

from __future__ import annotations

import asyncio

import httpx
from PySide6.QtCore import Qt

from agentdesk.services.errors import SystemUnavailable
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until
from tests.support.stub_fixtures import ADMIN


def test_status_bar_names_the_signed_in_agent(signed_in_desk, qtbot):
    window = MainWindow(signed_in_desk)
    qtbot.addWidget(window)
    assert "演示坐席" in window.agent_label.text() and "demo_agent" in window.agent_label.text()


def test_one_system_down_turns_only_that_system_red(signed_in_desk, qtbot, run, admin, scenario):
    window = MainWindow(signed_in_desk)
    qtbot.addWidget(window)
    number = scenario("healthy")["number"]
    admin.put("/admin/faults/hlr", json={"down": True}).raise_for_status()

    async def body():
        bo = signed_in_desk.backoffice
        try:
            await bo.hlr.subscriber(number)
        except SystemUnavailable:
            pass
        else:
            raise AssertionError("HLR should have been down")
        await wait_until(lambda: window.health_bar.level_of("hlr") == "down")
        assert window.health_bar.level_of("crm") != "down"
        assert "HLR" in window.offline_label.text()

    run(body())


def test_layout_persists_between_windows(signed_in_desk, qtbot):
    window = MainWindow(signed_in_desk)
    qtbot.addWidget(window)
    window.show()
    window.docks["toolbox"].setVisible(False)
    window.resize(701, 503)
    window.close()
    again = MainWindow(signed_in_desk)
    qtbot.addWidget(again)
    again.show()
    assert not again.docks["toolbox"].isVisible()
    assert again.width() == 701
    again.reset_layout()
    assert again.docks["toolbox"].isVisible()


def test_expired_sign_in_raises_reauth_and_keeps_tabs(desk, qtbot, run, stub_server):
    # an agent of its own: expiring demo_agent's tokens would sign out every later test's shared client
    run(desk.session.sign_in("agent12", "demo"))
    signed_in_desk = desk
    window = MainWindow(signed_in_desk)
    qtbot.addWidget(window)
    asked = []
    window.reauth_required.connect(lambda: asked.append(True))
    signed_in_desk.backoffice.on_unauthorised(lambda _e: window.reauth_required.emit())
    tabs_before = window.tabs.count()
    httpx.post(
        f"{stub_server.url}/admin/tokens/expire",
        json={"username": "agent12"},
        headers={"X-Admin-Token": ADMIN},
    ).raise_for_status()

    async def body():
        window.search.setText("18912345678")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        await wait_until(lambda: asked)
        await asyncio.sleep(0)

    run(body())
    assert window.tabs.count() == tabs_before
