"""ISMP / VSOP: value-added (SP) subscriptions, the VAS catalogue, subscribe, unsubscribe and sync from CRM.

ISMP and CRM each keep a record of every VAS subscription under the same id (ISMP notifies CRM when a
customer subscribes or unsubscribes). Billing charges from ISMP's record, so when the two disagree a
customer is billed for a service CRM says was cancelled. Shapes follow TMF637 ``Product`` and TMF620
``ProductOffering``, with SP and channel fields added flat.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub import catalog
from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, loads, now_iso, parse_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list
from backend_stub.scenarios import Fault
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec
from backend_stub.writes import perform_write

router = APIRouter(prefix="/ismp", tags=["ismp"])
NumberPath = Path(..., min_length=3, max_length=64, description="mobile number")

PRODUCTS = {p[2]: p for p in catalog.VAS_PRODUCTS}  # product_code -> (sp_code, sp_name, code, name, fee)
Channel = Literal["营业厅", "网上营业厅", "10000号", "短信", "社区代理点", "客户经理"]
SMS_CHANNEL = "短信"
BILLED_SINCE = SEED_EPOCH - timedelta(days=190)  # before the six billed months of the seeded history


def _offering(code: str) -> dict:
    sp_code, sp_name, _, name, fee = PRODUCTS[code]
    return {
        "id": code,
        "href": f"/ismp/productOffering/{code}",
        "@type": "ProductOffering",
        "name": name,
        "spCode": sp_code,
        "spName": sp_name,
        "monthlyFee": fee,
        "lifecycleStatus": "Launched",
    }


# -- reads --------------------------------------------------------------------------------------------------
def _subscriber(db: Database, number: str) -> dict:
    row = db.one("SELECT id, account_id, service_type, status FROM crm_subscriber WHERE number=?", (number,))
    if row is None:
        raise not_found("subscriber", number)
    return row


def subscriptions(db: Database, number: str) -> list[dict]:
    """Every subscription of a number as ISMP and CRM record it, side by side, newest first."""
    sub = _subscriber(db, number)
    ismp = {r["id"]: r for r in db.query("SELECT * FROM ismp_subscription WHERE number=?", (number,))}
    crm = {r["id"]: r for r in db.query("SELECT * FROM crm_vas WHERE subscriber_id=?", (sub["id"],))}
    items = []
    for sid in set(ismp) | set(crm):
        i, c = ismp.get(sid), crm.get(sid)
        base = i or c
        ismp_state = i["state"] if i else "none"
        crm_state = c["status"] if c else "none"
        items.append(
            {
                "id": sid,
                "href": f"/ismp/subscriber/{number}/product/{sid}",
                "@type": "Product",
                "name": base["product_name"],
                "status": ismp_state,
                "ismpState": ismp_state,
                "crmState": crm_state,
                "inSync": ismp_state == crm_state,
                "number": number,
                "productOffering": {"id": base["product_code"], "name": base["product_name"]},
                "productCode": base["product_code"],
                "spCode": base["sp_code"],
                "spName": base["sp_name"],
                "monthlyFee": base["monthly_fee"],
                "orderDate": base["ordered_at"],
                "channel": base["channel"],
                "terminationDate": i["unsubscribed_at"] if i else None,
                "crmTerminationDate": c["unsubscribed_at"] if c else None,
            }
        )
    items.sort(key=lambda x: (x["orderDate"], x["id"]), reverse=True)
    return items


def _one(db: Database, number: str, sid: str) -> dict:
    for item in subscriptions(db, number):
        if item["id"] == sid:
            return item
    raise not_found("subscription", sid)


# -- writes -------------------------------------------------------------------------------------------------
def subscribe(db: Database, number: str, code: str, channel: str) -> dict:
    sub = _subscriber(db, number)
    if sub["service_type"] != "mobile":
        raise StubError(
            409, "invalidState", "value-added services are sold for mobile numbers only", "number"
        )
    if sub["status"] != "active":
        raise StubError(
            409, "invalidState", f"subscriber is {sub['status']}; resume it before subscribing", "number"
        )
    if code not in PRODUCTS:
        raise bad_request("productCode", f"unknown VAS product {code!r}; see GET /ismp/productOffering")
    if db.scalar(
        "SELECT 1 FROM ismp_subscription WHERE number=? AND product_code=? AND state='active'", (number, code)
    ):
        raise StubError(409, "alreadySubscribed", f"{number} already subscribes to {code}")
    sp_code, sp_name, _, name, fee = PRODUCTS[code]
    sid = f"VS{uuid.uuid4().hex[:12].upper()}"
    now = now_iso()
    row = {
        "id": sid,
        "sp_code": sp_code,
        "sp_name": sp_name,
        "product_code": code,
        "product_name": name,
        "monthly_fee": fee,
        "ordered_at": now,
        "channel": channel,
        "unsubscribed_at": None,
    }
    with db.tx():
        db.insert("ismp_subscription", {**row, "number": number, "state": "active"})
        db.insert("crm_vas", {**row, "subscriber_id": sub["id"], "status": "active"})
    return _one(db, number, sid)


def unsubscribe(db: Database, number: str, sid: str | None, code: str | None) -> dict:
    """Unsubscribe in ISMP and notify CRM, so both records end."""
    sub = _subscriber(db, number)
    if sid is None:
        active = [
            s
            for s in subscriptions(db, number)
            if s["productCode"] == code and "active" in (s["ismpState"], s["crmState"])
        ]
        if not active:
            raise StubError(409, "notSubscribed", f"{number} has no active subscription to {code}")
        sid = active[0]["id"]
    current = _one(db, number, sid)
    if "active" not in (current["ismpState"], current["crmState"]):
        raise StubError(409, "notSubscribed", f"subscription {sid} is already unsubscribed")
    now = now_iso()
    with db.tx():
        db.execute(
            "UPDATE ismp_subscription SET state='unsubscribed', unsubscribed_at=? WHERE id=? AND state='active'",
            (now, sid),
        )
        db.execute(
            "UPDATE crm_vas SET status='unsubscribed', unsubscribed_at=? WHERE id=? AND subscriber_id=?"
            " AND status='active'",
            (now, sid, sub["id"]),
        )
    return _one(db, number, sid)


def sync_from_crm(db: Database, number: str) -> list[dict]:
    """ISMP follows CRM: subscriptions CRM ended are ended, CRM's active ones are (re)activated in ISMP."""
    sub = _subscriber(db, number)
    now = now_iso()
    changes = []
    with db.tx():
        for item in subscriptions(db, number):
            sid, ismp_state, crm_state = item["id"], item["ismpState"], item["crmState"]
            if ismp_state == crm_state:
                continue
            if crm_state == "active":
                c = db.one("SELECT * FROM crm_vas WHERE id=?", (sid,))
                db.execute("DELETE FROM ismp_subscription WHERE id=?", (sid,))
                db.insert(
                    "ismp_subscription",
                    {
                        "id": sid,
                        "number": number,
                        "sp_code": c["sp_code"],
                        "sp_name": c["sp_name"],
                        "product_code": c["product_code"],
                        "product_name": c["product_name"],
                        "monthly_fee": c["monthly_fee"],
                        "state": "active",
                        "ordered_at": c["ordered_at"],
                        "channel": c["channel"],
                        "unsubscribed_at": None,
                    },
                )
                changes.append(
                    {
                        "id": sid,
                        "productCode": item["productCode"],
                        "action": "activated",
                        "from": ismp_state,
                        "to": "active",
                    }
                )
            elif ismp_state == "active":
                crm_end = db.scalar(
                    "SELECT unsubscribed_at FROM crm_vas WHERE id=? AND subscriber_id=?", (sid, sub["id"])
                )
                db.execute(
                    "UPDATE ismp_subscription SET state='unsubscribed', unsubscribed_at=? WHERE id=?",
                    (crm_end or now, sid),
                )
                changes.append(
                    {
                        "id": sid,
                        "productCode": item["productCode"],
                        "action": "unsubscribed",
                        "from": "active",
                        "to": "unsubscribed",
                    }
                )
    return changes


