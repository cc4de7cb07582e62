"""AAA / RADIUS: wireless data accounts (CDMA 1X, EVDO, WLAN), their access records and sync from CRM.

CRM is the truth of what was sold (``crm_subscriber.wireless_json`` and ``status``); AAA holds its own
copy of each account. The desk shows where the two disagree and repairs AAA with ``syncFromCrm``.
Shapes follow TMF640 (a wireless data account is a ``Service``) with the operator's fields added flat.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, loads, now_iso, utcnow
from backend_stub.errors import not_found
from backend_stub.paging import Page, page_params, tmf_list
from backend_stub.scenarios import Fault
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec
from backend_stub.writes import perform_write

router = APIRouter(prefix="/aaa", tags=["aaa"])
NumberPath = Path(..., min_length=3, max_length=64, description="mobile number or broadband account")

Kind = Literal["cdma1x", "evdo", "wlan"]
KINDS: tuple[str, ...] = ("cdma1x", "evdo", "wlan")
KIND_NAMES = {"cdma1x": "CDMA 1X", "evdo": "EVDO", "wlan": "WLAN"}
PROFILES = {"cdma1x": "1X_153K_DEFAULT", "evdo": "EVDO_REVA_3M", "wlan": "WLAN_CHINANET"}

# error code -> (meaning, meaning in Chinese, what the agent should do)
ERROR_CODES: dict[str, tuple[str, str, str]] = {
    "691": (
        "authentication failed: wrong user name or password",
        "认证失败：用户名或密码错误",
        "check the password on the terminal; if CRM and AAA disagree, sync AAA from CRM",
    ),
    "67": (
        "account disabled in AAA",
        "AAA账号已停用",
        "if CRM says the service is active, sync AAA from CRM",
    ),
    "68": (
        "no such user in AAA/RADIUS",
        "AAA/RADIUS中无此用户",
        "if CRM has the service, sync AAA from CRM (creates the account)",
    ),
    "69": (
        "profile mismatch: the requested service is not in the account's profile",
        "属性不匹配：账号属性不含所请求的业务",
        "sync AAA from CRM to restore the profile",
    ),
    "70": (
        "subscriber barred: service suspended for arrears or by request",
        "用户已停机（欠费或申请停机）",
        "check the billing status; resume the subscriber first",
    ),
    "619": (
        "rejected: concurrent session limit reached",
        "拒绝：超过同时在线数限制",
        "ask the customer to disconnect other devices",
    ),
    "718": (
        "no answer from the terminal during PPP negotiation (terminal or coverage, not the account)",
        "PPP协商超时（终端或信号问题，非账号问题）",
        "ask the customer to restart the terminal or move to better coverage",
    ),
}


def expected_password_hash(subscriber_id: str, kind: str) -> str:
    """The credential CRM provisioned for this service; AAA must hold the same hash."""
    return hashlib.sha256(f"aaa:{subscriber_id}:{kind}".encode()).hexdigest()


def _crm_state(kind: str, crm: dict) -> str:
    """How CRM sees one wireless service: active, suspended, terminated or none (not sold)."""
    if kind not in crm["wireless"]:
        return "none"
    status = crm["status"]
    return "active" if status == "active" else "terminated" if status == "terminated" else "suspended"


def _mismatch(kind: str, crm: dict, row: dict | None) -> list[str]:
    """What AAA has wrong for this kind compared with CRM; empty when in sync."""
    state = row["state"] if row else "missing"
    if _crm_state(kind, crm) != "active":
        return ["state"] if state == "active" else []
    if state == "missing":
        return ["missing"]
    wrong = [] if state == "active" else ["state"]
    if row["password_hash"] != expected_password_hash(crm["id"], kind):
        wrong.append("password")
    if row["profile"] != PROFILES[kind]:
        wrong.append("profile")
    return wrong


def _crm(db: Database, number: str) -> dict:
    row = db.one(
        "SELECT id, status, service_type, wireless_json FROM crm_subscriber WHERE number=?", (number,)
    )
    if row is None:
        raise not_found("subscriber", number)
    row["wireless"] = loads(row.pop("wireless_json"), [])
    return row


def _rows(db: Database, number: str) -> dict[str, dict]:
    rows = db.query("SELECT * FROM aaa_account WHERE number=?", (number,))
    return {r["kind"]: r for r in rows if r["state"] != "missing"}


def in_sync(db: Database, number: str, kind: str) -> bool:
    """True when AAA's account of this kind matches CRM (used by the fault checks)."""
    return not _mismatch(kind, _crm(db, number), _rows(db, number).get(kind))


