"""BIMS over real HTTP: account look-ups, the front-line operations, idempotency, and the broadband faults."""

from __future__ import annotations

import httpx
import pytest


def _present(admin: httpx.Client, number: str) -> bool:
    r = admin.get(f"/admin/scenarios/{number}")
    assert r.status_code == 200, r.text
    return r.json()["present"]


def _writes(admin: httpx.Client, account: str) -> list[dict]:
    return [
        w
        for w in admin.get("/admin/writes", params={"number": account}).json()["writes"]
        if w["system"] == "bims"
    ]


def _dial(api: httpx.Client, account: str, **kw) -> dict:
    r = api.post(f"/bims/account/{account}/dialTest", **kw)
    assert r.status_code == 200, r.text
    return r.json()


def _healthy_account(stub_server) -> str:
    """A seeded account with nothing wrong (the stub runs in this process; SQL only picks the subject)."""
    return stub_server.ctx.db.scalar(
        "SELECT a.account FROM bims_account a WHERE a.status='active' AND a.port_state='up'"
        " AND a.line_state='good' AND a.password_hash=a.client_password_hash AND a.bound_mac=a.dialing_mac"
        " AND (SELECT COUNT(*) FROM bims_session s WHERE s.account=a.account) < a.session_limit"
        " AND a.account NOT IN (SELECT number FROM stub_scenario) ORDER BY a.account LIMIT 1 OFFSET 3"
    )


def test_account_view_of_a_seeded_account(api, stub_server):
    account = _healthy_account(stub_server)
    a = api.get(f"/bims/account/{account}").json()
    assert a["@type"] == "BroadbandAccount" and a["id"] == account and a["href"] == f"/bims/account/{account}"
    assert a["status"] == "active" and a["passwordState"] == "ok" and a["portState"] == "up"
    assert a["boundMac"] == a["lastDialingMac"] and len(a["boundMac"]) == 17
    assert a["accessType"] in ("ftth", "adsl", "lan") and a["olt"].startswith("OLT-")
    assert (a["dslam"] is not None) == (a["accessType"] == "adsl")
    for way in ("downKbps", "upKbps"):
        assert 0.85 * a["configuredRate"][way] <= a["actualRate"][way] <= a["configuredRate"][way]
    assert a["line"]["state"] == "good"
    assert a["sessionLimit"] in (1, 2) and a["onlineSessionCount"] < a["sessionLimit"]
    assert a["onlineSessionCount"] == len(a["onlineSessions"])
    assert a["lastAccess"]["@type"] == "AccessRecord"
    listed = api.get("/bims/account", params={"subscriberId": a["subscriberId"]})
    assert listed.headers["X-Total-Count"] == "1" and listed.json()[0]["id"] == account
    sessions = api.get(f"/bims/account/{account}/session")
    assert sessions.headers["X-Total-Count"] == str(a["onlineSessionCount"])


def test_access_log_paging_filters_and_code_table(api, scenario):
    acct = scenario("bb_wrong_password")["number"]
    log = api.get(f"/bims/account/{acct}/accessLog", params={"limit": 2})
    total = int(log.headers["X-Total-Count"])
    assert total >= 4 and len(log.json()) == 2
    records = api.get(f"/bims/account/{acct}/accessLog", params={"limit": 100}).json()
    assert [r["at"] for r in records] == sorted((r["at"] for r in records), reverse=True)
    failures = api.get(f"/bims/account/{acct}/accessLog", params={"result": "failure"}).json()
    assert failures and all(r["radiusCode"] == "691" or r["result"] == "failure" for r in failures)
    assert any(
        r["radiusCode"] == "691" and r["reason"] == "wrong_password" and r["meaningZh"] for r in failures
    )
    newest = records[0]["at"]
    only_newest = api.get(f"/bims/account/{acct}/accessLog", params={"from": newest, "limit": 100}).json()
    assert only_newest and all(r["at"] >= newest for r in only_newest)
    codes = {c["code"]: c for c in api.get("/bims/radiusCode").json()["codes"]}
    assert {"0", "691", "649", "678", "629", "718", "734", "647"} <= set(codes)
    assert codes["691"]["reason"] == "wrong_password" and codes["691"]["fix"]


def test_errors_auth_and_validation(api, stub_server, scenario):
    assert api.get("/bims/account/nobody@adsl").status_code == 404
    assert api.post("/bims/account/nobody@adsl/dialTest").status_code == 404
    assert httpx.get(f"{stub_server.url}/bims/account/x@adsl").status_code == 401
    acct = scenario("bb_port_fault")["number"]
    r = api.get(f"/bims/account/{acct}/accessLog", params={"result": "maybe"})
    assert r.status_code == 400 and r.json()["field"] == "result"
    for bad in ("yesterday", "0001-01-01T00:00:00+14:00"):
        r = api.get(f"/bims/account/{acct}/accessLog", params={"from": bad})
        assert r.status_code == 400 and r.json()["field"] == "from"
    r = api.post(f"/bims/account/{acct}/changePassword", json={"newPassword": "abc"})
    assert r.status_code == 400 and r.json()["field"] == "newPassword"
    r = api.post(f"/bims/account/{acct}/changePassword", json={"newPassword": "bad pass word!"})
    assert r.status_code == 400 and r.json()["field"] == "newPassword"


