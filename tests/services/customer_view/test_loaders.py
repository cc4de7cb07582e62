"""Each tab's loader over the simulator: what it finds for a healthy customer and for each fault."""

from __future__ import annotations

import pytest

from agentdesk.domain.comparisons import FindingCode, Fix
from agentdesk.services.customer_view import BY_CONTRACT, ChargeFilter, Fetcher, Period
from agentdesk.services.customer_view.billing_tabs import PeriodTooLong
from agentdesk.services.errors import SystemUnavailable


def _codes(data):
    return [f.code for f in data.findings]


def test_healthy_customer_has_no_discrepancy_anywhere(view, scenario, run):
    made = scenario("healthy")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        fetch = Fetcher()
        assert scope.number == made["number"] and scope.customer.name == made["customer_name"]
        results = [
            await view.profile.customer(scope, fetch),
            await view.profile.subscriber(scope, fetch),
            await view.profile.offers(scope, fetch),
            await view.profile.orders(scope, fetch),
            await view.network.addons(scope, fetch),
            await view.network.vas(scope, fetch),
            await view.network.network(scope, fetch),
            await view.billing.suspension(scope, fetch, Period.last_days(180)),
        ]
        return scope, results

    scope, results = run(body())
    assert [r.findings for r in results] == [()] * len(results)
    customer, subscriber, offers, orders, addons, vas, network, _ = results
    assert customer.billing.contract_no == scope.contract_no
    assert subscriber.row(made["number"]).billing_status == "active"
    assert offers.products and orders.orders
    assert network.hlr.state == "active" and network.state is None


@pytest.mark.parametrize(
    ("fault", "loader", "code", "fix"),
    [
        ("billing_status_mismatch", "subscriber", None, Fix.SYNC_BILLING_FROM_CRM),
        ("paid_still_barred", "network", FindingCode.BARRED_AFTER_PAYMENT, Fix.SET_HLR_ACTIVE),
        ("abnormal_suspension", "network", FindingCode.ABNORMAL_BARRING, Fix.SET_HLR_ACTIVE),
        ("vpn_member_missing", "network", FindingCode.VPN_MISSING_IN_NETWORK, Fix.SYNC_VPN),
        ("wlan_radius_out_of_sync", "network", None, Fix.SYNC_AAA_FROM_CRM),
        ("evdo_aaa_out_of_sync", "network", None, Fix.SYNC_AAA_FROM_CRM),
        ("addon_not_in_hlr", "addons", FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK, Fix.ACTIVATE_ADDON_IN_HLR),
        ("vas_unsubscribed_still_billed", "vas", FindingCode.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE, None),
        ("order_stuck", "orders", FindingCode.ORDER_STUCK, Fix.DISPATCH_ORDER),
        ("bb_mac_mismatch", "broadband", FindingCode.MAC_MISMATCH, Fix.UNBIND_MAC),
        ("bb_session_limit", "broadband", FindingCode.SESSIONS_FULL, Fix.CLEAR_SESSIONS),
        ("bb_port_fault", "broadband", FindingCode.PORT_FAULT, Fix.RESTART_PORT),
        ("bb_line_fault", "broadband", FindingCode.LINE_POOR, Fix.DISPATCH_LINE_FAULT),
    ],
)
def test_fault_is_found_by_its_tab(view, scenario, run, fault, loader, code, fix):
    made = scenario(fault)

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        group = view.profile if loader in ("subscriber", "orders") else view.network
        return await getattr(group, loader)(scope, Fetcher())

    data = run(body())
    assert data.findings, f"{fault}: no discrepancy found by the {loader} tab"
    if code is not None:
        assert code in _codes(data)
    if fix is not None:
        assert fix in [f.fix for f in data.findings]


def test_cdma1x_fault_shows_on_both_aaa_and_hlr(view, scenario, run):
    made = scenario("cdma1x_aaa_hlr_out_of_sync")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        return await view.network.network(scope, Fetcher())

    data = run(body())
    one_x = next(w for w in data.wireless if w.kind == "cdma1x")
    assert FindingCode.DATA_DISABLED_IN_HLR in [f.code for f in one_x.findings]
    assert {f.fix for f in one_x.findings} >= {Fix.SYNC_AAA_FROM_CRM, Fix.SYNC_HLR_FROM_CRM}
    assert not one_x.works


