"""CTI over real HTTP: the per-agent server-sent-events stream, answer/hang-up, admin ring and drop."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from backend_stub import StubConfig, StubServer

AGENT = "agent09"  # not demo_agent: the desk's own tests ring demo_agent on the same simulator
READ_TIMEOUT = 5.0  # every wait on the stream is bounded: a missing event fails, never hangs


class SseReader:
    """Parses a text/event-stream body into blocks: events ({"event", "data", "id"}) or comments ({"comment"})."""

    def __init__(self, response: httpx.Response):
        self.response = response
        self._lines = response.iter_lines()

    def next(self) -> dict | None:
        """The next event or comment; None when the server closed the stream."""
        item: dict = {}
        for line in self._lines:
            if line == "":
                if item:
                    return item
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "":
                item["comment"] = value
            elif field == "data":
                item["data"] = json.loads(value)
            elif field in ("event", "id", "retry"):
                item[field] = value
        return None

    def until(self, event: str) -> dict:
        """Skip heartbeats and other events until ``event`` arrives."""
        while True:
            item = self.next()
            assert item is not None, f"stream closed before {event!r}"
            if item.get("event") == event:
                return item


@pytest.fixture(scope="module")
def agent_token_09(stub_server) -> str:
    r = httpx.post(f"{stub_server.url}/auth/login", json={"username": AGENT, "password": "demo"})
    r.raise_for_status()
    return r.json()["token"]


@pytest.fixture
def agent09(stub_server, agent_token_09):
    with httpx.Client(
        base_url=stub_server.url, headers={"Authorization": f"Bearer {agent_token_09}"}, timeout=READ_TIMEOUT
    ) as c:
        yield c


@contextmanager
def stream(
    client: httpx.Client, agent: str = AGENT, headers: dict | None = None, **params
) -> Iterator[SseReader]:
    """Open the agent's event stream and wait for the server's "connected" comment."""
    with client.stream("GET", f"/cti/agent/{agent}/events", params=params, headers=headers or {}) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        reader = SseReader(r)
        first = reader.next()
        assert first and first["comment"].startswith(f"connected agent={agent}")
        yield reader


def _ring(admin: httpx.Client, number: str = "18912345678", **extra) -> dict:
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": number, **extra})
    assert r.status_code == 201, r.text
    return r.json()


def test_ringing_answer_hangup_over_the_stream(agent09, admin):
    with stream(agent09) as events:
        call = _ring(admin, "13312345678")
        assert call["listeners"] == 1 and call["state"] == "ringing"
        ringing = events.until("ringing")
        assert ringing["data"]["callId"] == call["callId"]
        assert (ringing["data"]["callerNumber"], ringing["data"]["agent"]) == ("13312345678", AGENT)
        assert ringing["data"]["at"].endswith("Z") and int(ringing["id"]) > 0

        key = str(uuid.uuid4())
        r = agent09.post(f"/cti/call/{call['callId']}/answer", headers={"Idempotency-Key": key})
        assert r.status_code == 200 and r.json()["state"] == "answered"
        answered = events.until("answered")
        assert answered["data"]["callId"] == call["callId"] and answered["data"]["answeredAt"]
        assert int(answered["id"]) > int(ringing["id"])
        replay = agent09.post(f"/cti/call/{call['callId']}/answer", headers={"Idempotency-Key": key})
        assert replay.headers["Idempotency-Replayed"] == "true" and replay.json() == r.json()
        assert agent09.post(f"/cti/call/{call['callId']}/answer").status_code == 409

        r = agent09.post(f"/cti/call/{call['callId']}/hangup")
        assert r.status_code == 200
        ended = events.until("ended")
        assert ended["data"]["endReason"] == "agentHangup" and ended["data"]["talkS"] >= 0
    history = agent09.get(f"/cti/agent/{AGENT}/calls").json()
    assert history[0]["callId"] == call["callId"] and history[0]["state"] == "ended"
    writes = admin.get("/admin/writes", params={"number": "13312345678", "system": "cti"}).json()["writes"]
    assert [w["operation"] for w in writes][-2:] == ["answer", "hangup"]


def test_auto_answer_and_caller_hangup(agent09, admin):
    with stream(agent09) as events:
        call = _ring(admin, answerAfterS=0.05, endAfterS=0.05)
        assert events.until("ringing")["data"]["callId"] == call["callId"]
        assert events.until("answered")["data"]["callId"] == call["callId"]
        ended = events.until("ended")
        assert ended["data"]["callId"] == call["callId"] and ended["data"]["endReason"] == "callerHangup"


def test_caller_abandons_and_agent_rejects(agent09, admin):
    with stream(agent09) as events:
        first = _ring(admin)
        assert admin.post(f"/admin/cti/call/{first['callId']}/end").json()["endReason"] == "abandoned"
        assert events.until("ended")["data"]["callId"] == first["callId"]
        second = _ring(admin)
        assert agent09.post(f"/cti/call/{second['callId']}/hangup").json()["endReason"] == "rejected"
        assert events.until("ended")["data"]["callId"] == second["callId"]
    assert agent09.post(f"/cti/call/{second['callId']}/answer").status_code == 409
    assert admin.post(f"/admin/cti/call/{second['callId']}/end").status_code == 409
    assert agent09.post("/cti/call/CALL-NOPE/answer").status_code == 404


def test_drop_closes_the_stream_and_reconnect_replays(agent09, admin):
    with stream(agent09) as events:
        assert admin.get("/admin/cti/streams").json()["streams"].get(AGENT) == 1
        _ring(admin)
        seen = events.until("ringing")["id"]
        assert admin.post("/admin/cti/drop", json={"agent": AGENT}).json() == {"agent": AGENT, "dropped": 1}
        assert events.next() is None  # the server ended the response
    assert AGENT not in admin.get("/admin/cti/streams").json()["streams"]
    missed = _ring(admin, "075512345678")
    assert missed["listeners"] == 0
    with stream(agent09, headers={"Last-Event-ID": seen}) as events:
        replayed = events.until("ringing")
        assert replayed["data"]["callId"] == missed["callId"] and int(replayed["id"]) > int(seen)


def test_heartbeat_comment(agent09):
    with stream(agent09, heartbeat=0.05) as events:
        assert events.next() == {"comment": "heartbeat"}


def test_who_may_listen(api, lead_api, agent09, admin, stub_server):
    with api.stream("GET", f"/cti/agent/{AGENT}/events") as r:  # demo_agent listening to agent09
        assert r.status_code == 403 and json.loads(r.read())["code"] == "forbidden"
    assert lead_api.get("/cti/agent/nobody_here/calls").status_code == 404
    with httpx.stream("GET", f"{stub_server.url}/cti/agent/{AGENT}/events", timeout=READ_TIMEOUT) as r:
        assert r.status_code == 401
    with stream(lead_api) as events:  # a team lead may follow any agent
        call = _ring(admin)
        assert events.until("ringing")["data"]["callId"] == call["callId"]
    assert api.post(f"/cti/call/{call['callId']}/answer").status_code == 403
    assert api.get(f"/cti/call/{call['callId']}").status_code == 403
    assert agent09.get(f"/cti/call/{call['callId']}").json()["state"] == "ringing"
    assert agent09.get(f"/cti/agent/{AGENT}/events", params={"heartbeat": 0}).json()["field"] == "heartbeat"


def test_admin_routes_guarded_and_validated(admin, stub_server):
    assert (
        httpx.post(f"{stub_server.url}/admin/cti/call", json={"agent": AGENT, "number": "10086"}).status_code
        == 401
    )
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": "not-a-number"})
    assert r.status_code == 400 and r.json()["field"] == "number"
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": "10086", "answerAfterS": -1})
    assert r.status_code == 400 and r.json()["field"] == "answerAfterS"
    assert admin.post("/admin/cti/call", json={"agent": "nobody_here", "number": "10086"}).status_code == 404
    assert admin.post("/admin/cti/drop", json={}).json()["field"] == "agent"


def test_stopping_the_server_ends_open_streams(tmp_path):
    """StubServer.stop() closes the hub, so a desk still listening does not hold the server up."""
    server = StubServer(
        StubConfig(db_path=tmp_path / "cti.sqlite", customers=20, kb_articles=20, admin_token="a")
    )
    server.start()
    token = httpx.post(f"{server.url}/auth/login", json={"username": AGENT, "password": "demo"}).json()[
        "token"
    ]
    opened, closed = threading.Event(), threading.Event()

    def listen() -> None:
        with (
            httpx.Client(
                base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=READ_TIMEOUT
            ) as c,
            stream(c) as events,
        ):
            opened.set()
            while events.next() is not None:
                pass
        closed.set()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    assert opened.wait(READ_TIMEOUT)
    t0 = time.monotonic()
    server.stop()
    assert closed.wait(READ_TIMEOUT) and time.monotonic() - t0 < 1.5
    thread.join(READ_TIMEOUT)
