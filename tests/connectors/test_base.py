"""The shared client against the running simulator: error mapping, time-outs, retries, a system down,
401, the circuit breaker and health reports. Faults come from the simulator's admin API.

These tests use a path no system serves (``/<system>/no-such-route``): the simulator answers 404 there,
which is a healthy answer, and its fault injection applies to every path of a system, so they do not
depend on any one system's routes.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.connectors.errors import (
    CircuitOpen,
    ConnectorError,
    MalformedResponse,
    NotFound,
    SystemTimeout,
    SystemUnavailable,
    Unauthorised,
)
from backend_stub.server import free_port

PROBE = "no-such-route"


def probe(office: BackOffice, system: str):
    return office.clients[system].get(PROBE, parse=lambda body: body)


def inject(admin, system: str, **spec) -> None:
    admin.put(f"/admin/faults/{system}", json=spec).raise_for_status()


def test_answers_are_healthy_and_4xx_is_not_retried(office, run):
    user = run(office.auth.me())
    assert user.username == "demo_agent" and not user.is_team_lead
    with pytest.raises(NotFound) as err:
        run(probe(office, "crm"))
    assert err.value.system == "crm" and err.value.status == 404 and err.value.kind == "not_found"
    health = office.health.get("crm")
    assert health.level == "ok" and health.circuit == "closed" and health.calls == 1  # a 404 is an answer
    assert health.latency_ms is not None and health.latency_ms >= 0
    assert office.health.get("auth").level == "ok"
    assert office.health.get("billing").level == "unknown"  # never called


OTHERS = ("billing", "usage", "hlr", "bims", "aaa", "ismp", "tickets", "kb")


def read_every_system(office: BackOffice, number: str):
    """One real read per system, all at once (one event loop, no threads)."""
    return asyncio.gather(
        office.crm.subscriber_by_number(number),
        office.billing.subscriber(number),
        office.usage.summary(number),
        office.hlr.subscriber(number),
        office.bims.radius_codes(),
        office.aaa.error_codes(),
        office.ismp.offerings(),
        office.tickets.catalogue(),
        office.kb.catalogue(),
        return_exceptions=True,
    )


def test_every_system_answers(office, scenario, run):
    number = scenario("healthy")["number"]
    results = run(read_every_system(office, number))
    assert not [r for r in results if isinstance(r, BaseException)]
    assert {s: office.health.get(s).level for s in ("crm", *OTHERS)} == dict.fromkeys(("crm", *OTHERS), "ok")


def test_one_system_down_turns_only_that_one_red(office, admin, scenario, run):
    number = scenario("healthy")["number"]
    inject(admin, "crm", down=True)
    crm, *others = run(read_every_system(office, number))
    assert isinstance(crm, SystemUnavailable) and "down" in crm.message and crm.status == 503
    assert not [r for r in others if isinstance(r, BaseException)]  # every other system still works
    assert office.health.get("crm").level == "down"
    assert office.health.get("crm").calls == 3  # the read was retried, then given up
    assert {s: office.health.get(s).level for s in OTHERS} == dict.fromkeys(OTHERS, "ok")
    assert run(office.auth.me()).username == "demo_agent"


def test_timeout_with_short_read_timeout(make_backoffice, admin, run):
    office = make_backoffice(read_timeout=0.2, retry_attempts=2)
    run(office.login("demo_agent", "demo"))
    inject(admin, "usage", timeout_rate=1, timeout_s=2)
    started = time.monotonic()
    with pytest.raises(SystemTimeout) as err:
        run(probe(office, "usage"))
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed  # two attempts of 0.2 s, not the server's 2 s
    assert err.value.kind == "timeout" and "0.2 s" in err.value.message
    health = office.health.get("usage")
    assert health.level == "down" and health.last_error_kind == "timeout" and health.calls == 2


def test_server_errors_are_retried_and_then_reported(office, admin, run):
    inject(admin, "hlr", error_rate=1, error_status=500)
    with pytest.raises(SystemUnavailable) as err:
        run(probe(office, "hlr"))
    assert err.value.status == 500 and "failed" in err.value.message
    assert office.health.get("hlr").calls == 3
    admin.delete("/admin/faults/hlr").raise_for_status()
    with pytest.raises(NotFound):
        run(probe(office, "hlr"))
    health = office.health.get("hlr")
    assert health.level == "degraded" and health.error_rate == pytest.approx(3 / 4)


def test_gateway_timeout_status_is_a_timeout(office, admin, run):
    inject(admin, "aaa", error_rate=1, error_status=504)
    with pytest.raises(SystemTimeout):
        run(probe(office, "aaa"))


def test_malformed_body(office, admin, run):
    inject(admin, "kb", malformed_rate=1)
    with pytest.raises(MalformedResponse) as err:
        run(probe(office, "kb"))
    assert "not valid JSON" in err.value.message
    assert office.health.get("kb").level == "down"
    assert office.health.get("kb").calls == 1  # a garbled answer is not retried


def test_refused_connection_is_unavailable(run):
    office = BackOffice(BackendConfig.from_base_url(f"http://127.0.0.1:{free_port()}", retry_backoff_s=0.01))
    try:
        with pytest.raises(SystemUnavailable) as err:
            run(probe(office, "crm"))
        assert "cannot connect" in err.value.message
        with pytest.raises(ConnectorError):
            run(office.login("demo_agent", "demo"))
    finally:
        run(office.aclose())


def test_expired_token_is_unauthorised_and_tells_listeners(make_backoffice, admin, run):
    office = make_backoffice()
    heard: list[Unauthorised] = []
    office.on_unauthorised(heard.append)
    with pytest.raises(Unauthorised):
        run(office.login("agent31", "wrong"))
    assert heard == []  # a wrong password is not a lost session
    run(office.login("agent31", "demo"))
    admin.post("/admin/tokens/expire", json={"username": "agent31"}).raise_for_status()
    with pytest.raises(Unauthorised) as err:
        run(office.auth.me())
    assert err.value.message == "sign-in expired"
    with pytest.raises(Unauthorised):  # any system: a route that exists checks the token first
        run(office.clients["hlr"].get("subscriber/18900000000", parse=lambda body: body))
    assert [e.system for e in heard] == ["auth", "hlr"]
    assert office.health.get("hlr").level == "ok"  # the system is fine; the sign-in is not
    run(office.login("agent31", "demo"))  # signing in again restores work
    assert run(office.auth.me()).username == "agent31"


def test_circuit_opens_fails_fast_half_opens_and_closes(make_backoffice, admin, run, clock):
    office = make_backoffice(clock=clock, circuit_failures=3, circuit_cooldown_s=30)
    run(office.login("demo_agent", "demo"))
    inject(admin, "bims", down=True)
    with pytest.raises(SystemUnavailable):
        run(probe(office, "bims"))  # three failed attempts open the circuit
    health = office.health.get("bims")
    assert health.circuit == "open" and health.level == "down"
    writes_before = len(admin.get("/admin/writes").json()["writes"])

    started = time.monotonic()
    with pytest.raises(CircuitOpen) as err:
        run(probe(office, "bims"))
    assert time.monotonic() - started < 0.1 and err.value.kind == "circuit_open"
    assert err.value.retry_in_s == pytest.approx(30)
    assert office.health.get("bims").calls == 3  # nothing went out

    clock.advance(31)
    assert office.clients["bims"].breaker.state == "half_open"
    with pytest.raises(SystemUnavailable):  # the trial call fails: open again, no retries behind it
        run(probe(office, "bims"))
    assert office.clients["bims"].breaker.state == "open"

    admin.delete("/admin/faults/bims").raise_for_status()
    clock.advance(31)
    with pytest.raises(NotFound):  # the trial call is answered: closed
        run(probe(office, "bims"))
    health = office.health.get("bims")
    assert health.circuit == "closed" and health.level == "degraded"
    with pytest.raises(NotFound):
        run(probe(office, "bims"))
    assert len(admin.get("/admin/writes").json()["writes"]) == writes_before


def test_cancelled_call_leaves_no_trace(office, admin, run):
    inject(admin, "ismp", latency_ms=3000)

    async def cancel_soon():
        task = asyncio.ensure_future(probe(office, "ismp"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(cancel_soon())
    assert office.clients["ismp"].breaker.state == "closed"
    assert office.health.get("ismp").level == "unknown"


def test_health_listeners(office, admin, run):
    seen = []
    broken_calls = []

    def broken(_h):
        broken_calls.append(1)
        raise RuntimeError("listener bug")

    office.health.subscribe(broken)
    unsubscribe = office.health.subscribe(seen.append)
    assert {h.system for h in seen} == {"auth"}  # replay of what is known
    inject(admin, "tickets", down=True)
    with pytest.raises(SystemUnavailable):
        run(probe(office, "tickets"))
    assert [h.level for h in seen if h.system == "tickets"] == ["down", "down", "down"]
    assert len(broken_calls) == 4
    unsubscribe()
    with pytest.raises(SystemUnavailable):
        run(probe(office, "tickets"))
    assert len([h for h in seen if h.system == "tickets"]) == 3


def test_write_needs_a_key(office, run):
    with pytest.raises(ValueError):
        run(office.clients["crm"].write("POST", PROBE, idempotency_key="", parse=lambda b: b))


def test_logout_ends_the_session(make_backoffice, run):
    office = make_backoffice()
    session = run(office.login("agent32", "demo"))
    assert session.user.username == "agent32" and session.roles == ("agent",)
    assert session.token not in repr(session)
    run(office.logout())
    assert office.session is None
    office.set_session(session)  # the old token no longer works
    with pytest.raises(Unauthorised):
        run(office.auth.me())


def test_stream_opens_on_2xx_and_maps_failures_like_any_call(office, admin, run):
    """The public streaming call: the body is the caller's to read; failures are typed and counted."""

    async def body():
        async with office.clients["auth"].stream("GET", "me") as response:
            assert response.status_code == 200
            assert b"demo_agent" in await response.aread()
        with pytest.raises(NotFound):
            async with office.clients["crm"].stream("GET", PROBE):
                pytest.fail("a 404 must not open the stream")
        heard: list[Unauthorised] = []
        office.on_unauthorised(heard.append)
        with pytest.raises(Unauthorised):
            async with office.clients["hlr"].stream("GET", "subscriber/18900000000", authorised=False):
                pass
        assert [e.system for e in heard] == ["hlr"]
        inject(admin, "kb", error_rate=1.0, error_status=503)
        with pytest.raises(SystemUnavailable):
            async with office.clients["kb"].stream("GET", PROBE):
                pass
        assert office.health.get("kb").level != "ok" and office.health.get("crm").level == "ok"
        calls = office.health.get("auth").calls
        with pytest.raises(SystemUnavailable):  # the caller's own error inside the block is not the system's
            async with office.clients["auth"].stream("GET", "me"):
                raise SystemUnavailable("auth", "raised by the caller")
        assert office.health.get("auth").level == "ok" and office.health.get("auth").calls == calls + 1
        await office.clients["usage"].aclose()
        with pytest.raises(SystemUnavailable):
            async with office.clients["usage"].stream("GET", PROBE):
                pass

    run(body())


def test_plain_http_endpoints_load_no_ca_bundle_and_https_ones_always_verify():
    """The CA bundle costs the start ~15 ms: only an https endpoint loads it. The plain-http context
    trusts nothing yet still requires a certificate, so it could never carry unchecked TLS."""
    import ssl

    from agentdesk.connectors.base import client_tls
    from agentdesk.connectors.config import SystemEndpoint

    plain = client_tls(SystemEndpoint("crm", "http://127.0.0.1:8000"))
    assert plain.cert_store_stats()["x509_ca"] == 0
    assert plain.verify_mode == ssl.CERT_REQUIRED and plain.check_hostname

    secure = client_tls(SystemEndpoint("crm", "https://crm.example.cn"))
    assert secure.cert_store_stats()["x509_ca"] > 0
    assert secure.verify_mode == ssl.CERT_REQUIRED and secure.check_hostname
    assert client_tls(SystemEndpoint("billing", "HTTPS://billing.example.cn")) is secure  # one shared

    skipped = client_tls(SystemEndpoint("crm", "https://crm.example.cn", insecure_skip_tls_verify=True))
    assert skipped.verify_mode == ssl.CERT_NONE  # only when configured, and logged (test_config)
