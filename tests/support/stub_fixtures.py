"""The simulator started once per test session on a free port, and HTTP clients for it."""

from __future__ import annotations

import httpx
import pytest

from backend_stub import StubConfig, StubServer

ADMIN = "test-admin-token"


@pytest.fixture(scope="session")
def stub_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("stub") / "backend.sqlite"
    server = StubServer(StubConfig(db_path=db, customers=300, kb_articles=300, admin_token=ADMIN))
    server.start()
    yield server
    server.stop()


def _login(url: str, user: str) -> str:
    r = httpx.post(f"{url}/auth/login", json={"username": user, "password": "demo"})
    r.raise_for_status()
    return r.json()["token"]


@pytest.fixture(scope="session")
def agent_token(stub_server) -> str:
    return _login(stub_server.url, "demo_agent")


@pytest.fixture(scope="session")
def lead_token(stub_server) -> str:
    return _login(stub_server.url, "demo_lead")


@pytest.fixture
def api(stub_server, agent_token):
    """Signed in as demo_agent."""
    with httpx.Client(base_url=stub_server.url, headers={"Authorization": f"Bearer {agent_token}"}, timeout=30) as c:
        yield c


@pytest.fixture
def lead_api(stub_server, lead_token):
    with httpx.Client(base_url=stub_server.url, headers={"Authorization": f"Bearer {lead_token}"}, timeout=30) as c:
        yield c


@pytest.fixture
def admin(stub_server):
    """The admin API; clears all injected faults after the test."""
    with httpx.Client(base_url=stub_server.url, headers={"X-Admin-Token": ADMIN}, timeout=30) as c:
        yield c
        c.delete("/admin/faults")


@pytest.fixture
def scenario(admin):
    """``scenario("paid_still_barred")`` creates a fresh customer in that fault state."""

    def make(fault: str) -> dict:
        r = admin.post("/admin/scenarios", json={"fault": fault})
        assert r.status_code == 201, r.text
        return r.json()

    return make
