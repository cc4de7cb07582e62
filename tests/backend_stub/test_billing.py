"""Billing (HB) simulator over real HTTP: status, account summary, bills, charges, balance books and
movements, credit limit, arrears, top-ups, dunning, suspension log; payment with resume after payment
and idempotent replay; syncFromCrm; the billing faults and their fixes."""

from __future__ import annotations

import uuid

import httpx
import pytest

from backend_stub.systems.billing_seed import CREDIT_LIMITS, MONTHS


@pytest.fixture(scope="module")
def db(stub_server):
    """The simulator's own database, used only to choose interesting seeded records to ask about."""
    return stub_server.ctx.db


@pytest.fixture(scope="module")
def account(db) -> dict:
    """A seeded account with a mobile number billed for all six months and more than one subscriber."""
    return db.one(
        "SELECT a.id, a.contract_no, s.number FROM crm_account a JOIN crm_subscriber s ON s.account_id=a.id"
        " WHERE s.service_type='mobile' AND s.activated_at<'2026-05-01' AND"
        " (SELECT COUNT(*) FROM crm_subscriber t WHERE t.account_id=a.id)>1 ORDER BY a.id LIMIT 1"
    )


def test_status_summary_and_credit_limit(api, account, db):
    st = api.get(f"/billing/subscriber/{account['number']}").json()
    assert st["status"] == "active" and st["accountId"] == account["id"] and st["arrears"] == 0
    by_number = api.get("/billing/accountSummary", params={"number": account["number"]}).json()
    by_contract = api.get("/billing/accountSummary", params={"contractNo": account["contract_no"]}).json()
    assert by_number == by_contract
    assert (
        by_number["arrears"] == 0
        and by_number["unpaidBills"] == 0
        and by_number["lastBill"]["month"] == MONTHS[-1]
    )
    assert by_number["availableCredit"] == by_number["balance"] + by_number["creditLimit"]
    assert account["number"] in [s["number"] for s in by_number["subscribers"]]
    credit = api.get("/billing/creditLimit", params={"contractNo": account["contract_no"]}).json()
    assert credit["creditLimit"] == CREDIT_LIMITS[credit["creditClass"]] and credit["overLimit"] is False
    cls = db.scalar(
        "SELECT c.credit_class FROM crm_customer c JOIN crm_account a ON a.customer_id=c.id WHERE a.id=?",
        (account["id"],),
    )
    assert credit["creditClass"] == cls


def test_scope_validation(api):
    assert api.get("/billing/accountSummary").json()["field"] == "number"
    both = api.get("/billing/accountSummary", params={"number": "1", "contractNo": "HT1"})
    assert both.status_code == 400 and both.json()["field"] == "number"
    assert api.get("/billing/accountSummary", params={"number": "18900000000x"}).status_code == 404
    assert api.get("/billing/arrears", params={"contractNo": "HT0"}).status_code == 404
    assert api.get("/billing/subscriber/nobody").status_code == 404
    assert api.get("/billing/customerBill/BL0").status_code == 404


def test_bills_by_month_with_lines_and_totals(api, account):
    bills = api.get("/billing/customerBill", params={"contractNo": account["contract_no"]})
    assert [b["month"] for b in bills.json()] == sorted(MONTHS, reverse=True)
    assert bills.headers["X-Total-Count"] == "6"
    assert all(b["state"] == "settled" and b["remainingAmount"] == 0 for b in bills.json())
    one = api.get("/billing/customerBill", params={"number": account["number"], "month": "2026-08"}).json()
    assert len(one) == 1 and one[0]["billingPeriod"]["startDateTime"] == "2026-08-01T00:00:00Z"
    detail = api.get(f"/billing/customerBill/{one[0]['id']}").json()
    lines = detail["appliedCustomerBillingRate"]
    assert sum(c["amount"] for c in lines) == detail["amountDue"]
    assert sum(t["amount"] for t in detail["totalsByItemType"]) == detail["amountDue"]
    per_number: dict[str, int] = {}
    for c in lines:
        per_number[c["number"]] = per_number.get(c["number"], 0) + 1
    assert all(4 <= n <= 7 for n in per_number.values()), per_number
    assert (
        api.get("/billing/customerBill", params={"number": account["number"], "month": "2026-13"}).json()[
            "field"
        ]
        == "month"
    )


