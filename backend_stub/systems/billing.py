"""billing (HB): subscriber billing status, bills, charges, balance books, top-ups, dunning, suspensions.

Modelled on TMF678 (CustomerBill, AppliedCustomerBillingRate) and TMF654 (balance buckets and their
action history). Money is integer fen everywhere. Billing is account-level (a contract pays the bills of
all its numbers); statuses are per subscriber. A payment that clears the arrears runs "resume after
payment" across billing, CRM, HLR and BIMS, the way the operator's credit control does.

This module holds the routes; what a look-up selects is in ``billing_query``, the answers' shapes and
the shared sums in ``billing_model``, the writes in ``billing_payment``, the seeded history in
``billing_seed`` and the faults in ``billing_faults``.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import now_iso, parse_iso
from backend_stub.errors import not_found
from backend_stub.paging import Page, page_params, slice_list
from backend_stub.systems.billing_faults import FAULTS
from backend_stub.systems.billing_model import (
    arrears_of,
    balance_of,
    bill_view,
    book_view,
    charge_view,
    dunning_view,
    movement_view,
    suspension_view,
    topup_view,
    totals,
)
from backend_stub.systems.billing_payment import resume_after_payment, sync_from_crm, take_payment
from backend_stub.systems.billing_query import (
    MONTH_PATTERN,
    ChargeTypeQuery,
    FromQuery,
    ItemTypeQuery,
    Scope,
    ToQuery,
    account_rows,
    account_scope,
    in_period,
    period,
    select_charges,
)
from backend_stub.systems.billing_seed import MONTHS, provision_billing
from backend_stub.writes import perform_write

router = APIRouter(prefix="/billing", tags=["billing"], dependencies=[Depends(current_user)])

provision = provision_billing  # the module interface: provision(db, customers, rng)

__all__ = ["FAULTS", "MONTHS", "arrears_of", "provision", "resume_after_payment", "router", "take_payment"]


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
    balance, arrears = balance_of(db, scope.account_id), arrears_of(db, scope.account_id)
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
        "lastBill": bill_view(last) if last else None,
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
    return slice_list([bill_view(r) for r in ctx.db.query(sql + " ORDER BY month DESC", params)], page)


@router.get("/customerBill/{bill_id}", summary="One bill with its charge lines and totals per item type")
def bill_detail(
    bill_id: str = Path(min_length=1, max_length=40), ctx: StubContext = Depends(get_ctx)
) -> dict:
    row = ctx.db.one("SELECT * FROM billing_bill WHERE id=?", (bill_id,))
    if not row:
        raise not_found("bill", bill_id)
    lines = ctx.db.query("SELECT * FROM billing_charge WHERE bill_id=? ORDER BY number, id", (bill_id,))
    return {
        **bill_view(row),
        "appliedCustomerBillingRate": [charge_view(r) for r in lines],
        "totalsByItemType": totals(lines, "item_type", "itemType"),
    }


@router.get("/appliedCustomerBillingRate", summary="Charges by item type and charge type, number or contract")
def charges(
    scope: Scope = Depends(account_scope),
    month: str | None = Query(None, pattern=MONTH_PATTERN),
    item_type: str | None = ItemTypeQuery,
    charge_type: str | None = ChargeTypeQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = select_charges(ctx.db, scope, month, item_type, charge_type)
    return slice_list([charge_view(r) for r in rows], page)


@router.get("/chargeSummary", summary="Totals of the selected charges per item type, charge type and month")
def charge_summary(
    scope: Scope = Depends(account_scope),
    month: str | None = Query(None, pattern=MONTH_PATTERN),
    item_type: str | None = ItemTypeQuery,
    charge_type: str | None = ChargeTypeQuery,
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    rows = select_charges(ctx.db, scope, month, item_type, charge_type)
    return {
        "accountId": scope.account_id,
        "contractNo": scope.contract_no,
        "number": scope.number,
        "month": month,
        "total": sum(r["amount"] for r in rows),
        "count": len(rows),
        "byItemType": totals(rows, "item_type", "itemType"),
        "byChargeType": totals(rows, "charge_type", "chargeType"),
        "byMonth": totals(rows, "month", "month"),
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
    return slice_list([book_view(r) for r in rows], page)


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
    start, end = period(from_, to)
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
    sql = in_period(sql, params, "m.at", start, end)
    rows = ctx.db.query(sql + " ORDER BY m.at DESC, m.id DESC", params)
    return slice_list([movement_view(r) for r in rows], page)


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
    balance, arrears = balance_of(db, scope.account_id), arrears_of(db, scope.account_id)
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
        item = bill_view(r)
        item["overdueDays"] = max(0, (now - parse_iso(r["due_at"])).days)
        items.append(item)
    return {
        "accountId": scope.account_id,
        "contractNo": scope.contract_no,
        "arrears": sum(i["remainingAmount"] for i in items),
        "bills": items,
        "oldestDueAt": items[0]["paymentDueDate"] if items else None,
    }


@router.get("/topup", summary="Top-up and payment records of the account")
def topups(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = account_rows(ctx, "billing_topup", scope, from_, to)
    return slice_list([topup_view(r) for r in rows], page)


@router.get("/dunning", summary="Dunning (payment reminder) records of the account")
def dunning(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = account_rows(ctx, "billing_dunning", scope, from_, to)
    return slice_list([dunning_view(r) for r in rows], page)


@router.get("/suspensionLog", summary="Suspensions and resumptions caused by fees, with reasons")
def suspension_log(
    scope: Scope = Depends(account_scope),
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    action: Literal["suspend", "resume"] | None = Query(None),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    start, end = period(from_, to)
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
    sql = in_period(sql, params, "at", start, end)
    rows = ctx.db.query(sql + " ORDER BY at DESC, id DESC", params)
    return slice_list([suspension_view(r) for r in rows], page)


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
