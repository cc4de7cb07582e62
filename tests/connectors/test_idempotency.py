"""Retried writes never act twice: the desk sends the caller's Idempotency-Key on every attempt, and the
simulator's write log (``GET /admin/writes``) shows one write per key.

The time-out case is the dangerous one: the back end acted, but the answer came too late. The simulator's
latency is spent before the route runs, so a client read time-out shorter than the latency makes every
attempt time out on the desk's side while the first one still acts on the server's.
"""

from __future__ import annotations

import pytest

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.connectors.errors import SystemTimeout, SystemUnavailable


def writes_with_key(admin, number: str, key: str) -> list[dict]:
    return [w for w in writes_of(admin, number) if w["idempotency_key"] == key]


def writes_of(admin, number: str, operation: str | None = None) -> list[dict]:
    found = admin.get("/admin/writes", params={"number": number}).json()["writes"]
    return [w for w in found if operation is None or w["operation"] == operation]


def test_write_timed_out_on_every_attempt_acted_once(make_backoffice, scenario, admin, api, run):
    office = make_backoffice(read_timeout=0.25, retry_attempts=3)
    run(office.login("demo_agent", "demo"))
    account = scenario("bb_session_limit")["number"]
    key = new_idempotency_key()
    admin.put("/admin/faults/bims", json={"latency_ms": 400}).raise_for_status()
    with pytest.raises(SystemTimeout):
        run(office.bims.clear_sessions(account, idempotency_key=key))
    assert office.health.get("bims").calls == 3  # three attempts went out
    # A probe behind the same injected latency: the server's equal delays end in the order they began, so
    # when it answers, all three abandoned attempts have reached the route. Had a retry gone out without
    # the key (or with a new one), it would have acted again and shown up as a second write.
    api.get(f"/bims/account/{account}").raise_for_status()
    found = writes_of(admin, account, "clearSessions")
    assert len(found) == 1 and found[0]["idempotency_key"] == key

    admin.delete("/admin/faults/bims").raise_for_status()
    result = run(office.bims.clear_sessions(account, idempotency_key=key))  # the agent presses "retry"
    assert result.replayed and result.idempotency_key == key
    assert result.changed  # the first (and only) run's answer: it did clear the sessions
    assert len(writes_with_key(admin, account, key)) == 1
    assert admin.get(f"/admin/scenarios/{account}").json()["present"] is False


def test_write_retried_through_errors_acts_once(make_backoffice, scenario, admin, run):
    office = make_backoffice(retry_attempts=3)
    run(office.login("demo_agent", "demo"))
    number = scenario("paid_still_barred")["number"]
    key = new_idempotency_key()
    admin.put("/admin/faults/hlr", json={"error_rate": 1, "error_status": 503}).raise_for_status()
    with pytest.raises(SystemUnavailable):
        run(office.hlr.sync_from_crm(number, idempotency_key=key))
    assert office.health.get("hlr").calls == 3 and writes_with_key(admin, number, key) == []

    admin.delete("/admin/faults/hlr").raise_for_status()
    first = run(office.hlr.sync_from_crm(number, idempotency_key=key))
    second = run(office.hlr.sync_from_crm(number, idempotency_key=key))
    assert first.changed and not first.replayed
    assert second.replayed and second.id == first.id and second.changes == first.changes
    assert len(writes_with_key(admin, number, key)) == 1


def test_each_new_intent_gets_its_own_key(office, scenario, admin, run):
    number = scenario("addon_not_in_hlr")["number"]
    a = run(office.hlr.sync_from_crm(number, idempotency_key=new_idempotency_key()))
    b = run(office.hlr.sync_from_crm(number, idempotency_key=new_idempotency_key()))
    assert a.idempotency_key != b.idempotency_key and not b.replayed and not b.changed
    keys = {
        w["idempotency_key"] for w in admin.get("/admin/writes", params={"number": number}).json()["writes"]
    }
    assert {a.idempotency_key, b.idempotency_key} <= keys
