"""Loaders of the CRM-centred tabs: Customer, Subscriber, Offers and Orders.

Each returns one frozen result for its tab. Parts from other systems (billing, BIMS) that fail are kept
as the error in the result, so the CRM part still shows and the agent sees which system failed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from agentdesk.domain.billing import AccountSummary, BillingSubscriber
from agentdesk.domain.broadband import BroadbandAccount
from agentdesk.domain.comparisons import (
    Finding,
    compare_crm_billing_status,
    discrepancies,
    judge_suspension,
    order_stuck,
)
from agentdesk.domain.customer import Customer, MarketingHint, Subscriber
from agentdesk.domain.orders import Order
from agentdesk.domain.products import SalesProduct
from agentdesk.services.customer_view.scope import Fetcher, ViewScope

Failure = Exception  # a ConnectorError kept in a result: that part of the tab shows the error


async def _part(awaitable):
    """The value, or the failure (kept for the view); cancellation passes through."""
    try:
        return await awaitable
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # ConnectorError or a parser bug: the tab shows it for this part only
        return exc


@dataclass(frozen=True)
class BroadbandStatus:
    subscriber: Subscriber
    account: BroadbandAccount | Failure


@dataclass(frozen=True)
class CustomerTabData:
    """CRM core data, billing's view of the contract, live broadband status and marketing hints."""

    scope: ViewScope
    customer: Customer
    billing: AccountSummary | Failure | None  # None: the customer has no contract
    broadband: tuple[BroadbandStatus, ...]
    hints: tuple[MarketingHint, ...] | Failure

    @property
    def findings(self) -> tuple[Finding, ...]:
        return ()


@dataclass(frozen=True)
class SubscriberRow:
    subscriber: Subscriber
    billing: BillingSubscriber | Failure
    status_finding: Finding | None  # CRM vs billing
    suspension: Finding | None  # why it is suspended (normal or not)

    @property
    def billing_status(self) -> str | None:
        return self.billing.status if isinstance(self.billing, BillingSubscriber) else None


@dataclass(frozen=True)
class SubscriberTabData:
    scope: ViewScope
    rows: tuple[SubscriberRow, ...]
    products: tuple[SalesProduct, ...] | Failure  # of the number in view

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies(f for r in self.rows for f in (r.status_finding, r.suspension))

    def row(self, number: str) -> SubscriberRow | None:
        return next((r for r in self.rows if r.subscriber.number == number), None)


@dataclass(frozen=True)
class OffersTabData:
    scope: ViewScope
    products: tuple[SalesProduct, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return ()


@dataclass(frozen=True)
class OrdersTabData:
    scope: ViewScope
    orders: tuple[Order, ...]
    stuck: tuple[Finding, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies(self.stuck)


class ProfileLoaders:
    def __init__(self, backoffice) -> None:
        self._crm = backoffice.crm
        self._billing = backoffice.billing
        self._bims = backoffice.bims

    def billing_subscriber(self, fetch: Fetcher, number: str):
        return fetch.get(("billing", "subscriber", number), lambda: self._billing.subscriber(number))

    def bims_account(self, fetch: Fetcher, account: str):
        return fetch.get(("bims", "account", account), lambda: self._bims.account(account))

    async def customer(self, scope: ViewScope, fetch: Fetcher) -> CustomerTabData:
        contract = scope.contract_no
        billing = (
            _part(
                fetch.get(
                    ("billing", "summary", contract),
                    lambda: self._billing.account_summary(contract_no=contract),
                )
            )
            if contract
            else _none()
        )
        broadband = scope.of_type("broadband")
        hints = _part(
            fetch.get(
                ("crm", "hints", scope.customer_id), lambda: self._crm.marketing_hints(scope.customer_id)
            )
        )
        summary, hint_page, *accounts = await asyncio.gather(
            billing, hints, *(_part(self.bims_account(fetch, s.number)) for s in broadband)
        )
        return CustomerTabData(
            scope=scope,
            customer=scope.customer,
            billing=summary,
            broadband=tuple(BroadbandStatus(s, a) for s, a in zip(broadband, accounts, strict=True)),
            hints=hint_page if isinstance(hint_page, Exception) else tuple(hint_page.items),
        )

    async def subscriber(self, scope: ViewScope, fetch: Fetcher) -> SubscriberTabData:
        subs = scope.subscribers
        chosen = scope.subscriber
        products = (
            _part(fetch.get(("crm", "products", chosen.id), lambda: self._crm.products(chosen.id)))
            if chosen
            else _none()
        )
        product_page, *billing = await asyncio.gather(
            products, *(_part(self.billing_subscriber(fetch, s.number)) for s in subs)
        )
        rows = []
        for sub, bill in zip(subs, billing, strict=True):
            known = bill if isinstance(bill, BillingSubscriber) else None
            status = compare_crm_billing_status(sub.number, sub.status, known.status) if known else None
            verdict = judge_suspension(sub.number, sub.status, known.arrears if known else None)
            rows.append(SubscriberRow(sub, bill, status, verdict))
        if product_page is None or isinstance(product_page, Exception):
            products_value = product_page if product_page is not None else ()
        else:
            products_value = tuple(product_page.items)
        return SubscriberTabData(scope, tuple(rows), products_value)

    async def offers(self, scope: ViewScope, fetch: Fetcher) -> OffersTabData:
        page = await fetch.get(
            ("crm", "customer_products", scope.customer_id),
            lambda: self._crm.customer_products(scope.customer_id),
        )
        return OffersTabData(scope, tuple(page.items))

    async def orders(self, scope: ViewScope, fetch: Fetcher) -> OrdersTabData:
        page = await fetch.get(
            ("crm", "orders", scope.customer_id), lambda: self._crm.orders(scope.customer_id)
        )
        orders = tuple(page.items)
        stuck = []
        for order in orders:
            step = order.stuck_step
            found = order_stuck(
                order.id, order.state, step.name if step else None, step.unit if step else None
            )
            if found is not None:
                stuck.append(found)
        return OrdersTabData(scope, orders, tuple(stuck))


async def _none():
    return None
