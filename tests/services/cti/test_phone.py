"""The phone services over real HTTP: ringing → caller looked up (known and unknown numbers) → pop on
answer; call timer and wrap-up timer; answer/hang-up audited; missed calls; a dropped stream reconnects
by itself and replays what rang meanwhile; a desk started in the middle of a call picks it up."""

from __future__ import annotations

import random

import httpx
import pytest

from agentdesk.services.cti import CONNECTED, DISCONNECTED, WrapUpUnavailable
from agentdesk.services.tickets.services import build_ticket_services
from tests.services.cti.conftest import AGENT
from tests.support.aio import wait_until
from tests.support.stub_fixtures import ADMIN


def ring(admin, number: str, **extra) -> dict:
    r = admin.post("/admin/cti/call", json={"agent": AGENT, "number": number, **extra})
    assert r.status_code == 201, r.text
    return r.json()


def unknown_number(api) -> str:
    """One of our mobile numbers that no customer has."""
    while True:
        number = "1895" + "".join(random.choice("0123456789") for _ in range(7))
        if not api.get("/crm/customer", params={"number": number}).json():
            return number


async def connected(phone) -> None:
    phone.start()
    await wait_until(lambda: phone.line.status.state == CONNECTED, 10)


def test_known_caller_pops_on_answer_with_timers_and_wrap_up(make_phone, desk, admin, scenario, clock, run):
    customer = scenario("healthy")
    phone = make_phone()
    pops, states = [], []
    phone.calls.add_pop_listener(pops.append)
    phone.calls.add_listener(states.append)

    async def body():
        await connected(phone)
        call = ring(admin, customer["number"])
        await wait_until(
            lambda: phone.calls.state.current and phone.calls.state.current.caller.lookup == "known"
        )
        current = phone.calls.state.current
        assert current.call.id == call["id"] and current.call.state == "ringing"
        assert current.caller.match.customer_id == customer["customer_id"] and current.caller.match.name
        assert current.caller.match.level
        assert not pops  # nothing opens before the agent answers
        assert phone.calls.talk_seconds() is None

        await phone.calls.answer()
        await wait_until(lambda: pops)
        assert pops[0].match.customer_id == customer["customer_id"] and pops[0].call_id == call["id"]
        clock.advance(42)
        assert phone.calls.talk_seconds() == pytest.approx(42)

        await phone.calls.hangup()
        await wait_until(lambda: phone.calls.state.wrap_up is not None)
        state = phone.calls.state
        assert state.current is None and state.wrap_up.call.end_reason == "agentHangup"
        talk = phone.calls.talk_seconds(state.wrap_up)
        clock.advance(30)
        assert phone.calls.talk_seconds(state.wrap_up) == talk  # the timer stopped with the call
        assert phone.calls.wrap_up_seconds() == pytest.approx(30)

        wrapup_id = await phone.calls.finish_wrap_up("consulted", "asked about the bill")
        assert wrapup_id == ""  # no ticket desk plugged in: the disposition is kept in the call history
        assert phone.calls.state.wrap_up is None
        with pytest.raises(WrapUpUnavailable):
            await phone.calls.finish_wrap_up("consulted")
        [record] = [r for r in await phone.history.shift() if r.call_id == call["id"]]
        assert record.state == "ended" and record.disposition == "consulted" and record.wrapup_s == 30
        assert record.customer_id == customer["customer_id"] and record.talk_s is not None
        entries = await desk.audit.entries(number=customer["number"])
        assert sorted(e.operation for e in entries if e.system == "cti") == ["answer", "hangup"]

    run(body())
    assert len(pops) == 1  # one pop per call, however many events followed


def test_unknown_caller_pops_an_empty_view_with_the_number(make_phone, admin, api, run):
    number = unknown_number(api)
    phone = make_phone()
    pops = []
    phone.calls.add_pop_listener(pops.append)

    async def body():
        await connected(phone)
        ring(admin, number, answerAfterS=0.2)  # the simulator answers: the desk follows the stream
        await wait_until(lambda: pops)
        assert pops[0].match is None and pops[0].number == number
        assert phone.calls.state.current.caller.lookup == "unknown"

    run(body())