def test_dial_and_line_test_change_nothing_on_a_healthy_account(api, admin, stub_server):
    account = _healthy_account(stub_server)
    before = api.get(f"/bims/account/{account}").json()
    log_total = int(api.get(f"/bims/account/{account}/accessLog").headers["X-Total-Count"])
    test = _dial(api, account)
    assert test["@type"] == "ServiceTest" and test["name"] == "dialTest" and test["state"] == "completed"
    assert test["result"] == "success" and test["radiusCode"] is None and test["reason"] == "success"
    assert 100 <= test["durationMs"] <= 1000 and test["mac"] == before["boundMac"]
    line = api.post(f"/bims/account/{account}/lineTest").json()
    assert line["verdict"] == "good" and line["limits"]["maxAttenuationDb"] >= line["attenuationDb"]
    after = api.get(f"/bims/account/{account}").json()
    assert after["lastAccess"]["result"] == "success"
    assert {k: v for k, v in after.items() if k != "lastAccess"} == {
        k: v for k, v in before.items() if k != "lastAccess"
    }
    assert int(api.get(f"/bims/account/{account}/accessLog").headers["X-Total-Count"]) == log_total + 1
    assert [w["operation"] for w in _writes(admin, account)][-2:] == ["dialTest", "lineTest"]


FRONT_LINE_FIXES = [
    ("bb_wrong_password", "691", "resetPassword"),
    ("bb_session_limit", "718", "clearSessions"),
    ("bb_mac_mismatch", "629", "unbindMac"),
    ("bb_port_fault", "678", "restartPort"),
]


@pytest.mark.parametrize(("fault", "code", "fix"), FRONT_LINE_FIXES)
def test_fault_seen_by_dial_test_and_cleared_by_its_fix(api, admin, scenario, fault, code, fix):
    s = scenario(fault)
    acct = s["number"]
    assert s["service_type"] == "broadband" and _present(admin, acct)
    failed = _dial(api, acct)
    assert failed["result"] == "failure" and failed["radiusCode"] == code and failed["fix"]
    log = api.get(f"/bims/account/{acct}/accessLog", params={"result": "failure"}).json()
    assert len([r for r in log if r["radiusCode"] == code]) >= 3  # the customer's attempts and the test
    r = api.post(f"/bims/account/{acct}/{fix}")
    assert r.status_code == 200 and r.json()["changed"] is True
    assert not _present(admin, acct)
    assert _dial(api, acct)["result"] == "success"
    if fix in ("clearSessions", "restartPort"):  # nothing left to do: a second run changes nothing
        assert api.post(f"/bims/account/{acct}/{fix}").json()["changed"] is False


def test_reset_password_replays_the_same_password_and_acts_once(api, admin, scenario):
    acct = scenario("bb_wrong_password")["number"]
    first = api.post(f"/bims/account/{acct}/resetPassword", headers={"Idempotency-Key": "bims-reset-1"})
    again = api.post(f"/bims/account/{acct}/resetPassword", headers={"Idempotency-Key": "bims-reset-1"})
    assert (
        first.headers["Idempotency-Replayed"] == "false" and again.headers["Idempotency-Replayed"] == "true"
    )
    pw = first.json()["newPassword"]
    assert len(pw) == 8 and again.json()["newPassword"] == pw
    resets = [w for w in _writes(admin, acct) if w["operation"] == "resetPassword"]
    assert len(resets) == 1 and resets[0]["idempotency_key"] == "bims-reset-1"
    other = api.post(f"/bims/account/{acct}/resetPassword", headers={"Idempotency-Key": "bims-reset-2"})
    assert other.json()["newPassword"] != pw
    assert len([w for w in _writes(admin, acct) if w["operation"] == "resetPassword"]) == 2


def test_change_password_is_applied_and_not_logged_in_clear(api, admin, scenario):
    acct = scenario("bb_wrong_password")["number"]
    r = api.post(f"/bims/account/{acct}/changePassword", json={"newPassword": "Secret2026"})
    assert r.status_code == 200 and r.json()["accountAfter"]["passwordState"] == "ok"
    assert not _present(admin, acct) and _dial(api, acct)["result"] == "success"
    write = [w for w in _writes(admin, acct) if w["operation"] == "changePassword"][0]
    assert "Secret2026" not in str(write)


