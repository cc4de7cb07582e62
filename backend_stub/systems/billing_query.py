"""What a billing look-up is about and which rows it selects: the account (and number), filters, periods.

Shared by the routes of ``billing``; the answers' shapes are in ``billing_model``.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Query

from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso
from backend_stub.errors import bad_request, not_found
from backend_stub.systems.usage import parse_time

ITEM_TYPES = ("monthly_fee", "local_call", "long_distance", "roaming", "data", "sms", "vas", "addon", "other")
CHARGE_TYPES = ("recurring", "usage", "one_time", "discount")
MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"

# query parameters several routes share
ItemTypeQuery = Query(
    None, alias="itemType", max_length=200, description="comma-separated account-item types"
)
ChargeTypeQuery = Query(None, alias="chargeType", max_length=100, description="comma-separated charge types")
FromQuery = Query(None, alias="from", max_length=40, description="start: 2026-10-01 or an ISO time")
ToQuery = Query(None, alias="to", max_length=40, description="end (a date means the end of that day)")


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


def csv_values(value: str | None, allowed: tuple[str, ...], field: str) -> list[str]:
    items = [v.strip() for v in (value or "").split(",") if v.strip()]
    wrong = [v for v in items if v not in allowed]
    if wrong:
        raise bad_request(field, f"{field}: unknown value {wrong[0]!r}; one of {', '.join(allowed)}")
    return items


def period(from_: str | None, to: str | None) -> tuple[str | None, str | None]:
    start = iso(parse_time(from_, "from")) if from_ else None
    end = iso(parse_time(to, "to", end_of_day=True)) if to else None
    if start and end and start > end:
        raise bad_request("to", "to: the end of the period is before its start")
    return start, end


def in_period(sql: str, params: list, column: str, start: str | None, end: str | None) -> str:
    if start:
        sql += f" AND {column}>=?"
        params.append(start)
    if end:
        sql += f" AND {column}<=?"
        params.append(end)
    return sql


def select_charges(
    db: Database, scope: Scope, month: str | None, item_type: str | None, charge_type: str | None
) -> list[dict]:
    """Charge lines of the number (or of the whole account), newest month first."""
    items = csv_values(item_type, ITEM_TYPES, "itemType")
    kinds = csv_values(charge_type, CHARGE_TYPES, "chargeType")
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


def account_rows(ctx: StubContext, table: str, scope: Scope, from_: str | None, to: str | None) -> list[dict]:
    """Rows of an account-level record table (top-ups, dunning) in the period, newest first."""
    start, end = period(from_, to)
    params: list = [scope.account_id]
    sql = in_period(f"SELECT * FROM {table} WHERE account_id=?", params, "at", start, end)
    return ctx.db.query(sql + " ORDER BY at DESC", params)
