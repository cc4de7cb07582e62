"""CRM simulator over real HTTP: customer look-ups, subscribers, products and offers, add-ons, VPN,
VAS records, orders with their steps, marketing hints, and the order_stuck fault with its fix."""

from __future__ import annotations

import httpx
import pytest

from backend_stub import catalog


@pytest.fixture(scope="module")
def db(stub_server):
    """The simulator's own database, used only to choose interesting seeded records to ask about."""
    return stub_server.ctx.db


@pytest.fixture(scope="module")
def first_customer(stub_server, agent_token) -> dict:
    r = httpx.get(
        f"{stub_server.url}/crm/customer",
        params={"limit": 1},
        headers={"Authorization": f"Bearer {agent_token}"},
    )
    return r.json()[0]


def test_find_customer_by_every_key(api, first_customer):
    cid = first_customer["id"]
    subs = api.get(f"/crm/customer/{cid}/subscriber").json()
    account = first_customer["account"][0]
    for params in (
        {"number": subs[-1]["number"]},
        {"contractNo": account["contractNo"]},
        {"accountId": account["id"]},
        {"idCard": first_customer["idCard"]},
        {"name": first_customer["name"]},
    ):
        r = api.get("/crm/customer", params=params)
        assert r.status_code == 200, r.text
        assert cid in [c["id"] for c in r.json()], params
    prefix = api.get("/crm/customer", params={"name": first_customer["name"][0], "nameMatch": "prefix"})
    assert cid in [c["id"] for c in prefix.json()]
    assert all(c["name"].startswith(first_customer["name"][0]) for c in prefix.json())
    assert int(prefix.headers["X-Total-Count"]) >= len(prefix.json())
    none = api.get("/crm/customer", params={"number": "19900000000x"})
    assert none.status_code == 200 and none.json() == [] and none.headers["X-Total-Count"] == "0"


def test_customer_core_data(api, first_customer):
    c = api.get(f"/crm/customer/{first_customer['id']}").json()
    assert c["@type"] == "Customer" and c["href"] == f"/crm/customer/{c['id']}"
    assert c["level"] in catalog.LEVELS and c["creditClass"] in catalog.CREDIT_CLASSES
    assert len(c["idCard"]) == 18 and c["address"].startswith("广东省")
    assert c["contactMedium"][0]["characteristic"]["phoneNumber"]
    assert c["manager"]["name"] and c["manager"]["phone"]
    assert c["account"][0]["contractNo"].startswith("HT")


def test_paging_and_fields(api):
    full = api.get("/crm/customer", params={"limit": 6})
    total = int(full.headers["X-Total-Count"])
    assert total >= 300 and len(full.json()) == 6
    page = api.get("/crm/customer", params={"offset": 3, "limit": 3, "fields": "name,level"})
    assert page.headers["X-Result-Count"] == "3"
    assert [c["id"] for c in page.json()] == [c["id"] for c in full.json()[3:]]
    assert set(page.json()[0]) == {"id", "href", "@type", "name", "level"}
    assert api.get("/crm/customer", params={"limit": 0}).json()["field"] == "limit"
    assert api.get("/crm/customer", params={"nameMatch": "fuzzy"}).json()["field"] == "nameMatch"


def test_subscribers_with_status_and_wireless(api, db):
    row = db.one("SELECT * FROM crm_subscriber WHERE wireless_json LIKE '%evdo%' ORDER BY id LIMIT 1")
    subs = api.get(f"/crm/customer/{row['customer_id']}/subscriber").json()
    mine = next(s for s in subs if s["id"] == row["id"])
    assert mine["status"] == "active" and "evdo" in mine["wirelessServices"]
    assert mine["serviceType"] == row["service_type"] and mine["product"]["name"]
    by_number = api.get(f"/crm/subscriber/byNumber/{row['number']}").json()
    assert by_number == mine == api.get(f"/crm/subscriber/{row['id']}").json()
    listed = api.get("/crm/subscriber", params={"number": row["number"]})
    assert listed.headers["X-Total-Count"] == "1" and listed.json()[0]["id"] == row["id"]


def test_bundle_and_base_products_with_offers(api, db):
    bundle = db.one(
        "SELECT p.* FROM crm_product p WHERE p.kind='bundle' AND EXISTS (SELECT 1 FROM crm_subscriber s"
        " WHERE s.customer_id=p.customer_id AND s.service_type='broadband') LIMIT 1"
    )
    products = api.get(f"/crm/customer/{bundle['customer_id']}/product").json()
    mine = next(p for p in products if p["id"] == bundle["id"])
    assert mine["isBundle"] and mine["monthlyFee"] == bundle["monthly_fee"] and mine["offer"]
    assert mine["validFor"]["startDateTime"]
    members = [p for p in products if not p["isBundle"] and p["status"] != "terminated"]
    assert members, "a bundle customer has base products under the bundle"
    covered = [
        o for p in members for o in p["offer"] if o["attributes"].get("bundleProductId") == bundle["id"]
    ]
    assert covered and covered[0]["discountType"] == "percent" and covered[0]["discountValue"] == "100"
    sub_products = api.get(f"/crm/subscriber/{bundle['subscriber_id']}/product").json()
    assert bundle["id"] in [p["id"] for p in sub_products]
    assert api.get(mine["href"]).json() == mine
    assert api.get("/crm/product/PR0").status_code == 404


