"""crm: customers, subscribers, sales products and offers, add-ons, VPN, orders, marketing hints.

Modelled on TMF629 (Customer), TMF637 (Product inventory) and TMF622 (ProductOrder). CRM is "the truth
of what was sold": the other systems are compared against it, so its records follow the world spec.
"""

from __future__ import annotations

import random
from datetime import timedelta

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse

from backend_stub import catalog
from backend_stub.auth import current_user, require_admin
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, loads, now_iso, utcnow
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list, tmf_list
from backend_stub.scenarios import Fault
from backend_stub.systems.crm_seed import STAFF, provision, steps_of
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec

router = APIRouter(prefix="/crm", tags=["crm"], dependencies=[Depends(current_user)])
admin_router = APIRouter(prefix="/admin/crm", tags=["admin"], dependencies=[Depends(require_admin)])
__all__ = ["FAULTS", "admin_router", "on_app", "provision", "router"]  # provision: written in crm_seed


def _id_path() -> str:
    """A fresh path-parameter declaration per route (FastAPI binds one to its parameter's name)."""
    return Path(min_length=1, max_length=40)


# -- representations ------------------------------------------------------------------------------
def _customer(row: dict, accounts: list[dict]) -> dict:
    contact = [
        {"mediumType": "mobile", "preferred": True, "characteristic": {"phoneNumber": row["contact_phone"]}}
    ]
    if row["email"]:
        contact.append({"mediumType": "email", "characteristic": {"emailAddress": row["email"]}})
    return {
        "id": row["id"],
        "href": f"/crm/customer/{row['id']}",
        "@type": "Customer",
        "name": row["name"],
        "customerType": row["customer_type"],
        "status": row["status"],
        "level": row["level"],
        "creditClass": row["credit_class"],
        "idCard": row["id_card"],
        "address": row["address"],
        "city": row["city"],
        "district": row["district"],
        "contactMedium": contact,
        "manager": {"name": row["manager"], "phone": row["manager_phone"]},
        "createdAt": row["created_at"],
        "account": [
            {
                "id": a["id"],
                "href": f"/crm/account/{a['id']}",
                "contractNo": a["contract_no"],
                "paymentMethod": a["payment_method"],
            }
            for a in accounts
        ],
    }