def _last_access(db: Database, number: str, kind: str) -> dict | None:
    row = db.one(
        "SELECT at, result, error_code FROM aaa_access_log WHERE number=? AND kind=? ORDER BY at DESC, id DESC LIMIT 1",
        (number, kind),
    )
    return {"at": row["at"], "result": row["result"], "errorCode": row["error_code"]} if row else None


def _account_view(db: Database, number: str, kind: str, crm: dict, row: dict | None) -> dict:
    wrong = _mismatch(kind, crm, row)
    return {
        "id": f"{kind}:{row['username'] if row else number}",
        "href": f"/aaa/account/{number}?kind={kind}",
        "@type": "Service",
        "name": KIND_NAMES[kind],
        "kind": kind,
        "username": row["username"] if row else None,
        "state": row["state"] if row else "missing",
        "profile": row["profile"] if row else None,
        "expectedProfile": PROFILES[kind] if _crm_state(kind, crm) == "active" else None,
        "crmState": _crm_state(kind, crm),
        "inSync": not wrong,
        "mismatch": wrong,
        "updatedAt": row["updated_at"] if row else None,
        "lastAccess": _last_access(db, number, kind),
    }


def account_summary(db: Database, number: str, kind: str | None = None) -> dict:
    crm = _crm(db, number)
    rows = _rows(db, number)
    kinds = [k for k in KINDS if (k in crm["wireless"] or k in rows) and (kind is None or k == kind)]
    accounts = [_account_view(db, number, k, crm, rows.get(k)) for k in kinds]
    return {
        "number": number,
        "subscriberId": crm["id"],
        "serviceType": crm["service_type"],
        "crmStatus": crm["status"],
        "crmWireless": crm["wireless"],
        "inSync": all(a["inSync"] for a in accounts),
        "accounts": accounts,
    }


def sync_from_crm(db: Database, number: str, kind: str | None = None) -> list[dict]:
    """Make AAA match CRM for one kind or all kinds; returns the changes made."""
    crm = _crm(db, number)
    rows = _rows(db, number)
    now = now_iso()
    changes: list[dict] = []
    with db.tx() as conn:
        for k in KINDS:
            if kind is not None and k != kind:
                continue
            row = rows.get(k)
            want_active = _crm_state(k, crm) == "active"
            pw, profile = expected_password_hash(crm["id"], k), PROFILES[k]
            if want_active and row is None:
                conn.execute("DELETE FROM aaa_account WHERE number=? AND kind=?", (number, k))
                conn.execute(
                    "INSERT INTO aaa_account VALUES (?,?,?,?,?,?,?,?)",
                    (number, k, number, crm["id"], "active", pw, profile, now),
                )
                changes.append({"kind": k, "action": "created", "from": "missing", "to": "active"})
                continue
            if row is None:
                continue
            key = (row["username"], k)
            if want_active:
                if row["state"] != "active":
                    changes.append({"kind": k, "action": "enabled", "from": row["state"], "to": "active"})
                if row["password_hash"] != pw:
                    changes.append({"kind": k, "action": "passwordReset", "from": None, "to": None})
                if row["profile"] != profile:
                    changes.append(
                        {"kind": k, "action": "profileFixed", "from": row["profile"], "to": profile}
                    )
                if row["state"] != "active" or row["password_hash"] != pw or row["profile"] != profile:
                    conn.execute(
                        "UPDATE aaa_account SET state='active', password_hash=?, profile=?, updated_at=?"
                        " WHERE username=? AND kind=?",
                        (pw, profile, now, *key),
                    )
            elif row["state"] == "active":
                conn.execute(
                    "UPDATE aaa_account SET state='disabled', updated_at=? WHERE username=? AND kind=?",
                    (now, *key),
                )
                changes.append({"kind": k, "action": "disabled", "from": "active", "to": "disabled"})
    return changes


# -- provisioning ------------------------------------------------------------------------------------------
def _access_rows(number: str, kind: str, rng: random.Random) -> list[dict]:
    rows = []
    for _ in range(rng.randrange(1, 5)):
        at = iso(SEED_EPOCH - timedelta(minutes=rng.randrange(10, 60 * 24 * 30)))
        if rng.random() < 0.15:
            code = rng.choice(["718", "718", "691", "619"])
            rows.append(
                {
                    "number": number,
                    "kind": kind,
                    "at": at,
                    "result": "failure",
                    "error_code": code,
                    "message": ERROR_CODES[code][0],
                }
            )
        else:
            rows.append(
                {
                    "number": number,
                    "kind": kind,
                    "at": at,
                    "result": "success",
                    "error_code": None,
                    "message": f"{KIND_NAMES[kind]} access accepted, profile {PROFILES[kind]}",
                }
            )
    return rows