def test_arrears_suspension_is_normal_and_explained(view, scenario, run):
    made = scenario("arrears_suspended")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        fetch = Fetcher()
        return (
            await view.billing.suspension(scope, fetch, Period.last_days(365)),
            await view.network.network(scope, fetch),
        )

    suspension, network = run(body())
    assert suspension.verdict.code is FindingCode.SUSPENDED_FOR_ARREARS and suspension.findings == ()
    assert suspension.billing.arrears > 0
    assert network.state is None  # CRM suspended for arrears, HLR barred for arrears: they agree


def test_charges_by_contract_and_filters(view, scenario, run):
    made = scenario("billing_dispute_roaming")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        fetch = Fetcher()
        everything = await view.billing.charges(scope, fetch, ChargeFilter())
        roaming = await view.billing.charges(scope, fetch, ChargeFilter(item_types=frozenset({"roaming"})))
        usage_by_contract = await view.billing.charges(
            scope, fetch, ChargeFilter(by=BY_CONTRACT, charge_types=frozenset({"usage"}))
        )
        return everything, roaming, usage_by_contract

    everything, roaming, usage = run(body())
    assert everything.month == everything.months[0] and len(everything.months) >= 6
    assert everything.total == sum(everything.totals_by_item_type.values()) > 0
    assert roaming.charges and {c.item_type for c in roaming.charges} == {"roaming"}
    assert roaming.total == everything.totals_by_item_type["roaming"]
    assert usage.charges and {c.charge_type for c in usage.charges} == {"usage"}


def test_balance_and_call_records(view, scenario, run):
    made = scenario("healthy")

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        fetch = Fetcher()
        balance = await view.billing.balance(scope, fetch, "number", Period.last_days(365))
        cdrs = await view.billing.call_records(scope, fetch, Period.last_days(31), frozenset(), 50)
        sms = await view.billing.call_records(scope, fetch, Period.last_days(31), frozenset({"sms"}), 50)
        return balance, cdrs, sms

    balance, cdrs, sms = run(body())
    assert balance.books and balance.credit.credit_limit >= 0
    assert balance.income - balance.expense == sum(
        m.amount if m.direction == "income" else -m.amount for m in balance.movements
    )
    assert cdrs.total == cdrs.summary.total.count and len(cdrs.first_page) == min(50, cdrs.total)
    assert {r.usage_type for r in sms.first_page} <= {"sms"}


def test_call_records_refuse_more_than_a_month_before_asking(view, scenario, run, admin):
    made = scenario("healthy")
    admin.put("/admin/faults/usage", json={"down": True}).raise_for_status()

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        await view.billing.call_records(scope, Fetcher(), Period.last_days(40), frozenset(), 50)

    with pytest.raises(PeriodTooLong):
        run(body())


def test_one_system_down_fails_only_its_part(view, scenario, run, admin):
    made = scenario("healthy")
    admin.put("/admin/faults/billing", json={"down": True}).raise_for_status()

    async def body():
        scope = await view.scope(made["customer_id"], made["number"])
        fetch = Fetcher()
        return await view.profile.customer(scope, fetch), await view.profile.subscriber(scope, fetch)

    customer, subscriber = run(body())
    assert isinstance(customer.billing, SystemUnavailable)  # the CRM part is still there
    assert customer.customer.name == made["customer_name"]
    row = subscriber.row(made["number"])
    assert isinstance(row.billing, SystemUnavailable) and row.status_finding is None


def test_fetcher_asks_once_for_tabs_that_share_an_answer(run):
    calls = []

    async def answer():
        calls.append(1)
        return 42

    async def body():
        import asyncio

        fetch = Fetcher()
        results = await asyncio.gather(*(fetch.get(("hlr", "x"), answer) for _ in range(5)))
        fetch.forget(lambda key: key[0] == "hlr")
        again = await fetch.get(("hlr", "x"), answer)
        return results, again

    results, again = run(body())
    assert results == [42] * 5 and again == 42 and len(calls) == 2
