"""Usage (CDR) simulator over real HTTP: the one-month limit, types, paging and fields, busy lines,
determinism, broadband and unknown numbers, and barred lines that stop making calls."""

from __future__ import annotations

import pytest

from backend_stub.systems.usage import USAGE_TYPES, is_busy

OCTOBER = {"from": "2026-10-01", "to": "2026-10-31"}


@pytest.fixture(scope="module")
def db(stub_server):
    """The simulator's own database, used only to choose interesting seeded records to ask about."""
    return stub_server.ctx.db


def _mobiles(db, busy: bool) -> list[str]:
    rows = db.query(
        "SELECT number FROM crm_subscriber WHERE service_type='mobile' AND status='active'"
        " AND activated_at<'2026-09-01' ORDER BY id"
    )
    return [r["number"] for r in rows if is_busy(r["number"]) == busy]


def test_month_of_records_in_time_order_and_deterministic(api, db):
    number = _mobiles(db, busy=False)[0]
    r = api.get("/usage/usage", params={"number": number, **OCTOBER, "limit": 1000})
    assert r.status_code == 200
    items = r.json()
    assert 10 <= len(items) <= 600 and int(r.headers["X-Total-Count"]) == len(items)
    assert [i["usageDate"] for i in items] == sorted(i["usageDate"] for i in items)
    assert all("2026-10-01" <= i["usageDate"] <= "2026-10-31T23:59:59Z" for i in items)
    assert {i["usageType"] for i in items} <= set(USAGE_TYPES) and {"local", "data"} <= {
        i["usageType"] for i in items
    }
    assert api.get("/usage/usage", params={"number": number, **OCTOBER, "limit": 1000}).json() == items
    first = items[0]
    assert first["@type"] == "Usage" and first["number"] == number and first["status"] == "rated"


def test_paging_fields_and_type_filter(api, db):
    number = _mobiles(db, busy=False)[1]
    full = api.get("/usage/usage", params={"number": number, **OCTOBER, "limit": 1000}).json()
    page = api.get(
        "/usage/usage", params={"number": number, **OCTOBER, "offset": 5, "limit": 4, "fields": "amount"}
    )
    assert page.headers["X-Total-Count"] == str(len(full)) and page.headers["X-Result-Count"] == "4"
    assert page.json() == [{"id": i["id"], "@type": "Usage", "amount": i["amount"]} for i in full[5:9]]
    texts = api.get(
        "/usage/usage", params={"number": number, **OCTOBER, "type": "sms,local", "limit": 1000}
    ).json()
    assert texts == [i for i in full if i["usageType"] in ("sms", "local")]
    bad = api.get("/usage/usage", params={"number": number, **OCTOBER, "type": "fax"})
    assert bad.status_code == 400 and bad.json()["field"] == "type"


def test_summary_totals_match_records(api, db):
    number = _mobiles(db, busy=False)[2]
    items = api.get("/usage/usage", params={"number": number, **OCTOBER, "limit": 1000}).json()
    summary = api.get("/usage/summary", params={"number": number, **OCTOBER}).json()
    assert summary["total"]["count"] == len(items)
    assert summary["total"]["amount"] == sum(i["amount"] for i in items)
    for t in summary["byType"]:
        mine = [i for i in items if i["usageType"] == t["usageType"]]
        assert t["count"] == len(mine) and t["volumeKb"] == sum(i["volumeKb"] for i in mine)
    assert (summary["from"], summary["to"]) == ("2026-10-01T00:00:00Z", "2026-10-31T23:59:59Z")


def test_at_most_one_month_per_query(api, db):
    number = _mobiles(db, busy=False)[0]
    long = api.get("/usage/usage", params={"number": number, "from": "2026-09-01", "to": "2026-10-15"})
    assert long.status_code == 400 and long.json()["field"] == "to" and "31 days" in long.json()["message"]
    too_long = api.get(
        "/usage/summary",
        params={"number": number, "from": "2026-10-01T00:00:00Z", "to": "2026-11-01T00:00:01Z"},
    )
    assert too_long.status_code == 400
    bad = api.get("/usage/usage", params={"number": number, "from": "1st of May"})
    assert bad.status_code == 400 and bad.json()["field"] == "from"
    backwards = api.get("/usage/usage", params={"number": number, "from": "2026-10-10", "to": "2026-10-01"})
    assert backwards.status_code == 400 and backwards.json()["field"] == "to"
    for edge in ({"from": "9999-12-31"}, {"to": "0001-01-01"}, {"from": "2026-02-30"}):
        r = api.get("/usage/usage", params={"number": number, **edge})
        assert r.status_code == 400 and r.json()["field"] == next(iter(edge)), edge
    recent = api.get("/usage/usage", params={"number": number, "limit": 1})
    assert recent.status_code == 200, "without a period: the last 30 days"


def test_busy_numbers_have_thousands_a_month(api, db):
    busy = _mobiles(db, busy=True)
    assert busy, "about 8% of numbers are busy"
    r = api.get("/usage/usage", params={"number": busy[0], **OCTOBER, "limit": 10})
    assert int(r.headers["X-Total-Count"]) >= 2000 and len(r.json()) == 10


def test_fixed_line_broadband_and_unknown(api, db):
    fixed = db.scalar(
        "SELECT number FROM crm_subscriber WHERE service_type='fixed' AND status='active'"
        " AND activated_at<'2026-09-01' LIMIT 1"
    )
    kinds = {
        i["usageType"]
        for i in api.get("/usage/usage", params={"number": fixed, **OCTOBER, "limit": 1000}).json()
    }
    assert kinds and kinds <= {"local", "long_distance"}
    broadband = db.scalar("SELECT number FROM crm_subscriber WHERE service_type='broadband' LIMIT 1")
    empty = api.get("/usage/usage", params={"number": broadband, **OCTOBER})
    assert empty.status_code == 200 and empty.json() == [] and empty.headers["X-Total-Count"] == "0"
    unknown = api.get("/usage/usage", params={"number": "18900000000x", **OCTOBER})
    assert unknown.status_code == 404 and unknown.json()["code"] == "notFound"
    assert api.get("/usage/usage", params=OCTOBER).json()["field"] == "number"


def test_barred_line_makes_no_calls_after_suspension(api, scenario):
    s = scenario("arrears_suspended")
    suspended_at = api.get("/billing/suspensionLog", params={"number": s["number"]}).json()[0]["at"]
    start = suspended_at[:10]
    items = api.get(
        "/usage/usage", params={"number": s["number"], "from": "2026-10-01", "to": start, "limit": 1000}
    ).json()
    assert items and all(i["usageDate"] <= suspended_at for i in items)
    after = api.get("/usage/usage", params={"number": s["number"], "from": "2026-11-01", "to": "2026-11-25"})
    assert after.json() == []
