"""HLR / network elements: what the switch really has for a mobile or fixed number.

Modelled on TMF638 Service Inventory (the record) and TMF640 Service Activation (the writes). The HLR
may disagree with CRM (barred after payment, add-on never activated, VPN membership lost); the repair
the front line may run is ``syncFromCrm``: CRM is the truth.

``data_profile_json`` is owned here: ``{"cdma1x": {"enabled": bool, "apn", "maxRateKbps"},
"evdo": {...}}`` for mobiles, ``{}`` for fixed lines. The AAA module's fault switches
``$.cdma1x.enabled`` off; ``syncFromCrm`` puts it back from CRM's ``wireless_json``.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub import catalog
from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, loads, now_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.scenarios import Fault
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec
from backend_stub.writes import perform_write

router = APIRouter(prefix="/hlr", tags=["hlr"])

HlrState = Literal["active", "barred_arrears", "barred_request", "barred_other"]
NumberPath = Path(..., min_length=3, max_length=64, description="mobile number or fixed line")

# CRM subscriber status -> HLR switch state ("CRM is the truth")
STATE_FROM_CRM = {
    "active": "active",
    "suspended_arrears": "barred_arrears",
    "suspended_request": "barred_request",
    "terminated": "barred_other",
}
WIRELESS_PROFILES = {
    "cdma1x": {"apn": "ctnet", "maxRateKbps": 153},
    "evdo": {"apn": "ctnet", "maxRateKbps": 3100},
}


def anchor(db: Database) -> datetime:
    """The fault's "now": the seed epoch while seeding (deterministic demo data), the clock afterwards."""
    return SEED_EPOCH if db.meta("seeded") is None else utcnow()


def state_for_crm(status: str) -> str:
    return STATE_FROM_CRM.get(status, "barred_other")


def data_profile(service_type: str, wireless: list[str], previous: dict | None = None) -> dict:
    """The network's data profile for what CRM sold; keeps extra keys a previous profile had."""
    if service_type != "mobile":
        return {}
    profile = dict(previous or {})
    for kind, defaults in WIRELESS_PROFILES.items():
        entry = {**defaults, **(profile.get(kind) or {})}
        entry["enabled"] = kind in wireless
        profile[kind] = entry
    return profile


def _imsi(rng: random.Random) -> str:
    return "46003" + f"{rng.randrange(10**10):010d}"  # MCC 460, MNC 03 (the operator's CDMA network)


