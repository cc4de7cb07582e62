"""The faults the HLR owns: the network disagrees with CRM (barred, add-on or VPN membership missing).

``backend_stub.systems`` only loads ``hlr``, which re-exports ``FAULTS`` from here.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from backend_stub import catalog
from backend_stub.context import StubContext
from backend_stub.db import iso, now_iso
from backend_stub.scenarios import Fault
from backend_stub.systems.hlr_model import anchor
from backend_stub.world import CustomerSpec, SubscriberSpec


def _crm_row(ctx: StubContext, number: str) -> dict | None:
    return ctx.db.one("SELECT * FROM crm_subscriber WHERE number=?", (number,))


def _clear_arrears(ctx: StubContext, cust: CustomerSpec) -> None:
    """The fault says "no arrears": settle any unpaid bill billing generated for this account."""
    ctx.db.execute(
        "UPDATE billing_bill SET amount_paid=amount_due, state='settled' WHERE account_id=?"
        " AND state!='settled'",
        (cust.account_id,),
    )


def _apply_paid_still_barred(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    db = ctx.db
    _clear_arrears(ctx, cust)
    base = anchor(db)
    suspended_at = iso(base - timedelta(days=rng.randint(3, 9)))
    paid_at = iso(base - timedelta(hours=rng.randint(2, 30)))
    amount = rng.choice([5000, 10000, 20000])
    db.insert(
        "billing_topup",
        {
            "id": f"TP{uuid.uuid4().hex[:12].upper()}",
            "account_id": cust.account_id,
            "number": sub.number,
            "at": paid_at,
            "amount": amount,
            "channel": rng.choice(["online", "counter", "card"]),
        },
    )
    for book in db.query(
        "SELECT * FROM billing_balance_book WHERE account_id=? AND book_type='cash'", (cust.account_id,)
    ):
        after = max(book["balance"], 0) + amount
        db.execute("UPDATE billing_balance_book SET balance=? WHERE id=?", (after, book["id"]))
        db.insert(
            "billing_balance_movement",
            {
                "book_id": book["id"],
                "at": paid_at,
                "direction": "income",
                "amount": after - book["balance"],
                "balance_after": after,
                "reason": "top-up",
            },
        )
        break
    db.insert_many(
        "billing_suspension_log",
        [
            {
                "subscriber_id": sub.id,
                "number": sub.number,
                "at": suspended_at,
                "action": "suspend",
                "reason": "arrears",
            },
            {
                "subscriber_id": sub.id,
                "number": sub.number,
                "at": paid_at,
                "action": "resume",
                "reason": "payment",
            },
        ],
    )
    db.execute(
        "UPDATE hlr_subscriber SET state='barred_arrears', state_reason='arrears', updated_at=?"
        " WHERE number=?",
        (suspended_at, sub.number),
    )
    return {"paid_at": paid_at, "paid_amount": amount, "hlr_state": "barred_arrears"}


def _apply_abnormal_suspension(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    _clear_arrears(ctx, cust)
    ctx.db.execute(
        "UPDATE hlr_subscriber SET state='barred_other', state_reason=NULL, updated_at=? WHERE number=?",
        (iso(anchor(ctx.db) - timedelta(hours=rng.randint(1, 48))), sub.number),
    )
    return {"hlr_state": "barred_other"}


def _barred_while_crm_active(ctx: StubContext, number: str) -> bool:
    crm = _crm_row(ctx, number)
    hlr = ctx.db.one("SELECT state FROM hlr_subscriber WHERE number=?", (number,))
    return bool(crm and hlr and crm["status"] == "active" and hlr["state"] != "active")


ADDON_FOR_FAULT = "caller_id"


def _customize_addon(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    if ADDON_FOR_FAULT not in sub.addons:
        sub.addons.append(ADDON_FOR_FAULT)


def _apply_addon_not_in_hlr(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    db = ctx.db
    if not db.scalar(
        "SELECT 1 FROM crm_addon WHERE subscriber_id=? AND code=? AND status='active'",
        (sub.id, ADDON_FOR_FAULT),
    ):  # CRM is another module: make sure the truth is there
        db.insert(
            "crm_addon",
            {
                "id": f"AD{sub.id[1:]}{ADDON_FOR_FAULT[:4].upper()}",
                "subscriber_id": sub.id,
                "code": ADDON_FOR_FAULT,
                "name": catalog.ADDONS[ADDON_FOR_FAULT][0],
                "status": "active",
                "attributes_json": "{}",
                "start_at": now_iso(),
            },
        )
    how = rng.choice(["inactive", "missing"])
    if how == "missing":
        db.execute("DELETE FROM hlr_service WHERE number=? AND code=?", (sub.number, ADDON_FOR_FAULT))
    else:
        db.execute("UPDATE hlr_service SET active=0 WHERE number=? AND code=?", (sub.number, ADDON_FOR_FAULT))
    return {"addon": ADDON_FOR_FAULT, "hlr_service": how}


def _addon_missing(ctx: StubContext, number: str) -> bool:
    crm = _crm_row(ctx, number)
    if not crm:
        return False
    return bool(
        ctx.db.scalar(
            "SELECT 1 FROM crm_addon a WHERE a.subscriber_id=? AND a.status='active' AND NOT EXISTS ("
            " SELECT 1 FROM hlr_service h WHERE h.number=? AND h.code=a.code AND h.active=1)",
            (crm["id"], number),
        )
    )


def _customize_vpn(cust: CustomerSpec, sub: SubscriberSpec) -> None:
    if not sub.vpn:
        gid = f"VPN{catalog.CITIES[cust.city][3][:4]}{int(sub.id[1:]) % 1000:03d}"
        sub.vpn = {
            "group_id": gid,
            "group_name": f"{catalog.CITIES[cust.city][0]}集团虚拟网{gid[-3:]}",
            "short_number": f"6{int(sub.id[1:]) % 1000:03d}",
        }


def _apply_vpn_member_missing(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    db = ctx.db
    if not db.scalar("SELECT 1 FROM crm_vpn_member WHERE subscriber_id=?", (sub.id,)):
        db.insert(
            "crm_vpn_member",
            {
                "subscriber_id": sub.id,
                "group_id": sub.vpn["group_id"],
                "group_name": sub.vpn["group_name"],
                "short_number": sub.vpn["short_number"],
                "status": "active",
            },
        )
    db.execute("DELETE FROM hlr_vpn_member WHERE number=?", (sub.number,))
    return {"vpn_group_id": sub.vpn["group_id"], "short_number": sub.vpn["short_number"]}


def _vpn_missing(ctx: StubContext, number: str) -> bool:
    crm = _crm_row(ctx, number)
    if not crm:
        return False
    truth = ctx.db.one(
        "SELECT group_id, short_number FROM crm_vpn_member WHERE subscriber_id=? AND status='active'",
        (crm["id"],),
    )
    have = ctx.db.one("SELECT group_id, short_number FROM hlr_vpn_member WHERE number=?", (number,))
    return truth is not None and truth != have


FAULTS = {
    "paid_still_barred": Fault(
        "paid_still_barred",
        "The customer topped up and billing resumed the number (CRM and billing active, no arrears), "
        "but the HLR still has it barred for arrears.",
        'POST /hlr/subscriber/{number}/state {"state": "active"} or POST /hlr/subscriber/{number}/syncFromCrm',
        ["mobile"],
        _apply_paid_still_barred,
        _barred_while_crm_active,
    ),
    "abnormal_suspension": Fault(
        "abnormal_suspension",
        "No arrears and no billing suspension, CRM and billing active, yet the HLR has the number barred "
        "(barred_other, no reason).",
        'POST /hlr/subscriber/{number}/state {"state": "active"} or POST /hlr/subscriber/{number}/syncFromCrm',
        ["mobile"],
        _apply_abnormal_suspension,
        _barred_while_crm_active,
    ),
    "addon_not_in_hlr": Fault(
        "addon_not_in_hlr",
        "An add-on (caller ID) is active in CRM but not activated in the network.",
        "POST /hlr/subscriber/{number}/service/caller_id/activate or POST /hlr/subscriber/{number}/syncFromCrm",
        ["mobile"],
        _apply_addon_not_in_hlr,
        _addon_missing,
        _customize_addon,
    ),
    "vpn_member_missing": Fault(
        "vpn_member_missing",
        "The number is in a mobile VPN group in CRM, but the network has no membership (short number fails).",
        "POST /hlr/subscriber/{number}/vpn/sync or POST /hlr/subscriber/{number}/syncFromCrm",
        ["mobile"],
        _apply_vpn_member_missing,
        _vpn_missing,
        _customize_vpn,
    ),
}
