"""HLR over real HTTP: look-ups, the writes the front line may run, idempotency, and the faults it owns."""

from __future__ import annotations

import json

import httpx
import pytest


def _present(admin: httpx.Client, number: str) -> bool:
    r = admin.get(f"/admin/scenarios/{number}")
    assert r.status_code == 200, r.text
    return r.json()["present"]


def _writes(admin: httpx.Client, number: str) -> list[dict]:
    return [
        w
        for w in admin.get("/admin/writes", params={"number": number}).json()["writes"]
        if w["system"] == "hlr"
    ]


def _seeded(stub_server, sql: str) -> dict:
    """A seeded subscriber picked by SQL (the stub runs in this process); only to choose a test subject."""
    row = stub_server.ctx.db.one(sql)
    assert row, sql
    return row


def test_lookup_of_a_mobile_number(api, scenario):
    s = scenario("addon_not_in_hlr")
    r = api.get(f"/hlr/subscriber/{s['number']}")
    assert r.status_code == 200
    sub = r.json()
    assert sub["@type"] == "HlrSubscriber" and sub["href"] == f"/hlr/subscriber/{s['number']}"
    assert sub["subscriberId"] == s["subscriber_id"] and sub["serviceType"] == "mobile"
    assert len(sub["imsi"]) == 15 and sub["imsi"].startswith("46003")
    assert sub["state"] == "active"
    assert set(sub["dataProfile"]) == {"cdma1x", "evdo"}
    assert all(isinstance(p["enabled"], bool) for p in sub["dataProfile"].values())
    services = api.get(f"/hlr/subscriber/{s['number']}/service")
    assert services.headers["X-Total-Count"] == str(len(services.json()))
    assert [x["code"] for x in services.json()] == [x["code"] for x in sub["services"]]
    profile = api.get(f"/hlr/subscriber/{s['number']}/dataProfile").json()
    assert profile["dataProfile"] == sub["dataProfile"]


def test_fixed_line_has_no_imsi_and_no_data_profile(api, stub_server):
    row = _seeded(stub_server, "SELECT number FROM crm_subscriber WHERE service_type='fixed' LIMIT 1")
    sub = api.get(f"/hlr/subscriber/{row['number']}").json()
    assert sub["serviceType"] == "fixed" and sub["imsi"] is None and sub["dataProfile"] == {}


def test_unknown_number_auth_and_broadband(api, stub_server):
    assert api.get("/hlr/subscriber/18900000000x").status_code == 404
    assert httpx.get(f"{stub_server.url}/hlr/subscriber/18900000000").status_code == 401
    bb = _seeded(stub_server, "SELECT number FROM crm_subscriber WHERE service_type='broadband' LIMIT 1")
    assert api.get(f"/hlr/subscriber/{bb['number']}").status_code == 404
    r = api.post(f"/hlr/subscriber/{bb['number']}/syncFromCrm")
    assert r.status_code == 409 and r.json()["field"] == "number"


def test_bad_input_names_the_field(api, scenario):
    n = scenario("abnormal_suspension")["number"]
    r = api.post(f"/hlr/subscriber/{n}/state", json={"state": "switched_off"})
    assert r.status_code == 400 and r.json()["field"] == "state"
    r = api.post(f"/hlr/subscriber/{n}/state", json={"state": "active", "reason": "x" * 201})
    assert r.status_code == 400 and r.json()["field"] == "reason"
    r = api.post(f"/hlr/subscriber/{n}/service/teleport/activate")
    assert r.status_code == 400 and r.json()["field"] == "code"


def test_paid_still_barred_fixed_by_set_state_once_per_key(api, admin, scenario):
    s = scenario("paid_still_barred")
    n = s["number"]
    assert _present(admin, n)
    sub = api.get(f"/hlr/subscriber/{n}").json()
    assert sub["state"] == "barred_arrears" and sub["stateReason"] == "arrears"
    body = {"state": "active", "reason": "paid; restored by the front line"}
    first = api.post(f"/hlr/subscriber/{n}/state", json=body, headers={"Idempotency-Key": "k-paid-1"})
    assert first.status_code == 200 and first.headers["Idempotency-Replayed"] == "false"
    assert first.json()["changes"] == [{"field": "state", "from": "barred_arrears", "to": "active"}]
    assert first.json()["subscriber"]["state"] == "active"
    again = api.post(f"/hlr/subscriber/{n}/state", json=body, headers={"Idempotency-Key": "k-paid-1"})
    assert again.headers["Idempotency-Replayed"] == "true" and again.json() == first.json()
    writes = _writes(admin, n)
    assert [(w["operation"], w["idempotency_key"]) for w in writes] == [("setState", "k-paid-1")]
    assert not _present(admin, n)


