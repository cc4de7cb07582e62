"""Billing (HB): the subscriber's billing status, the account's balance, arrears and credit, bills and
their charge lines, balance books and movements, top-ups, dunning and the suspension/resume log.
All money is integer fen (``domain.money.format_fen`` writes it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.common import Activation

ITEM_TYPES = ("monthly_fee", "local_call", "long_distance", "roaming", "data", "sms", "vas", "addon", "other")
CHARGE_TYPES = ("recurring", "usage", "one_time", "discount")


@dataclass(frozen=True)
class SuspensionEvent:
    """A fee-related suspension or resumption (停机/复机) and why."""

    at: datetime
    action: str  # suspend | resume
    reason: str  # arrears | credit_limit | payment | request | other
    id: str | None = None
    subscriber_id: str | None = None
    number: str | None = None


@dataclass(frozen=True)
class BillingSubscriber:
    """How billing sees one number: compare ``status`` with CRM's."""

    subscriber_id: str
    number: str
    account_id: str
    contract_no: str | None
    status: str  # active | suspended_arrears | suspended_request | terminated
    credit_limit: int
    arrears: int
    updated_at: datetime | None = None
    last_suspension: SuspensionEvent | None = None


@dataclass(frozen=True)
class NumberStatus:
    number: str
    status: str
    credit_limit: int = 0


@dataclass(frozen=True)
class Bill:
    id: str
    account_id: str
    month: str  # YYYY-MM
    period_start: datetime | None
    period_end: datetime | None
    bill_date: datetime | None
    due_date: datetime | None
    amount_due: int
    amount_paid: int
    remaining: int
    state: str  # settled | unpaid | partiallyPaid
    overdue_days: int | None = None  # only in the arrears answer

    @property
    def settled(self) -> bool:
        return self.state == "settled"


@dataclass(frozen=True)
class Charge:
    """One charge line of a bill (TMF678 AppliedCustomerBillingRate)."""

    id: str
    bill_id: str | None
    account_id: str
    number: str
    month: str
    item_type: str
    charge_type: str
    description: str
    amount: int


@dataclass(frozen=True)
class ChargeTotal:
    key: str  # the item type, charge type or month
    amount: int
    count: int


@dataclass(frozen=True)
class BillDetail:
    bill: Bill
    charges: tuple[Charge, ...]
    totals_by_item_type: tuple[ChargeTotal, ...]


@dataclass(frozen=True)
class ChargeSummary:
    account_id: str
    contract_no: str | None
    number: str | None
    month: str | None
    total: int
    count: int
    by_item_type: tuple[ChargeTotal, ...] = ()
    by_charge_type: tuple[ChargeTotal, ...] = ()
    by_month: tuple[ChargeTotal, ...] = ()


@dataclass(frozen=True)
class AccountSummary:
    """Balance, arrears and credit of one contract. ``available_credit`` = balance + limit − arrears."""

    account_id: str
    contract_no: str
    name: str
    customer_id: str
    payment_method: str
    balance: int
    arrears: int
    credit_limit: int
    available_credit: int
    unpaid_bills: int
    last_bill: Bill | None = None
    subscribers: tuple[NumberStatus, ...] = ()

    @property
    def in_arrears(self) -> bool:
        return self.arrears > 0


@dataclass(frozen=True)
class CreditLimitSummary:
    account_id: str
    contract_no: str
    credit_class: str
    credit_limit: int
    balance: int
    arrears: int
    available_credit: int
    over_limit: bool
    subscribers: tuple[NumberStatus, ...] = ()


@dataclass(frozen=True)
class Arrears:
    account_id: str
    contract_no: str
    arrears: int
    bills: tuple[Bill, ...]  # unpaid, oldest first, with overdue days
    oldest_due_at: datetime | None = None


@dataclass(frozen=True)
class BalanceBook:
    id: str
    account_id: str
    owner_number: str | None  # None: shared by the whole account
    book_type: str  # cash | gift | deposit | special
    balance: int
    valid_from: datetime | None = None
    valid_to: datetime | None = None

    @property
    def shared(self) -> bool:
        return self.owner_number is None


@dataclass(frozen=True)
class BalanceMovement:
    id: str
    book_id: str
    book_type: str | None
    at: datetime
    direction: str  # income | expense
    amount: int
    balance_after: int
    reason: str


@dataclass(frozen=True)
class TopUp:
    id: str
    account_id: str
    number: str | None
    at: datetime
    amount: int
    channel: str  # counter | online | card | bank


@dataclass(frozen=True)
class Dunning:
    id: str
    account_id: str
    number: str | None
    at: datetime
    channel: str  # sms | call
    amount_owed: int
    message: str


@dataclass(frozen=True)
class SettledBill:
    bill_id: str
    month: str
    paid: int
    state: str


@dataclass(frozen=True)
class Payment:
    """The customer paid: bills settled oldest first; ``resumed_numbers`` came back after payment."""

    id: str
    number: str
    account_id: str
    amount: int
    channel: str
    paid_at: datetime | None
    arrears_before: int
    arrears_after: int
    cash_balance: int
    settled_bills: tuple[SettledBill, ...] = ()
    resumed_numbers: tuple[str, ...] = ()
    idempotency_key: str = ""
    replayed: bool = False


@dataclass(frozen=True)
class BillingStatusSync(Activation[None]):
    """Billing took CRM's status (``status_before`` → ``status``)."""

    status_before: str | None = None
    status: str | None = None
