from __future__ import annotations

import gc

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