def provision(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """AAA's copy of every wireless data service sold in CRM, in sync, with some access history."""
    accounts: list[dict] = []
    logs: list[dict] = []
    for cust in customers:
        for sub in cust.subscribers:
            for kind in sub.wireless:
                active = sub.status == "active"
                accounts.append(
                    {
                        "username": sub.number,
                        "kind": kind,
                        "number": sub.number,
                        "subscriber_id": sub.id,
                        "state": "active" if active else "disabled",
                        "password_hash": expected_password_hash(sub.id, kind),
                        "profile": PROFILES[kind],
                        "updated_at": sub.activated_at or iso(SEED_EPOCH),
                    }
                )
                logs.extend(_access_rows(sub.number, kind, rng))
    db.insert_many("aaa_account", accounts)
    db.insert_many("aaa_access_log", logs)


# -- routes --------------------------------------------------------------------------------------------------
@router.get("/errorCode")
def error_codes(user: User = Depends(current_user)) -> list[dict]:
    """The AAA/RADIUS error code table, so the desk can explain an access record in words."""
    return [{"code": c, "meaning": m, "meaningZh": z, "hint": h} for c, (m, z, h) in ERROR_CODES.items()]


@router.get("/account/{number}")
def get_accounts(
    number: str = NumberPath,
    kind: Kind | None = Query(None, description="only this wireless service"),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    """The wireless data accounts of a number, each compared with CRM."""
    return account_summary(ctx.db, number, kind)


@router.get("/account/{number}/accessLog")
def access_log(
    number: str = NumberPath,
    kind: Kind | None = Query(None),
    result: Literal["success", "failure"] | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Access (authentication) records, newest first, with each error code's meaning."""
    _crm(ctx.db, number)
    where, params = "number=?", [number]
    if kind:
        where += " AND kind=?"
        params.append(kind)
    if result:
        where += " AND result=?"
        params.append(result)
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM aaa_access_log WHERE {where}", params)
    rows = ctx.db.query(
        f"SELECT * FROM aaa_access_log WHERE {where} ORDER BY at DESC, id DESC" + page.sql(), params
    )
    items = []
    for r in rows:
        code = ERROR_CODES.get(r["error_code"] or "")
        items.append(
            {
                "id": str(r["id"]),
                "@type": "AccessRecord",
                "number": r["number"],
                "kind": r["kind"],
                "at": r["at"],
                "result": r["result"],
                "errorCode": r["error_code"],
                "message": r["message"],
                "meaning": code[0] if code else None,
                "meaningZh": code[1] if code else None,
                "hint": code[2] if code else None,
            }
        )
    return tmf_list(items, total, page)


class SyncRequest(BaseModel):
    kind: Kind | None = None


@router.post("/account/{number}/syncFromCrm")
def sync_route(
    request: Request,
    number: str = NumberPath,
    body: SyncRequest | None = None,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """AAA takes CRM as the truth: creates missing accounts, enables/disables, fixes password and profile."""
    body = body or SyncRequest()
    _crm(ctx.db, number)

    def act() -> dict:
        changes = sync_from_crm(ctx.db, number, body.kind)
        return {
            "id": uuid.uuid4().hex,
            "@type": "ServiceActivation",
            "operation": "syncFromCrm",
            "number": number,
            "kind": body.kind,
            "state": "completed",
            "completedAt": now_iso(),
            "changed": bool(changes),
            "changes": changes,
            "account": account_summary(ctx.db, number, body.kind),
        }

    return perform_write(
        ctx,
        request,
        system="aaa",
        operation="syncFromCrm",
        number=number,
        username=user.username,
        action=act,
        request_body=body.model_dump(),
    )


# -- faults ---------------------------------------------------------------------------------------------------
def _ensure(kinds: list[str]):
    def customize(cust: CustomerSpec, sub: SubscriberSpec) -> None:
        sub.wireless = [k for k in KINDS if k in sub.wireless or k in kinds]

    return customize


def anchor(db: Database) -> datetime:
    """A fault's "now": the seed epoch while seeding (deterministic demo data), the clock afterwards."""
    return SEED_EPOCH if db.meta("seeded") is None else utcnow()


def _log_failures(db: Database, number: str, kind: str, code: str, rng: random.Random) -> None:
    now = anchor(db)
    db.insert_many(
        "aaa_access_log",
        [
            {
                "number": number,
                "kind": kind,
                "at": iso(now - timedelta(minutes=m)),
                "result": "failure",
                "error_code": code,
                "message": ERROR_CODES[code][0],
            }
            for m in sorted(rng.sample(range(1, 180), 3), reverse=True)
        ],
    )


def _break(db: Database, number: str, kind: str, how: str) -> str:
    """Put AAA's account of this kind out of sync; returns the error code a login now gets."""
    at = iso(anchor(db))
    if how == "missing":
        db.execute("DELETE FROM aaa_account WHERE number=? AND kind=?", (number, kind))
        return "68"
    if how == "profile":
        db.execute(
            "UPDATE aaa_account SET profile='1X_ONLY', updated_at=? WHERE number=? AND kind=?",
            (at, number, kind),
        )
        return "69"
    db.execute(
        "UPDATE aaa_account SET state='disabled', updated_at=? WHERE number=? AND kind=?", (at, number, kind)
    )
    return "67"


def _apply_wlan(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    how = rng.choice(["missing", "disabled"])
    code = _break(ctx.db, sub.number, "wlan", how)
    _log_failures(ctx.db, sub.number, "wlan", code, rng)
    return {"kind": "wlan", "aaa_state": how, "error_code": code}


def _apply_evdo(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    how = rng.choice(["missing", "disabled", "profile"])
    code = _break(ctx.db, sub.number, "evdo", how)
    _log_failures(ctx.db, sub.number, "evdo", code, rng)
    return {"kind": "evdo", "aaa_state": how, "error_code": code}


def _apply_cdma1x(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    code = _break(ctx.db, sub.number, "cdma1x", "disabled")
    _log_failures(ctx.db, sub.number, "cdma1x", code, rng)
    ctx.db.execute(
        "UPDATE hlr_subscriber SET data_profile_json=json_set(CASE WHEN json_valid(data_profile_json)"
        " THEN data_profile_json ELSE '{}' END, '$.cdma1x.enabled', json('false')), updated_at=? WHERE number=?",
        (iso(anchor(ctx.db)), sub.number),
    )
    return {"kind": "cdma1x", "aaa_state": "disabled", "hlr_cdma1x_enabled": False, "error_code": code}


def hlr_cdma1x_enabled(db: Database, number: str) -> bool:
    """The HLR side of CDMA 1X: enabled in the subscriber's data profile (no HLR record counts as not)."""
    value = db.scalar(
        "SELECT json_extract(data_profile_json, '$.cdma1x.enabled') FROM hlr_subscriber WHERE number=?",
        (number,),
    )
    return value in (1, True, "true")


FAULTS = {
    "wlan_radius_out_of_sync": Fault(
        name="wlan_radius_out_of_sync",
        description="CRM has WLAN for this mobile, but the RADIUS/AAA WLAN account is missing or disabled; "
        "WLAN logins fail (access log shows error 68 or 67).",
        fix='POST /aaa/account/{number}/syncFromCrm with {"kind": "wlan"}',
        kinds=["mobile"],
        apply=_apply_wlan,
        present=lambda ctx, number: not in_sync(ctx.db, number, "wlan"),
        customize=_ensure(["wlan"]),
    ),
    "cdma1x_aaa_hlr_out_of_sync": Fault(
        name="cdma1x_aaa_hlr_out_of_sync",
        description="CRM has CDMA 1X data, but the AAA 1X account is disabled and the HLR data profile has "
        "1X disabled; data dial-up fails (error 67).",
        fix='POST /aaa/account/{number}/syncFromCrm with {"kind": "cdma1x"} and '
        "POST /hlr/subscriber/{number}/syncFromCrm",
        kinds=["mobile"],
        apply=_apply_cdma1x,
        present=lambda ctx, number: (
            not in_sync(ctx.db, number, "cdma1x") or not hlr_cdma1x_enabled(ctx.db, number)
        ),
        customize=_ensure(["cdma1x"]),
    ),
    "evdo_aaa_out_of_sync": Fault(
        name="evdo_aaa_out_of_sync",
        description="CRM has EVDO, but the AAA EVDO account is missing, disabled or has the wrong profile; "
        "the terminal falls back to 1X or fails (error 68, 67 or 69).",
        fix='POST /aaa/account/{number}/syncFromCrm with {"kind": "evdo"}',
        kinds=["mobile"],
        apply=_apply_evdo,
        present=lambda ctx, number: not in_sync(ctx.db, number, "evdo"),
        customize=_ensure(["cdma1x", "evdo"]),
    ),
}
