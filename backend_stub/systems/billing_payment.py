"""Billing's writes: a payment (cash book, bills settled oldest first, resumption once nothing is owed)
and the status sync from CRM. "Resume after payment" reaches CRM, HLR and BIMS too, as credit control does.
"""

from __future__ import annotations

import uuid

from backend_stub.db import Database, now_iso
from backend_stub.errors import not_found
from backend_stub.systems.billing_model import arrears_of


def log_suspension(db: Database, sub_id: str, number: str, at: str, action: str, reason: str) -> None:
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
        log_suspension(db, r["id"], r["number"], at, "resume", "payment")
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


def cash_book(db: Database, account_id: str, at: str) -> dict:
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


def move(db: Database, book_id: str, at: str, direction: str, amount: int, after: int, reason: str) -> None:
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
    book = cash_book(db, acct, at)
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
    move(db, book["id"], at, "income", amount, balance, f"缴费({channel})")
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
        move(db, book["id"], at, "expense", pay, balance, f"{bill['month']}账单销账")
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
        log_suspension(
            db, row["subscriber_id"], number, at, "resume" if after == "active" else "suspend", reason
        )
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
