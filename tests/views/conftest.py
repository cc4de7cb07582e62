"""A real desk (services over the running simulator) for window and dialog tests."""

from __future__ import annotations

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings


@pytest.fixture
def desk(stub_server, run):
    """Services built as the app builds them, not signed in yet; closed after the test."""
    d = build_desk(BackendConfig.from_base_url(stub_server.url), Settings(), stub_server.url)
    yield d
    run(d.aclose())


@pytest.fixture
def signed_in_desk(desk, run):
    run(desk.session.sign_in("demo_agent", "demo"))
    return desk