def test_dial_test_with_an_idempotency_key_logs_once(api, admin, scenario):
    acct = scenario("bb_port_fault")["number"]
    total = int(api.get(f"/bims/account/{acct}/accessLog").headers["X-Total-Count"])
    one = _dial(api, acct, headers={"Idempotency-Key": "dial-1"})
    two = _dial(api, acct, headers={"Idempotency-Key": "dial-1"})
    assert one == two and one["radiusCode"] == "678"
    assert int(api.get(f"/bims/account/{acct}/accessLog").headers["X-Total-Count"]) == total + 1
    assert [w["operation"] for w in _writes(admin, acct)] == ["dialTest"]


def test_mac_unbind_then_login_binds_the_new_device(api, scenario):
    s = scenario("bb_mac_mismatch")
    acct = s["number"]
    a = api.get(f"/bims/account/{acct}").json()
    assert a["boundMac"] == s["bound_mac"] and a["lastDialingMac"] == s["dialing_mac"] != s["bound_mac"]
    r = api.post(f"/bims/account/{acct}/unbindMac").json()
    assert r["changes"] == [{"field": "boundMac", "from": s["bound_mac"], "to": None}]
    assert r["accountAfter"]["boundMac"] is None
    assert _dial(api, acct)["mac"] == s["dialing_mac"]
    assert api.get(f"/bims/account/{acct}").json()["boundMac"] == s["dialing_mac"]


def test_session_limit_shows_stale_sessions_and_clear_lists_them(api, scenario):
    acct = scenario("bb_session_limit")["number"]
    a = api.get(f"/bims/account/{acct}").json()
    assert a["onlineSessionCount"] == a["sessionLimit"] >= 1
    assert all(s["startedAt"] < a["lastAccess"]["at"] for s in a["onlineSessions"])
    r = api.post(f"/bims/account/{acct}/clearSessions").json()
    assert [c["id"] for c in r["cleared"]] == [s["id"] for s in a["onlineSessions"]]
    assert r["accountAfter"]["onlineSessionCount"] == 0


def test_port_fault_restart_restores_the_rate(api, scenario):
    acct = scenario("bb_port_fault")["number"]
    a = api.get(f"/bims/account/{acct}").json()
    assert a["portState"] == "fault" and a["actualRate"]["downKbps"] == 0
    after = api.post(f"/bims/account/{acct}/restartPort").json()["accountAfter"]
    assert (
        after["portState"] == "up"
        and after["actualRate"]["downKbps"] > 0.85 * a["configuredRate"]["downKbps"]
    )


def test_line_fault_needs_the_back_office(api, admin, stub_server, scenario):
    acct = scenario("bb_line_fault")["number"]
    a = api.get(f"/bims/account/{acct}").json()
    assert a["actualRate"]["downKbps"] < 0.35 * a["configuredRate"]["downKbps"]
    line = api.post(f"/bims/account/{acct}/lineTest").json()
    assert line["verdict"] == "poor"
    assert (
        line["attenuationDb"] > line["limits"]["maxAttenuationDb"]
        or line["snrDb"] < line["limits"]["minSnrDb"]
    )
    assert _dial(api, acct)["radiusCode"] == "734"
    assert api.post(f"/bims/account/{acct}/restartPort").json()["changed"] is False
    assert _present(admin, acct) and _dial(api, acct)["radiusCode"] == "734"
    assert httpx.post(f"{stub_server.url}/admin/bims/{acct}/repairLine").status_code == 401
    assert api.post(f"/admin/bims/{acct}/repairLine").status_code == 401  # an agent token is not enough
    repaired = admin.post(f"/admin/bims/{acct}/repairLine")
    assert repaired.status_code == 200 and repaired.json()["changed"] is True
    assert not _present(admin, acct)
    assert api.post(f"/bims/account/{acct}/lineTest").json()["verdict"] == "good"
    assert _dial(api, acct)["result"] == "success"


def test_suspended_and_terminated_accounts(api, stub_server, scenario):
    """Billing's faults suspend the account; here the state is set on a fresh customer of our own."""
    acct = scenario("bb_port_fault")["number"]
    api.post(f"/bims/account/{acct}/restartPort").raise_for_status()
    db = stub_server.ctx.db
    db.execute("UPDATE bims_account SET status='suspended' WHERE account=?", (acct,))
    assert _dial(api, acct)["radiusCode"] == "649"
    db.execute("UPDATE bims_account SET status='terminated' WHERE account=?", (acct,))
    assert _dial(api, acct)["radiusCode"] == "647"
    r = api.post(f"/bims/account/{acct}/resetPassword")
    assert r.status_code == 409 and r.json()["field"] == "account"
