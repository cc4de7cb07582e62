"""The fault scenarios billing (HB) owns. Each ``present`` judges from the current data of the systems.

Kept apart from ``billing.py`` (routes), ``billing_payment.py`` (writes) and ``billing_seed.py``
(history); the module list in ``backend_stub.systems`` only loads ``billing``, which re-exports ``FAULTS``
from here.
"""

from __future__ import annotations

import math
import random
from datetime import timedelta

from backend_stub.context import StubContext
from backend_stub.db import Database, iso, now_iso, parse_iso
from backend_stub.scenarios import Fault
from backend_stub.systems.billing_model import arrears_of
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec

HLR_STATE_OF = {
    "active": "active",
    "suspended_arrears": "barred_arrears",
    "suspended_request": "barred_request",
}


def fault_now(db: Database) -> str:
    """A fault's "now": the seed epoch while seeding (deterministic demo customers), the clock afterwards."""
    return iso(SEED_EPOCH) if db.meta("seeded") is None else now_iso()


def _long_standing(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    """Billing faults need a subscriber with the whole six months of bills behind it."""
    sub.activated_at = iso(SEED_EPOCH - timedelta(days=400 + len(sub.number)))


def _status(db: Database, number: str) -> dict | None:
    return db.one(
        "SELECT s.id, s.account_id, s.status AS crm, b.status AS billing, h.state AS hlr, m.status AS bims"
        " FROM crm_subscriber s LEFT JOIN billing_subscriber b ON b.subscriber_id=s.id"
        " LEFT JOIN hlr_subscriber h ON h.number=s.number LEFT JOIN bims_account m ON m.account=s.number"
        " WHERE s.number=?",
        (number,),
    )


# -- arrears_suspended / bb_arrears -----------------------------------------------------------------
def _customize_arrears(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    _long_standing(cust, sub)
    sub.status = "suspended_arrears"  # CRM, billing (two unpaid bills) and HLR provision from this


def _apply_arrears(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    at = fault_now(ctx.db)
    if sub.service_type == "broadband":
        ctx.db.execute("UPDATE bims_account SET status='suspended' WHERE account=?", (sub.number,))
    else:
        ctx.db.execute(
            "UPDATE hlr_subscriber SET state='barred_arrears', state_reason='arrears', updated_at=?"
            " WHERE number=?",
            (at, sub.number),
        )
    return {"arrears": arrears_of(ctx.db, cust.account_id)}


def _arrears_present(ctx: StubContext, number: str) -> bool:
    st = _status(ctx.db, number)
    if not st:
        return False
    return (
        arrears_of(ctx.db, st["account_id"]) > 0
        or "suspended_arrears" in (st["crm"], st["billing"])
        or st["hlr"] == "barred_arrears"
        or st["bims"] == "suspended"
    )


# -- billing_status_mismatch ------------------------------------------------------------------------
def _apply_mismatch(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    db, at = ctx.db, fault_now(ctx.db)
    if rng.random() < 0.5:  # billing suspended on a request that never reached CRM
        db.execute(
            "UPDATE billing_subscriber SET status='suspended_request', updated_at=? WHERE subscriber_id=?",
            (at, sub.id),
        )
        db.execute(
            "INSERT INTO billing_suspension_log(subscriber_id, number, at, action, reason)"
            " VALUES (?,?,?,?,?)",
            (sub.id, sub.number, at, "suspend", "request"),
        )
        variant = "billing_suspended"
    else:  # CRM and the network suspended on request, billing still active (and still charging)
        db.execute(
            "UPDATE crm_subscriber SET status='suspended_request', status_reason='customer request'"
            " WHERE id=?",
            (sub.id,),
        )
        db.execute(
            "UPDATE hlr_subscriber SET state='barred_request', state_reason='customer request', updated_at=?"
            " WHERE number=?",
            (at, sub.number),
        )
        db.execute(
            "UPDATE crm_product SET status='suspended' WHERE subscriber_id=? AND status='active'", (sub.id,)
        )
        variant = "crm_suspended"
    st = _status(db, sub.number)
    return {"variant": variant, "crm_status": st["crm"], "billing_status": st["billing"]}


def _mismatch_present(ctx: StubContext, number: str) -> bool:
    st = _status(ctx.db, number)
    return bool(st) and st["crm"] != st["billing"]


# -- billing_dispute_roaming ------------------------------------------------------------------------
TRIPS = [("香港", "+852", 299), ("澳门", "+853", 299), ("泰国曼谷", "+66", 499), ("日本东京", "+81", 499)]


def _customize_roaming(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    _long_standing(cust, sub)
    if "intl_roaming" not in sub.addons:
        sub.addons.append("intl_roaming")


def _apply_roaming(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    """Plant a trip abroad in last month's CDRs and bill it; the bill was collected in full."""
    db = ctx.db
    bill = db.one(
        "SELECT * FROM billing_bill WHERE account_id=? ORDER BY month DESC LIMIT 1", (cust.account_id,)
    )
    month = bill["month"]
    place, prefix, per_minute = rng.choice(TRIPS)
    day = parse_iso(f"{month}-{rng.randint(8, 22):02d}T01:00:00Z")
    cdrs, total = [], 0
    for k in range(rng.randint(4, 7)):
        at = day + timedelta(days=k // 2, hours=rng.uniform(0, 14))
        if k % 3 == 2:  # data roaming
            volume = rng.randint(20_000, 300_000)
            amount = math.ceil(volume / 1024) * 50
            cdrs.append((at, 0, volume, None, amount, f"国际及港澳台漫游上网({place})"))
        else:
            duration = rng.randint(60, 1200)
            amount = math.ceil(duration / 60) * per_minute
            peer = prefix + f"{rng.randrange(10**8):08d}" if rng.random() < 0.6 else cust.contact_phone
            cdrs.append((at, duration, 0, peer, amount, f"国际及港澳台漫游通话({place})"))
        total += amount
    db.insert_many(
        "usage_extra_cdr",
        [
            {
                "id": f"XR{sub.id[1:]}{k:02d}",
                "number": sub.number,
                "usage_type": "roaming",
                "start_at": iso(at),
                "duration_s": dur,
                "volume_kb": vol,
                "peer": peer,
                "location": place,
                "amount": amount,
                "description": desc,
            }
            for k, (at, dur, vol, peer, amount, desc) in enumerate(cdrs)
        ],
    )
    db.insert(
        "billing_charge",
        {
            "bill_id": bill["id"],
            "account_id": cust.account_id,
            "number": sub.number,
            "month": month,
            "item_type": "roaming",
            "charge_type": "usage",
            "description": f"国际及港澳台漫游费({place})",
            "amount": total,
        },
    )
    db.execute(
        "UPDATE billing_bill SET amount_due=amount_due+?, amount_paid=amount_paid+? WHERE id=?",
        (total, total if bill["state"] == "settled" else 0, bill["id"]),
    )
    if bill["state"] == "settled":  # collected with the bill: a bank debit in, the same amount out
        book = db.one(
            "SELECT * FROM billing_balance_book WHERE account_id=? AND book_type='cash'", (cust.account_id,)
        )
        last = db.scalar("SELECT MAX(at) FROM billing_balance_movement WHERE book_id=?", (book["id"],))
        at = max(parse_iso(last) if last else parse_iso(bill["issued_at"]), parse_iso(bill["issued_at"]))
        db.insert(
            "billing_topup",
            {
                "id": f"TP{cust.account_id[1:]}R",
                "account_id": cust.account_id,
                "number": sub.number,
                "at": iso(at + timedelta(minutes=1)),
                "amount": total,
                "channel": "bank",
            },
        )
        for minutes, direction, after, reason in (
            (1, "income", book["balance"] + total, "银行代扣"),
            (2, "expense", book["balance"], f"{month}账单扣款(漫游费)"),
        ):
            db.execute(
                "INSERT INTO billing_balance_movement(book_id, at, direction, amount, balance_after, reason)"
                " VALUES (?,?,?,?,?,?)",
                (book["id"], iso(at + timedelta(minutes=minutes)), direction, total, after, reason),
            )
    return {"month": month, "roaming_amount": total, "roaming_place": place, "roaming_cdrs": len(cdrs)}


def _roaming_present(ctx: StubContext, number: str) -> bool:
    return bool(
        ctx.db.scalar(
            "SELECT 1 FROM billing_charge c WHERE c.number=? AND c.item_type='roaming' AND EXISTS (SELECT 1 FROM"
            " usage_extra_cdr u WHERE u.number=c.number AND u.usage_type='roaming' AND substr(u.start_at,1,7)=c.month)",
            (number,),
        )
    )


# -- healthy ----------------------------------------------------------------------------------------
def consistent(db: Database, number: str) -> bool:
    """CRM, billing and HLR agree: same status, no arrears while active, CRM's add-ons active in the HLR."""
    st = _status(db, number)
    if not st or st["crm"] != st["billing"] or st["hlr"] != HLR_STATE_OF.get(st["crm"]):
        return False
    if st["crm"] == "active" and arrears_of(db, st["account_id"]) > 0:
        return False
    missing = db.scalar(
        "SELECT COUNT(*) FROM crm_addon a WHERE a.subscriber_id=? AND a.status='active' AND NOT EXISTS"
        " (SELECT 1 FROM hlr_service h WHERE h.number=? AND h.code=a.code AND h.active=1)",
        (st["id"], number),
    )
    return missing == 0


FAULTS = {
    "arrears_suspended": Fault(
        name="arrears_suspended",
        description="The mobile subscriber owes two bills: CRM and billing suspended_arrears, HLR barred_arrears.",
        fix="The customer pays the arrears (POST /billing/payment); resume after payment restores every system.",
        kinds=["mobile"],
        apply=_apply_arrears,
        present=_arrears_present,
        customize=_customize_arrears,
    ),
    "bb_arrears": Fault(
        name="bb_arrears",
        description="The broadband account owes two bills: CRM and billing suspended_arrears, BIMS suspended.",
        fix="The customer pays the arrears (POST /billing/payment); resume after payment re-enables BIMS.",
        kinds=["broadband"],
        apply=_apply_arrears,
        present=_arrears_present,
        customize=_customize_arrears,
    ),
    "billing_status_mismatch": Fault(
        name="billing_status_mismatch",
        description="CRM and billing disagree on the status (one says active, the other suspended_request).",
        fix="Billing takes CRM as the truth: POST /billing/subscriber/{number}/syncFromCrm.",
        kinds=["mobile"],
        apply=_apply_mismatch,
        present=_mismatch_present,
    ),
    "billing_dispute_roaming": Fault(
        name="billing_dispute_roaming",
        description="The customer disputes a roaming charge on last month's bill; roaming CDRs of a trip explain it.",
        fix="Nothing to fix: show the roaming charge and the roaming CDRs of that month (stays present).",
        kinds=["mobile"],
        apply=_apply_roaming,
        present=_roaming_present,
        customize=_customize_roaming,
    ),
    "healthy": Fault(
        name="healthy",
        description="A subscriber with nothing wrong: CRM, billing and HLR agree, no arrears.",
        fix="Nothing to fix; no write is needed.",
        kinds=["mobile"],
        apply=lambda ctx, cust, sub, rng: {},
        present=lambda ctx, number: consistent(ctx.db, number),
    ),
}
