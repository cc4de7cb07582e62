"""billing (HB): subscriber billing status, bills, charges, balance books, top-ups, dunning, suspensions.

Modelled on TMF678 (CustomerBill, AppliedCustomerBillingRate) and TMF654 (balance buckets and their
action history). Money is integer fen everywhere. Billing is account-level (a contract pays the bills of
all its numbers); statuses are per subscriber. A payment that clears the arrears runs "resume after
payment" across billing, CRM, HLR and BIMS, the way the operator's credit control does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, now_iso, parse_iso
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list
from backend_stub.systems.billing_seed import MONTHS, month_bounds, provision_billing
from backend_stub.systems.usage import parse_time
from backend_stub.writes import perform_write

router = APIRouter(prefix="/billing", tags=["billing"], dependencies=[Depends(current_user)])

ITEM_TYPES = ("monthly_fee", "local_call", "long_distance", "roaming", "data", "sms", "vas", "addon", "other")
CHARGE_TYPES = ("recurring", "usage", "one_time", "discount")
MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"

provision = provision_billing  # the module interface: provision(db, customers, rng)


# -- scope: which account (and number) a look-up is about -------------------------------------------
@dataclass
class Scope:
    account_id: str
    contract_no: str
    number: str | None  # set when the caller asked by service number


def account_scope(
    number: str | None = Query(None, max_length=64, description="service number (mobile, fixed, broadband)"),
    contract_no: str | None = Query(None, alias="contractNo", max_length=40, description="contract number"),
    ctx: StubContext = Depends(get_ctx),
) -> Scope:
    """Exactly one of number / contractNo names the account."""
    if bool(number) == bool(contract_no):
        raise bad_request("number", "give either number or contractNo (exactly one)")
    if number:
        row = ctx.db.one(
            "SELECT b.account_id, a.contract_no FROM billing_subscriber b JOIN crm_account a"
            " ON a.id=b.account_id WHERE b.number=?",
            (number.strip(),),
        )
        if not row:
            raise not_found("billing subscriber with number", number)
        return Scope(row["account_id"], row["contract_no"], number.strip())
    row = ctx.db.one(
        "SELECT id, contract_no FROM crm_account WHERE contract_no=?", (contract_no.strip().upper(),)
    )
    if not row:
        raise not_found("contract", contract_no)
    return Scope(row["id"], row["contract_no"], None)


def _csv(value: str | None, allowed: tuple[str, ...], field: str) -> list[str]:
    items = [v.strip() for v in (value or "").split(",") if v.strip()]
    wrong = [v for v in items if v not in allowed]
    if wrong:
        raise bad_request(field, f"{field}: unknown value {wrong[0]!r}; one of {', '.join(allowed)}")
    return items


def _period(from_: str | None, to: str | None) -> tuple[str | None, str | None]:
    start = iso(parse_time(from_, "from")) if from_ else None
    end = iso(parse_time(to, "to", end_of_day=True)) if to else None
    if start and end and start > end:
        raise bad_request("to", "to: the end of the period is before its start")
    return start, end


def _in_period(sql: str, params: list, column: str, start: str | None, end: str | None) -> str:
    if start:
        sql += f" AND {column}>=?"
        params.append(start)
    if end:
        sql += f" AND {column}<=?"
        params.append(end)
    return sql


# -- shared computations ------------------------------------------------------------------------------
def arrears_of(db: Database, account_id: str) -> int:
    return int(
        db.scalar(
            "SELECT COALESCE(SUM(amount_due-amount_paid),0) FROM billing_bill WHERE account_id=?"
            " AND state!='settled'",
            (account_id,),
        )
    )


def _balance_of(db: Database, account_id: str) -> int:
    return int(
        db.scalar(
            "SELECT COALESCE(SUM(balance),0) FROM billing_balance_book WHERE account_id=?", (account_id,)
        )
    )


def _bill(row: dict) -> dict:
    start, end = month_bounds(row["month"])
    return {
        "id": row["id"],
        "href": f"/billing/customerBill/{row['id']}",
        "@type": "CustomerBill",
        "billNo": row["id"],
        "accountId": row["account_id"],
        "month": row["month"],
        "billingPeriod": {"startDateTime": iso(start), "endDateTime": iso(end)},
        "billDate": row["issued_at"],
        "paymentDueDate": row["due_at"],
        "amountDue": row["amount_due"],
        "amountPaid": row["amount_paid"],
        "remainingAmount": row["amount_due"] - row["amount_paid"],
        "state": row["state"],
    }


def _charge(row: dict) -> dict:
    return {
        "id": str(row["id"]),
        "@type": "AppliedCustomerBillingRate",
        "bill": {"id": row["bill_id"], "href": f"/billing/customerBill/{row['bill_id']}"},
        "accountId": row["account_id"],
        "number": row["number"],
        "month": row["month"],
        "itemType": row["item_type"],
        "chargeType": row["charge_type"],
        "description": row["description"],
        "amount": row["amount"],
    }


def _totals(rows: list[dict], key: str, name: str) -> list[dict]:
    sums: dict[str, list[int]] = {}
    for r in rows:
        s = sums.setdefault(r[key], [0, 0])
        s[0] += r["amount"]
        s[1] += 1
    return [{name: k, "amount": v[0], "count": v[1]} for k, v in sorted(sums.items())]


def _log(db: Database, sub_id: str, number: str, at: str, action: str, reason: str) -> None:
    db.execute(
        "INSERT INTO billing_suspension_log(subscriber_id, number, at, action, reason) VALUES (?,?,?,?,?)",
        (sub_id, number, at, action, reason),
    )


def resume_after_payment(db: Database, account_id: str, at: str) -> list[str]:
    """Credit control's automatic resumption once an account owes nothing: every number of the account
    suspended for arrears becomes active in billing and CRM, its HLR barring for arrears is lifted and
    its broadband account re-enabled."""
    rows = db.query(
        "SELECT s.id, s.number, s.service_type FROM crm_subscriber s LEFT JOIN billing_subscriber b"
        " ON b.subscriber_id=s.id WHERE s.account_id=? AND (s.status='suspended_arrears'"
        " OR b.status='suspended_arrears') ORDER BY s.id",
        (account_id,),
    )
    for r in rows:
        db.execute(
            "UPDATE billing_subscriber SET status='active', updated_at=? WHERE subscriber_id=?", (at, r["id"])
        )
        db.execute("UPDATE crm_subscriber SET status='active', status_reason=NULL WHERE id=?", (r["id"],))
        db.execute(
            "UPDATE crm_product SET status='active' WHERE subscriber_id=? AND status='suspended'", (r["id"],)
        )
        _log(db, r["id"], r["number"], at, "resume", "payment")
        if r["service_type"] in ("mobile", "fixed"):
            db.execute(
                "UPDATE hlr_subscriber SET state='active', state_reason='resumed after payment', updated_at=?"
                " WHERE number=? AND state='barred_arrears'",
                (at, r["number"]),
            )
        else:
            db.execute(
                "UPDATE bims_account SET status='active' WHERE account=? AND status='suspended'",
                (r["number"],),
            )
    return [r["number"] for r in rows]


def _cash_book(db: Database, account_id: str, at: str) -> dict:
    book = db.one(
        "SELECT * FROM billing_balance_book WHERE account_id=? AND book_type='cash'"
        " ORDER BY owner_number IS NOT NULL, id LIMIT 1",
        (account_id,),
    )
    if book:
        return book
    book = {
        "id": f"BK{account_id[1:]}C",
        "account_id": account_id,
        "owner_number": None,
        "book_type": "cash",
        "balance": 0,
        "valid_from": at,
        "valid_to": None,
    }
    db.insert("billing_balance_book", book)
    return book


def _move(db: Database, book_id: str, at: str, direction: str, amount: int, after: int, reason: str) -> None:
    db.execute(
        "INSERT INTO billing_balance_movement(book_id, at, direction, amount, balance_after, reason)"
        " VALUES (?,?,?,?,?,?)",
        (book_id, at, direction, amount, after, reason),
    )


def take_payment(db: Database, number: str, amount: int, channel: str) -> dict:
    """Money into the cash book, unpaid bills settled oldest first, resumption when nothing is owed."""
    sub = db.one("SELECT * FROM billing_subscriber WHERE number=?", (number,))
    if not sub:
        raise not_found("billing subscriber with number", number)
    acct, at = sub["account_id"], now_iso()
    before = arrears_of(db, acct)
    book = _cash_book(db, acct, at)
    topup_id = f"TP{acct[1:]}{uuid.uuid4().hex[:8].upper()}"
    db.insert(
        "billing_topup",
        {
            "id": topup_id,
            "account_id": acct,
            "number": number,
            "at": at,
            "amount": amount,
            "channel": channel,
        },
    )
    balance = book["balance"] + amount
    _move(db, book["id"], at, "income", amount, balance, f"缴费({channel})")
    settled = []
    for bill in db.query(
        "SELECT * FROM billing_bill WHERE account_id=? AND state!='settled' ORDER BY month", (acct,)
    ):
        pay = min(bill["amount_due"] - bill["amount_paid"], balance)
        if pay <= 0:
            break
        paid = bill["amount_paid"] + pay
        state = "settled" if paid >= bill["amount_due"] else "partiallyPaid"
        db.execute("UPDATE billing_bill SET amount_paid=?, state=? WHERE id=?", (paid, state, bill["id"]))
        balance -= pay
        _move(db, book["id"], at, "expense", pay, balance, f"{bill['month']}账单销账")
        settled.append({"billId": bill["id"], "month": bill["month"], "paid": pay, "state": state})
    db.execute("UPDATE billing_balance_book SET balance=? WHERE id=?", (balance, book["id"]))
    after = arrears_of(db, acct)
    resumed = resume_after_payment(db, acct, at) if after == 0 else []
    return {
        "@type": "Payment",
        "id": topup_id,
        "number": number,
        "accountId": acct,
        "amount": amount,
        "channel": channel,
        "paidAt": at,
        "arrearsBefore": before,
        "arrearsAfter": after,
        "cashBalance": balance,
        "settledBills": settled,
        "resumedNumbers": resumed,
    }


# -- look-ups -----------------------------------------------------------------------------------------
@router.get("/subscriber/{number}", summary="Subscriber status as billing (HB) sees it")
def billing_subscriber(
    number: str = Path(min_length=1, max_length=64), ctx: StubContext = Depends(get_ctx)
) -> dict:
    row = ctx.db.one(
        "SELECT b.*, a.contract_no FROM billing_subscriber b JOIN crm_account a ON a.id=b.account_id"
        " WHERE b.number=?",
        (number,),
    )
    if not row:
        raise not_found("billing subscriber with number", number)
    last = ctx.db.one(
        "SELECT at, action, reason FROM billing_suspension_log WHERE number=? ORDER BY at DESC, id DESC"
        " LIMIT 1",
        (number,),
    )
    return {
        "id": row["subscriber_id"],
        "@type": "BillingSubscriber",
        "number": number,
        "accountId": row["account_id"],
        "contractNo": row["contract_no"],
        "status": row["status"],
        "creditLimit": row["credit_limit"],
        "updatedAt": row["updated_at"],
        "arrears": arrears_of(ctx.db, row["account_id"]),
        "lastSuspensionEvent": last,
    }


@router.get("/accountSummary", summary="Balance, arrears and credit limit of an account")
def account_summary(scope: Scope = Depends(account_scope), ctx: StubContext = Depends(get_ctx)) -> dict:
    db = ctx.db
    acct = db.one("SELECT * FROM crm_account WHERE id=?", (scope.account_id,))
    subs = db.query(
        "SELECT number, status, credit_limit FROM billing_subscriber WHERE account_id=? ORDER BY number",
        (scope.account_id,),
    )
    balance, arrears = _balance_of(db, scope.account_id), arrears_of(db, scope.account_id)
    limit = max((s["credit_limit"] for s in subs), default=0)
    last = db.one(
        "SELECT * FROM billing_bill WHERE account_id=? ORDER BY month DESC LIMIT 1", (scope.account_id,)
    )
    return {
        "accountId": scope.account_id,
        "@type": "AccountSummary",
        "contractNo": scope.contract_no,
        "name": acct["name"],
        "customerId": acct["customer_id"],
        "paymentMethod": acct["payment_method"],
        "balance": balance,
        "arrears": arrears,
        "creditLimit": limit,
        "availableCredit": balance + limit - arrears,
        "unpaidBills": db.scalar(
            "SELECT COUNT(*) FROM billing_bill WHERE account_id=? AND state!='settled'", (scope.account_id,)
        ),
        "lastBill": _bill(last) if last else None,
        "subscribers": [
            {"number": s["number"], "status": s["status"], "creditLimit": s["credit_limit"]} for s in subs
        ],
    }


@router.get("/customerBill", summary="Bills of the account (TMF678), newest first")
def bills(
    scope: Scope = Depends(account_scope),
    month: str | None = Query(None, pattern=MONTH_PATTERN),
    state: Literal["settled", "unpaid", "partiallyPaid"] | None = Query(None),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    sql, params = "SELECT * FROM billing_bill WHERE account_id=?", [scope.account_id]
    if month:
        sql += " AND month=?"
        params.append(month)
    if state:
        sql += " AND state=?"
        params.append(state)
    return slice_list([_bill(r) for r in ctx.db.query(sql + " ORDER BY month DESC", params)], page)


@router.get("/customerBill/{bill_id}", summary="One bill with its charge lines and totals per item type")
def bill_detail(
    bill_id: str = Path(min_length=1, max_length=40), ctx: StubContext = Depends(get_ctx)
) -> dict:
    row = ctx.db.one("SELECT * FROM billing_bill WHERE id=?", (bill_id,))
    if not row:
        raise not_found("bill", bill_id)
    lines = ctx.db.query("SELECT * FROM billing_charge WHERE bill_id=? ORDER BY number, id", (bill_id,))
    return {
        **_bill(row),
        "appliedCustomerBillingRate": [_charge(r) for r in lines],
        "totalsByItemType": _totals(lines, "item_type", "itemType"),
    }


def _charges(db: Database, scope: Scope, month: str | None, item_type: str | None, charge_type: str | None):
    items = _csv(item_type, ITEM_TYPES, "itemType")
    kinds = _csv(charge_type, CHARGE_TYPES, "chargeType")
    if scope.number:
        sql, params = "SELECT * FROM billing_charge WHERE number=?", [scope.number]
    else:
        sql, params = "SELECT * FROM billing_charge WHERE account_id=?", [scope.account_id]
    if month:
        sql += " AND month=?"
        params.append(month)
    if items:
        sql += f" AND item_type IN ({','.join('?' * len(items))})"
        params += items
    if kinds:
        sql += f" AND charge_type IN ({','.join('?' * len(kinds))})"
        params += kinds
    return db.query(sql + " ORDER BY month DESC, number, id", params)


ItemTypeQuery = Query(
    None, alias="itemType", max_length=200, description="comma-separated account-item types"
)
ChargeTypeQuery = Query(None, alias="chargeType", max_length=100, description="comma-separated charge types")


@router.get("/appliedCustomerBillingRate", summary="Charges by item type and charge type, number or contract")
def charges(
    scope: Scope = Depends(account_scope),
    month: str | None = Query(None, pattern=MONTH_PATTERN),
    item_type: str | None = ItemTypeQuery,
    charge_type: str | None = ChargeTypeQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = _charges(ctx.db, scope, month, item_type, charge_type)
    return slice_list([_charge(r) for r in rows], page)


@router.get("/chargeSummary", summary="Totals of the selected charges per item type, charge type and month")
def charge_summary(
    scope: Scope = Depends(account_scope),
    month: str | None = Query(None, pattern=MONTH_PATTERN),
    item_type: str | None = ItemTypeQuery,
    charge_type: str | None = ChargeTypeQuery,
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    rows = _charges(ctx.db, scope, month, item_type, charge_type)
    return {
        "accountId": scope.account_id,
        "contractNo": scope.contract_no,
        "number": scope.number,
        "month": month,
        "total": sum(r["amount"] for r in rows),
        "count": len(rows),
        "byItemType": _totals(rows, "item_type", "itemType"),
        "byChargeType": _totals(rows, "charge_type", "chargeType"),
        "byMonth": _totals(rows, "month", "month"),
    }


def _book(row: dict) -> dict:
    return {
        "id": row["id"],
        "@type": "BalanceBook",
        "accountId": row["account_id"],
        "ownerNumber": row["owner_number"],
        "shared": row["owner_number"] is None,
        "bookType": row["book_type"],
        "balance": row["balance"],
        "validFor": {"startDateTime": row["valid_from"], "endDateTime": row["valid_to"]},
    }


@router.get("/balanceBook", summary="Balance books (TMF654 buckets): owner, type, balance, validity")
def balance_books(
    scope: Scope = Depends(account_scope),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = ctx.db.query(
        "SELECT * FROM billing_balance_book WHERE account_id=? ORDER BY id", (scope.account_id,)
    )
    return slice_list([_book(r) for r in rows], page)


@router.get("/balanceMovement", summary="Income and expense records of the balance books over a period")
def balance_movements(
    scope: Scope = Depends(account_scope),
    book_id: str | None = Query(None, alias="bookId", max_length=40),
    from_: str | None = Query(None, alias="from", max_length=40),
    to: str | None = Query(None, max_length=40),
    direction: Literal["income", "expense"] | None = Query(None),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    start, end = _period(from_, to)
    sql = (
        "SELECT m.*, b.book_type FROM billing_balance_movement m JOIN billing_balance_book b ON b.id=m.book_id"
        " WHERE b.account_id=?"
    )
    params: list = [scope.account_id]
    if book_id:
        sql += " AND m.book_id=?"
        params.append(book_id)
    if direction:
        sql += " AND m.direction=?"
        params.append(direction)
    sql = _in_period(sql, params, "m.at", start, end)
    rows = ctx.db.query(sql + " ORDER BY m.at DESC, m.id DESC", params)
    return slice_list(
        [
            {
                "id": str(r["id"]),
                "@type": "BalanceMovement",
                "bookId": r["book_id"],
                "bookType": r["book_type"],
                "at": r["at"],
                "direction": r["direction"],
                "amount": r["amount"],
                "balanceAfter": r["balance_after"],
                "reason": r["reason"],
            }
            for r in rows
        ],
        page,
    )


@router.get("/creditLimit", summary="Credit-control summary: limit, balance, arrears, available credit")
def credit_limit(scope: Scope = Depends(account_scope), ctx: StubContext = Depends(get_ctx)) -> dict:
    db = ctx.db
    cls = db.scalar(
        "SELECT c.credit_class FROM crm_customer c JOIN crm_account a ON a.customer_id=c.id WHERE a.id=?",
        (scope.account_id,),
    )
    subs = db.query(
        "SELECT number, status, credit_limit FROM billing_subscriber WHERE account_id=? ORDER BY number",
        (scope.account_id,),
    )
    limit = max((s["credit_limit"] for s in subs), default=0)
    balance, arrears = _balance_of(db, scope.account_id), arrears_of(db, scope.account_id)
    available = balance + limit - arrears
    return {
        "accountId": scope.account_id,
        "contractNo": scope.contract_no,
        "creditClass": cls,
        "creditLimit": limit,
        "balance": balance,
        "arrears": arrears,
        "availableCredit": available,
        "overLimit": available < 0,
        "subscribers": [
            {"number": s["number"], "status": s["status"], "creditLimit": s["credit_limit"]} for s in subs
        ],
    }


@router.get("/arrears", summary="What the account owes: unpaid bills, oldest first")
def arrears(scope: Scope = Depends(account_scope), ctx: StubContext = Depends(get_ctx)) -> dict:
    rows = ctx.db.query(
        "SELECT * FROM billing_bill WHERE account_id=? AND state!='settled' ORDER BY month",
        (scope.account_id,),
    )
    now = parse_iso(now_iso())
    items = []
    for r in rows:
        item = _bill(r)
        item["overdueDays"] = max(0, (now - parse_iso(r["due_at"])).days)
        items.append(item)
    return {
        "accountId": scope.account_id,
        "contractNo": scope.contract_no,
        "arrears": sum(i["remainingAmount"] for i in items),
        "bills": items,
        "oldestDueAt": items[0]["paymentDueDate"] if items else None,
    }


def _account_list(
    ctx: StubContext, table: str, scope: Scope, from_: str | None, to: str | None
) -> list[dict]:
    start, end = _period(from_, to)
    params: list = [scope.account_id]
    sql = _in_period(f"SELECT * FROM {table} WHERE account_id=?", params, "at", start, end)
    return ctx.db.query(sql + " ORDER BY at DESC", params)


FromQuery = Query(None, alias="from", max_length=40, description="start: 2026-10-01 or an ISO time")
ToQuery = Query(None, alias="to", max_length=40, description="end (a date means the end of that day)")


@router.get("/topup", summary="Top-up and payment records of the account")
def topups(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = _account_list(ctx, "billing_topup", scope, from_, to)
    return slice_list(
        [
            {
                "id": r["id"],
                "@type": "TopUp",
                "accountId": r["account_id"],
                "number": r["number"],
                "at": r["at"],
                "amount": r["amount"],
                "channel": r["channel"],
            }
            for r in rows
        ],
        page,
    )


@router.get("/dunning", summary="Dunning (payment reminder) records of the account")
def dunning(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = _account_list(ctx, "billing_dunning", scope, from_, to)
    return slice_list(
        [
            {
                "id": r["id"],
                "@type": "Dunning",
                "accountId": r["account_id"],
                "number": r["number"],
                "at": r["at"],
                "channel": r["channel"],
                "amountOwed": r["amount_owed"],
                "message": r["message"],
            }
            for r in rows
        ],
        page,
    )


@router.get("/suspensionLog", summary="Suspensions and resumptions caused by fees, with reasons")
def suspension_log(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    action: Literal["suspend", "resume"] | None = Query(None),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    start, end = _period(from_, to)
    if scope.number:
        sql, params = "SELECT * FROM billing_suspension_log WHERE number=?", [scope.number]
    else:
        sql = (
            "SELECT * FROM billing_suspension_log WHERE subscriber_id IN"
            " (SELECT subscriber_id FROM billing_subscriber WHERE account_id=?)"
        )
        params = [scope.account_id]
    if action:
        sql += " AND action=?"
        params.append(action)
    sql = _in_period(sql, params, "at", start, end)
    rows = ctx.db.query(sql + " ORDER BY at DESC, id DESC", params)
    return slice_list(
        [
            {
                "id": str(r["id"]),
                "@type": "SuspensionEvent",
                "subscriberId": r["subscriber_id"],
                "number": r["number"],
                "at": r["at"],
                "action": r["action"],
                "reason": r["reason"],
            }
            for r in rows
        ],
        page,
    )


# -- writes -------------------------------------------------------------------------------------------
class PaymentRequest(BaseModel):
    number: str = Field(min_length=1, max_length=64, description="service number the payment is for")
    amount: int = Field(ge=1, le=10_000_000, description="fen")
    channel: Literal["counter", "online", "card", "bank"] = "online"


@router.post("/payment", summary="The customer pays: cash book, bills settled oldest first, resume at zero")
def payment(
    body: PaymentRequest,
    request: Request,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    number = body.number.strip()
    return perform_write(
        ctx,
        request,
        system="billing",
        operation="payment",
        number=number,
        username=user.username,
        request_body=body.model_dump(),
        action=lambda: take_payment(ctx.db, number, body.amount, body.channel),
    )


def sync_from_crm(db: Database, number: str) -> dict:
    """Billing takes CRM's status; answered in the same write shape as the HLR's syncFromCrm."""
    row = db.one(
        "SELECT b.subscriber_id, b.status AS billing_status, s.status AS crm_status FROM billing_subscriber b"
        " JOIN crm_subscriber s ON s.id=b.subscriber_id WHERE b.number=?",
        (number,),
    )
    if not row:
        raise not_found("billing subscriber with number", number)
    before, after, at = row["billing_status"], row["crm_status"], now_iso()
    if before != after:
        db.execute(
            "UPDATE billing_subscriber SET status=?, updated_at=? WHERE subscriber_id=?",
            (after, at, row["subscriber_id"]),
        )
        reason = "request" if "request" in (before + after) else "other"
        _log(db, row["subscriber_id"], number, at, "resume" if after == "active" else "suspend", reason)
    changes = [{"field": "status", "from": before, "to": after}] if before != after else []
    return {
        "id": uuid.uuid4().hex,
        "@type": "ServiceActivation",
        "operation": "syncFromCrm",
        "number": number,
        "state": "completed",
        "completedAt": at,
        "changed": bool(changes),
        "changes": changes,
        "statusBefore": before,
        "status": after,
    }


@router.post(
    "/subscriber/{number}/syncFromCrm", summary="Billing status takes CRM's status (fixes a mismatch)"
)
def sync_subscriber(
    request: Request,
    number: str = Path(min_length=1, max_length=64),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return perform_write(
        ctx,
        request,
        system="billing",
        operation="syncFromCrm",
        number=number,
        username=user.username,
        action=lambda: sync_from_crm(ctx.db, number),
    )


# keep the import of FAULTS last: the fault module uses the helpers above
from backend_stub.systems.billing_faults import FAULTS  # noqa: E402

__all__ = ["FAULTS", "MONTHS", "arrears_of", "provision", "resume_after_payment", "router", "take_payment"]