# -- provisioning -------------------------------------------------------------------------------------------
def _rows_for(sub: SubscriberSpec, idx: int, k: int, rng: random.Random, state: str) -> tuple[dict, dict]:
    """ISMP's and CRM's record of one subscription. Active ones were ordered before the billed months
    (billing charges them every month); ended ones ended before those months where the history allows."""
    sp_code, sp_name, code, name, fee = catalog.VAS_PRODUCTS[idx]
    start = parse_iso(sub.activated_at) if sub.activated_at else SEED_EPOCH - timedelta(days=400)
    latest = BILLED_SINCE if start < BILLED_SINCE else SEED_EPOCH
    if state == "active":
        ordered = start + (latest - start) * (
            rng.uniform(0, 1) if latest == BILLED_SINCE else rng.uniform(0, 0.05)
        )
        ended = None
    else:
        ordered = start + (latest - start) * rng.uniform(0, 0.6)
        ended = iso(ordered + (latest - ordered) * rng.uniform(0.1, 0.95))
    common = {
        "id": f"VS{sub.id[1:]}{k:02d}",
        "sp_code": sp_code,
        "sp_name": sp_name,
        "product_code": code,
        "product_name": name,
        "monthly_fee": fee,
        "ordered_at": iso(ordered),
        "channel": rng.choice(catalog.CHANNELS),
        "unsubscribed_at": ended,
    }
    return (
        {**common, "number": sub.number, "state": state},
        {**common, "subscriber_id": sub.id, "status": state},
    )


