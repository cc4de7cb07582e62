"""What the customer view can ask before CRM answers: each tab's ``prefetch`` starts exactly the questions
its loader asks later, from the customer id and the number the search found."""

from __future__ import annotations

import asyncio

import pytest

from agentdesk.services.customer_view import ChargeFilter, Fetcher, Opening, Period
from agentdesk.services.customer_view.billing_tabs import BY_NUMBER


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("18912345678", "mobile"),
        ("+86 189 1234 5678", "mobile"),
        ("02088886666", "fixed"),
        ("gz12345678@adsl", "broadband"),
        ("", None),
        ("hello", None),
    ],
)
def test_the_kind_of_a_number_is_guessed_from_its_form(number, kind):
    opening = Opening("C1", number)
    assert opening.service_type == kind
    assert opening.number_of("mobile", "fixed") == (number if kind in ("mobile", "fixed") else None)


def _prefetch_all(view, opening: Opening, fetch: Fetcher, params: dict) -> None:
    view.prefetch(opening, fetch)
    view.profile.prefetch_customer(opening, fetch)
    view.profile.prefetch_subscriber(opening, fetch)
    view.profile.prefetch_offers(opening, fetch)
    view.profile.prefetch_orders(opening, fetch)
    view.network.prefetch_addons(opening, fetch)
    view.network.prefetch_vas(opening, fetch)
    view.network.prefetch_broadband(opening, fetch)
    view.network.prefetch_network(opening, fetch)
    view.billing.prefetch_charges(opening, fetch, params["charges"])
    view.billing.prefetch_balance(opening, fetch, BY_NUMBER, params["balance"])
    view.billing.prefetch_suspension(opening, fetch, params["suspension"])
    view.billing.prefetch_call_records(opening, fetch, params["calls"], frozenset(), 200)


async def _load_all(view, scope, fetch: Fetcher, params: dict) -> list:
    return [
        await view.profile.customer(scope, fetch),
        await view.profile.subscriber(scope, fetch),
        await view.profile.offers(scope, fetch),
        await view.profile.orders(scope, fetch),
        await view.network.addons(scope, fetch),
        await view.network.vas(scope, fetch),
        await view.network.broadband(scope, fetch),
        await view.network.network(scope, fetch),
        await view.billing.charges(scope, fetch, params["charges"]),
        await view.billing.balance(scope, fetch, BY_NUMBER, params["balance"]),
        await view.billing.suspension(scope, fetch, params["suspension"]),
        await view.billing.call_records(scope, fetch, params["calls"], frozenset(), 200),
    ]


def _mentions(key, number: str) -> bool:
    if isinstance(key, tuple | frozenset | list):
        return any(_mentions(k, number) for k in key)
    return getattr(key, "number", key) == number


@pytest.mark.parametrize("fault", ["healthy", "vpn_member_missing", "bb_port_fault"])
def test_prefetch_asks_exactly_what_the_loaders_ask_for_the_number(view, scenario, run, fault):
    made = scenario(fault)
    params = {
        "charges": ChargeFilter(),
        "balance": Period.last_days(90),
        "suspension": Period.last_days(180),
        "calls": Period.last_days(30),
    }

    async def body():
        fetch = Fetcher()
        _prefetch_all(view, Opening(made["customer_id"], made["number"]), fetch, params)
        early = set(fetch.asked())
        scope = await view.scope(made["customer_id"], made["number"], fetch)
        results = await _load_all(view, scope, fetch, params)
        plain = Fetcher()  # the same load without asking early: what the loaders ask by themselves
        await _load_all(view, await view.scope(made["customer_id"], made["number"], plain), plain, params)
        return early, set(fetch.asked()), set(plain.asked()), scope, results

    early, everything, loaders_ask, scope, results = run(body())
    assert scope.number == made["number"] and all(r.scope == scope for r in results)
    assert everything == loaders_ask  # nothing asked early that no tab wanted
    others = {s.number for s in scope.subscribers} - {made["number"]}
    later = everything - early
    assert all(any(_mentions(key, n) for n in others) for key in later), later  # other numbers only
    assert len(early) >= 15


def test_asking_an_abandoned_round_cancels_when_awaited_not_when_asked(run):
    asked = []

    async def call():
        asked.append(1)

    async def body():
        fetch = Fetcher()
        fetch.close()
        answer = fetch.get("key", call)  # no exception here: a loader's other coroutines still get awaited
        with pytest.raises(asyncio.CancelledError):
            await answer

    run(body())
    assert asked == []
