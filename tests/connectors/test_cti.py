"""The CTI connector over real HTTP: the agent's event stream (ringing, answered, ended), replay after a
reconnect with Last-Event-ID, a dropped stream, answer/hang-up as keyed writes, typed failures, a silent
or garbled stream, and the parsers fed arbitrary JSON."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.connectors import cti
from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.connectors.cti import CtiConnector
from agentdesk.connectors.errors import (
    ConnectorError,
    Forbidden,
    MalformedResponse,
    NotFound,
    RequestRejected,
    SystemTimeout,
    SystemUnavailable,
    Unauthorised,
)

AGENT = "agent21"  # not demo_agent: the desk's own tests ring demo_agent on the same simulator


def caller() -> str:
    return "189" + "".join(random.choice("0123456789") for _ in range(8))


@pytest.fixture
def phone(make_backoffice, run) -> CtiConnector:
    office = make_backoffice()
    run(office.login(AGENT, "demo"))
    return office.cti


def ring(admin, number: str, **extra) -> dict:
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": number, **extra})
    assert r.status_code == 201, r.text
    return r.json()


async def next_of(events, call_id: str, timeout: float = 5.0):
    """The next event of this call (events of other calls are passed over)."""
    while True:
        event = await asyncio.wait_for(anext(events), timeout)
        if event.call.id == call_id:
            return event


def test_ringing_answered_ended_arrive_in_order(phone, admin, run):
    number = caller()

    async def body():
        async with phone.open_stream(AGENT, heartbeat_s=1) as stream:
            events = aiter(stream)
            call = ring(admin, number)
            ringing = await next_of(events, call["id"])
            assert ringing.name == "ringing" and ringing.call.caller == number
            assert ringing.call.state == "ringing" and ringing.id is not None
            answered_call = await phone.answer(call["id"], idempotency_key=f"t-{uuid.uuid4()}")
            assert answered_call.state == "answered"
            answered = await next_of(events, call["id"])
            assert answered.name == "answered" and answered.call.answered_at is not None
            ended_call = await phone.hangup(call["id"], idempotency_key=f"t-{uuid.uuid4()}")
            ended = await next_of(events, call["id"])
            assert ended.name == "ended" and ended.call.end_reason == "agentHangup"
            assert ended_call.talk_s is not None and ended.id > answered.id > ringing.id
            assert stream.last_event_id == ended.id
        calls = await phone.calls(AGENT, limit=5)
        assert calls.items[0].id == call["id"] and calls.items[0].state == "ended"
        assert calls.total and calls.total >= 1
        assert (await phone.call(call["id"])).end_reason == "agentHangup"

    run(body())


def test_reconnect_with_last_event_id_replays_what_was_missed(phone, admin, run):
    number = caller()

    async def body():
        async with phone.open_stream(AGENT) as stream:
            first = ring(admin, number)
            seen = await next_of(aiter(stream), first["id"])
        missed = ring(admin, number)  # rings while the desk is not listening
        async with phone.open_stream(AGENT, last_event_id=seen.id) as stream:
            replayed = await next_of(aiter(stream), missed["id"])
        assert replayed.name == "ringing" and replayed.id > seen.id

    run(body())


def test_dropped_stream_ends_and_the_drop_is_seen(phone, admin, run):
    async def body():
        async with phone.open_stream(AGENT) as stream:
            admin.post("/admin/cti/drop", json={"agent": AGENT}).raise_for_status()
            received = [e async for e in stream]  # the iteration ends: the server closed the stream
        assert all(e.call.agent == AGENT for e in received)
        assert admin.get("/admin/cti/streams").json()["streams"].get(AGENT, 0) == 0

    run(body())


def test_answer_with_the_same_key_acts_once(phone, admin, run):
    number = caller()
    call = ring(admin, number)
    key = f"t-{uuid.uuid4()}"

    async def body():
        first = await phone.answer(call["id"], idempotency_key=key)
        again = await phone.answer(call["id"], idempotency_key=key)  # a retry: replayed, not a 409
        assert first.answered_at == again.answered_at
        with pytest.raises(RequestRejected):  # a new key is a new attempt: the call no longer rings
            await phone.answer(call["id"], idempotency_key=f"t-{uuid.uuid4()}")

    run(body())
    writes = admin.get("/admin/writes", params={"system": "cti", "number": number}).json()["writes"]
    assert [w["operation"] for w in writes if w["idempotency_key"] == key] == ["answer"]


def test_typed_failures(phone, make_backoffice, admin, run, stub_server):
    async def body():
        with pytest.raises(Forbidden):
            async with phone.open_stream("demo_agent"):
                pass
        with pytest.raises(NotFound):
            async with phone.open_stream("nobody_at_all"):
                pass
        anonymous = make_backoffice()
        heard: list[Unauthorised] = []
        anonymous.on_unauthorised(heard.append)
        with pytest.raises(Unauthorised):
            async with anonymous.cti.open_stream(AGENT):
                pass
        assert [e.system for e in heard] == ["cti"]  # a 401 on the stream asks for sign-in like any call
        with pytest.raises(NotFound):
            await phone.answer("CALL-NOSUCHCALL", idempotency_key="t-none")

    run(body())


def test_unreachable_cti_is_unavailable(run, unused_port):
    office = BackOffice(BackendConfig.from_base_url(f"http://127.0.0.1:{unused_port}", connect_timeout=1))
    phone = office.cti

    async def body():
        try:
            with pytest.raises(SystemUnavailable):
                async with phone.open_stream(AGENT):
                    pass
            assert office.health.get("cti").level == "down"
        finally:
            await office.aclose()

    run(body())


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def raw_event_server(chunks: list[bytes]):
    """A real HTTP server of our own that answers an event stream with ``chunks`` and then stays silent:
    what a broken CTI or a dead network path looks like, which the simulator never does."""
    done = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
        )
        for chunk in chunks:
            writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()
        await done.wait()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        done.set()
        server.close()
        await server.wait_closed()


def test_garbled_event_is_skipped_and_a_silent_stream_times_out(run):
    good = {
        "callId": "CALL-1", "agent": AGENT, "callerNumber": "18912345678", "calledNumber": "10000",
        "state": "ringing", "ringingAt": "2026-11-26T03:00:00Z", "at": "2026-11-26T03:00:00Z",
    }  # fmt: skip
    chunks = [
        b": connected\nretry: 1000\n\n",
        b"event: ringing\ndata: {not json\nid: 1\n\n",
        b"event: ringing\ndata: " + json.dumps(good).encode() + b"\nid: 2\n\n",
    ]

    async def body():
        async with raw_event_server(chunks) as url:
            office = BackOffice(BackendConfig.from_base_url(url))
            phone = office.cti
            received = []
            try:
                with pytest.raises(SystemTimeout):
                    async with phone.open_stream(AGENT, heartbeat_s=0.3) as stream:  # read time-out 2 s
                        async for event in stream:
                            received.append(event)
                assert [e.call.id for e in received] == ["CALL-1"]
                assert stream.skipped == 1 and stream.retry_ms == 1000 and stream.last_event_id == 2
            finally:
                await office.aclose()

    run(body())


# -- parsers ----------------------------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@pytest.fixture(scope="module")
def real_call(stub_server) -> dict[str, Any]:
    import httpx

    from tests.support.stub_fixtures import ADMIN

    r = httpx.post(
        f"{stub_server.url}/admin/cti/call",
        json={"agent": AGENT, "number": caller()},
        headers={"X-Admin-Token": ADMIN},
    )
    r.raise_for_status()
    body = r.json()
    body.pop("listeners", None)
    return body


@pytest.mark.parametrize("name", sorted(cti.PARSERS))
def test_parsers_read_a_real_answer(name, real_call):
    parsed = cti.PARSERS[name](real_call)
    call = parsed.call if name == "event" else parsed
    assert call.id == real_call["id"] and call.state == "ringing"


@pytest.mark.parametrize("name", sorted(cti.PARSERS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_parsers_only_fail_with_connector_errors(name, real_call, data):
    mutated = dict(real_call)
    for _ in range(data.draw(st.integers(1, 3))):
        key = data.draw(st.sampled_from(sorted(mutated) or ["id"]))
        if data.draw(st.booleans()):
            mutated.pop(key, None)
        else:
            mutated[key] = data.draw(json_values)
    for body in (mutated, data.draw(json_values)):
        try:
            cti.PARSERS[name](body)
        except ConnectorError as exc:
            assert isinstance(exc, MalformedResponse)


def test_event_names_outside_the_protocol_are_malformed():
    with pytest.raises(MalformedResponse):
        cti.parse_event("rang", "{}", "1")
    with pytest.raises(MalformedResponse):
        cti.parse_event("ringing", "[]", "x")
