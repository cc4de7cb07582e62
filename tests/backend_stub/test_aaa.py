"""AAA/RADIUS over real HTTP: wireless data accounts against CRM, access records, sync, and its faults."""

from __future__ import annotations

import uuid

import httpx
import pytest


def _seeded_number_with(stub_server, kind: str) -> str:
    """A seeded, active subscriber whose CRM record has this wireless service (test data choice only)."""
    number = stub_server.ctx.db.scalar(
        "SELECT s.number FROM crm_subscriber s WHERE s.status='active' AND s.wireless_json LIKE ?"
        " AND s.number NOT IN (SELECT number FROM stub_scenario) ORDER BY s.id LIMIT 1",
        (f'%"{kind}"%',),
    )
    assert number, f"the seed has no subscriber with {kind}"
    return number


def _account(api: httpx.Client, number: str, kind: str) -> dict:
    r = api.get(f"/aaa/account/{number}", params={"kind": kind})
    assert r.status_code == 200, r.text
    (acc,) = r.json()["accounts"]
    return acc


def test_seeded_accounts_match_crm(api, stub_server):
    number = _seeded_number_with(stub_server, "cdma1x")
    body = api.get(f"/aaa/account/{number}").json()
    assert body["number"] == number and body["crmStatus"] == "active" and body["inSync"] is True
    kinds = [a["kind"] for a in body["accounts"]]
    assert kinds == [k for k in ("cdma1x", "evdo", "wlan") if k in body["crmWireless"]]
    acc = body["accounts"][0]
    assert acc["@type"] == "Service" and acc["username"] == number
    assert (acc["state"], acc["crmState"], acc["profile"], acc["mismatch"]) == (
        "active",
        "active",
        "1X_153K_DEFAULT",
        [],
    )
    assert acc["lastAccess"]["result"] in ("success", "failure")


def test_error_code_table_and_access_log(api, stub_server):
    codes = {c["code"]: c for c in api.get("/aaa/errorCode").json()}
    assert {"691", "67", "68", "69", "718"} <= set(codes)
    assert codes["68"]["meaning"] and codes["68"]["meaningZh"] and codes["68"]["hint"]
    number = _seeded_number_with(stub_server, "cdma1x")
    r = api.get(f"/aaa/account/{number}/accessLog", params={"kind": "cdma1x", "limit": 1})
    assert r.status_code == 200
    total = int(r.headers["X-Total-Count"])
    assert total >= 1 and len(r.json()) == 1
    rec = r.json()[0]
    assert rec["kind"] == "cdma1x" and rec["number"] == number and rec["at"].endswith("Z")
    everything = api.get(f"/aaa/account/{number}/accessLog", params={"kind": "cdma1x"}).json()
    assert len(everything) == total
    assert [e["at"] for e in everything] == sorted((e["at"] for e in everything), reverse=True)


def test_bad_input_and_auth(api, stub_server):
    assert api.get("/aaa/account/19900000000").status_code == 404
    r = api.get("/aaa/account/" + "1" * 65)
    assert r.status_code == 400 and r.json()["field"] == "number"
    r = api.get("/aaa/account/19900000000/accessLog")
    assert r.status_code == 404 and r.json()["code"] == "notFound"
    r = api.get("/aaa/account/18900000000", params={"kind": "gprs"})
    assert r.status_code == 400 and r.json()["field"] == "kind"
    r = api.post("/aaa/account/18900000000/syncFromCrm", json={"kind": "lte"})
    assert r.status_code == 400 and r.json()["field"] == "kind"
    number = _seeded_number_with(stub_server, "cdma1x")
    r = api.get(f"/aaa/account/{number}/accessLog", params={"result": "maybe"})
    assert r.status_code == 400 and r.json()["field"] == "result"
    assert httpx.get(f"{stub_server.url}/aaa/account/{number}").status_code == 401
    assert httpx.post(f"{stub_server.url}/aaa/account/{number}/syncFromCrm").status_code == 401


