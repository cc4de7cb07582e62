"""A real desk signed in as demo_agent over the session's simulator, with the phone feature plugged in,
and the look of the application (style, palette, font) put back after each test."""

from __future__ import annotations

import gc

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from agentdesk.connectors.config import BackendConfig
from agentdesk.features import workbench as workbench_feature
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings
from tests.support.stub_fixtures import ADMIN

AGENT = "demo_agent"


@pytest.fixture(autouse=True)
def app_look(qapp):
    """Theme and text size are application-wide: each test leaves them as it found them."""
    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    yield
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def end_open_calls(url: str) -> None:
    """A call left ringing or answered would be taken up by the next test's desk as a call in progress."""
    with httpx.Client(base_url=url, timeout=30) as c:
        token = c.post("/auth/login", json={"username": AGENT, "password": "demo"}).json()["token"]
        calls = c.get(
            f"/cti/agent/{AGENT}/calls", params={"limit": 1000}, headers={"Authorization": f"Bearer {token}"}
        )
        for call in calls.json():
            if call["state"] != "ended":
                c.post(f"/admin/cti/call/{call['id']}/end", headers={"X-Admin-Token": ADMIN})


@pytest.fixture
def make_desk(stub_server, run):
    """``make_desk(features=("workbench",))``: a signed-in desk with those features plugged in."""
    made = []
    end_open_calls(stub_server.url)

    def make(features=("workbench",), **line_options):
        desk = build_desk(
            BackendConfig.from_base_url(stub_server.url, retry_backoff_s=0.01), Settings(), stub_server.url
        )
        run(desk.session.sign_in(AGENT, "demo"))
        for name in features:
            if name == "workbench":
                workbench_feature.plug(desk)
                phone = desk.extras["workbench"]
                phone.line.initial_delay_s = line_options.get("initial_delay_s", 0.05)
                phone.line.max_delay_s = line_options.get("max_delay_s", 0.5)
            else:
                __import__(f"agentdesk.features.{name}", fromlist=["plug"]).plug(desk)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        run(desk.aclose())
    end_open_calls(stub_server.url)
    gc.collect()


@pytest.fixture
def make_window(qtbot, run):
    """``make_window(desk)``: the real main window, shown; its panels are closed after the test."""
    from agentdesk.views.main_window import MainWindow

    windows = []

    def make(desk):
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        for dock in window.docks.values():
            close = getattr(dock.widget(), "aclose", None)
            if close is not None:
                run(close())
    QApplication.processEvents()
