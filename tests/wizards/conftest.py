"""A signed-in desk over the simulator with the pretreatment (and ticket desk) features plugged in."""

from __future__ import annotations

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings


@pytest.fixture
def desk(stub_server, run):
    d = build_desk(BackendConfig.from_base_url(stub_server.url), Settings(), stub_server.url)
    run(d.session.sign_in("demo_agent", "demo"))
    from agentdesk.features import pretreatment

    pretreatment.plug(d)
    yield d
    run(d.aclose())


@pytest.fixture
def service(desk):
    return desk.extras["pretreatment"]