def test_wlan_fault_visible_and_fixed_by_sync(api, admin, scenario):
    s = scenario("wlan_radius_out_of_sync")
    number = s["number"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    acc = _account(api, number, "wlan")
    assert acc["crmState"] == "active" and acc["inSync"] is False
    assert acc["state"] in ("missing", "disabled") and acc["state"] == s["aaa_state"]
    log = api.get(f"/aaa/account/{number}/accessLog", params={"kind": "wlan", "result": "failure"}).json()
    assert log and log[0]["errorCode"] == s["error_code"] and log[0]["meaning"]
    assert acc["lastAccess"]["errorCode"] == s["error_code"]

    key = str(uuid.uuid4())
    r = api.post(
        f"/aaa/account/{number}/syncFromCrm", json={"kind": "wlan"}, headers={"Idempotency-Key": key}
    )
    assert r.status_code == 200 and r.headers["Idempotency-Replayed"] == "false"
    first = r.json()
    assert (first["@type"], first["state"], first["changed"]) == ("ServiceActivation", "completed", True)
    assert [c["kind"] for c in first["changes"]] == ["wlan"]
    assert first["changes"][0]["action"] == ("created" if s["aaa_state"] == "missing" else "enabled")
    assert first["account"]["inSync"] is True
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False
    acc = _account(api, number, "wlan")
    assert (acc["state"], acc["profile"], acc["username"]) == ("active", "WLAN_CHINANET", number)

    again = api.post(
        f"/aaa/account/{number}/syncFromCrm", json={"kind": "wlan"}, headers={"Idempotency-Key": key}
    )
    assert again.headers["Idempotency-Replayed"] == "true" and again.json() == first
    writes = admin.get("/admin/writes", params={"number": number, "system": "aaa"}).json()["writes"]
    assert [(w["operation"], w["idempotency_key"]) for w in writes] == [("syncFromCrm", key)]
    # a new sync finds nothing left to do
    assert api.post(f"/aaa/account/{number}/syncFromCrm").json()["changes"] == []


def test_evdo_fault_fixed_by_full_sync(api, admin, scenario):
    s = scenario("evdo_aaa_out_of_sync")
    number = s["number"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    acc = _account(api, number, "evdo")
    expected = {"missing": ["missing"], "disabled": ["state"], "profile": ["profile"]}[s["aaa_state"]]
    assert acc["inSync"] is False and acc["mismatch"] == expected
    assert _account(api, number, "cdma1x")["inSync"] is True  # only EVDO is broken
    r = api.post(f"/aaa/account/{number}/syncFromCrm")
    assert r.status_code == 200
    assert {c["kind"] for c in r.json()["changes"]} == {"evdo"}
    assert r.json()["account"]["inSync"] is True
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def test_cdma1x_fault_needs_aaa_and_hlr(api, admin, scenario, stub_server):
    s = scenario("cdma1x_aaa_hlr_out_of_sync")
    number = s["number"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    acc = _account(api, number, "cdma1x")
    assert acc["state"] == "disabled" and acc["mismatch"] == ["state"]
    assert acc["lastAccess"]["errorCode"] == "67"
    r = api.post(f"/aaa/account/{number}/syncFromCrm", json={"kind": "cdma1x"})
    assert r.json()["changes"] == [
        {"kind": "cdma1x", "action": "enabled", "from": "disabled", "to": "active"}
    ]
    assert _account(api, number, "cdma1x")["inSync"] is True
    # the HLR data profile still has 1X off, so the fault holds until the HLR side is synced too
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    paths = httpx.get(f"{stub_server.url}/openapi.json").json()["paths"]
    if "/hlr/subscriber/{number}/syncFromCrm" not in paths:
        pytest.skip(
            "HLR syncFromCrm is not served yet (another engineer's module); HLR half of the fix untested"
        )
    assert api.post(f"/hlr/subscriber/{number}/syncFromCrm").status_code == 200
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def test_sync_disables_account_crm_no_longer_allows(api, admin, scenario, stub_server):
    s = scenario("wlan_radius_out_of_sync")
    number = s["number"]
    api.post(f"/aaa/account/{number}/syncFromCrm").raise_for_status()
    # CRM suspends the subscriber (set up directly: CRM's own write routes are another system's)
    stub_server.ctx.db.execute(
        "UPDATE crm_subscriber SET status='suspended_request' WHERE number=?", (number,)
    )
    body = api.get(f"/aaa/account/{number}").json()
    assert body["inSync"] is False
    assert {a["kind"]: a["crmState"] for a in body["accounts"]}["wlan"] == "suspended"
    changes = api.post(f"/aaa/account/{number}/syncFromCrm").json()["changes"]
    assert {(c["kind"], c["action"]) for c in changes} == {(k, "disabled") for k in body["crmWireless"]}
    after = api.get(f"/aaa/account/{number}").json()
    assert after["inSync"] is True and {a["state"] for a in after["accounts"]} == {"disabled"}
