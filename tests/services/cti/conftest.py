"""The phone services on a real desk (signed in as demo_agent) over the session's simulator, with a call
clock the test moves by hand and a fast reconnect back-off."""

from __future__ import annotations

import gc

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.cti import build_phone
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings

AGENT = "demo_agent"


class ManualClock:
    """Monotonic seconds that move only when the test says so (call timers without sleeping)."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def desk(stub_server, run):
    d = build_desk(
        BackendConfig.from_base_url(stub_server.url, retry_backoff_s=0.01), Settings(), stub_server.url
    )
    run(d.session.sign_in(AGENT, "demo"))
    yield d
    run(d.aclose())
    gc.collect()  # sockets of this test are collected while its loop still exists


def end_open_calls(stub_server) -> None:
    """The simulator keeps calls until they end: a call left ringing or answered would be picked up by
    the next test's desk as a call in progress."""
    import httpx

    from tests.support.stub_fixtures import ADMIN

    with httpx.Client(base_url=stub_server.url, timeout=30) as c:
        token = c.post("/auth/login", json={"username": AGENT, "password": "demo"}).json()["token"]
        calls = c.get(
            f"/cti/agent/{AGENT}/calls", params={"limit": 1000}, headers={"Authorization": f"Bearer {token}"}
        )
        for call in calls.json():
            if call["state"] != "ended":
                c.post(f"/admin/cti/call/{call['id']}/end", headers={"X-Admin-Token": ADMIN})


@pytest.fixture(autouse=True)
def no_calls_left_open(stub_server):
    end_open_calls(stub_server)
    yield
    end_open_calls(stub_server)


@pytest.fixture
def make_phone(desk, clock, run):
    """``make_phone(**line_options)`` -> a Phone of the desk (not started); closed after the test."""
    made = []

    def make(**options):
        phone = build_phone(desk, clock=clock, **{"initial_delay_s": 0.05, "max_delay_s": 0.5, **options})
        made.append(phone)
        return phone

    yield make
    for phone in made:
        run(phone.aclose())
