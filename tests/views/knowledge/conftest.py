"""Knowledge panel tests: a real desk signed in on the session's simulator with the knowledge feature
plugged in, and the panel it registers, shown in a plain main window."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QMainWindow

from agentdesk.connectors.config import BackendConfig
from agentdesk.features import knowledge as knowledge_feature
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings
from tests.support.aio import wait_until


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Collect sockets and futures while this test's qasync loop still exists (see tests/connectors)."""
    yield
    gc.collect()


@pytest.fixture
def make_desk(stub_server, run):
    made = []

    def make(user: str = "demo_agent"):
        desk = build_desk(
            BackendConfig.from_base_url(stub_server.url, retry_backoff_s=0.01), Settings(), stub_server.url
        )
        run(desk.session.sign_in(user, "demo"))
        knowledge_feature.plug(desk)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        run(desk.aclose())


@pytest.fixture
def make_panel(make_desk, qtbot, run):
    """``make_panel(user)`` -> (panel, host window, desk): the panel attached to a shown main window,
    its first sync finished."""

    def make(user: str = "demo_agent", *, synced: bool = True):
        desk = make_desk(user)
        host = QMainWindow()
        host.docks = {}
        qtbot.addWidget(host)
        panel = desk.panels["knowledge"](host)
        host.setCentralWidget(panel)
        panel.attach(host)
        host.resize(560, 820)
        host.show()
        if synced:
            run(wait_until(lambda: panel.service.sync.status.last_synced_at is not None, timeout=30))
        return panel, host, desk

    return make
