"""Billing's resources as the routes show them (TMF678 bills and charges, TMF654 books), and the sums
the look-ups and the faults share (arrears, balance)."""

from __future__ import annotations

from backend_stub.db import Database, iso
from backend_stub.systems.billing_seed import month_bounds


def arrears_of(db: Database, account_id: str) -> int:
    return int(
        db.scalar(
            "SELECT COALESCE(SUM(amount_due-amount_paid),0) FROM billing_bill WHERE account_id=?"
            " AND state!='settled'",
            (account_id,),
        )
    )


def balance_of(db: Database, account_id: str) -> int:
    return int(
        db.scalar(
            "SELECT COALESCE(SUM(balance),0) FROM billing_balance_book WHERE account_id=?", (account_id,)
        )
    )


def bill_view(row: dict) -> dict:
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


def charge_view(row: dict) -> dict:
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


def totals(rows: list[dict], key: str, name: str) -> list[dict]:
    sums: dict[str, list[int]] = {}
    for r in rows:
        s = sums.setdefault(r[key], [0, 0])
        s[0] += r["amount"]
        s[1] += 1
    return [{name: k, "amount": v[0], "count": v[1]} for k, v in sorted(sums.items())]


def book_view(row: dict) -> dict:
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


def movement_view(r: dict) -> dict:
    """A balance movement joined with its book's type."""
    return {
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


def topup_view(r: dict) -> dict:
    return {
        "id": r["id"],
        "@type": "TopUp",
        "accountId": r["account_id"],
        "number": r["number"],
        "at": r["at"],
        "amount": r["amount"],
        "channel": r["channel"],
    }


def dunning_view(r: dict) -> dict:
    return {
        "id": r["id"],
        "@type": "Dunning",
        "accountId": r["account_id"],
        "number": r["number"],
        "at": r["at"],
        "channel": r["channel"],
        "amountOwed": r["amount_owed"],
        "message": r["message"],
    }


def suspension_view(r: dict) -> dict:
    return {
        "id": str(r["id"]),
        "@type": "SuspensionEvent",
        "subscriberId": r["subscriber_id"],
        "number": r["number"],
        "at": r["at"],
        "action": r["action"],
        "reason": r["reason"],
    }
