from __future__ import annotations

import gc

import httpx
import pytest

from tests.services.tickets.support import ServicesFactory


@pytest.fixture
def make_services(stub_server, run):
    factory = ServicesFactory(stub_server.url, run)
    yield factory
    factory.close()
    gc.collect()  # collect sockets while this test's loop still exists (see tests/connectors/conftest.py)


@pytest.fixture
def customer(scenario) -> dict:
    """A fresh customer of its own, so its ticket list holds only what the test created."""
    return scenario("healthy")


@pytest.fixture
def api(stub_server):
    """demo_agent with a token of its own (another test may expire the session's shared token)."""
    token = httpx.post(
        f"{stub_server.url}/auth/login", json={"username": "demo_agent", "password": "demo"}
    ).json()["token"]
    with httpx.Client(
        base_url=stub_server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as c:
        yield c
