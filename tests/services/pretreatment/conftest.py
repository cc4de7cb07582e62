"""A signed-in desk over the running simulator with the pretreatment feature plugged in."""

from __future__ import annotations

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings


@pytest.fixture
def desk(stub_server, run):
    d = build_desk(BackendConfig.from_base_url(stub_server.url), Settings(), stub_server.url)
    run(d.session.sign_in("demo_agent", "demo"))
    yield d
    run(d.aclose())


@pytest.fixture
def service(desk):
    from agentdesk.features.pretreatment import plug

    plug(desk)
    return desk.extras["pretreatment"]
