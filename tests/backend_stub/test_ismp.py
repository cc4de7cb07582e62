"""ISMP/VAS over real HTTP: catalogue, subscriptions next to CRM, subscribe/unsubscribe/sync, and its faults."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx

from backend_stub import catalog
from backend_stub.db import parse_iso


def _seeded_number_with_vas(stub_server) -> str:
    """A seeded mobile with an active VAS subscription (test data choice only)."""
    number = stub_server.ctx.db.scalar(
        "SELECT number FROM ismp_subscription WHERE state='active'"
        " AND number NOT IN (SELECT number FROM stub_scenario) ORDER BY id LIMIT 1"
    )
    assert number
    return number


def _fresh_mobile(scenario) -> str:
    """A fresh mobile of our own, so our writes disturb no other test."""
    return scenario("vas_unsubscribed_still_billed")["number"]


def _products(api: httpx.Client, number: str, **params) -> list[dict]:
    r = api.get(f"/ismp/subscriber/{number}/product", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _unheld_product(api: httpx.Client, number: str) -> str:
    """A VAS product the number does not hold: a fresh mobile is seeded with some at random."""
    held = {i["productCode"] for i in _products(api, number) if "active" in (i["ismpState"], i["crmState"])}
    return next(p[2] for p in catalog.VAS_PRODUCTS if p[2] not in held)


def test_catalogue(api):
    r = api.get("/ismp/productOffering")
    assert r.status_code == 200 and int(r.headers["X-Total-Count"]) == len(catalog.VAS_PRODUCTS)
    offers = {o["id"]: o for o in r.json()}
    assert offers["IM001"] == {
        "id": "IM001",
        "href": "/ismp/productOffering/IM001",
        "@type": "ProductOffering",
        "name": "爱音乐彩铃包月",
        "spCode": "SP1001",
        "spName": "爱音乐",
        "monthlyFee": 500,
        "lifecycleStatus": "Launched",
    }
    page = api.get("/ismp/productOffering", params={"offset": 2, "limit": 3, "fields": "name"}).json()
    assert [o["id"] for o in page] == [p[2] for p in catalog.VAS_PRODUCTS[2:5]]
    assert set(page[0]) == {"id", "href", "@type", "name"}
    assert api.get("/ismp/productOffering/GM001").json()["spName"] == "游戏频道"
    assert api.get("/ismp/productOffering/XX999").status_code == 404


def test_seeded_subscriptions_agree_with_crm(api, stub_server):
    number = _seeded_number_with_vas(stub_server)
    items = _products(api, number)
    assert items and all(i["inSync"] and i["ismpState"] == i["crmState"] for i in items)
    active = [i for i in items if i["ismpState"] == "active"]
    assert active and active == _products(api, number, state="active")
    one = active[0]
    assert one["@type"] == "Product" and one["channel"] in catalog.CHANNELS
    assert (one["spCode"], one["spName"], one["productCode"], one["name"], one["monthlyFee"]) in [
        (p[0], p[1], p[2], p[3], p[4]) for p in catalog.VAS_PRODUCTS
    ]
    assert api.get(one["href"]).json() == one


def test_bad_input_and_auth(api, stub_server):
    assert api.get("/ismp/subscriber/19900000000/product").status_code == 404
    number = _seeded_number_with_vas(stub_server)
    r = api.get(f"/ismp/subscriber/{number}/product", params={"state": "gone"})
    assert r.status_code == 400 and r.json()["field"] == "state"
    r = api.post(f"/ismp/subscriber/{number}/subscribe", json={"productCode": "IM001", "channel": "街头"})
    assert r.status_code == 400 and r.json()["field"] == "channel"
    r = api.post(f"/ismp/subscriber/{number}/subscribe", json={})
    assert r.status_code == 400 and r.json()["field"] == "productCode"
    r = api.post(f"/ismp/subscriber/{number}/unsubscribe", json={})
    assert r.status_code == 400 and r.json()["field"] == "subscriptionId"
    assert api.get(f"/ismp/subscriber/{number}/product/VSNOPE").status_code == 404
    assert httpx.get(f"{stub_server.url}/ismp/productOffering").status_code == 401


def test_subscribe_unsubscribe_both_records_and_idempotent(api, admin, scenario):
    number = _fresh_mobile(scenario)
    code = _unheld_product(api, number)
    assert (
        api.post(f"/ismp/subscriber/{number}/subscribe", json={"productCode": "XX1"}).json()["field"]
        == "productCode"
    )

    key = str(uuid.uuid4())
    r = api.post(
        f"/ismp/subscriber/{number}/subscribe",
        json={"productCode": code, "channel": "网上营业厅"},
        headers={"Idempotency-Key": key},
    )
    assert r.status_code == 201 and r.headers["Idempotency-Replayed"] == "false"
    made = r.json()
    assert (made["ismpState"], made["crmState"], made["channel"], made["productCode"]) == (
        "active",
        "active",
        "网上营业厅",
        code,
    )
    again = api.post(
        f"/ismp/subscriber/{number}/subscribe",
        json={"productCode": code, "channel": "网上营业厅"},
        headers={"Idempotency-Key": key},
    )
    assert (
        again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true" and again.json() == made
    )
    assert [i["id"] for i in _products(api, number) if i["productCode"] == code] == [made["id"]]
    dup = api.post(f"/ismp/subscriber/{number}/subscribe", json={"productCode": code})
    assert dup.status_code == 409 and dup.json()["code"] == "alreadySubscribed"

    r = api.post(f"/ismp/subscriber/{number}/unsubscribe", json={"productCode": code})
    assert r.status_code == 200
    ended = r.json()
    assert (ended["id"], ended["ismpState"], ended["crmState"]) == (
        made["id"],
        "unsubscribed",
        "unsubscribed",
    )
    assert ended["terminationDate"] and ended["crmTerminationDate"]
    assert (
        api.post(f"/ismp/subscriber/{number}/unsubscribe", json={"subscriptionId": made["id"]}).status_code
        == 409
    )
    ops = [
        w["operation"]
        for w in admin.get("/admin/writes", params={"number": number, "system": "ismp"}).json()["writes"]
    ]
    assert ops == ["subscribe", "unsubscribe"]


def test_subscribe_refused_for_broadband(api, stub_server):
    account = stub_server.ctx.db.scalar(
        "SELECT number FROM crm_subscriber WHERE service_type='broadband' LIMIT 1"
    )
    r = api.post(f"/ismp/subscriber/{account}/subscribe", json={"productCode": "IM001"})
    assert r.status_code == 409 and r.json()["code"] == "invalidState" and r.json()["field"] == "number"


def test_unsubscribed_still_billed_fixed_by_sync(api, admin, scenario, stub_server):
    s = scenario("vas_unsubscribed_still_billed")
    number, sid = s["number"], s["subscription_id"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    item = next(i for i in _products(api, number) if i["id"] == sid)
    assert (item["ismpState"], item["crmState"], item["inSync"]) == ("active", "unsubscribed", False)
    assert item["crmTerminationDate"] == s["crm_unsubscribed_at"] and item["terminationDate"] is None
    # billed in the latest billed month although CRM ended it before that month began
    assert s["crm_unsubscribed_at"] < f"{s['billed_month']}-01"
    charged = stub_server.ctx.db.scalar(
        "SELECT SUM(amount) FROM billing_charge WHERE number=? AND month=? AND item_type='vas' AND description LIKE ?",
        (number, s["billed_month"], f"%{s['product_name']}%"),
    )
    assert charged == s["amount"] > 0

    key = str(uuid.uuid4())
    r = api.post(f"/ismp/subscriber/{number}/syncFromCrm", headers={"Idempotency-Key": key})
    assert r.status_code == 200
    assert r.json()["changes"] == [
        {
            "id": sid,
            "productCode": s["product_code"],
            "action": "unsubscribed",
            "from": "active",
            "to": "unsubscribed",
        }
    ]
    assert all(i["inSync"] for i in r.json()["products"])
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False
    replay = api.post(f"/ismp/subscriber/{number}/syncFromCrm", headers={"Idempotency-Key": key})
    assert replay.headers["Idempotency-Replayed"] == "true" and replay.json() == r.json()
    assert api.post(f"/ismp/subscriber/{number}/syncFromCrm").json()["changes"] == []


def test_unsubscribed_still_billed_fixed_by_unsubscribe(api, admin, scenario):
    s = scenario("vas_unsubscribed_still_billed")
    number = s["number"]
    r = api.post(f"/ismp/subscriber/{number}/unsubscribe", json={"productCode": s["product_code"]})
    assert r.status_code == 200 and r.json()["ismpState"] == "unsubscribed"
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def test_sync_reactivates_what_crm_still_has(api, scenario, stub_server):
    number = _fresh_mobile(scenario)
    code = _unheld_product(api, number)
    r = api.post(f"/ismp/subscriber/{number}/subscribe", json={"productCode": code})
    assert r.status_code in (200, 201), r.text
    made = r.json()
    # ISMP loses the subscription (set up directly), CRM still has it active
    stub_server.ctx.db.execute("DELETE FROM ismp_subscription WHERE id=?", (made["id"],))
    item = api.get(made["href"]).json()
    assert (item["ismpState"], item["crmState"]) == ("none", "active")
    changes = api.post(f"/ismp/subscriber/{number}/syncFromCrm").json()["changes"]
    assert {
        "id": made["id"],
        "productCode": code,
        "action": "activated",
        "from": "none",
        "to": "active",
    } in changes
    assert api.get(made["href"]).json()["ismpState"] == "active"


def test_unknown_subscription_visible_and_cleared_by_unsubscribe(api, admin, scenario, stub_server):
    s = scenario("vas_unknown_subscription")
    number, sid = s["number"], s["subscription_id"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    item = api.get(f"/ismp/subscriber/{number}/product/{sid}").json()
    assert (item["ismpState"], item["crmState"], item["channel"]) == ("active", "active", "短信")
    assert item["spName"] == s["sp_name"] and item["orderDate"] == s["ordered_at"]
    months = stub_server.ctx.db.query(
        "SELECT DISTINCT month FROM billing_charge WHERE number=? AND item_type='vas' AND description LIKE ?",
        (number, f"%{s['product_name']}%"),
    )
    assert {m["month"] for m in months} == set(s["billed_months"]) and len(s["billed_months"]) == 2
    assert s["ordered_at"] < min(s["billed_months"])
    # a sync changes nothing: ISMP and CRM agree, the customer simply never asked for it
    assert api.post(f"/ismp/subscriber/{number}/syncFromCrm").json()["changes"] == []
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    r = api.post(f"/ismp/subscriber/{number}/unsubscribe", json={"subscriptionId": sid})
    assert r.status_code == 200 and (r.json()["ismpState"], r.json()["crmState"]) == (
        "unsubscribed",
        "unsubscribed",
    )
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def test_unknown_subscription_is_ordered_months_after_the_line_was_taken(scenario, stub_server):
    """The order must not pass for one taken with the line itself (a young line made the desk's check say
    'the customer's own' and the run end without a dispatch)."""
    for _ in range(60):  # lines are 20 days to 8 years old: about one in twenty is young
        s = scenario("vas_unknown_subscription")
        activated = stub_server.ctx.db.scalar(
            "SELECT activated_at FROM crm_subscriber WHERE number=?", (s["number"],)
        )
        assert parse_iso(s["ordered_at"]) - parse_iso(activated) > timedelta(days=30), (activated, s)
        assert len(s["billed_months"]) == 2
