"""Loaders of the billing tabs (Charges, Balance, Suspension and resume) and the call-record queries.

Filters are plain frozen values the view builds from its pickers; the loaders check what the back end
would refuse (a CDR period over one month) before asking.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.billing import (
    AccountSummary,
    BalanceBook,
    BalanceMovement,
    BillingSubscriber,
    Charge,
    CreditLimitSummary,
    SuspensionEvent,
)
from agentdesk.domain.comparisons import Finding, judge_suspension
from agentdesk.domain.usage import MAX_PERIOD_DAYS, UsageRecord, UsageSummary
from agentdesk.services.customer_view.profile import Failure, _part
from agentdesk.services.customer_view.scope import Fetcher, Opening, Shared, ViewScope
from agentdesk.services.errors import ServiceError

BY_NUMBER = "number"
BY_CONTRACT = "contract"


def _scope_args(scope: ViewScope, by: str) -> dict[str, str]:
    if by == BY_CONTRACT and scope.contract_no:
        return {"contract_no": scope.contract_no}
    return {"number": scope.number}


def day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def day_end(d: date) -> datetime:
    return datetime.combine(d, time(23, 59, 59), tzinfo=UTC)


# -- charges -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChargeFilter:
    """Any combination of account-item types and charge types (empty: all), by number or contract."""

    by: str = BY_NUMBER
    month: str | None = None  # YYYY-MM; None: the latest billed month
    item_types: frozenset[str] = field(default_factory=frozenset)
    charge_types: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ChargesTabData:
    scope: ViewScope
    filter: ChargeFilter
    month: str | None
    months: tuple[str, ...]  # billed months, newest first (the month picker)
    charges: tuple[Charge, ...]
    totals_by_item_type: dict[str, int]
    totals_by_charge_type: dict[str, int]

    @property
    def total(self) -> int:
        return sum(c.amount for c in self.charges)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return ()


def totals(charges: tuple[Charge, ...], key: str) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for c in charges:
        out[getattr(c, key)] += c.amount
    return dict(out)


# -- balance -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def last_days(cls, days: int, today: date | None = None) -> Period:
        end = today or datetime.now(UTC).date()
        return cls(end - timedelta(days=days - 1), end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class BalanceTabData:
    scope: ViewScope
    by: str
    period: Period
    books: tuple[BalanceBook, ...]
    movements: tuple[BalanceMovement, ...]
    credit: CreditLimitSummary | Failure

    @property
    def total_balance(self) -> int:
        return sum(b.balance for b in self.books)

    @property
    def income(self) -> int:
        return sum(m.amount for m in self.movements if m.direction == "income")

    @property
    def expense(self) -> int:
        return sum(m.amount for m in self.movements if m.direction == "expense")

    @property
    def findings(self) -> tuple[Finding, ...]:
        return ()


# -- suspension ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SuspensionTabData:
    scope: ViewScope
    period: Period
    events: tuple[SuspensionEvent, ...]
    billing: BillingSubscriber | Failure | None
    verdict: Finding | None  # why the number is suspended now (None: it is not)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (self.verdict,) if self.verdict is not None and self.verdict.is_discrepancy else ()


# -- call records --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UsageQuery:
    number: str
    period: Period
    types: frozenset[str] = field(default_factory=frozenset)  # empty: every type


class PeriodTooLong(ServiceError):
    """Call records can be asked for at most one month at a time."""


@dataclass(frozen=True)
class CallRecordsTabData:
    scope: ViewScope
    query: UsageQuery | None  # None: the number in view has no call records (broadband)
    summary: UsageSummary | None
    first_page: tuple[UsageRecord, ...]
    total: int

    @property
    def findings(self) -> tuple[Finding, ...]:
        return ()


class BillingLoaders:
    def __init__(self, backoffice, profile) -> None:
        self._billing = backoffice.billing
        self._usage = backoffice.usage
        self._profile = profile

    # -- the shared questions (by number or contract, known before the scope): calling one starts it ------
    def _charge_calls(
        self, fetch: Fetcher, where: dict[str, str], flt: ChargeFilter
    ) -> tuple[Shared, Shared]:
        types = (tuple(sorted(flt.item_types)), tuple(sorted(flt.charge_types)))
        bills = fetch.get(("billing", "bills", tuple(where.items())), lambda: self._billing.bills(**where))
        charges = fetch.get(
            ("billing", "charges", tuple(where.items()), types),
            lambda: self._billing.charges(
                **where, item_types=list(types[0]) or None, charge_types=list(types[1]) or None
            ),
        )
        return bills, charges

    def _balance_calls(self, fetch: Fetcher, where: dict[str, str], period: Period) -> tuple[Shared, ...]:
        at = tuple(where.items())
        since, until = day_start(period.start), day_end(period.end)
        return (
            fetch.get(("billing", "books", at), lambda: self._billing.balance_books(**where)),
            fetch.get(
                ("billing", "movements", at, since, until),
                lambda: self._billing.balance_movements(**where, since=since, until=until),
            ),
            fetch.get(("billing", "credit", at), lambda: self._billing.credit_limit(**where)),
        )

    def _suspension_log(self, fetch: Fetcher, number: str, period: Period) -> Shared:
        since, until = day_start(period.start), day_end(period.end)
        return fetch.get(
            ("billing", "suspension_log", number, since, until),
            lambda: self._billing.suspension_log(number=number, since=since, until=until),
        )

    def _usage_calls(self, fetch: Fetcher, query: UsageQuery, page_size: int) -> tuple[Shared, Shared]:
        return (
            fetch.get(("usage", "summary", query), lambda: self.usage_summary(query)),
            fetch.get(("usage", "page", query, 0, page_size), lambda: self.usage_page(query, 0, page_size)),
        )

    # -- what each tab asks before the scope is known (by number: a by-contract choice waits for it) --------
    def prefetch_charges(self, opening: Opening, fetch: Fetcher, flt: ChargeFilter) -> None:
        if opening.number and flt.by == BY_NUMBER:
            self._charge_calls(fetch, {"number": opening.number}, flt)

    def prefetch_balance(self, opening: Opening, fetch: Fetcher, by: str, period: Period) -> None:
        if opening.number and by == BY_NUMBER:
            self._balance_calls(fetch, {"number": opening.number}, period)

    def prefetch_suspension(self, opening: Opening, fetch: Fetcher, period: Period) -> None:
        if opening.number:
            self._suspension_log(fetch, opening.number, period)
            self._profile.billing_subscriber(fetch, opening.number)

    def prefetch_call_records(
        self, opening: Opening, fetch: Fetcher, period: Period, types: frozenset[str], page_size: int
    ) -> None:
        number = opening.number_of("mobile", "fixed")
        if number and period.end >= period.start and period.days <= MAX_PERIOD_DAYS:
            self._usage_calls(fetch, UsageQuery(number, period, types), page_size)

    # -- the tabs -------------------------------------------------------------------------------------------
    async def charges(self, scope: ViewScope, fetch: Fetcher, flt: ChargeFilter) -> ChargesTabData:
        """Bills (for the month picker) and the filtered charge lines of every billed month, asked together;
        the month is chosen here, so changing it needs no second round trip."""
        bills, page = await asyncio.gather(*self._charge_calls(fetch, _scope_args(scope, flt.by), flt))
        months = tuple(dict.fromkeys(b.month for b in bills.items))
        month = flt.month or (months[0] if months else None)
        charges = tuple(c for c in page.items if c.month == month)
        return ChargesTabData(
            scope, flt, month, months, charges, totals(charges, "item_type"), totals(charges, "charge_type")
        )

    async def balance(self, scope: ViewScope, fetch: Fetcher, by: str, period: Period) -> BalanceTabData:
        books_call, movements_call, credit_call = self._balance_calls(fetch, _scope_args(scope, by), period)
        books, movements, credit = await asyncio.gather(books_call, movements_call, _part(credit_call))
        return BalanceTabData(scope, by, period, tuple(books.items), tuple(movements.items), credit)

    async def suspension(self, scope: ViewScope, fetch: Fetcher, period: Period) -> SuspensionTabData:
        sub = scope.subscriber
        if sub is None:
            return SuspensionTabData(scope, period, (), None, None)
        log, billing = await asyncio.gather(
            self._suspension_log(fetch, sub.number, period),
            _part(self._profile.billing_subscriber(fetch, sub.number)),
        )
        arrears = billing.arrears if isinstance(billing, BillingSubscriber) else None
        verdict = judge_suspension(sub.number, sub.status, arrears)
        return SuspensionTabData(scope, period, tuple(log.items), billing, verdict)

    def check_period(self, period: Period) -> None:
        if period.end < period.start:
            raise PeriodTooLong(
                QCoreApplication.translate("CustomerView", "The period ends before it starts.")
            )
        if period.days > MAX_PERIOD_DAYS:
            raise PeriodTooLong(
                QCoreApplication.translate(
                    "CustomerView", "Call records cover at most %1 days per query."
                ).replace("%1", str(MAX_PERIOD_DAYS))
            )

    async def call_records(
        self, scope: ViewScope, fetch: Fetcher, period: Period, types: frozenset[str], page_size: int
    ) -> CallRecordsTabData:
        sub = scope.pick("mobile", "fixed")
        if sub is None:
            return CallRecordsTabData(scope, None, None, (), 0)
        self.check_period(period)
        query = UsageQuery(sub.number, period, types)
        summary, first = await asyncio.gather(*self._usage_calls(fetch, query, page_size))
        return CallRecordsTabData(scope, query, summary, tuple(first.items), first.total or len(first.items))

    async def usage_page(self, query: UsageQuery, offset: int, limit: int):
        """One page of CDRs (oldest first) with ``total``: the lazy call-record model asks for more."""
        self.check_period(query.period)
        return await self._usage.records(
            query.number,
            since=day_start(query.period.start),
            until=day_end(query.period.end),
            types=sorted(query.types) or None,
            offset=offset,
            limit=limit,
        )

    async def usage_summary(self, query: UsageQuery) -> UsageSummary:
        return await self._usage.summary(
            query.number,
            since=day_start(query.period.start),
            until=day_end(query.period.end),
            types=sorted(query.types) or None,
        )


__all__ = [
    "AccountSummary",
    "BalanceTabData",
    "BillingLoaders",
    "CallRecordsTabData",
    "ChargeFilter",
    "ChargesTabData",
    "Period",
    "PeriodTooLong",
    "SuspensionTabData",
    "UsageQuery",
]
