"""Desks signed in as a team lead (with the dashboard plugged in) or as an agent, over the simulator."""

from __future__ import annotations

import asyncio

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.features import dashboard as feature
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings
from tests.services.dashboard.support import AGENT, login


def _desk(url: str, user: str, run):
    config = BackendConfig.from_base_url(url, retry_backoff_s=0.01, circuit_cooldown_s=0.0)
    desk = build_desk(config, Settings(), url)
    run(desk.session.sign_in(user, "demo"))
    feature.plug(desk)
    return desk


@pytest.fixture
def lead_desk(stub_server, run):
    desk = _desk(stub_server.url, "demo_lead", run)
    yield desk
    opener = getattr(desk.extras.get("dashboard"), "opener", None)

    async def close() -> None:
        if opener is not None and opener.window is not None:
            try:
                opener.window.close()  # cancels its loads
            except RuntimeError:  # already closed and deleted by qtbot
                pass
            await asyncio.sleep(0.05)
        await desk.aclose()

    run(close())


@pytest.fixture
def agent_desk(stub_server, run):
    desk = _desk(stub_server.url, "demo_agent", run)
    yield desk
    run(desk.aclose())


@pytest.fixture
def agent01(stub_server):
    with login(stub_server.url, AGENT) as c:
        yield c


@pytest.fixture
def customer(scenario) -> dict:
    return scenario("healthy")
