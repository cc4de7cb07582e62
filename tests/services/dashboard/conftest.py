from __future__ import annotations

import gc

import pytest

from tests.services.dashboard.support import AGENT, DashboardFactory, login


@pytest.fixture
def make_dashboard(stub_server, run, tmp_path):
    factory = DashboardFactory(stub_server.url, run, tmp_path)
    yield factory
    factory.close()
    gc.collect()


@pytest.fixture
def agent01(stub_server):
    """The agent whose tickets make the known sets (team-a, like demo_lead)."""
    with login(stub_server.url, AGENT) as c:
        yield c


@pytest.fixture
def customer(scenario) -> dict:
    return scenario("healthy")