def test_abnormal_suspension_fixed_by_sync_and_second_sync_changes_nothing(api, admin, scenario):
    n = scenario("abnormal_suspension")["number"]
    sub = api.get(f"/hlr/subscriber/{n}").json()
    assert sub["state"] == "barred_other" and sub["stateReason"] is None
    assert _present(admin, n)
    r = api.post(f"/hlr/subscriber/{n}/syncFromCrm").json()
    assert r["@type"] == "ServiceActivation" and r["state"] == "completed"
    assert {"field": "state", "from": "barred_other", "to": "active"} in r["changes"]
    assert not _present(admin, n)
    before = api.get(f"/hlr/subscriber/{n}").json()
    again = api.post(f"/hlr/subscriber/{n}/syncFromCrm").json()
    assert again["changed"] is False and again["changes"] == []
    assert api.get(f"/hlr/subscriber/{n}").json() == before


def test_addon_not_in_hlr_fixed_by_activation(api, admin, scenario):
    s = scenario("addon_not_in_hlr")
    n, code = s["number"], s["addon"]
    active = {x["code"] for x in api.get(f"/hlr/subscriber/{n}").json()["services"] if x["active"]}
    assert code not in active and _present(admin, n)
    r = api.post(f"/hlr/subscriber/{n}/service/{code}/activate", headers={"Idempotency-Key": "k-addon"})
    assert r.status_code == 200 and r.json()["changes"][0]["to"] is True
    api.post(f"/hlr/subscriber/{n}/service/{code}/activate", headers={"Idempotency-Key": "k-addon"})
    assert len(_writes(admin, n)) == 1
    assert not _present(admin, n)
    # deactivating breaks it again (CRM still sells it), and a sync from CRM repairs it
    off = api.post(f"/hlr/subscriber/{n}/service/{code}/deactivate").json()
    assert off["changes"] == [{"field": f"service.{code}", "from": True, "to": False}]
    assert _present(admin, n)
    sync = api.post(f"/hlr/subscriber/{n}/syncFromCrm").json()
    assert {"field": f"service.{code}", "from": False, "to": True} in sync["changes"]
    assert not _present(admin, n)


def test_vpn_member_missing_fixed_by_vpn_sync(api, admin, scenario):
    s = scenario("vpn_member_missing")
    n = s["number"]
    assert api.get(f"/hlr/subscriber/{n}/vpn").json() == {"number": n, "member": False, "vpn": None}
    assert _present(admin, n)
    r = api.post(f"/hlr/subscriber/{n}/vpn/sync").json()
    want = {"groupId": s["vpn_group_id"], "shortNumber": s["short_number"]}
    assert r["changes"] == [{"field": "vpn", "from": None, "to": want}]
    assert r["subscriber"]["vpn"]["groupId"] == s["vpn_group_id"]
    assert r["subscriber"]["vpn"]["shortNumber"] == s["short_number"]
    assert not _present(admin, n)
    assert api.post(f"/hlr/subscriber/{n}/vpn/sync").json()["changes"] == []


@pytest.mark.parametrize("fault", ["paid_still_barred", "addon_not_in_hlr", "vpn_member_missing"])
def test_sync_from_crm_clears_every_hlr_fault(api, admin, scenario, fault):
    n = scenario(fault)["number"]
    assert _present(admin, n)
    assert api.post(f"/hlr/subscriber/{n}/syncFromCrm").json()["changed"] is True
    assert not _present(admin, n)


def test_sync_from_crm_restores_the_cdma1x_profile(api, stub_server):
    """The AAA module's fault switches cdma1x off in the HLR profile; CRM's wireless list puts it back."""
    db = stub_server.ctx.db
    row = _seeded(
        stub_server,
        "SELECT s.number FROM crm_subscriber s JOIN hlr_subscriber h ON h.number=s.number"
        " WHERE s.service_type='mobile' AND s.status='active' AND s.wireless_json LIKE '%cdma1x%'"
        " AND h.state='active' LIMIT 1",
    )
    n = row["number"]
    db.execute(
        "UPDATE hlr_subscriber SET data_profile_json=json_set(data_profile_json, '$.cdma1x.enabled', json('false'))"
        " WHERE number=?",
        (n,),
    )
    assert api.get(f"/hlr/subscriber/{n}/dataProfile").json()["dataProfile"]["cdma1x"]["enabled"] is False
    r = api.post(f"/hlr/subscriber/{n}/syncFromCrm").json()
    assert {"field": "dataProfile.cdma1x.enabled", "from": False, "to": True} in r["changes"]
    profile = json.loads(db.scalar("SELECT data_profile_json FROM hlr_subscriber WHERE number=?", (n,)))
    assert profile["cdma1x"]["enabled"] is True and profile["cdma1x"]["apn"] == "ctnet"