def test_charges_filtered_in_any_combination(api, account):
    scope = {"contractNo": account["contract_no"]}
    every = api.get("/billing/appliedCustomerBillingRate", params={**scope, "limit": 1000}).json()
    assert {c["itemType"] for c in every} >= {"monthly_fee"}
    fees = api.get(
        "/billing/appliedCustomerBillingRate", params={**scope, "itemType": "monthly_fee", "limit": 1000}
    )
    assert fees.json() and all(c["itemType"] == "monthly_fee" for c in fees.json())
    two = api.get(
        "/billing/appliedCustomerBillingRate",
        params={
            **scope,
            "itemType": "monthly_fee,data",
            "chargeType": "recurring",
            "month": "2026-09",
            "limit": 1000,
        },
    ).json()
    assert two and all(
        c["itemType"] in ("monthly_fee", "data")
        and c["chargeType"] == "recurring"
        and c["month"] == "2026-09"
        for c in two
    )
    mine = api.get(
        "/billing/appliedCustomerBillingRate", params={"number": account["number"], "limit": 1000}
    ).json()
    assert mine and all(c["number"] == account["number"] for c in mine) and len(mine) < len(every)
    summary = api.get("/billing/chargeSummary", params={**scope, "month": "2026-09"}).json()
    september = [c for c in every if c["month"] == "2026-09"]
    assert summary["total"] == sum(c["amount"] for c in september) and summary["count"] == len(september)
    fee_total = next(t for t in summary["byItemType"] if t["itemType"] == "monthly_fee")["amount"]
    assert fee_total == sum(c["amount"] for c in september if c["itemType"] == "monthly_fee")
    bad = api.get("/billing/appliedCustomerBillingRate", params={**scope, "itemType": "data,nonsense"})
    assert bad.status_code == 400 and bad.json()["field"] == "itemType"
    assert (
        api.get("/billing/chargeSummary", params={**scope, "chargeType": "x"}).json()["field"] == "chargeType"
    )


def test_balance_books_and_movements_add_up(api, account):
    scope = {"contractNo": account["contract_no"]}
    books = api.get("/billing/balanceBook", params=scope).json()
    assert any(b["bookType"] == "cash" and b["shared"] for b in books)
    moves = api.get("/billing/balanceMovement", params={**scope, "limit": 1000}).json()
    assert moves and {m["direction"] for m in moves} <= {"income", "expense"}
    for book in books:
        running = 0
        for m in sorted(
            (m for m in moves if m["bookId"] == book["id"]), key=lambda m: (m["at"], int(m["id"]))
        ):
            running += m["amount"] if m["direction"] == "income" else -m["amount"]
            assert m["balanceAfter"] == running
        assert running == book["balance"]
    period = api.get(
        "/billing/balanceMovement",
        params={**scope, "from": "2026-09-01", "to": "2026-09-30", "direction": "expense"},
    ).json()
    assert all("2026-09-01" <= m["at"] < "2026-10-01" and m["direction"] == "expense" for m in period)
    topups = api.get("/billing/topup", params={**scope, "from": "2026-05-01", "to": "2026-10-31"}).json()
    assert topups and all(t["amount"] > 0 for t in topups)
    bad = api.get("/billing/balanceMovement", params={**scope, "from": "yesterday"})
    assert bad.status_code == 400 and bad.json()["field"] == "from"
    backwards = api.get("/billing/topup", params={**scope, "from": "2026-10-01", "to": "2026-09-01"})
    assert backwards.status_code == 400 and backwards.json()["field"] == "to"


