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
        if not getattr(desk, "_closed_by_test", False):
            run(desk.aclose())
    end_open_calls(stub_server.url)
    gc.collect()


@pytest.fixture
def make_window(qapp, run):
    """``make_window(desk)``: the real main window, shown; closed as the desk's shutdown closes it (the
    window, then each panel's ``aclose``) after the test."""
    from agentdesk.views.main_window import MainWindow

    windows = []

    def make(desk):
        window = MainWindow(desk)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_window(window, run)
    QApplication.processEvents()


def close_window(window, run) -> None:
    """As the desk's shutdown does it: the window closes, then each panel finishes its work."""
    if getattr(window, "_closed_by_test", False):
        return
    window._closed_by_test = True
    panels = [dock.widget() for dock in window.docks.values()]
    window.close()
    for panel in panels:
        close = getattr(panel, "aclose", None)
        if close is not None:
            run(close())
    window.deleteLater()


def shut_down(window, run) -> None:
    """The agent quits the desk: window, panels, then the desk's services (the phone line among them)."""
    desk = window.desk
    close_window(window, run)
    run(desk.aclose())
    desk._closed_by_test = True