def _customers(db: Database, rows: list[dict]) -> list[dict]:
    ids = [r["id"] for r in rows]
    by_customer: dict[str, list[dict]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for a in db.query(f"SELECT * FROM crm_account WHERE customer_id IN ({marks}) ORDER BY id", ids):
            by_customer.setdefault(a["customer_id"], []).append(a)
    return [_customer(r, by_customer.get(r["id"], [])) for r in rows]


SUBSCRIBER_SQL = """SELECT s.*, a.contract_no,
  (SELECT p.id FROM crm_product p WHERE p.subscriber_id=s.id AND p.status!='terminated'
     ORDER BY p.start_at DESC LIMIT 1) AS product_id
  FROM crm_subscriber s JOIN crm_account a ON a.id=s.account_id"""


def _subscriber(db: Database, row: dict) -> dict:
    product = db.one("SELECT id, name, kind, monthly_fee FROM crm_product WHERE id=?", (row["product_id"],))
    return {
        "id": row["id"],
        "href": f"/crm/subscriber/{row['id']}",
        "@type": "Subscriber",
        "customerId": row["customer_id"],
        "accountId": row["account_id"],
        "contractNo": row["contract_no"],
        "serviceType": row["service_type"],
        "number": row["number"],
        "status": row["status"],
        "statusReason": row["status_reason"],
        "activatedAt": row["activated_at"],
        "city": row["city"],
        "district": row["district"],
        "accessPoint": row["access_point"],
        "wirelessServices": loads(row["wireless_json"], []),
        "product": None
        if not product
        else {
            "id": product["id"],
            "name": product["name"],
            "isBundle": product["kind"] == "bundle",
            "monthlyFee": product["monthly_fee"],
        },
    }


def _product(row: dict, offers: list[dict]) -> dict:
    return {
        "id": row["id"],
        "href": f"/crm/product/{row['id']}",
        "@type": "Product",
        "name": row["name"],
        "isBundle": row["kind"] == "bundle",
        "kind": row["kind"],
        "status": row["status"],
        "subscriberId": row["subscriber_id"],
        "number": row.get("number"),
        "monthlyFee": row["monthly_fee"],
        "validFor": {"startDateTime": row["start_at"], "endDateTime": row["end_at"]},
        "productPrice": [
            {
                "priceType": "recurring",
                "recurringChargePeriod": "month",
                "price": {"value": row["monthly_fee"], "unit": "fen"},
            }
        ],
        "offer": [
            {
                "id": o["id"],
                "name": o["name"],
                "discountType": o["discount_type"],
                "discountValue": o["discount_value"],
                "attributes": loads(o["attributes_json"], {}),
                "validFor": {"startDateTime": o["valid_from"], "endDateTime": o["valid_to"]},
            }
            for o in offers
        ],
    }


def _products(db: Database, where: str, key: str) -> list[dict]:
    rows = db.query(
        f"SELECT p.*, s.number FROM crm_product p JOIN crm_subscriber s ON s.id=p.subscriber_id"
        f" WHERE {where} ORDER BY p.subscriber_id, p.start_at DESC",
        (key,),
    )
    offers: dict[str, list[dict]] = {}
    if rows:
        marks = ",".join("?" * len(rows))
        for o in db.query(
            f"SELECT * FROM crm_offer WHERE product_id IN ({marks}) ORDER BY id", [r["id"] for r in rows]
        ):
            offers.setdefault(o["product_id"], []).append(o)
    return [_product(r, offers.get(r["id"], [])) for r in rows]


def order_view(row: dict) -> dict:
    steps = loads(row["steps_json"], [])
    for s in steps:
        s["abnormal"] = s["state"] == "stuck"
    stuck = next((s for s in steps if s["abnormal"]), None)
    return {
        "id": row["id"],
        "href": f"/crm/productOrder/{row['id']}",
        "@type": "ProductOrder",
        "customerId": row["customer_id"],
        "subscriberId": row["subscriber_id"],
        "number": row.get("number"),
        "orderType": row["order_type"],
        "orderTypeName": catalog.ORDER_TYPES.get(row["order_type"], ("",))[0],
        "description": row["description"],
        "state": row["state"],
        "orderDate": row["accepted_at"],
        "completionDate": row["completed_at"],
        "acceptance": {
            "acceptedAt": row["accepted_at"],
            "acceptedBy": row["accepted_by"],
            "channel": row["channel"],
        },
        "contact": {"name": row["contact_name"], "phone": row["contact_phone"]},
        "steps": steps,
        "stuckStep": stuck,
        "fees": loads(row["fees_json"], []),
        "offers": loads(row["offers_json"], []),
    }


ORDER_SQL = "SELECT o.*, s.number FROM crm_order o LEFT JOIN crm_subscriber s ON s.id=o.subscriber_id"


def _need(db: Database, table: str, key: str, what: str) -> dict:
    row = db.one(f"SELECT * FROM {table} WHERE id=?", (key,))
    if not row:
        raise not_found(what, key)
    return row


# -- routes ---------------------------------------------------------------------------------------
@router.get("/customer", summary="Find customers (TMF629) by number, contract, account, ID card or name")
def find_customers(
    number: str | None = Query(None, max_length=64, description="mobile, fixed line or broadband account"),
    contract_no: str | None = Query(None, alias="contractNo", max_length=40),
    account_id: str | None = Query(None, alias="accountId", max_length=40),
    id_card: str | None = Query(None, alias="idCard", max_length=18),
    name: str | None = Query(None, max_length=64),
    name_match: str = Query("exact", alias="nameMatch", pattern="^(exact|prefix)$"),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    where, params = [], []
    if number:
        where.append("c.id IN (SELECT customer_id FROM crm_subscriber WHERE number=?)")
        params.append(number.strip())
    if contract_no:
        where.append("c.id IN (SELECT customer_id FROM crm_account WHERE contract_no=?)")
        params.append(contract_no.strip().upper())
    if account_id:
        where.append("c.id IN (SELECT customer_id FROM crm_account WHERE id=?)")
        params.append(account_id.strip())
    if id_card:
        where.append("c.id_card=?")
        params.append(id_card.strip().upper())
    if name:
        if name_match == "prefix":
            where.append("substr(c.name, 1, length(?))=?")
            params += [name.strip(), name.strip()]
        else:
            where.append("c.name=?")
            params.append(name.strip())
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM crm_customer c{clause}", params)
    rows = ctx.db.query(f"SELECT c.* FROM crm_customer c{clause} ORDER BY c.id{page.sql()}", params)
    return tmf_list(_customers(ctx.db, rows), total, page)


@router.get("/customer/{customer_id}", summary="Customer core data")
def get_customer(customer_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    return _customers(ctx.db, [_need(ctx.db, "crm_customer", customer_id, "customer")])[0]


@router.get("/customer/{customer_id}/subscriber", summary="The customer's subscribers with CRM status")
def customer_subscribers(
    customer_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _need(ctx.db, "crm_customer", customer_id, "customer")
    rows = ctx.db.query(f"{SUBSCRIBER_SQL} WHERE s.customer_id=? ORDER BY s.id", (customer_id,))
    return slice_list([_subscriber(ctx.db, r) for r in rows], page)


@router.get("/customer/{customer_id}/product", summary="All sales products of the customer with their offers")
def customer_products(
    customer_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _need(ctx.db, "crm_customer", customer_id, "customer")
    return slice_list(_products(ctx.db, "p.customer_id=?", customer_id), page)


@router.get("/customer/{customer_id}/productOrder", summary="The customer's orders (TMF622), newest first")
def customer_orders(
    customer_id: str = _id_path(),
    state: str | None = Query(None, pattern="^(completed|inProgress|held|cancelled)$"),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    _need(ctx.db, "crm_customer", customer_id, "customer")
    sql, params = f"{ORDER_SQL} WHERE o.customer_id=?", [customer_id]
    if state:
        sql += " AND o.state=?"
        params.append(state)
    rows = ctx.db.query(sql + " ORDER BY o.accepted_at DESC", params)
    return slice_list([order_view(r) for r in rows], page)


@router.get("/customer/{customer_id}/marketingHint", summary="Products the customer may take up")
def marketing_hints(
    customer_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _need(ctx.db, "crm_customer", customer_id, "customer")
    rows = ctx.db.query(
        "SELECT * FROM crm_marketing_hint WHERE customer_id=? ORDER BY score DESC", (customer_id,)
    )
    return slice_list(
        [
            {
                "id": r["id"],
                "@type": "MarketingHint",
                "productName": r["product_name"],
                "reason": r["reason"],
                "score": r["score"],
            }
            for r in rows
        ],
        page,
    )


@router.get("/account/{account_id}", summary="A contract (billing account) as CRM knows it")
def get_account(account_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    a = _need(ctx.db, "crm_account", account_id, "account")
    numbers = [
        r["number"]
        for r in ctx.db.query(
            "SELECT number FROM crm_subscriber WHERE account_id=? ORDER BY id", (account_id,)
        )
    ]
    return {
        "id": a["id"],
        "href": f"/crm/account/{a['id']}",
        "@type": "Account",
        "contractNo": a["contract_no"],
        "customerId": a["customer_id"],
        "name": a["name"],
        "paymentMethod": a["payment_method"],
        "billCycleDay": a["bill_cycle_day"],
        "createdAt": a["created_at"],
        "numbers": numbers,
    }


@router.get("/subscriber", summary="Subscribers by service number (0 or 1 item)")
def find_subscribers(
    number: str = Query(..., min_length=1, max_length=64),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    rows = ctx.db.query(f"{SUBSCRIBER_SQL} WHERE s.number=?", (number.strip(),))
    return slice_list([_subscriber(ctx.db, r) for r in rows], page)


@router.get("/subscriber/byNumber/{number}", summary="One subscriber by service number (404 if unknown)")
def subscriber_by_number(
    number: str = Path(min_length=1, max_length=64), ctx: StubContext = Depends(get_ctx)
) -> dict:
    row = ctx.db.one(f"{SUBSCRIBER_SQL} WHERE s.number=?", (number,))
    if not row:
        raise not_found("subscriber with number", number)
    return _subscriber(ctx.db, row)


def _sub_row(db: Database, subscriber_id: str) -> dict:
    row = db.one(f"{SUBSCRIBER_SQL} WHERE s.id=?", (subscriber_id,))
    if not row:
        raise not_found("subscriber", subscriber_id)
    return row


@router.get("/subscriber/{subscriber_id}", summary="One subscriber by id")
def get_subscriber(subscriber_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    return _subscriber(ctx.db, _sub_row(ctx.db, subscriber_id))


@router.get("/subscriber/{subscriber_id}/product", summary="The subscriber's sales products and offers")
def subscriber_products(
    subscriber_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _sub_row(ctx.db, subscriber_id)
    return slice_list(_products(ctx.db, "p.subscriber_id=?", subscriber_id), page)


@router.get("/subscriber/{subscriber_id}/addon", summary="Add-on products with their attributes")
def subscriber_addons(
    subscriber_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _sub_row(ctx.db, subscriber_id)
    rows = ctx.db.query("SELECT * FROM crm_addon WHERE subscriber_id=? ORDER BY id", (subscriber_id,))
    return slice_list(
        [
            {
                "id": r["id"],
                "@type": "AddOnProduct",
                "code": r["code"],
                "name": r["name"],
                "status": r["status"],
                "startDate": r["start_at"],
                "monthlyFee": catalog.ADDONS.get(r["code"], ("", 0))[1],
                "attributes": loads(r["attributes_json"], {}),
            }
            for r in rows
        ],
        page,
    )


@router.get("/subscriber/{subscriber_id}/vpn", summary="Mobile VPN group membership as sold")
def subscriber_vpn(subscriber_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    _sub_row(ctx.db, subscriber_id)
    return _vpn(ctx.db, subscriber_id)


def _id_of_number(db: Database, number: str) -> str:
    row = db.one("SELECT id FROM crm_subscriber WHERE number=?", (number,))
    if not row:
        raise not_found("subscriber with number", number)
    return row["id"]


@router.get("/subscriber/byNumber/{number}/addon", summary="Add-on products of a service number")
def number_addons(
    number: str = Path(min_length=1, max_length=64),
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return subscriber_addons(_id_of_number(ctx.db, number), page, ctx)


@router.get("/subscriber/byNumber/{number}/vpn", summary="Mobile VPN group membership of a service number")
def number_vpn(number: str = Path(min_length=1, max_length=64), ctx: StubContext = Depends(get_ctx)) -> dict:
    return _vpn(ctx.db, _id_of_number(ctx.db, number))


def _vpn(db: Database, subscriber_id: str) -> dict:
    r = db.one("SELECT * FROM crm_vpn_member WHERE subscriber_id=?", (subscriber_id,))
    if not r:
        return {"subscriberId": subscriber_id, "member": False}
    return {
        "subscriberId": subscriber_id,
        "member": True,
        "groupId": r["group_id"],
        "groupName": r["group_name"],
        "shortNumber": r["short_number"],
        "status": r["status"],
    }


@router.get(
    "/subscriber/{subscriber_id}/vas", summary="Value-added subscriptions as recorded in CRM (read-only)"
)
def subscriber_vas(
    subscriber_id: str = _id_path(), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _sub_row(ctx.db, subscriber_id)
    rows = ctx.db.query("SELECT * FROM crm_vas WHERE subscriber_id=? ORDER BY ordered_at", (subscriber_id,))
    return slice_list(
        [
            {
                "id": r["id"],
                "@type": "VasSubscription",
                "spCode": r["sp_code"],
                "spName": r["sp_name"],
                "productCode": r["product_code"],
                "productName": r["product_name"],
                "monthlyFee": r["monthly_fee"],
                "status": r["status"],
                "orderedAt": r["ordered_at"],
                "channel": r["channel"],
                "unsubscribedAt": r["unsubscribed_at"],
            }
            for r in rows
        ],
        page,
    )


@router.get("/product/{product_id}", summary="One sales product with its offers")
def get_product(product_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    found = _products(ctx.db, "p.id=?", product_id)
    if not found:
        raise not_found("product", product_id)
    return found[0]


@router.get(
    "/productOrder/{order_id}", summary="One order with acceptance data, contacts, steps, fees, offers"
)
def get_order(order_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    row = ctx.db.one(f"{ORDER_SQL} WHERE o.id=?", (order_id,))
    if not row:
        raise not_found("order", order_id)
    return order_view(row)


@admin_router.post(
    "/order/{order_id}/complete", summary="Back office completes a held order (training/tests)"
)
def complete_order(order_id: str = _id_path(), ctx: StubContext = Depends(get_ctx)) -> dict:
    with ctx.db.tx():
        row = ctx.db.one(f"{ORDER_SQL} WHERE o.id=?", (order_id,))
        if not row:
            raise not_found("order", order_id)
        if row["state"] in ("completed", "cancelled"):
            raise bad_request("order_id", f"order {order_id} is already {row['state']}")
        now = now_iso()
        steps = loads(row["steps_json"], [])
        for s in steps:
            if s["state"] != "done":
                s["state"], s["at"] = "done", now
                s["note"] = (s.get("note") + "; " if s.get("note") else "") + "completed by back office"
        ctx.db.execute(
            "UPDATE crm_order SET state='completed', completed_at=?, steps_json=? WHERE id=?",
            (now, dumps(steps), order_id),
        )
        return order_view(ctx.db.one(f"{ORDER_SQL} WHERE o.id=?", (order_id,)))


def on_app(app, ctx: StubContext) -> None:
    app.include_router(admin_router)


# -- faults ---------------------------------------------------------------------------------------
STUCK_NOTES = [
    ("外线施工", "新地址分光器端口已满,等待资源扩容"),
    ("资源核查", "新地址无可用光纤资源,待资源中心核实"),
    ("装机", "预约上门三次未遇用户,工单挂起"),
]


def _apply_order_stuck(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    step_name, note = rng.choice(STUCK_NOTES)
    names = catalog.ORDER_TYPES["move"][1]
    stuck_at = names.index(step_name)
    now = SEED_EPOCH if ctx.db.meta("seeded") is None else utcnow()  # deterministic demo customers
    accepted = iso(now - timedelta(days=rng.randint(4, 9)) - timedelta(hours=rng.uniform(0, 12)))
    steps = steps_of(rng, "move", accepted, stuck_at=stuck_at)
    steps[stuck_at]["note"] = note
    order_id = f"OR{cust.id[1:]}9"
    ctx.db.insert(
        "crm_order",
        {
            "id": order_id,
            "customer_id": cust.id,
            "subscriber_id": sub.id,
            "order_type": "move",
            "description": f"移机 {catalog.PRODUCTS[sub.product_code][0]} ({sub.number})",
            "channel": "10000号",
            "accepted_at": accepted,
            "accepted_by": rng.choice(STAFF),
            "contact_name": cust.name,
            "contact_phone": cust.contact_phone,
            "state": "held",
            "steps_json": dumps(steps),
            "fees_json": dumps([{"name": "移机费", "amount": 5000, "state": "paid"}]),
            "offers_json": "[]",
            "completed_at": None,
        },
    )
    return {"order_id": order_id, "stuck_step": step_name, "unit": catalog.ORDER_STEP_UNITS[step_name]}


def _order_stuck_present(ctx: StubContext, number: str) -> bool:
    return bool(
        ctx.db.scalar(
            "SELECT 1 FROM crm_order o JOIN crm_subscriber s ON s.id=o.subscriber_id WHERE s.number=? AND o.state='held'",
            (number,),
        )
    )


FAULTS = {
    "order_stuck": Fault(
        name="order_stuck",
        description="A broadband move order is held at a flow step (marked stuck) with the owning back-office unit.",
        fix="Back office completes the order (POST /admin/crm/order/{id}/complete); the agent dispatches to the unit.",
        kinds=["broadband"],
        apply=_apply_order_stuck,
        present=_order_stuck_present,
    ),
}