def test_seeded_late_payers_have_dunning_and_suspension_log(api, db):
    number = db.scalar("SELECT number FROM billing_suspension_log WHERE reason='payment' ORDER BY id LIMIT 1")
    log = api.get("/billing/suspensionLog", params={"number": number}).json()
    assert [e["action"] for e in log][:2] == ["resume", "suspend"] and log[0]["reason"] == "payment"
    assert log[1]["reason"] in ("arrears", "credit_limit")
    only = api.get("/billing/suspensionLog", params={"number": number, "action": "resume"}).json()
    assert only and all(e["action"] == "resume" for e in only)
    dunning = api.get("/billing/dunning", params={"number": number}).json()
    assert dunning and dunning[0]["amountOwed"] > 0 and dunning[0]["message"]


def _states(api, number: str) -> tuple[str, str, str]:
    crm = api.get(f"/crm/subscriber/byNumber/{number}").json()["status"]
    billing = api.get(f"/billing/subscriber/{number}").json()["status"]
    if number.endswith("@adsl"):
        network = api.get(f"/bims/account/{number}").json()["status"]
    else:
        network = api.get(f"/hlr/subscriber/{number}").json()["state"]
    return crm, billing, network


def test_arrears_suspended_cleared_by_payment_once(api, admin, scenario):
    s = scenario("arrears_suspended")
    number = s["number"]
    assert _states(api, number) == ("suspended_arrears", "suspended_arrears", "barred_arrears")
    assert api.get(f"/crm/subscriber/byNumber/{number}").json()["statusReason"] == "arrears"
    owed = api.get("/billing/arrears", params={"number": number}).json()
    assert owed["arrears"] == s["arrears"] > 0 and [b["month"] for b in owed["bills"]] == MONTHS[-2:]
    assert owed["bills"][0]["overdueDays"] > 0
    assert api.get("/billing/dunning", params={"number": number}).json()
    assert api.get("/billing/suspensionLog", params={"number": number}).json()[0]["reason"] == "arrears"
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True

    part = api.post("/billing/payment", json={"number": number, "amount": 100})
    assert part.status_code == 200 and part.json()["arrearsAfter"] == owed["arrears"] - 100
    assert part.json()["settledBills"][0]["state"] == "partiallyPaid" and part.json()["resumedNumbers"] == []
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True

    key = {"Idempotency-Key": f"pay-{uuid.uuid4()}"}
    rest = owed["arrears"] - 100
    first = api.post("/billing/payment", json={"number": number, "amount": rest + 500}, headers=key)
    body = first.json()
    assert first.headers["Idempotency-Replayed"] == "false"
    assert body["arrearsAfter"] == 0 and body["resumedNumbers"] == [number] and body["cashBalance"] == 500
    again = api.post("/billing/payment", json={"number": number, "amount": rest + 500}, headers=key)
    assert again.headers["Idempotency-Replayed"] == "true" and again.json() == body
    summary = api.get("/billing/accountSummary", params={"number": number}).json()
    assert summary["balance"] == 500 and summary["arrears"] == 0
    writes = admin.get("/admin/writes", params={"number": number, "system": "billing"}).json()["writes"]
    assert [w["operation"] for w in writes] == ["payment", "payment"]

    assert _states(api, number) == ("active", "active", "active")
    log = api.get("/billing/suspensionLog", params={"number": number}).json()
    assert (log[0]["action"], log[0]["reason"]) == ("resume", "payment")
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def test_bb_arrears_payment_reenables_broadband(api, admin, scenario):
    s = scenario("bb_arrears")
    number = s["number"]
    assert _states(api, number) == ("suspended_arrears", "suspended_arrears", "suspended")
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
    owed = api.get("/billing/arrears", params={"contractNo": s["contract_no"]}).json()["arrears"]
    paid = api.post("/billing/payment", json={"number": number, "amount": owed, "channel": "counter"}).json()
    assert paid["arrearsAfter"] == 0 and paid["resumedNumbers"] == [number]
    assert _states(api, number) == ("active", "active", "active")
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False


