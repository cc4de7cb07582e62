"""Write actions over the simulator: each one clears its fault, acts once per confirmed action however
often it is retried, and leaves an audit entry with its idempotency key."""

from __future__ import annotations

import pytest

from agentdesk.services.audit import FAILED, OK
from agentdesk.services.errors import SystemUnavailable


def _writes(admin, number, system=None):
    params = {"number": number, **({"system": system} if system else {})}
    return admin.get("/admin/writes", params=params).json()["writes"]


def _present(admin, number) -> bool:
    return admin.get(f"/admin/scenarios/{number}").json()["present"]


@pytest.mark.parametrize(
    ("fault", "make"),
    [
        ("billing_status_mismatch", lambda a, s, n, d: a.sync_billing_from_crm(s, n)),
        ("paid_still_barred", lambda a, s, n, d: a.set_hlr_active(s, n)),
        ("abnormal_suspension", lambda a, s, n, d: a.sync_hlr_from_crm(s, n)),
        ("addon_not_in_hlr", lambda a, s, n, d: a.activate_addon(s, n, "caller_id")),
        ("vpn_member_missing", lambda a, s, n, d: a.sync_vpn(s, n)),
        ("wlan_radius_out_of_sync", lambda a, s, n, d: a.sync_aaa_from_crm(s, n, "wlan")),
        ("evdo_aaa_out_of_sync", lambda a, s, n, d: a.sync_aaa_from_crm(s, n, "evdo")),
        ("vas_unsubscribed_still_billed", lambda a, s, n, d: a.sync_ismp_from_crm(s, n)),
        ("vas_unknown_subscription", lambda a, s, n, d: a.unsubscribe_vas(s, n, d["subscription_id"], "?")),
        ("bb_wrong_password", lambda a, s, n, d: a.reset_password(s, n)),
        ("bb_session_limit", lambda a, s, n, d: a.clear_sessions(s, n)),
        ("bb_mac_mismatch", lambda a, s, n, d: a.unbind_mac(s, n)),
        ("bb_port_fault", lambda a, s, n, d: a.restart_port(s, n)),
    ],
)
def test_action_clears_its_fault_once_and_is_audited(view, desk, scenario, admin, run, fault, make):
    made = scenario(fault)
    number = made["number"]
    assert _present(admin, number)

    async def body():
        scope = await view.scope(made["customer_id"], number)
        action = make(view.actions, scope, number, made)
        with pytest.raises(RuntimeError):
            await action.run()  # not confirmed: nothing is sent
        key = action.confirm()
        assert action.confirm() == key  # one key per confirmed action
        first = await action.run()
        again = await action.run()  # the agent presses retry: the back end replays, acts once
        entries = await desk.audit.entries(customer_id=made["customer_id"])
        return action, key, first, again, entries

    action, key, first, again, entries = run(body())
    assert not _present(admin, number), f"{fault} still present after {action.kind}"
    mine = [w for w in _writes(admin, number) if w["idempotency_key"] == key]
    assert len(mine) == 1 and mine[0]["system"] == action.system and mine[0]["username"] == "demo_agent"
    assert getattr(again, "replayed", True)
    (entry,) = [e for e in entries if e.idempotency_key == key]
    assert entry.outcome == OK and entry.system == action.system and entry.number == number
    assert entry.agent == "demo_agent" and entry.operation == action.operation
    if fault == "bb_wrong_password":
        assert first.new_password and first.new_password not in entry.message + entry.request_summary


def test_failed_write_is_audited_and_retried_with_the_same_key(view, desk, scenario, admin, run):
    made = scenario("bb_port_fault")
    number = made["number"]
    admin.put("/admin/faults/bims", json={"down": True}).raise_for_status()

    async def body():
        scope = await view.scope(made["customer_id"], number)
        action = view.actions.restart_port(scope, number)
        key = action.confirm()
        with pytest.raises(SystemUnavailable):
            await action.run()
        admin.delete("/admin/faults/bims").raise_for_status()
        result = await action.run()
        return action, key, result, await desk.audit.entries(number=number)

    action, key, result, entries = run(body())
    assert result.changed and action.attempts == 2 and action.key == key
    assert sorted(e.outcome for e in entries if e.idempotency_key == key) == sorted([FAILED, OK])
    assert len([w for w in _writes(admin, number, "bims") if w["idempotency_key"] == key]) == 1
    assert not _present(admin, number)


def test_dial_and_line_tests_report_the_fault(view, scenario, run):
    made = scenario("bb_line_fault")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        dial, line = (
            view.actions.dial_test(scope, made["number"]),
            view.actions.line_test(scope, made["number"]),
        )
        dial.confirm(), line.confirm()
        return await dial.run(), await line.run()

    dial, line = run(body())
    assert not dial.succeeded and dial.duration_ms >= 0 and dial.radius_code
    assert line.verdict == "poor"


def test_pii_reveal_is_audited(view, desk, scenario, run):
    made = scenario("healthy")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        value = await view.reveal_pii(scope.customer, "id_card", made["number"])
        return scope, value, await desk.audit.entries(customer_id=made["customer_id"])

    scope, value, entries = run(body())
    assert value == scope.customer.id_card and len(value) == 18
    (entry,) = entries
    assert entry.operation == "revealPersonalData" and "id_card" in entry.message
    assert value not in entry.request_summary + entry.message
