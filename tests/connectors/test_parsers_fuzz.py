"""Every parser of every connector, fed bad JSON, fails with a ConnectorError and nothing else.

Two kinds of bad input: arbitrary JSON values, and real answers of the simulator with parts deleted or
replaced by arbitrary JSON (which reaches the deep fields a random value never would). Each parser must
also read the untouched real answer.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.connectors import aaa, auth, billing, bims, crm, hlr, ismp, kb, tickets, usage
from agentdesk.connectors.errors import ConnectorError

MODULES = {m.SYSTEM: m for m in (auth, crm, billing, usage, hlr, bims, aaa, ismp, tickets, kb)}
ALL = sorted(f"{system}.{name}" for system, m in MODULES.items() for name in m.PARSERS)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            out += _paths(v, (*prefix, i))
    return out


def _apply(body: Any, path: tuple, delete: bool, new: Any) -> Any:
    if not path:
        return None if delete else new
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return body


@st.composite
def mutated(draw, sample: Any) -> Any:
    body = copy.deepcopy(sample)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(body)))
        body = _apply(body, path, draw(st.booleans()), draw(json_values))
    return body


@pytest.fixture(scope="module")
def samples(stub_server, agent_token, lead_token) -> dict[str, Any]:
    """One real answer per parser, from the simulator (scenarios give each the interesting fields)."""
    from tests.support.stub_fixtures import ADMIN

    out: dict[str, Any] = {}
    with (
        httpx.Client(
            base_url=stub_server.url, headers={"Authorization": f"Bearer {agent_token}"}, timeout=30
        ) as c,
        httpx.Client(base_url=stub_server.url, headers={"X-Admin-Token": ADMIN}, timeout=30) as adm,
    ):

        def get(name: str, path: str, **params) -> Any:
            r = c.get(path, params=params)
            r.raise_for_status()
            out[name] = r.json()
            return out[name]

        def post(name: str, path: str, body: Any = None) -> Any:
            r = c.post(path, json=body, headers={"Idempotency-Key": f"fuzz-{name}"})
            r.raise_for_status()
            out[name] = r.json()
            return out[name]

        def scenario(fault: str) -> dict:
            return adm.post("/admin/scenarios", json={"fault": fault}).raise_for_status().json()

        login = (
            c.post("/auth/login", json={"username": "agent33", "password": "demo"}).raise_for_status().json()
        )
        out["auth.session"] = login
        get("auth.user", "/auth/me")

        s = scenario("arrears_suspended")
        n, cid, sid = s["number"], s["customer_id"], s["subscriber_id"]
        get("crm.customer", f"/crm/customer/{cid}")
        get("crm.customers", "/crm/customer", number=n)
        get("crm.contract", f"/crm/account/{s['account_id']}")
        get("crm.subscriber", f"/crm/subscriber/byNumber/{n}")
        get("crm.subscribers", f"/crm/customer/{cid}/subscriber")
        get("crm.products", f"/crm/subscriber/{sid}/product")
        get("crm.hints", f"/crm/customer/{cid}/marketingHint")
        stuck = scenario("order_stuck")
        orders = get("crm.orders", f"/crm/customer/{stuck['customer_id']}/productOrder")
        get("crm.order", f"/crm/productOrder/{orders[0]['id']}")
        vpn = scenario("vpn_member_missing")
        get("crm.vpn", f"/crm/subscriber/{vpn['subscriber_id']}/vpn")
        addon = scenario("addon_not_in_hlr")
        get("crm.addons", f"/crm/subscriber/{addon['subscriber_id']}/addon")
        unknown = scenario("vas_unknown_subscription")
        get("crm.vas", f"/crm/subscriber/{unknown['subscriber_id']}/vas")

        get("billing.subscriber", f"/billing/subscriber/{n}")
        get("billing.account_summary", "/billing/accountSummary", number=n)
        get("billing.credit", "/billing/creditLimit", number=n)
        get("billing.arrears", "/billing/arrears", number=n)
        bills = get("billing.bills", "/billing/customerBill", number=n)
        get("billing.bill_detail", f"/billing/customerBill/{bills[0]['id']}")
        get("billing.charges", "/billing/appliedCustomerBillingRate", number=n, limit=10)
        get("billing.charge_summary", "/billing/chargeSummary", number=n)
        get("billing.books", "/billing/balanceBook", number=n)
        get("billing.movements", "/billing/balanceMovement", number=n, limit=10)
        get("billing.topups", "/billing/topup", number=n)
        get("billing.dunning", "/billing/dunning", number=n)
        get("billing.suspension_log", "/billing/suspensionLog", number=n)
        post("billing.payment", "/billing/payment", {"number": n, "amount": 100})
        mismatch = scenario("billing_status_mismatch")
        post("billing.sync", f"/billing/subscriber/{mismatch['number']}/syncFromCrm")

        trip = scenario("billing_dispute_roaming")
        get(
            "usage.records",
            "/usage/usage",
            number=trip["number"],
            **{"from": "2026-10-01", "to": "2026-10-31"},
            limit=20,
        )
        get(
            "usage.summary",
            "/usage/summary",
            number=trip["number"],
            **{"from": "2026-10-01", "to": "2026-10-31"},
        )

        an = addon["number"]
        get("hlr.subscriber", f"/hlr/subscriber/{vpn['number']}")
        get("hlr.services", f"/hlr/subscriber/{an}/service")
        get("hlr.data_profile", f"/hlr/subscriber/{an}/dataProfile")
        post("hlr.activation", f"/hlr/subscriber/{vpn['number']}/syncFromCrm")
        get("hlr.vpn", f"/hlr/subscriber/{vpn['number']}/vpn")

        bb = scenario("bb_session_limit")
        acct = bb["number"]
        get("bims.account", f"/bims/account/{acct}")
        get("bims.accounts", "/bims/account", subscriberId=bb["subscriber_id"])
        get("bims.sessions", f"/bims/account/{acct}/session")
        get("bims.access_log", f"/bims/account/{acct}/accessLog")
        get("bims.radius_codes", "/bims/radiusCode")
        post("bims.operation", f"/bims/account/{acct}/clearSessions")
        post("bims.dial_test", f"/bims/account/{acct}/dialTest")
        post("bims.line_test", f"/bims/account/{acct}/lineTest")

        wlan = scenario("wlan_radius_out_of_sync")
        get("aaa.accounts", f"/aaa/account/{wlan['number']}")
        get("aaa.access_log", f"/aaa/account/{wlan['number']}/accessLog")
        get("aaa.error_codes", "/aaa/errorCode")
        post("aaa.activation", f"/aaa/account/{wlan['number']}/syncFromCrm", {"kind": "wlan"})

        billed = scenario("vas_unsubscribed_still_billed")
        subs = get("ismp.subscriptions", f"/ismp/subscriber/{billed['number']}/product")
        get("ismp.subscription", f"/ismp/subscriber/{billed['number']}/product/{subs[0]['id']}")
        offerings = get("ismp.offerings", "/ismp/productOffering")
        get("ismp.offering", f"/ismp/productOffering/{offerings[0]['id']}")
        post("ismp.sync", f"/ismp/subscriber/{billed['number']}/syncFromCrm")
        taken = {
            p["productCode"]
            for p in c.get(f"/ismp/subscriber/{an}/product", params={"state": "active"}).json()
        }
        free = next(o["id"] for o in offerings if o["id"] not in taken)  # the scenario may own some already
        post("ismp.subscribe", f"/ismp/subscriber/{an}/subscribe", {"productCode": free})

        ticket = post(
            "tickets.ticket",
            "/tickets/troubleTicket",
            {"ticketType": "fault", "category": "宽带故障", "description": "fuzz sample", "number": acct,
             "evidence": {"dialTest": "718"}},
        )  # fmt: skip
        c.post(
            f"/tickets/troubleTicket/{ticket['id']}/note",
            json={"text": "note"},
            headers={"Idempotency-Key": "fz-n"},
        )
        get("tickets.ticket", f"/tickets/troubleTicket/{ticket['id']}")
        post("tickets.run", "/tickets/flowRun", {"flowId": "broadband-login", "durationMs": 5, "outcome": "dispatch",
                                                  "ticketId": ticket["id"], "steps": [{"step": "dialTest"}]})  # fmt: skip
        get("tickets.tickets", "/tickets/troubleTicket", limit=10)
        get("tickets.runs", "/tickets/flowRun", limit=10)
        get("tickets.catalogue", "/tickets/category")
        get("tickets.statistics", "/tickets/statistics/me")

        get("kb.catalogue", "/kb/catalogue")
        feed = get("kb.feed", "/kb/feed", cursor=0, limit=3)
        get("kb.article", f"/kb/article/{feed['items'][0]['id']}")
        get("kb.articles", "/kb/article", catalogueId="K02", limit=3)
        anns = get("kb.announcements", "/kb/announcement", limit=5)
        get("kb.announcement", f"/kb/announcement/{anns[0]['id']}")
    return out


def test_every_parser_has_a_real_sample(samples):
    assert sorted(samples) == ALL


@pytest.mark.parametrize("name", ALL)
def test_parser_gives_only_connector_errors(name, samples):
    system, key = name.split(".")
    parse = MODULES[system].PARSERS[key]
    sample = samples[name]
    parse(sample)  # the real answer reads

    @settings(max_examples=50, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(json_values, mutated(sample)))
    def check(body: Any) -> None:
        try:
            parse(body)
        except ConnectorError as exc:
            assert exc.system == system and exc.kind == "malformed"

    check()