def provision(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """ISMP's and CRM's records of each subscriber's VAS (consistent), plus some ended ones as history."""
    ismp_rows: list[dict] = []
    crm_rows: list[dict] = []
    for cust in customers:
        for sub in cust.subscribers:
            if sub.service_type != "mobile":
                continue
            wanted = [(i, "active") for i in sub.vas]
            if rng.random() < 0.15:
                wanted.append((rng.randrange(len(catalog.VAS_PRODUCTS)), "unsubscribed"))
            for k, (idx, state) in enumerate(wanted, start=1):
                i, c = _rows_for(sub, idx, k, rng, state)
                ismp_rows.append(i)
                crm_rows.append(c)
    db.insert_many("ismp_subscription", ismp_rows)
    db.insert_many("crm_vas", crm_rows)


# -- routes -------------------------------------------------------------------------------------------------
@router.get("/productOffering")
def list_offerings(page: Page = Depends(page_params), user: User = Depends(current_user)) -> JSONResponse:
    """The VAS catalogue: every SP product a customer can subscribe to."""
    return slice_list([_offering(code) for code in PRODUCTS], page)


@router.get("/productOffering/{code}")
def get_offering(code: str = Path(..., max_length=16), user: User = Depends(current_user)) -> dict:
    if code not in PRODUCTS:
        raise not_found("product offering", code)
    return _offering(code)


@router.get("/subscriber/{number}/product")
def list_products(
    number: str = NumberPath,
    state: Literal["active", "unsubscribed", "all"] = Query("all", description="ISMP or CRM state"),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """A number's SP subscriptions with product details, each with its CRM state next to its ISMP state."""
    items = subscriptions(ctx.db, number)
    if state != "all":
        items = [i for i in items if state in (i["ismpState"], i["crmState"])]
    return slice_list(items, page)


@router.get("/subscriber/{number}/product/{subscription_id}")
def get_product(
    number: str = NumberPath,
    subscription_id: str = Path(..., max_length=40),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    return _one(ctx.db, number, subscription_id)


class SubscribeRequest(BaseModel):
    productCode: str = Field(min_length=1, max_length=16)
    channel: Channel = "10000号"


class UnsubscribeRequest(BaseModel):
    subscriptionId: str | None = Field(None, min_length=1, max_length=40)
    productCode: str | None = Field(None, min_length=1, max_length=16)


@router.post("/subscriber/{number}/subscribe", status_code=201)
def subscribe_route(
    body: SubscribeRequest,
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Subscribe in ISMP; ISMP notifies CRM, so both records start active."""
    return perform_write(
        ctx,
        request,
        system="ismp",
        operation="subscribe",
        number=number,
        username=user.username,
        action=lambda: subscribe(ctx.db, number, body.productCode, body.channel),
        request_body=body.model_dump(),
        status_code=201,
    )


@router.post("/subscriber/{number}/unsubscribe")
def unsubscribe_route(
    body: UnsubscribeRequest,
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Unsubscribe by subscription id or product code; ISMP and CRM records both end."""
    if body.subscriptionId is None and body.productCode is None:
        raise bad_request("subscriptionId", "give subscriptionId or productCode")
    return perform_write(
        ctx,
        request,
        system="ismp",
        operation="unsubscribe",
        number=number,
        username=user.username,
        action=lambda: unsubscribe(ctx.db, number, body.subscriptionId, body.productCode),
        request_body=body.model_dump(),
    )


@router.post("/subscriber/{number}/syncFromCrm")
def sync_route(
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """ISMP takes CRM as the truth for this number's subscriptions."""
    _subscriber(ctx.db, number)

    def act() -> dict:
        changes = sync_from_crm(ctx.db, number)
        return {
            "id": uuid.uuid4().hex,
            "@type": "ProductOrder",
            "operation": "syncFromCrm",
            "number": number,
            "state": "completed",
            "completedAt": now_iso(),
            "changed": bool(changes),
            "changes": changes,
            "products": subscriptions(ctx.db, number),
        }

    return perform_write(
        ctx,
        request,
        system="ismp",
        operation="syncFromCrm",
        number=number,
        username=user.username,
        action=act,
        request_body=None,
    )


# -- faults -------------------------------------------------------------------------------------------------
def anchor(db: Database) -> datetime:
    """A fault's "now": the seed epoch while seeding (deterministic demo data), the clock afterwards."""
    return SEED_EPOCH if db.meta("seeded") is None else utcnow()


def _billed_months(db: Database, account_id: str, count: int) -> list[tuple[str, str | None]]:
    """The latest billed months of an account as (month, bill id), newest first."""
    rows = db.query(
        "SELECT id, month FROM billing_bill WHERE account_id=? ORDER BY month DESC LIMIT ?",
        (account_id, count),
    )
    if rows:
        return [(r["month"], r["id"]) for r in rows]
    first = anchor(db).replace(day=1)
    months = []
    for _ in range(count):  # no bills yet (billing not provisioned): the months before this one
        first = (first - timedelta(days=1)).replace(day=1)
        months.append((first.strftime("%Y-%m"), None))
    return months


def _ensure_vas_charge(
    db: Database,
    account_id: str,
    number: str,
    month: str,
    bill_id: str | None,
    sp_name: str,
    product_name: str,
    fee: int,
) -> None:
    """A 'vas' line for this product on that month's bill (unless billing already charged it)."""
    if db.scalar(
        "SELECT 1 FROM billing_charge WHERE number=? AND month=? AND item_type='vas' AND description LIKE ?",
        (number, month, f"%{product_name}%"),
    ):
        return
    db.insert(
        "billing_charge",
        {
            "bill_id": bill_id or f"{account_id}-{month}",
            "account_id": account_id,
            "number": number,
            "month": month,
            "item_type": "vas",
            "charge_type": "recurring",
            "description": f"{sp_name}-{product_name}",
            "amount": fee,
        },
    )
    if bill_id:
        db.execute("UPDATE billing_bill SET amount_due=amount_due+? WHERE id=?", (fee, bill_id))


def _ensure_vas(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    """At least one VAS, so there is one to unsubscribe in CRM and go on billing."""
    if not sub.vas:
        sub.vas = [6]  # 手机游戏包月, a typical SP monthly pack


def _settled_line(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    """A line in use for months before the unknown order, so the order cannot pass for one the customer took
    with the line (the desk treats the first weeks' orders as the customer's own)."""
    settled = iso(SEED_EPOCH - timedelta(days=200))
    sub.activated_at = min(sub.activated_at, settled)
    cust.created_at = min(cust.created_at, sub.activated_at)


def _scenario_subscription(db: Database, number: str) -> dict:
    return loads(db.scalar("SELECT details_json FROM stub_scenario WHERE number=?", (number,)), {})


def _apply_still_billed(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    db = ctx.db
    row = db.one(
        "SELECT * FROM ismp_subscription WHERE number=? AND state='active' ORDER BY id LIMIT 1", (sub.number,)
    )
    ((month, bill_id),) = _billed_months(db, cust.account_id, 1)
    month_start = parse_iso(f"{month}-01T00:00:00Z")
    ended = month_start - timedelta(days=rng.randrange(3, 25), minutes=rng.randrange(24 * 60))
    ordered = iso(ended - timedelta(days=rng.randrange(60, 400)))
    db.execute(
        "UPDATE crm_vas SET status='unsubscribed', unsubscribed_at=?, ordered_at=? WHERE id=?",
        (iso(ended), ordered, row["id"]),
    )
    db.execute("UPDATE ismp_subscription SET ordered_at=? WHERE id=?", (ordered, row["id"]))
    _ensure_vas_charge(
        db,
        cust.account_id,
        sub.number,
        month,
        bill_id,
        row["sp_name"],
        row["product_name"],
        row["monthly_fee"],
    )
    return {
        "subscription_id": row["id"],
        "product_code": row["product_code"],
        "product_name": row["product_name"],
        "sp_name": row["sp_name"],
        "crm_unsubscribed_at": iso(ended),
        "billed_month": month,
        "amount": row["monthly_fee"],
    }


def _apply_unknown(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    """A subscription the customer never asked for: ordered via an SP's SMS port just before the last two
    billed months, recorded in ISMP and CRM alike, and charged on both bills."""
    db = ctx.db
    taken = {
        r["product_code"]
        for r in db.query("SELECT product_code FROM ismp_subscription WHERE number=?", (sub.number,))
    }
    idx = rng.choice([i for i, p in enumerate(catalog.VAS_PRODUCTS) if p[2] not in taken])
    k = 1 + db.scalar("SELECT COUNT(*) FROM ismp_subscription WHERE number=?", (sub.number,))
    ismp_row, crm_row = _rows_for(sub, idx, k, rng, "active")
    months = _billed_months(db, cust.account_id, 2)
    oldest = parse_iso(f"{months[-1][0]}-01T00:00:00Z")
    ordered = iso(oldest - timedelta(days=rng.randrange(1, 20), minutes=rng.randrange(24 * 60)))
    for row in (ismp_row, crm_row):
        row.update(channel=SMS_CHANNEL, ordered_at=ordered)
    db.insert("ismp_subscription", ismp_row)
    db.insert("crm_vas", crm_row)
    for month, bill_id in months:
        _ensure_vas_charge(
            db,
            cust.account_id,
            sub.number,
            month,
            bill_id,
            ismp_row["sp_name"],
            ismp_row["product_name"],
            ismp_row["monthly_fee"],
        )
    return {
        "subscription_id": ismp_row["id"],
        "product_code": ismp_row["product_code"],
        "product_name": ismp_row["product_name"],
        "sp_name": ismp_row["sp_name"],
        "channel": SMS_CHANNEL,
        "ordered_at": ordered,
        "billed_months": [m for m, _ in months],
        "amount": ismp_row["monthly_fee"],
    }


def _still_billed_present(ctx: StubContext, number: str) -> bool:
    return any(
        i["crmState"] == "unsubscribed" and i["ismpState"] == "active" for i in subscriptions(ctx.db, number)
    )


def _unknown_present(ctx: StubContext, number: str) -> bool:
    sid = _scenario_subscription(ctx.db, number).get("subscription_id")
    return any(
        i["id"] == sid and "active" in (i["ismpState"], i["crmState"]) for i in subscriptions(ctx.db, number)
    )


FAULTS = {
    "vas_unsubscribed_still_billed": Fault(
        name="vas_unsubscribed_still_billed",
        description="The customer unsubscribed a value-added service and CRM shows it ended, but ISMP still has "
        "it active, so the latest bill charges it again.",
        fix="POST /ismp/subscriber/{number}/syncFromCrm (or unsubscribe it); the refund is a back-office ticket",
        kinds=["mobile"],
        apply=_apply_still_billed,
        present=_still_billed_present,
        customize=_ensure_vas,
    ),
    "vas_unknown_subscription": Fault(
        name="vas_unknown_subscription",
        description="The customer disputes an SP charge: a subscription ordered via SMS that the customer does "
        "not recognise, active in ISMP and CRM and charged on the last two bills.",
        fix="POST /ismp/subscriber/{number}/unsubscribe with its subscriptionId; the refund is a back-office ticket",
        kinds=["mobile"],
        apply=_apply_unknown,
        present=_unknown_present,
        customize=_settled_line,
    ),
}