def test_wrap_up_goes_to_the_ticket_desk_when_it_is_plugged_in(make_phone, desk, admin, scenario, run):
    customer = scenario("healthy")
    tickets = build_ticket_services(
        desk.backoffice.tickets, desk.database, lambda: desk.session.user.username, audit=desk.audit
    )
    desk.extras["tickets"] = tickets
    phone = make_phone()

    async def body():
        await connected(phone)
        call = ring(admin, customer["number"], answerAfterS=0.1, endAfterS=0.1)
        await wait_until(lambda: phone.calls.state.wrap_up is not None, 10)
        assert phone.calls.state.wrap_up.call.end_reason == "callerHangup"
        wrapup_id = await phone.calls.finish_wrap_up("resolved_front_line", "reset the password")
        [stored] = await tickets.wrapups.list(wrapup_id=wrapup_id)
        assert stored.customer_id == customer["customer_id"] and stored.disposition == "resolved_front_line"
        record = await phone.history.get(call["id"])
        assert record.wrapup_id == wrapup_id and record.disposition == "resolved_front_line"

    run(body())


def test_abandoned_call_is_missed_without_wrap_up(make_phone, admin, api, run):
    phone = make_phone()

    async def body():
        await connected(phone)
        call = ring(admin, unknown_number(api))
        await wait_until(lambda: phone.calls.state.current is not None)
        admin.post(f"/admin/cti/call/{call['id']}/end").raise_for_status()
        await wait_until(lambda: phone.calls.state.current is None)
        assert phone.calls.state.wrap_up is None
        record = await phone.history.get(call["id"])
        assert record.missed and record.end_reason == "abandoned"
        summary = await phone.history.summary()
        assert summary.missed >= 1 and summary.calls >= 1

    run(body())


def test_dropped_stream_reconnects_and_replays_what_rang_meanwhile(make_phone, admin, scenario, run):
    customer = scenario("healthy")
    phone = make_phone(initial_delay_s=1.0, max_delay_s=2.0, stable_s=60)
    statuses = []
    phone.line.add_listener(statuses.append)

    async def body():
        await connected(phone)
        assert admin.get("/admin/cti/streams").json()["streams"].get(AGENT) == 1
        admin.post("/admin/cti/drop", json={"agent": AGENT}).raise_for_status()
        await wait_until(lambda: phone.line.status.state == DISCONNECTED)
        down = phone.line.status
        assert down.retry_in_s and down.retry_in_s > 0.5 and down.error is not None
        call = ring(admin, customer["number"])  # rings while the desk is not listening
        await wait_until(lambda: phone.line.status.state == CONNECTED, 10)
        await wait_until(lambda: phone.calls.state.current is not None)
        assert phone.calls.state.current.call.id == call["id"]  # replayed after the reconnect
        assert phone.line.connections == 2
        assert admin.get("/admin/cti/streams").json()["streams"].get(AGENT) == 1

    run(body())
    assert [s.state for s in statuses][:4] == ["stopped", "connecting", "connected", "disconnected"]


def test_desk_started_in_the_middle_of_a_call_picks_it_up(make_phone, admin, stub_server, scenario, run):
    customer = scenario("healthy")
    call = ring(admin, customer["number"])
    token = httpx.post(f"{stub_server.url}/auth/login", json={"username": AGENT, "password": "demo"}).json()[
        "token"
    ]
    httpx.post(
        f"{stub_server.url}/cti/call/{call['id']}/answer",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"t-{call['id']}"},
    ).raise_for_status()
    phone = make_phone()
    pops = []
    phone.calls.add_pop_listener(pops.append)

    async def body():
        await connected(phone)
        await wait_until(lambda: pops)
        assert pops[0].call_id == call["id"] and pops[0].match.customer_id == customer["customer_id"]
        assert phone.calls.state.current.call.state == "answered"
        admin.post(f"/admin/cti/call/{call['id']}/end").raise_for_status()
        await wait_until(lambda: phone.calls.state.wrap_up is not None)

    run(body())


def test_signed_out_line_keeps_trying_and_says_why(make_phone, desk, stub_server, run):
    other = "agent22"  # its own agent: expiring demo_agent's tokens would sign out the session's other tests
    admin = {"X-Admin-Token": ADMIN}
    phone = make_phone()

    async def body():
        await desk.session.sign_in(other, "demo")
        await connected(phone)
        assert phone.line.status.state == CONNECTED
        httpx.post(
            f"{stub_server.url}/admin/tokens/expire", json={"username": other}, headers=admin
        ).raise_for_status()
        httpx.post(
            f"{stub_server.url}/admin/cti/drop", json={"agent": other}, headers=admin
        ).raise_for_status()
        await wait_until(lambda: phone.line.status.needs_sign_in, 10)
        assert phone.line.status.state == DISCONNECTED
        await desk.session.sign_in(other, "demo")
        phone.line.reconnect_now()
        await wait_until(lambda: phone.line.status.state == CONNECTED, 10)

    run(body())