def provision(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """One HLR record per mobile and fixed subscriber, its add-ons and VPN membership, all as sold."""
    subs, services, vpns = [], [], []
    for cust in customers:
        for s in cust.subscribers:
            if s.service_type not in ("mobile", "fixed"):
                continue
            at = s.activated_at or iso(SEED_EPOCH)
            subs.append(
                {
                    "number": s.number,
                    "subscriber_id": s.id,
                    "imsi": _imsi(rng) if s.service_type == "mobile" else "",
                    "state": state_for_crm(s.status),
                    "state_reason": None if s.status == "active" else s.status,
                    "updated_at": at,
                    "data_profile_json": dumps(data_profile(s.service_type, s.wireless)),
                }
            )
            services += [{"number": s.number, "code": c, "active": 1, "updated_at": at} for c in s.addons]
            if s.vpn:
                vpns.append(
                    {
                        "number": s.number,
                        "group_id": s.vpn["group_id"],
                        "short_number": s.vpn["short_number"],
                        "updated_at": at,
                    }
                )
    db.insert_many("hlr_subscriber", subs)
    db.insert_many("hlr_service", services)
    db.insert_many("hlr_vpn_member", vpns)


# -- reading ---------------------------------------------------------------------------------------
def _record(db: Database, number: str) -> dict:
    row = db.one("SELECT * FROM hlr_subscriber WHERE number=?", (number,))
    if not row:
        raise not_found("HLR subscriber", number)
    return row


def _vpn_view(row: dict | None) -> dict | None:
    if not row:
        return None
    return {"groupId": row["group_id"], "shortNumber": row["short_number"], "updatedAt": row["updated_at"]}


def _services(db: Database, number: str) -> list[dict]:
    rows = db.query("SELECT * FROM hlr_service WHERE number=? ORDER BY code", (number,))
    return [
        {
            "code": r["code"],
            "name": catalog.ADDONS.get(r["code"], (r["code"],))[0],
            "active": bool(r["active"]),
            "updatedAt": r["updated_at"],
        }
        for r in rows
    ]


def subscriber_view(db: Database, number: str) -> dict:
    """The TMF638-style view of one number as the network has it."""
    row = _record(db, number)
    crm = db.one("SELECT service_type FROM crm_subscriber WHERE number=?", (number,))
    return {
        "id": number,
        "href": f"/hlr/subscriber/{number}",
        "@type": "HlrSubscriber",
        "number": number,
        "subscriberId": row["subscriber_id"],
        "imsi": row["imsi"] or None,
        "serviceType": crm["service_type"] if crm else None,
        "state": row["state"],
        "stateReason": row["state_reason"],
        "updatedAt": row["updated_at"],
        "services": _services(db, number),
        "vpn": _vpn_view(db.one("SELECT * FROM hlr_vpn_member WHERE number=?", (number,))),
        "dataProfile": loads(row["data_profile_json"], {}),
    }


@router.get("/subscriber/{number}")
def get_subscriber(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    """Switch state, add-on services, VPN membership and data profile of one number."""
    return subscriber_view(ctx.db, number)


@router.get("/subscriber/{number}/service")
def get_services(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    _record(ctx.db, number)
    items = _services(ctx.db, number)
    return JSONResponse(items, headers={"X-Total-Count": str(len(items)), "X-Result-Count": str(len(items))})


@router.get("/subscriber/{number}/vpn")
def get_vpn(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    _record(ctx.db, number)
    vpn = _vpn_view(ctx.db.one("SELECT * FROM hlr_vpn_member WHERE number=?", (number,)))
    return {"number": number, "member": vpn is not None, "vpn": vpn}


@router.get("/subscriber/{number}/dataProfile")
def get_data_profile(
    number: str = NumberPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    return {"number": number, "dataProfile": loads(_record(ctx.db, number)["data_profile_json"], {})}


# -- writing ---------------------------------------------------------------------------------------
def _change(field: str, before, after) -> dict:
    return {"field": field, "from": before, "to": after}


def set_state(db: Database, number: str, state: str, reason: str | None) -> list[dict]:
    row = _record(db, number)
    if row["state"] == state and row["state_reason"] == reason:
        return []
    db.execute(
        "UPDATE hlr_subscriber SET state=?, state_reason=?, updated_at=? WHERE number=?",
        (state, reason, now_iso(), number),
    )
    return [_change("state", row["state"], state)] if row["state"] != state else []


def set_service(db: Database, number: str, code: str, active: bool) -> list[dict]:
    row = db.one("SELECT active FROM hlr_service WHERE number=? AND code=?", (number, code))
    before = bool(row["active"]) if row else None
    if before is active or (before is None and not active):
        return []
    db.execute(
        "INSERT OR REPLACE INTO hlr_service(number, code, active, updated_at) VALUES (?,?,?,?)",
        (number, code, int(active), now_iso()),
    )
    return [_change(f"service.{code}", before, active)]


def _crm_subscriber(db: Database, number: str) -> dict:
    crm = db.one("SELECT * FROM crm_subscriber WHERE number=?", (number,))
    if not crm:
        raise not_found("CRM subscriber", number)
    if crm["service_type"] not in ("mobile", "fixed"):
        raise StubError(
            409,
            "conflict",
            f"{number} is a {crm['service_type']} account; the HLR holds only mobile and fixed numbers",
            "number",
        )
    return crm


def sync_vpn(db: Database, number: str, crm: dict) -> list[dict]:
    truth = db.one(
        "SELECT group_id, short_number FROM crm_vpn_member WHERE subscriber_id=? AND status='active'",
        (crm["id"],),
    )
    have = db.one("SELECT group_id, short_number FROM hlr_vpn_member WHERE number=?", (number,))
    if truth == have:
        return []
    if truth:
        db.execute(
            "INSERT OR REPLACE INTO hlr_vpn_member(number, group_id, short_number, updated_at)"
            " VALUES (?,?,?,?)",
            (number, truth["group_id"], truth["short_number"], now_iso()),
        )
    else:
        db.execute("DELETE FROM hlr_vpn_member WHERE number=?", (number,))

    def camel(v: dict | None) -> dict | None:
        return {"groupId": v["group_id"], "shortNumber": v["short_number"]} if v else None

    return [_change("vpn", camel(have), camel(truth))]


def _ensure_record(db: Database, number: str, crm: dict) -> list[dict]:
    """A number CRM has but the HLR lost is created (the sync is a full re-provisioning)."""
    if db.scalar("SELECT 1 FROM hlr_subscriber WHERE number=?", (number,)):
        return []
    imsi = _imsi(random.Random()) if crm["service_type"] == "mobile" else ""
    db.insert(
        "hlr_subscriber",
        {
            "number": number,
            "subscriber_id": crm["id"],
            "imsi": imsi,
            "state": "barred_other",
            "state_reason": "not provisioned",
            "updated_at": now_iso(),
            "data_profile_json": "{}",
        },
    )
    return [_change("record", None, "created")]


def sync_from_crm(db: Database, number: str) -> list[dict]:
    """Make the HLR say what CRM says: state, add-ons, VPN membership and data profile."""
    crm = _crm_subscriber(db, number)
    changes = _ensure_record(db, number, crm)
    state = state_for_crm(crm["status"])
    row = _record(db, number)
    if row["state"] != state:
        changes += set_state(db, number, state, None if state == "active" else crm["status"])
    wanted = {
        r["code"]
        for r in db.query(
            "SELECT code FROM crm_addon WHERE subscriber_id=? AND status='active'", (crm["id"],)
        )
    }
    have = {
        r["code"] for r in db.query("SELECT code FROM hlr_service WHERE number=? AND active=1", (number,))
    }
    for code in sorted(wanted - have):
        changes += set_service(db, number, code, True)
    for code in sorted(have - wanted):
        changes += set_service(db, number, code, False)
    changes += sync_vpn(db, number, crm)
    before = loads(row["data_profile_json"], {})
    after = data_profile(crm["service_type"], loads(crm["wireless_json"], []), before)
    if after != before:
        db.execute(
            "UPDATE hlr_subscriber SET data_profile_json=?, updated_at=? WHERE number=?",
            (dumps(after), now_iso(), number),
        )
        for kind in sorted(set(before) | set(after)):
            was, now = (before.get(kind) or {}).get("enabled"), (after.get(kind) or {}).get("enabled")
            if was != now:
                changes.append(_change(f"dataProfile.{kind}.enabled", was, now))
    return changes


def _activation(db: Database, number: str, operation: str, changes: list[dict]) -> dict:
    """The TMF640-style answer of every HLR write: what changed, and the record afterwards."""
    return {
        "id": uuid.uuid4().hex,
        "@type": "ServiceActivation",
        "operation": operation,
        "number": number,
        "state": "completed",
        "completedAt": now_iso(),
        "changed": bool(changes),
        "changes": changes,
        "subscriber": subscriber_view(db, number),
    }


class SetStateRequest(BaseModel):
    state: HlrState
    reason: str | None = Field(None, max_length=200, description="why, in words (kept as the state reason)")


@router.post("/subscriber/{number}/state")
def post_state(
    body: SetStateRequest,
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Set the switch state, e.g. restore a number CRM says is active ("restore first, find the cause after")."""

    def act() -> dict:
        return _activation(ctx.db, number, "setState", set_state(ctx.db, number, body.state, body.reason))

    return perform_write(
        ctx,
        request,
        system="hlr",
        operation="setState",
        number=number,
        username=user.username,
        action=act,
        request_body=body.model_dump(),
    )


def _service_write(
    ctx: StubContext, request: Request, user: User, number: str, code: str, active: bool
) -> JSONResponse:
    if code not in catalog.ADDONS:
        raise bad_request("code", f"unknown add-on service {code!r}; one of {', '.join(catalog.ADDONS)}")
    operation = "activateService" if active else "deactivateService"

    def act() -> dict:
        _record(ctx.db, number)
        return _activation(ctx.db, number, operation, set_service(ctx.db, number, code, active))

    return perform_write(
        ctx,
        request,
        system="hlr",
        operation=operation,
        number=number,
        username=user.username,
        action=act,
        request_body={"code": code},
    )


@router.post("/subscriber/{number}/service/{code}/activate")
def activate_service(
    request: Request,
    number: str = NumberPath,
    code: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return _service_write(ctx, request, user, number, code, True)


@router.post("/subscriber/{number}/service/{code}/deactivate")
def deactivate_service(
    request: Request,
    number: str = NumberPath,
    code: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return _service_write(ctx, request, user, number, code, False)


@router.post("/subscriber/{number}/vpn/sync")
def post_vpn_sync(
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """VPN group membership and short number from CRM's crm_vpn_member."""

    def act() -> dict:
        crm = _crm_subscriber(ctx.db, number)
        _record(ctx.db, number)
        return _activation(ctx.db, number, "vpnSync", sync_vpn(ctx.db, number, crm))

    return perform_write(
        ctx, request, system="hlr", operation="vpnSync", number=number, username=user.username, action=act
    )


@router.post("/subscriber/{number}/syncFromCrm")
def post_sync_from_crm(
    request: Request,
    number: str = NumberPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Re-provision the number from CRM; ``changes`` is empty when the HLR already agreed."""

    def act() -> dict:
        return _activation(ctx.db, number, "syncFromCrm", sync_from_crm(ctx.db, number))

    return perform_write(
        ctx, request, system="hlr", operation="syncFromCrm", number=number, username=user.username, action=act
    )


# -- faults ----------------------------------------------------------------------------------------
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