def test_addons_vpn_and_vas(api, db):
    addon = db.one("SELECT * FROM crm_addon WHERE code='data_pack_5g' LIMIT 1")
    items = api.get(f"/crm/subscriber/{addon['subscriber_id']}/addon").json()
    pack = next(a for a in items if a["code"] == "data_pack_5g")
    assert pack["status"] == "active" and pack["attributes"]["quotaMb"] == 5120
    assert pack["monthlyFee"] == catalog.ADDONS["data_pack_5g"][1]
    member = db.one("SELECT * FROM crm_vpn_member LIMIT 1")
    vpn = api.get(f"/crm/subscriber/{member['subscriber_id']}/vpn").json()
    assert (
        vpn["member"]
        and vpn["groupId"] == member["group_id"]
        and vpn["shortNumber"] == member["short_number"]
    )
    outsider = db.one(
        "SELECT id FROM crm_subscriber WHERE id NOT IN (SELECT subscriber_id FROM crm_vpn_member)"
    )
    assert api.get(f"/crm/subscriber/{outsider['id']}/vpn").json() == {
        "subscriberId": outsider["id"],
        "member": False,
    }
    vas = db.one("SELECT * FROM crm_vas LIMIT 1")
    if vas is None:
        pytest.skip("no VAS records in CRM (ISMP provisioning writes them)")
    records = api.get(f"/crm/subscriber/{vas['subscriber_id']}/vas").json()
    assert vas["product_name"] in [v["productName"] for v in records]


def test_orders_with_steps_fees_and_hints(api, first_customer):
    orders = api.get(f"/crm/customer/{first_customer['id']}/productOrder").json()
    assert 1 <= len(orders) <= 3
    first = min(orders, key=lambda o: o["orderDate"])
    assert first["orderType"] == "new_install" and first["state"] == "completed"
    assert first["acceptance"]["acceptedBy"] and first["contact"]["phone"]
    assert [s["name"] for s in first["steps"]] == catalog.ORDER_TYPES["new_install"][1]
    assert all(s["state"] == "done" and not s["abnormal"] and s["unit"] for s in first["steps"])
    assert first["stuckStep"] is None and isinstance(first["fees"], list)
    assert api.get(f"/crm/productOrder/{first['id']}").json() == first
    hints = api.get(f"/crm/customer/{first_customer['id']}/marketingHint").json()
    assert hints and [h["score"] for h in hints] == sorted((h["score"] for h in hints), reverse=True)
    account = api.get(f"/crm/account/{first_customer['account'][0]['id']}").json()
    assert account["contractNo"] == first_customer["account"][0]["contractNo"] and account["numbers"]


def test_order_stuck_visible_and_cleared_by_back_office(api, admin, scenario, stub_server):
    s = scenario("order_stuck")
    held = api.get(f"/crm/customer/{s['customer_id']}/productOrder", params={"state": "held"}).json()
    assert len(held) == 1 and held[0]["id"] == s["order_id"]
    stuck = held[0]["stuckStep"]
    assert (
        stuck["name"] == s["stuck_step"]
        and stuck["unit"] == s["unit"]
        and stuck["abnormal"]
        and stuck["note"]
    )
    assert [st["state"] for st in held[0]["steps"]].count("stuck") == 1
    assert admin.get(f"/admin/scenarios/{s['number']}").json()["present"] is True
    url = f"/admin/crm/order/{s['order_id']}/complete"
    assert httpx.post(stub_server.url + url).status_code == 401
    done = admin.post(url)
    assert (
        done.status_code == 200 and done.json()["state"] == "completed" and done.json()["stuckStep"] is None
    )
    assert admin.get(f"/admin/scenarios/{s['number']}").json()["present"] is False
    assert admin.post(url).status_code == 400


def test_not_found_and_auth(api, stub_server):
    assert api.get("/crm/customer/C99999999").status_code == 404
    assert api.get("/crm/subscriber/S99999999/addon").status_code == 404
    assert api.get("/crm/subscriber/byNumber/18900000000x").json()["code"] == "notFound"
    assert api.get("/crm/productOrder/OR0").status_code == 404
    assert api.get("/crm/account/A99999999").status_code == 404
    assert httpx.get(f"{stub_server.url}/crm/customer").status_code == 401
    assert api.get("/crm/customer", params={"name": "x" * 65}).json()["field"] == "name"
