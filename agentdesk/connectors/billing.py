"""Billing / HB (TMF678, TMF654): status, balance, arrears, credit, bills and charges by item and charge
type, balance books and movements, top-ups, dunning, the suspension log; payment and sync from CRM.

Account-level look-ups take exactly one of ``number`` (a service number) or ``contract_no``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import activation_fields, get_page, page_of, seg, write
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.billing import (
    AccountSummary,
    Arrears,
    BalanceBook,
    BalanceMovement,
    Bill,
    BillDetail,
    BillingStatusSync,
    BillingSubscriber,
    Charge,
    ChargeSummary,
    ChargeTotal,
    CreditLimitSummary,
    Dunning,
    NumberStatus,
    Payment,
    SettledBill,
    SuspensionEvent,
    TopUp,
)
from agentdesk.domain.common import Page

SYSTEM = "billing"
When = date | datetime | str | None


def _event(f: Fields) -> SuspensionEvent:
    return SuspensionEvent(
        at=f.req_dt("at"), action=f.req_str("action"), reason=f.str_or("reason"), id=f.opt_str("id"),
        subscriber_id=f.opt_str("subscriberId"), number=f.opt_str("number"),
    )  # fmt: skip


def _number_status(f: Fields) -> NumberStatus:
    return NumberStatus(
        number=f.req_str("number"), status=f.req_str("status"), credit_limit=f.opt_int("creditLimit", 0) or 0
    )


def _bill(f: Fields) -> Bill:
    period = f.opt_obj("billingPeriod")
    return Bill(
        id=f.req_str("id"),
        account_id=f.req_str("accountId"),
        month=f.req_str("month"),
        period_start=period.opt_dt("startDateTime") if period else None,
        period_end=period.opt_dt("endDateTime") if period else None,
        bill_date=f.opt_dt("billDate"),
        due_date=f.opt_dt("paymentDueDate"),
        amount_due=f.req_int("amountDue"),
        amount_paid=f.req_int("amountPaid"),
        remaining=f.opt_int("remainingAmount", f.req_int("amountDue") - f.req_int("amountPaid")) or 0,
        state=f.req_str("state"),
        overdue_days=f.opt_int("overdueDays"),
    )


def _charge(f: Fields) -> Charge:
    bill = f.opt_obj("bill")
    return Charge(
        id=f.req_str("id"),
        bill_id=bill.opt_str("id") if bill else None,
        account_id=f.req_str("accountId"),
        number=f.req_str("number"),
        month=f.req_str("month"),
        item_type=f.req_str("itemType"),
        charge_type=f.req_str("chargeType"),
        description=f.str_or("description"),
        amount=f.req_int("amount"),
    )


def _totals(f: Fields, key: str, name: str) -> tuple[ChargeTotal, ...]:
    return f.each(
        key, lambda t: ChargeTotal(key=t.req_str(name), amount=t.req_int("amount"), count=t.req_int("count"))
    )


def _subscriber(f: Fields) -> BillingSubscriber:
    last = f.opt_obj("lastSuspensionEvent")
    return BillingSubscriber(
        subscriber_id=f.req_str("id"),
        number=f.req_str("number"),
        account_id=f.req_str("accountId"),
        contract_no=f.opt_str("contractNo"),
        status=f.req_str("status"),
        credit_limit=f.req_int("creditLimit"),
        arrears=f.req_int("arrears"),
        updated_at=f.opt_dt("updatedAt"),
        last_suspension=_event(last) if last is not None else None,
    )


def _account_summary(f: Fields) -> AccountSummary:
    last = f.opt_obj("lastBill")
    return AccountSummary(
        account_id=f.req_str("accountId"),
        contract_no=f.req_str("contractNo"),
        name=f.str_or("name"),
        customer_id=f.str_or("customerId"),
        payment_method=f.str_or("paymentMethod"),
        balance=f.req_int("balance"),
        arrears=f.req_int("arrears"),
        credit_limit=f.req_int("creditLimit"),
        available_credit=f.req_int("availableCredit"),
        unpaid_bills=f.opt_int("unpaidBills", 0) or 0,
        last_bill=_bill(last) if last is not None else None,
        subscribers=f.each("subscribers", _number_status),
    )


def _credit(f: Fields) -> CreditLimitSummary:
    subs = f.opt_list("subscribers")
    return CreditLimitSummary(
        account_id=f.req_str("accountId"),
        contract_no=f.req_str("contractNo"),
        credit_class=f.str_or("creditClass"),
        credit_limit=f.req_int("creditLimit"),
        balance=f.req_int("balance"),
        arrears=f.req_int("arrears"),
        available_credit=f.req_int("availableCredit"),
        over_limit=f.req_bool("overLimit"),
        subscribers=f.each("subscribers", _number_status) if all(isinstance(s, dict) for s in subs) else (),
    )


def _arrears(f: Fields) -> Arrears:
    return Arrears(
        account_id=f.req_str("accountId"), contract_no=f.req_str("contractNo"), arrears=f.req_int("arrears"),
        bills=f.each("bills", _bill), oldest_due_at=f.opt_dt("oldestDueAt"),
    )  # fmt: skip


def _book(f: Fields) -> BalanceBook:
    valid = f.opt_obj("validFor")
    return BalanceBook(
        id=f.req_str("id"),
        account_id=f.req_str("accountId"),
        owner_number=f.opt_str("ownerNumber"),
        book_type=f.req_str("bookType"),
        balance=f.req_int("balance"),
        valid_from=valid.opt_dt("startDateTime") if valid else None,
        valid_to=valid.opt_dt("endDateTime") if valid else None,
    )


def _movement(f: Fields) -> BalanceMovement:
    return BalanceMovement(
        id=f.req_str("id"), book_id=f.req_str("bookId"), book_type=f.opt_str("bookType"), at=f.req_dt("at"),
        direction=f.req_str("direction"), amount=f.req_int("amount"), balance_after=f.req_int("balanceAfter"),
        reason=f.str_or("reason"),
    )  # fmt: skip


def _topup(f: Fields) -> TopUp:
    return TopUp(
        id=f.req_str("id"), account_id=f.req_str("accountId"), number=f.opt_str("number"), at=f.req_dt("at"),
        amount=f.req_int("amount"), channel=f.str_or("channel"),
    )  # fmt: skip


def _dunning(f: Fields) -> Dunning:
    return Dunning(
        id=f.req_str("id"), account_id=f.req_str("accountId"), number=f.opt_str("number"), at=f.req_dt("at"),
        channel=f.str_or("channel"), amount_owed=f.req_int("amountOwed"), message=f.str_or("message"),
    )  # fmt: skip


def _payment(f: Fields) -> Payment:
    return Payment(
        id=f.req_str("id"),
        number=f.req_str("number"),
        account_id=f.req_str("accountId"),
        amount=f.req_int("amount"),
        channel=f.str_or("channel"),
        paid_at=f.opt_dt("paidAt"),
        arrears_before=f.req_int("arrearsBefore"),
        arrears_after=f.req_int("arrearsAfter"),
        cash_balance=f.req_int("cashBalance"),
        settled_bills=f.each(
            "settledBills",
            lambda b: SettledBill(
                bill_id=b.req_str("billId"),
                month=b.req_str("month"),
                paid=b.req_int("paid"),
                state=b.req_str("state"),
            ),
        ),
        resumed_numbers=f.strs("resumedNumbers"),
    )


def _sync(f: Fields) -> BillingStatusSync:
    return BillingStatusSync(
        **activation_fields(f, "number"),
        after=None,
        status_before=f.opt_str("statusBefore"),
        status=f.opt_str("status"),
    )


def _bill_detail(f: Fields) -> BillDetail:
    return BillDetail(
        bill=_bill(f), charges=f.each("appliedCustomerBillingRate", _charge),
        totals_by_item_type=_totals(f, "totalsByItemType", "itemType"),
    )  # fmt: skip


def _summary(f: Fields) -> ChargeSummary:
    return ChargeSummary(
        account_id=f.req_str("accountId"), contract_no=f.opt_str("contractNo"), number=f.opt_str("number"),
        month=f.opt_str("month"), total=f.req_int("total"), count=f.req_int("count"),
        by_item_type=_totals(f, "byItemType", "itemType"), by_charge_type=_totals(f, "byChargeType", "chargeType"),
        by_month=_totals(f, "byMonth", "month"),
    )  # fmt: skip


def _one(parse, where: str):
    return lambda body: parse(Fields(body, SYSTEM, where))


PARSERS: dict[str, Any] = {
    "subscriber": _one(_subscriber, "billingSubscriber"),
    "account_summary": _one(_account_summary, "accountSummary"),
    "credit": _one(_credit, "creditLimit"),
    "arrears": _one(_arrears, "arrears"),
    "bill_detail": _one(_bill_detail, "customerBill"),
    "charge_summary": _one(_summary, "chargeSummary"),
    "payment": _one(_payment, "payment"),
    "sync": _one(_sync, "syncFromCrm"),
    "bills": page_of(SYSTEM, "customerBills", _bill),
    "charges": page_of(SYSTEM, "charges", _charge),
    "books": page_of(SYSTEM, "balanceBooks", _book),
    "movements": page_of(SYSTEM, "balanceMovements", _movement),
    "topups": page_of(SYSTEM, "topups", _topup),
    "dunning": page_of(SYSTEM, "dunning", _dunning),
    "suspension_log": page_of(SYSTEM, "suspensionLog", _event),
}


def _scope(number: str | None, contract_no: str | None) -> dict[str, str]:
    if (number is None) == (contract_no is None):
        raise ValueError("give exactly one of number or contract_no")
    return {"number": number} if number is not None else {"contractNo": contract_no}  # type: ignore[dict-item]


def _csv(values: Iterable[str] | None) -> str | None:
    return ",".join(values) if values else None


class BillingConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def subscriber(self, number: str) -> BillingSubscriber:
        """Billing's status of one number (compare with CRM's)."""
        return await self.client.get(f"subscriber/{seg(number)}", parse=PARSERS["subscriber"])

    async def account_summary(
        self, *, number: str | None = None, contract_no: str | None = None
    ) -> AccountSummary:
        return await self.client.get(
            "accountSummary", _scope(number, contract_no), parse=PARSERS["account_summary"]
        )

    async def credit_limit(
        self, *, number: str | None = None, contract_no: str | None = None
    ) -> CreditLimitSummary:
        return await self.client.get("creditLimit", _scope(number, contract_no), parse=PARSERS["credit"])

    async def arrears(self, *, number: str | None = None, contract_no: str | None = None) -> Arrears:
        return await self.client.get("arrears", _scope(number, contract_no), parse=PARSERS["arrears"])

    async def bills(
        self, *, number: str | None = None, contract_no: str | None = None, month: str | None = None,
        state: str | None = None, offset: int = 0, limit: int = 100,
    ) -> Page[Bill]:  # fmt: skip
        """Newest first."""
        params = {
            **_scope(number, contract_no),
            "month": month,
            "state": state,
            "offset": offset,
            "limit": limit,
        }
        return await get_page(self.client, "customerBill", params, "customerBills", _bill)

    async def bill(self, bill_id: str) -> BillDetail:
        return await self.client.get(f"customerBill/{seg(bill_id)}", parse=PARSERS["bill_detail"])

    async def charges(
        self, *, number: str | None = None, contract_no: str | None = None, month: str | None = None,
        item_types: Iterable[str] | None = None, charge_types: Iterable[str] | None = None,
        offset: int = 0, limit: int = 1000,
    ) -> Page[Charge]:  # fmt: skip
        """Charge lines; item and charge types combine freely; by contract, the whole account's lines."""
        params = {
            **_scope(number, contract_no), "month": month, "itemType": _csv(item_types),
            "chargeType": _csv(charge_types), "offset": offset, "limit": limit,
        }  # fmt: skip
        return await get_page(self.client, "appliedCustomerBillingRate", params, "charges", _charge)

    async def charge_summary(
        self, *, number: str | None = None, contract_no: str | None = None, month: str | None = None,
        item_types: Iterable[str] | None = None, charge_types: Iterable[str] | None = None,
    ) -> ChargeSummary:  # fmt: skip
        params = {
            **_scope(number, contract_no),
            "month": month,
            "itemType": _csv(item_types),
            "chargeType": _csv(charge_types),
        }
        return await self.client.get("chargeSummary", params, parse=PARSERS["charge_summary"])

    async def balance_books(
        self, *, number: str | None = None, contract_no: str | None = None
    ) -> Page[BalanceBook]:
        return await get_page(self.client, "balanceBook", _scope(number, contract_no), "balanceBooks", _book)

    async def balance_movements(
        self, *, number: str | None = None, contract_no: str | None = None, book_id: str | None = None,
        since: When = None, until: When = None, direction: str | None = None, offset: int = 0, limit: int = 500,
    ) -> Page[BalanceMovement]:  # fmt: skip
        """Income and expense records, newest first; a date as ``until`` means the end of that day."""
        params = {
            **_scope(number, contract_no), "bookId": book_id, "from": since, "to": until, "direction": direction,
            "offset": offset, "limit": limit,
        }  # fmt: skip
        return await get_page(self.client, "balanceMovement", params, "balanceMovements", _movement)

    async def topups(
        self,
        *,
        number: str | None = None,
        contract_no: str | None = None,
        since: When = None,
        until: When = None,
    ) -> Page[TopUp]:
        params = {**_scope(number, contract_no), "from": since, "to": until, "limit": 1000}
        return await get_page(self.client, "topup", params, "topups", _topup)

    async def dunning(
        self,
        *,
        number: str | None = None,
        contract_no: str | None = None,
        since: When = None,
        until: When = None,
    ) -> Page[Dunning]:
        params = {**_scope(number, contract_no), "from": since, "to": until, "limit": 1000}
        return await get_page(self.client, "dunning", params, "dunning", _dunning)

    async def suspension_log(
        self, *, number: str | None = None, contract_no: str | None = None, since: When = None, until: When = None,
        action: str | None = None,
    ) -> Page[SuspensionEvent]:  # fmt: skip
        """Fee-related suspensions and resumptions with their reasons."""
        params = {**_scope(number, contract_no), "from": since, "to": until, "action": action, "limit": 1000}
        return await get_page(self.client, "suspensionLog", params, "suspensionLog", _event)

    # -- writes ------------------------------------------------------------------------------------
    async def pay(
        self, number: str, amount: int, channel: str = "online", *, idempotency_key: str
    ) -> Payment:
        """The customer pays ``amount`` fen; at zero arrears the number resumes after payment everywhere."""
        return await write(
            self.client, "payment", idempotency_key=idempotency_key,
            json_body={"number": number, "amount": amount, "channel": channel}, parse=PARSERS["payment"],
        )  # fmt: skip

    async def sync_from_crm(self, number: str, *, idempotency_key: str) -> BillingStatusSync:
        """Billing takes CRM's status for this number."""
        path = f"subscriber/{seg(number)}/syncFromCrm"
        return await write(self.client, path, idempotency_key=idempotency_key, parse=PARSERS["sync"])
