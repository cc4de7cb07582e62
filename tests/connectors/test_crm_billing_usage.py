"""CRM, billing and usage connectors against the simulator, driven by the fault scenarios."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agentdesk.connectors.base import new_idempotency_key as key
from agentdesk.connectors.errors import NotFound, RequestRejected
from agentdesk.domain.usage import period_too_long
from agentdesk.domain.validation import classify_search


def present(admin, number: str) -> bool:
    return admin.get(f"/admin/scenarios/{number}").json()["present"]


def test_crm_customer_view_of_an_arrears_customer(office, scenario, run):
    s = scenario("arrears_suspended")
    number = s["number"]
    found = run(office.crm.find_customers(number=number))
    assert found.total == 1 and found.items[0].id == s["customer_id"]
    cust = run(office.crm.customer(s["customer_id"]))
    assert cust.name == s["customer_name"] and cust.level in (
        "normal",
        "silver",
        "gold",
        "platinum",
        "diamond",
    )
    assert cust.accounts[0].contract_no == s["contract_no"]
    assert (
        cust.contact_phone and "****" in cust.masked_contact_phone and cust.id_card not in cust.masked_id_card
    )

    subs = run(office.crm.subscribers(cust.id))
    sub = next(x for x in subs if x.number == number)
    assert sub.status == "suspended_arrears" and sub.status_reason == "arrears" and not sub.active
    assert run(office.crm.subscriber_by_number(number)) == sub == run(office.crm.subscriber(sub.id))
    assert sub.product is not None and sub.product.monthly_fee > 0

    products = run(office.crm.products(sub.id))
    assert products.total and products.items[0].subscriber_id == sub.id
    assert all(isinstance(o.discount_value, str) for p in products for o in p.offers)
    assert run(office.crm.customer_products(cust.id)).total >= products.total
    assert {a.code for a in run(office.crm.addons(sub.id))} <= {
        "caller_id", "call_waiting", "call_forwarding", "color_ring", "data_pack_1g", "data_pack_5g",
        "sms_pack_100", "intl_roaming",
    }  # fmt: skip
    assert run(office.crm.vpn(sub.id)).subscriber_id == sub.id
    assert isinstance(run(office.crm.vas(sub.id)).items, tuple)
    orders = run(office.crm.orders(cust.id))
    assert orders.total >= 1 and all(o.customer_id == cust.id and o.steps for o in orders)
    assert run(office.crm.order(orders.items[0].id)) == orders.items[0]
    hints = run(office.crm.marketing_hints(cust.id))
    assert [h.score for h in hints] == sorted((h.score for h in hints), reverse=True)
    contract = run(office.crm.contract(s["account_id"]))
    assert contract.contract_no == s["contract_no"] and number in contract.numbers


def test_crm_search_by_what_the_agent_typed(office, scenario, run):
    s = scenario("healthy")
    cust = run(office.crm.customer(s["customer_id"]))
    for text in (s["number"], s["contract_no"].lower(), cust.id_card):
        query = classify_search(text)
        assert query.valid, text
        assert [c.id for c in run(office.crm.search(query))] == [cust.id]
    by_name = run(office.crm.search(classify_search(cust.name[:1]), limit=5))
    assert (
        by_name.total
        and by_name.total >= 1
        and len(by_name) <= 5
        and all(c.name.startswith(cust.name[:1]) for c in by_name)
    )
    assert by_name.has_more == (by_name.total > len(by_name))
    with pytest.raises(ValueError):
        run(office.crm.search(classify_search("")))
    with pytest.raises(NotFound):
        run(office.crm.subscriber_by_number("18900000002"))
    assert run(office.crm.find_customers(number="18900000002")).total == 0


def test_crm_stuck_order(office, scenario, admin, run):
    s = scenario("order_stuck")
    held = run(office.crm.orders(s["customer_id"], state="held"))
    assert len(held) == 1 and held.items[0].id == s["order_id"] and held.items[0].open
    step = held.items[0].stuck_step
    assert step is not None and step.name == s["stuck_step"] and step.unit == s["unit"] and step.note
    admin.post(f"/admin/crm/order/{s['order_id']}/complete").raise_for_status()
    done = run(office.crm.order(s["order_id"]))
    assert done.state == "completed" and done.stuck_step is None


def test_billing_arrears_payment_resumes_everywhere(office, scenario, admin, run):
    s = scenario("arrears_suspended")
    number = s["number"]
    billing = run(office.billing.subscriber(number))
    assert billing.status == "suspended_arrears" and billing.arrears == s["arrears"] > 0
    assert billing.last_suspension and billing.last_suspension.action == "suspend"
    summary = run(office.billing.account_summary(number=number))
    assert (
        summary.in_arrears
        and summary.available_credit == summary.balance + summary.credit_limit - summary.arrears
    )
    assert summary == run(office.billing.account_summary(contract_no=s["contract_no"]))
    owed = run(office.billing.arrears(number=number))
    assert owed.arrears == s["arrears"] and [b.month for b in owed.bills] == sorted(
        b.month for b in owed.bills
    )
    assert all(b.overdue_days is not None and not b.settled for b in owed.bills)
    credit = run(office.billing.credit_limit(number=number))
    assert credit.arrears == s["arrears"] and credit.over_limit == (credit.available_credit < 0)
    assert run(office.billing.dunning(number=number)).total >= 1
    log = run(office.billing.suspension_log(number=number, action="suspend"))
    assert log.total >= 1 and all(e.action == "suspend" for e in log)

    k = key()
    paid = run(office.billing.pay(number, s["arrears"], "counter", idempotency_key=k))
    assert paid.arrears_before == s["arrears"] and paid.arrears_after == 0 and number in paid.resumed_numbers
    assert len(paid.settled_bills) == 2 and not paid.replayed and paid.idempotency_key == k
    again = run(office.billing.pay(number, s["arrears"], "counter", idempotency_key=k))
    assert again.replayed and again.id == paid.id
    assert run(office.billing.account_summary(number=number)).arrears == 0
    assert run(office.billing.subscriber(number)).status == "active"
    assert run(office.hlr.subscriber(number)).state == "active"
    assert not present(admin, number)
    topups = run(office.billing.topups(number=number, since=date(2026, 1, 1)))
    assert any(t.id == paid.id and t.amount == s["arrears"] for t in topups)


def test_billing_charges_bills_books(office, scenario, run):
    s = scenario("billing_dispute_roaming")
    number, month = s["number"], s["month"]
    roaming = run(office.billing.charges(number=number, month=month, item_types=["roaming"]))
    assert len(roaming) == 1 and roaming.items[0].amount == s["roaming_amount"]
    mixed = run(
        office.billing.charges(
            number=number, month=month, item_types=["roaming", "monthly_fee"], charge_types=["usage"]
        )
    )
    assert {c.item_type for c in mixed} == {"roaming"}
    summary = run(office.billing.charge_summary(number=number, month=month))
    lines = run(office.billing.charges(number=number, month=month))
    assert summary.total == sum(c.amount for c in lines) and summary.count == len(lines)
    assert {t.key for t in summary.by_item_type} == {c.item_type for c in lines}
    bills = run(office.billing.bills(number=number))
    assert bills.total == 6 and bills.items[0].month > bills.items[-1].month
    detail = run(office.billing.bill(bills.items[0].id))
    assert detail.bill == bills.items[0] and sum(c.amount for c in detail.charges) == detail.bill.amount_due
    books = run(office.billing.balance_books(contract_no=s["contract_no"]))
    cash = next(b for b in books if b.book_type == "cash")
    assert cash.shared
    moves = run(
        office.billing.balance_movements(number=number, since=date(2026, 10, 1), until=date(2026, 11, 30))
    )
    assert all(m.direction in ("income", "expense") for m in moves)
    with pytest.raises(ValueError):
        run(office.billing.account_summary())
    with pytest.raises(RequestRejected) as err:
        run(office.billing.charges(number=number, item_types=["cheese"]))
    assert err.value.field == "itemType"


def test_billing_status_mismatch_sync(office, scenario, admin, run):
    s = scenario("billing_status_mismatch")
    crm = run(office.crm.subscriber_by_number(s["number"]))
    billing = run(office.billing.subscriber(s["number"]))
    assert crm.status != billing.status
    result = run(office.billing.sync_from_crm(s["number"], idempotency_key=key()))
    assert result.changed and result.status == crm.status and result.status_before == billing.status
    assert result.changes[0].field == "status" and not present(admin, s["number"])


def test_usage_roaming_trip_and_month_limit(office, scenario, run):
    s = scenario("billing_dispute_roaming")
    number = s["number"]
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    trip = run(office.usage.records(number, since=start, until=end, types=["roaming"]))
    planted = [r for r in trip if r.location == s["roaming_place"]]
    assert len(planted) == s["roaming_cdrs"] and sum(r.amount for r in planted) == s["roaming_amount"]
    summary = run(office.usage.summary(number, since=start, until=end))
    all_records = run(office.usage.records(number, since=start, until=end))
    assert summary.total.count == all_records.total
    assert summary.of_type("roaming").amount >= s["roaming_amount"]
    assert [r.at for r in all_records] == sorted(r.at for r in all_records)
    with pytest.raises(RequestRejected) as err:
        run(office.usage.records(number, since=date(2026, 9, 1), until=end))
    assert err.value.field == "to" and "one month" in err.value.message
    assert not period_too_long(datetime(2026, 10, 1), datetime(2026, 10, 31, 23, 59, 59))
    assert period_too_long(datetime(2026, 9, 1), datetime(2026, 10, 31))
