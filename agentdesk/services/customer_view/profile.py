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
from agentdesk.services.customer_view.scope import Fetcher, Opening, Shared, ViewScope
from agentdesk.services.errors import NotFound

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

    # -- the shared questions: calling one starts it (once per load round) ---------------------------------
    def core(self, fetch: Fetcher, customer_id: str) -> Shared:
        return fetch.get(("crm", "customer", customer_id), lambda: self._crm.customer(customer_id))

    def subscribers(self, fetch: Fetcher, customer_id: str) -> Shared:
        return fetch.get(("crm", "subscribers", customer_id), lambda: self._crm.subscribers(customer_id))

    def billing_subscriber(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("billing", "subscriber", number), lambda: self._billing.subscriber(number))

    def bims_account(self, fetch: Fetcher, account: str) -> Shared:
        return fetch.get(("bims", "account", account), lambda: self._bims.account(account))

    def summary_of_number(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(
            ("billing", "summary", "number", number), lambda: self._billing.account_summary(number=number)
        )

    def summary_of_contract(self, fetch: Fetcher, contract: str) -> Shared:
        return fetch.get(
            ("billing", "summary", contract), lambda: self._billing.account_summary(contract_no=contract)
        )

    def hints(self, fetch: Fetcher, customer_id: str) -> Shared:
        return fetch.get(("crm", "hints", customer_id), lambda: self._crm.marketing_hints(customer_id))

    def customer_products(self, fetch: Fetcher, customer_id: str) -> Shared:
        return fetch.get(
            ("crm", "customer_products", customer_id), lambda: self._crm.customer_products(customer_id)
        )

    def order_page(self, fetch: Fetcher, customer_id: str) -> Shared:
        return fetch.get(("crm", "orders", customer_id), lambda: self._crm.orders(customer_id))

    # -- what each tab asks before the scope is known ----------------------------------------------------
    def prefetch_customer(self, opening: Opening, fetch: Fetcher) -> None:
        self.hints(fetch, opening.customer_id)
        if opening.number:
            self.summary_of_number(fetch, opening.number)
        if number := opening.number_of("broadband"):
            self.bims_account(fetch, number)

    def prefetch_subscriber(self, opening: Opening, fetch: Fetcher) -> None:
        self.customer_products(fetch, opening.customer_id)
        if opening.number:
            self.billing_subscriber(fetch, opening.number)

    def prefetch_offers(self, opening: Opening, fetch: Fetcher) -> None:
        self.customer_products(fetch, opening.customer_id)

    def prefetch_orders(self, opening: Opening, fetch: Fetcher) -> None:
        self.order_page(fetch, opening.customer_id)

    # -- the tabs -------------------------------------------------------------------------------------------
    async def _summary(self, scope: ViewScope, fetch: Fetcher) -> AccountSummary | None:
        """Billing's view of the contract of the number in view: asked by the number (known before the
        scope), by the contract when billing does not know the number or the customer has none."""
        if scope.subscriber is not None:
            try:
                return await self.summary_of_number(fetch, scope.number)
            except NotFound:
                pass
        contract = scope.contract_no
        return await self.summary_of_contract(fetch, contract) if contract else None

    async def customer(self, scope: ViewScope, fetch: Fetcher) -> CustomerTabData:
        broadband = scope.of_type("broadband")
        summary, hint_page, *accounts = await asyncio.gather(
            _part(self._summary(scope, fetch)),
            _part(self.hints(fetch, scope.customer_id)),
            *(_part(self.bims_account(fetch, s.number)) for s in broadband),
        )
        return CustomerTabData(
            scope=scope,
            customer=scope.customer,
            billing=summary,
            broadband=tuple(BroadbandStatus(s, a) for s, a in zip(broadband, accounts, strict=True)),
            hints=hint_page if isinstance(hint_page, Exception) else tuple(hint_page.items),
        )

    async def subscriber(self, scope: ViewScope, fetch: Fetcher) -> SubscriberTabData:
        """Every number with billing's status beside CRM's, and the sales products of the number in view
        (the customer's products, which the Offers tab asks for too, picked by subscriber)."""
        subs = scope.subscribers
        chosen = scope.subscriber
        products = _part(self.customer_products(fetch, scope.customer_id)) if chosen else _none()
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
            products_value = tuple(p for p in product_page.items if p.subscriber_id == chosen.id)
        return SubscriberTabData(scope, tuple(rows), products_value)

    async def offers(self, scope: ViewScope, fetch: Fetcher) -> OffersTabData:
        page = await self.customer_products(fetch, scope.customer_id)
        return OffersTabData(scope, tuple(page.items))

    async def orders(self, scope: ViewScope, fetch: Fetcher) -> OrdersTabData:
        page = await self.order_page(fetch, scope.customer_id)
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