def _mismatches(scenario) -> dict[str, dict]:
    """One scenario of each variant (the simulator picks the variant at random)."""
    seen: dict[str, dict] = {}
    for _ in range(30):
        s = scenario("billing_status_mismatch")
        seen.setdefault(s["variant"], s)
        if len(seen) == 2:
            break
    return seen


def test_billing_status_mismatch_fixed_by_sync(api, admin, scenario):
    variants = _mismatches(scenario)
    assert set(variants) == {"billing_suspended", "crm_suspended"}
    for variant, s in variants.items():
        number = s["number"]
        crm, billing, network = _states(api, number)
        assert (crm, billing) == (s["crm_status"], s["billing_status"])
        if variant == "crm_suspended":
            assert (crm, billing, network) == ("suspended_request", "active", "barred_request")
        else:
            assert (crm, billing, network) == ("active", "suspended_request", "active")
        assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True
        synced = api.post(
            f"/billing/subscriber/{number}/syncFromCrm", headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        body = synced.json()
        assert synced.status_code == 200 and body["@type"] == "ServiceActivation" and body["changed"] is True
        assert (body["statusBefore"], body["status"]) == (billing, crm)
        assert body["changes"] == [{"field": "status", "from": billing, "to": crm}]
        assert _states(api, number)[:2] == (crm, crm)
        assert admin.get(f"/admin/scenarios/{number}").json()["present"] is False
        assert api.post(f"/billing/subscriber/{number}/syncFromCrm").json()["changed"] is False


def test_billing_dispute_roaming_explained_by_cdrs(api, admin, scenario):
    s = scenario("billing_dispute_roaming")
    number, month = s["number"], s["month"]
    assert month == MONTHS[-1]
    roaming = api.get(
        "/billing/appliedCustomerBillingRate",
        params={"number": number, "month": month, "itemType": "roaming"},
    ).json()
    planted = [c for c in roaming if s["roaming_place"] in c["description"]]
    assert len(planted) == 1 and planted[0]["amount"] == s["roaming_amount"]
    bill = api.get(f"/billing/customerBill/{planted[0]['bill']['id']}").json()
    assert bill["state"] == "settled" and bill["amountPaid"] == bill["amountDue"]
    assert sum(c["amount"] for c in bill["appliedCustomerBillingRate"]) == bill["amountDue"]
    cdrs = api.get(
        "/usage/usage",
        params={"number": number, "from": f"{month}-01", "to": f"{month}-31", "type": "roaming"},
    ).json()
    trip = [c for c in cdrs if c["location"] == s["roaming_place"]]
    assert len(trip) == s["roaming_cdrs"] and sum(c["amount"] for c in trip) == s["roaming_amount"]
    assert admin.get(f"/admin/scenarios/{number}").json()["present"] is True


def test_healthy_is_consistent_and_stays_so(api, admin, scenario):
    s = scenario("healthy")
    assert _states(api, s["number"]) == ("active", "active", "active")
    assert api.get("/billing/arrears", params={"number": s["number"]}).json()["arrears"] == 0
    assert admin.get(f"/admin/scenarios/{s['number']}").json()["present"] is True


def test_payment_validation_and_auth(api, stub_server, account):
    bad = api.post("/billing/payment", json={"number": account["number"], "amount": 0})
    assert bad.status_code == 400 and bad.json()["field"] == "amount"
    assert (
        api.post("/billing/payment", json={"number": account["number"], "amount": 1, "channel": "x"}).json()[
            "field"
        ]
        == "channel"
    )
    assert api.post("/billing/payment", json={"number": "18900000000x", "amount": 100}).status_code == 404
    assert api.post("/billing/subscriber/18900000000x/syncFromCrm").status_code == 404
    assert (
        httpx.post(f"{stub_server.url}/billing/payment", json={"number": "1", "amount": 1}).status_code == 401
    )
