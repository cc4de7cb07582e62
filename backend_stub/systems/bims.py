"""BIMS, the broadband back office: accounts, online sessions, login records, and the front-line repairs.

Modelled on TMF640 Service Activation (password, MAC, session and port operations) and TMF653 Service
Test (dial test, line test). The customer's modem is modelled too: ``client_password_hash`` is what it
dials with and ``dialing_mac`` is the device seen in the last attempt, so a dial test fails for the
same reason the customer's own login does. The RADIUS result codes are in :data:`RADIUS_CODES`.
"""

from __future__ import annotations

import hashlib
import random
import string
import uuid
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_admin
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, now_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list, tmf_list
from backend_stub.scenarios import Fault
from backend_stub.systems.hlr import anchor
from backend_stub.world import CustomerSpec, SubscriberSpec
from backend_stub.writes import perform_write

router = APIRouter(prefix="/bims", tags=["bims"])
admin_router = APIRouter(prefix="/admin/bims", tags=["admin"], dependencies=[Depends(require_admin)])
AccountPath = Path(..., min_length=3, max_length=64, description="broadband account, e.g. gz12345678@adsl")

# code -> (reason, meaning, meaning in Chinese, what the front line does). The codes are the ones the
# customer's PPPoE dialler shows (Windows RAS numbers), as the operator's BRAS/RADIUS maps them.
RADIUS_CODES: dict[str, tuple[str, str, str, str]] = {
    "0": ("success", "Login succeeded.", "登录成功。", "Nothing to do."),
    "647": (
        "account_disabled",
        "The account is disabled: the broadband service was terminated.",
        "账号已停用：宽带已拆机。",
        "Check the customer's orders; a new installation is needed.",
    ),
    "678": (
        "no_answer",
        "No answer from the access device: the access port is down or hung (newer Windows shows 651).",
        "远程计算机没有响应：接入端口故障或挂死（新版Windows显示651）。",
        "Restart the port; if it stays down, dispatch a 112 fault.",
    ),
    "734": (
        "line_unstable",
        "The PPP link control protocol was terminated: the line drops during "
        "negotiation (poor line quality).",
        "PPP链路控制协议被终止：线路质量差，协商中断。",
        "Run a line test; a poor line goes to the back office as a 112 fault.",
    ),
    "649": (
        "account_suspended",
        "The account may not dial in: it is suspended for arrears.",
        "账号无权拨入：欠费停机。",
        "The customer pays the arrears; service resumes after payment.",
    ),
    "691": (
        "wrong_password",
        "User name or password rejected by RADIUS.",
        "用户名或密码错误。",
        "Reset the password and have the customer enter it in the modem.",
    ),
    "629": (
        "mac_mismatch",
        "Rejected: the dialling device's MAC address is not the one bound to the account.",
        "MAC地址绑定不符：拨号设备与账号绑定的MAC不一致。",
        "Unbind the MAC; the next successful login binds the new device.",
    ),
    "718": (
        "session_limit",
        "Rejected: the account already has as many online sessions as it may have.",
        "账号已在线，超过允许的会话数。",
        "Clear the (stale) online sessions.",
    ),
}
# typical time a dialler takes to get each answer, in ms
DIAL_TIMING = {
    "0": (180, 900),
    "647": (700, 1500),
    "678": (30000, 30000),
    "734": (6000, 15000),
    "649": (800, 2000),
    "691": (1200, 3000),
    "629": (800, 2000),
    "718": (800, 2500),
}
# access type -> (good attenuation, good SNR, poor attenuation, poor SNR, max good attenuation, min good SNR)
# FTTH "attenuation" is the optical path loss; ADSL SNR is the noise margin.
LINE = {
    "ftth": ((14.0, 24.0), (24.0, 34.0), (28.5, 32.0), (8.0, 14.0), 27.0, 20.0),
    "adsl": ((12.0, 40.0), (8.0, 18.0), (48.0, 60.0), (1.0, 4.5), 45.0, 6.0),
    "lan": ((0.5, 4.0), (28.0, 40.0), (12.0, 18.0), (6.0, 14.0), 10.0, 20.0),
}


def password_hash(account: str, password: str) -> str:
    return hashlib.sha256(f"{account}:{password}".encode()).hexdigest()


def new_password(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))


def _mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randrange(256):02X}" for _ in range(6))


def _nas(olt: str) -> str:
    parts = olt.split("-")  # OLT-GZ-12 -> the BRAS that serves it
    return f"BRAS-{parts[1] if len(parts) > 2 else 'XX'}-{(sum(map(ord, olt)) % 4) + 1:02d}"


def _line(rng: random.Random, access_type: str, good: bool) -> tuple[float, float]:
    att, snr = LINE[access_type][0:2] if good else LINE[access_type][2:4]
    return round(rng.uniform(*att), 1), round(rng.uniform(*snr), 1)


def _actual(rng: random.Random, configured: int, good_line: bool) -> int:
    return int(configured * (rng.uniform(0.9, 0.99) if good_line else rng.uniform(0.05, 0.3)))


def _log(account: str, at: datetime, code: str, mac: str | None, nas: str) -> dict:
    return {
        "account": account,
        "at": iso(at),
        "result": "success" if code == "0" else "failure",
        "radius_code": None if code == "0" else code,
        "message": RADIUS_CODES[code][1],
        "mac": mac,
        "nas": nas,
    }


def provision(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """A BIMS account per broadband subscriber, healthy: what was sold is what the network has."""
    base = anchor(db)
    accounts, sessions, logs = [], [], []
    for cust in customers:
        for s in cust.subscribers:
            if s.service_type != "broadband" or not s.broadband:
                continue
            bb, acct = s.broadband, s.number
            kind = bb["access_type"]
            att, snr = _line(rng, kind, True)
            pw = password_hash(acct, new_password(rng))
            limit = rng.choices([1, 2], [70, 30])[0]
            status = {"active": "active", "terminated": "terminated"}.get(s.status, "suspended")
            nas = _nas(bb["olt"])
            accounts.append(
                {
                    "account": acct,
                    "subscriber_id": s.id,
                    "status": status,
                    "password_hash": pw,
                    "password_state": "ok",
                    "client_password_hash": pw,
                    "bound_mac": bb["mac"],
                    "dialing_mac": bb["mac"],
                    "olt": bb["olt"],
                    "dslam": bb["olt"].replace("OLT", "DSLAM") if kind == "adsl" else None,
                    "port": bb["port"],
                    "access_type": kind,
                    "port_state": "up",
                    "line_attenuation_db": att,
                    "line_snr_db": snr,
                    "line_state": "good",
                    "rate_down_kbps": bb["rate_down"],
                    "rate_up_kbps": bb["rate_up"],
                    "actual_down_kbps": _actual(rng, bb["rate_down"], True),
                    "actual_up_kbps": _actual(rng, bb["rate_up"], True),
                    "session_limit": limit,
                }
            )
            if status == "active" and limit == 2 and rng.random() < 0.5:  # online, one session left free
                started = base - timedelta(hours=rng.uniform(0.5, 72))
                sessions.append(
                    {
                        "id": f"SE{rng.getrandbits(40):010X}",
                        "account": acct,
                        "started_at": iso(started),
                        "ip": f"113.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                        "mac": bb["mac"],
                        "nas": nas,
                    }
                )
            attempts = []
            for _ in range(rng.randint(2, 5)):
                when = base - timedelta(days=rng.uniform(0.2, 30))
                code = "691" if rng.random() < 0.1 else "0"  # now and then someone mistypes the password
                attempts.append([when, code])
            max(attempts)[1] = "0"  # ...but a healthy account's latest login worked (no false alarm)
            logs.extend(_log(acct, when, code, bb["mac"], nas) for when, code in attempts)
    db.insert_many("bims_account", accounts)
    db.insert_many("bims_session", sessions)
    db.insert_many("bims_access_log", sorted(logs, key=lambda r: r["at"]))


# -- reading ---------------------------------------------------------------------------------------
def _row(db: Database, account: str) -> dict:
    row = db.one("SELECT * FROM bims_account WHERE account=?", (account,))
    if not row:
        raise not_found("broadband account", account)
    return row


def _session_view(r: dict) -> dict:
    return {
        "id": r["id"],
        "@type": "OnlineSession",
        "account": r["account"],
        "startedAt": r["started_at"],
        "ip": r["ip"],
        "mac": r["mac"],
        "nas": r["nas"],
    }


def _access_view(r: dict) -> dict:
    code = r["radius_code"] or "0"
    reason, meaning, meaning_zh, _ = RADIUS_CODES.get(code, ("unknown", r["message"], r["message"], ""))
    return {
        "id": str(r["id"]),
        "@type": "AccessRecord",
        "account": r["account"],
        "at": r["at"],
        "result": r["result"],
        "radiusCode": r["radius_code"],
        "reason": reason,
        "message": r["message"],
        "meaning": meaning,
        "meaningZh": meaning_zh,
        "mac": r["mac"],
        "nas": r["nas"],
    }


def account_view(db: Database, account: str) -> dict:
    """What BIMS shows about an account (the modem's password is not BIMS's to show)."""
    r = _row(db, account)
    sessions = db.query("SELECT * FROM bims_session WHERE account=? ORDER BY started_at", (account,))
    last = db.one(
        "SELECT * FROM bims_access_log WHERE account=? ORDER BY at DESC, id DESC LIMIT 1", (account,)
    )
    return {
        "id": account,
        "href": f"/bims/account/{account}",
        "@type": "BroadbandAccount",
        "account": account,
        "subscriberId": r["subscriber_id"],
        "status": r["status"],
        "passwordState": r["password_state"],
        "boundMac": r["bound_mac"],
        "lastDialingMac": r["dialing_mac"],
        "accessType": r["access_type"],
        "olt": r["olt"],
        "dslam": r["dslam"],
        "port": r["port"],
        "portState": r["port_state"],
        "configuredRate": {"downKbps": r["rate_down_kbps"], "upKbps": r["rate_up_kbps"]},
        "actualRate": {"downKbps": r["actual_down_kbps"], "upKbps": r["actual_up_kbps"]},
        "line": {
            "attenuationDb": r["line_attenuation_db"],
            "snrDb": r["line_snr_db"],
            "state": r["line_state"],
        },
        "sessionLimit": r["session_limit"],
        "onlineSessionCount": len(sessions),
        "onlineSessions": [_session_view(s) for s in sessions],
        "lastAccess": _access_view(last) if last else None,
    }


@router.get("/radiusCode")
def radius_codes(user: User = Depends(current_user)) -> dict:
    """The code table, so the desk can explain an access record in words."""
    return {
        "codes": [
            {"code": c, "reason": v[0], "meaning": v[1], "meaningZh": v[2], "fix": v[3]}
            for c, v in RADIUS_CODES.items()
        ]
    }


@router.get("/account")
def list_accounts(
    subscriber_id: str | None = Query(None, alias="subscriberId", max_length=32),
    status: Literal["active", "suspended", "terminated"] | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    where, params = "WHERE 1=1", []
    if subscriber_id:
        where, params = where + " AND subscriber_id=?", [*params, subscriber_id]
    if status:
        where, params = where + " AND status=?", [*params, status]
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM bims_account {where}", params)
    rows = ctx.db.query(f"SELECT account FROM bims_account {where} ORDER BY account" + page.sql(), params)
    return tmf_list([account_view(ctx.db, r["account"]) for r in rows], total, page)


@router.get("/account/{account}")
def get_account(
    account: str = AccountPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    return account_view(ctx.db, account)


@router.get("/account/{account}/session")
def get_sessions(
    account: str = AccountPath,
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    _row(ctx.db, account)
    rows = ctx.db.query("SELECT * FROM bims_session WHERE account=? ORDER BY started_at", (account,))
    return slice_list([_session_view(r) for r in rows], page)


@router.get("/account/{account}/accessLog")
def get_access_log(
    account: str = AccountPath,
    since: datetime | None = Query(None, alias="from"),
    until: datetime | None = Query(None, alias="to"),
    result: Literal["success", "failure"] | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Login records, newest first, each with its RADIUS code explained."""
    _row(ctx.db, account)
    where, params = "WHERE account=?", [account]
    for op, value, name in ((">=", since, "from"), ("<=", until, "to")):
        if value is not None:
            value = value if value.tzinfo else value.replace(tzinfo=utcnow().tzinfo)
            try:
                where, params = f"{where} AND at{op}?", [*params, iso(value)]
            except (OverflowError, ValueError) as exc:  # e.g. year 1 with a +14:00 offset
                raise bad_request(name, f"{name}: not a usable time") from exc
    if result:
        where, params = where + " AND result=?", [*params, result]
    total = ctx.db.scalar(f"SELECT COUNT(*) FROM bims_access_log {where}", params)
    rows = ctx.db.query(
        f"SELECT * FROM bims_access_log {where} ORDER BY at DESC, id DESC" + page.sql(), params
    )
    return tmf_list([_access_view(r) for r in rows], total, page)


# -- operations ------------------------------------------------------------------------------------
def _usable(db: Database, account: str) -> dict:
    row = _row(db, account)
    if row["status"] == "terminated":
        raise StubError(409, "conflict", f"broadband account {account!r} is terminated", "account")
    return row


def _operation(db: Database, account: str, operation: str, changes: list[dict], **extra) -> dict:
    return {
        "id": uuid.uuid4().hex,
        "@type": "ServiceActivation",
        "operation": operation,
        "account": account,
        "state": "completed",
        "completedAt": now_iso(),
        "changed": bool(changes),
        "changes": changes,
        **extra,
        "accountAfter": account_view(db, account),
    }


def _write(
    ctx: StubContext,
    request: Request,
    user: User,
    account: str,
    operation: str,
    action,
    body: dict | None = None,
) -> JSONResponse:
    return perform_write(
        ctx,
        request,
        system="bims",
        operation=operation,
        number=account,
        username=user.username,
        action=action,
        request_body=body,
    )


def _set_password(db: Database, account: str, password: str) -> list[dict]:
    """BIMS takes the new password and the customer types it into the modem, so both sides match."""
    h = password_hash(account, password)
    db.execute(
        "UPDATE bims_account SET password_hash=?, client_password_hash=?, password_state='ok'"
        " WHERE account=?",
        (h, h, account),
    )
    return [{"field": "password", "from": "(hidden)", "to": "(new)"}]


@router.post("/account/{account}/resetPassword")
def reset_password(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """A new random password, returned once (a replay with the same key returns the same one)."""

    def act() -> dict:
        _usable(ctx.db, account)
        pw = new_password(ctx.rng)
        return _operation(
            ctx.db, account, "resetPassword", _set_password(ctx.db, account, pw), newPassword=pw
        )

    return _write(ctx, request, user, account, "resetPassword", act)


class ChangePasswordRequest(BaseModel):
    newPassword: str = Field(
        min_length=6,
        max_length=32,
        pattern=r"^[A-Za-z0-9]+$",
        description="6-32 letters and digits, chosen by the customer",
    )


@router.post("/account/{account}/changePassword")
def change_password(
    body: ChangePasswordRequest,
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    def act() -> dict:
        _usable(ctx.db, account)
        return _operation(ctx.db, account, "changePassword", _set_password(ctx.db, account, body.newPassword))

    return _write(ctx, request, user, account, "changePassword", act, {"newPassword": "(hidden)"})


@router.post("/account/{account}/unbindMac")
def unbind_mac(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Forget the bound device; the next successful login binds whichever device dials."""

    def act() -> dict:
        row = _usable(ctx.db, account)
        changes = []
        if row["bound_mac"]:
            ctx.db.execute("UPDATE bims_account SET bound_mac=NULL WHERE account=?", (account,))
            changes.append({"field": "boundMac", "from": row["bound_mac"], "to": None})
        return _operation(ctx.db, account, "unbindMac", changes)

    return _write(ctx, request, user, account, "unbindMac", act)


@router.post("/account/{account}/clearSessions")
def clear_sessions(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Kick every online session off the BRAS (stale sessions block new logins at the session limit)."""

    def act() -> dict:
        _usable(ctx.db, account)
        rows = ctx.db.query("SELECT * FROM bims_session WHERE account=? ORDER BY started_at", (account,))
        ctx.db.execute("DELETE FROM bims_session WHERE account=?", (account,))
        changes = [{"field": "onlineSessionCount", "from": len(rows), "to": 0}] if rows else []
        return _operation(ctx.db, account, "clearSessions", changes, cleared=[_session_view(r) for r in rows])

    return _write(ctx, request, user, account, "clearSessions", act)


@router.post("/account/{account}/restartPort")
def restart_port(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Reset the access port: clears a hung port, does nothing for a poor line."""

    def act() -> dict:
        row = _usable(ctx.db, account)
        changes = []
        if row["port_state"] != "up":
            good = row["line_state"] == "good"
            down, up = (
                _actual(ctx.rng, row["rate_down_kbps"], good),
                _actual(ctx.rng, row["rate_up_kbps"], good),
            )
            ctx.db.execute(
                "UPDATE bims_account SET port_state='up', actual_down_kbps=?, actual_up_kbps=?"
                " WHERE account=?",
                (down, up, account),
            )
            changes.append({"field": "portState", "from": row["port_state"], "to": "up"})
        return _operation(ctx.db, account, "restartPort", changes, durationMs=ctx.rng.randint(20000, 45000))

    return _write(ctx, request, user, account, "restartPort", act)


def login_outcome(db: Database, row: dict) -> str:
    """The RADIUS code the customer's modem gets now; the checks run in the order the network makes them."""
    sessions = db.scalar("SELECT COUNT(*) FROM bims_session WHERE account=?", (row["account"],))
    if row["status"] == "terminated":
        return "647"
    if row["port_state"] != "up":
        return "678"
    if row["line_state"] != "good":
        return "734"
    if row["status"] != "active":
        return "649"
    if row["client_password_hash"] != row["password_hash"]:
        return "691"
    if row["bound_mac"] and row["dialing_mac"] and row["bound_mac"] != row["dialing_mac"]:
        return "629"
    if sessions >= row["session_limit"]:
        return "718"
    return "0"


@router.post("/account/{account}/dialTest")
def dial_test(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """A test login as the customer's modem would make it; logged like any login, changes nothing else
    (except that the first login after an unbind binds the dialling device, as the real system does)."""

    def act() -> dict:
        db, row = ctx.db, _row(ctx.db, account)
        code = login_outcome(db, row)
        start = utcnow()
        duration = ctx.rng.randint(*DIAL_TIMING[code])
        record = _log(account, start, code, row["dialing_mac"], _nas(row["olt"]))
        db.insert("bims_access_log", record)
        if code == "0" and not row["bound_mac"]:
            db.execute("UPDATE bims_account SET bound_mac=dialing_mac WHERE account=?", (account,))
        reason, meaning, meaning_zh, fix = RADIUS_CODES[code]
        return {
            "id": uuid.uuid4().hex,
            "@type": "ServiceTest",
            "name": "dialTest",
            "state": "completed",
            "account": account,
            "startDateTime": iso(start),
            "endDateTime": iso(start + timedelta(milliseconds=duration)),
            "result": record["result"],
            "radiusCode": record["radius_code"],
            "reason": reason,
            "message": meaning,
            "meaningZh": meaning_zh,
            "fix": fix,
            "durationMs": duration,
            "mac": row["dialing_mac"],
            "nas": record["nas"],
            "testMeasure": [{"metricName": "durationMs", "value": duration, "unit": "ms"}],
        }

    return _write(ctx, request, user, account, "dialTest", act)


@router.post("/account/{account}/lineTest")
def line_test(
    request: Request,
    account: str = AccountPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """Measure the line: attenuation and SNR against the access type's limits, and a verdict."""

    def act() -> dict:
        row = _row(ctx.db, account)
        att = round(row["line_attenuation_db"] + ctx.rng.uniform(-0.3, 0.3), 1)
        snr = round(row["line_snr_db"] + ctx.rng.uniform(-0.3, 0.3), 1)
        max_att, min_snr = LINE[row["access_type"]][4:6]
        verdict = "good" if att <= max_att and snr >= min_snr else "poor"
        return {
            "id": uuid.uuid4().hex,
            "@type": "ServiceTest",
            "name": "lineTest",
            "state": "completed",
            "account": account,
            "startDateTime": now_iso(),
            "accessType": row["access_type"],
            "portState": row["port_state"],
            "attenuationDb": att,
            "snrDb": snr,
            "verdict": verdict,
            "limits": {"maxAttenuationDb": max_att, "minSnrDb": min_snr},
            "actualRate": {"downKbps": row["actual_down_kbps"], "upKbps": row["actual_up_kbps"]},
            "testMeasure": [
                {"metricName": "attenuation", "value": att, "unit": "dB"},
                {"metricName": "snr", "value": snr, "unit": "dB"},
            ],
        }

    return _write(ctx, request, user, account, "lineTest", act)


@admin_router.post("/{account}/repairLine")
def repair_line(
    request: Request, account: str = AccountPath, ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    """The back office's field repair of a poor line (not a front-line operation)."""

    def act() -> dict:
        row = _row(ctx.db, account)
        att, snr = _line(ctx.rng, row["access_type"], True)
        down, up = _actual(ctx.rng, row["rate_down_kbps"], True), _actual(ctx.rng, row["rate_up_kbps"], True)
        ctx.db.execute(
            "UPDATE bims_account SET line_state='good', line_attenuation_db=?, line_snr_db=?,"
            " actual_down_kbps=?, actual_up_kbps=? WHERE account=?",
            (att, snr, down, up, account),
        )
        changes = [{"field": "line.state", "from": row["line_state"], "to": "good"}]
        return _operation(ctx.db, account, "repairLine", changes if row["line_state"] != "good" else [])

    return perform_write(
        ctx, request, system="bims", operation="repairLine", number=account, username="admin", action=act
    )


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


# -- faults ----------------------------------------------------------------------------------------
def _failed_logins(
    ctx: StubContext, account: str, code: str, mac: str | None, rng: random.Random, also_success: bool = False
) -> None:
    """The customer's own failed attempts before calling, so the access log tells the story."""
    row, base = _row(ctx.db, account), anchor(ctx.db)
    logs = [
        _log(account, base - timedelta(minutes=rng.uniform(5, 180)), code, mac, _nas(row["olt"]))
        for _ in range(rng.randint(2, 4))
    ]
    if also_success:
        logs.append(_log(account, base - timedelta(minutes=rng.uniform(5, 180)), "0", mac, _nas(row["olt"])))
    ctx.db.insert_many("bims_access_log", sorted(logs, key=lambda r: r["at"]))


def _apply_wrong_password(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    acct = sub.number
    ctx.db.execute(
        "UPDATE bims_account SET client_password_hash=? WHERE account=?",
        (password_hash(acct, new_password(rng)), acct),
    )
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (acct,))
    _failed_logins(ctx, acct, "691", sub.broadband["mac"], rng)
    return {"radius_code": "691"}


def _apply_session_limit(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    acct, base, row = sub.number, anchor(ctx.db), _row(ctx.db, sub.number)
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (acct,))
    stale = [
        {
            "id": f"SE{rng.getrandbits(40):010X}",
            "account": acct,
            "started_at": iso(base - timedelta(days=rng.uniform(2, 12))),
            "ip": f"113.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            "mac": row["bound_mac"],
            "nas": _nas(row["olt"]),
        }
        for _ in range(row["session_limit"])
    ]
    ctx.db.insert_many("bims_session", stale)
    _failed_logins(ctx, acct, "718", row["bound_mac"], rng)
    return {"radius_code": "718", "stale_sessions": len(stale)}


def _apply_mac_mismatch(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    acct, new_mac = sub.number, _mac(rng)
    ctx.db.execute("UPDATE bims_account SET dialing_mac=? WHERE account=?", (new_mac, acct))
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (acct,))
    _failed_logins(ctx, acct, "629", new_mac, rng)
    return {"radius_code": "629", "bound_mac": sub.broadband["mac"], "dialing_mac": new_mac}


def _apply_port_fault(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    ctx.db.execute(
        "UPDATE bims_account SET port_state='fault', actual_down_kbps=0, actual_up_kbps=0 WHERE account=?",
        (sub.number,),
    )
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (sub.number,))
    _failed_logins(ctx, sub.number, "678", sub.broadband["mac"], rng)
    return {"radius_code": "678"}


def _apply_line_fault(ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random) -> dict:
    row = _row(ctx.db, sub.number)
    att, snr = _line(rng, row["access_type"], False)
    ctx.db.execute(
        "UPDATE bims_account SET line_state='poor', line_attenuation_db=?, line_snr_db=?,"
        " actual_down_kbps=?, actual_up_kbps=? WHERE account=?",
        (
            att,
            snr,
            _actual(rng, row["rate_down_kbps"], False),
            _actual(rng, row["rate_up_kbps"], False),
            sub.number,
        ),
    )
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (sub.number,))
    _failed_logins(ctx, sub.number, "734", sub.broadband["mac"], rng, also_success=True)
    return {"radius_code": "734", "attenuation_db": att, "snr_db": snr}


def _check(sql: str):
    def present(ctx: StubContext, number: str) -> bool:
        return bool(ctx.db.scalar(sql, (number,)))

    return present


def _fault(name: str, description: str, fix: str, apply, present_sql: str) -> Fault:
    return Fault(name, description, fix, ["broadband"], apply, _check(present_sql))


FAULTS = {
    "bb_wrong_password": _fault(
        "bb_wrong_password",
        "The modem dials with a password BIMS no longer accepts: logins fail with 691.",
        "POST /bims/account/{account}/resetPassword (the customer enters the new password in the modem)",
        _apply_wrong_password,
        "SELECT password_hash != client_password_hash FROM bims_account WHERE account=?",
    ),
    "bb_session_limit": _fault(
        "bb_session_limit",
        "Stale online sessions fill the session limit: new logins fail with 718.",
        "POST /bims/account/{account}/clearSessions",
        _apply_session_limit,
        "SELECT (SELECT COUNT(*) FROM bims_session s WHERE s.account=a.account) >= a.session_limit"
        " FROM bims_account a WHERE a.account=?",
    ),
    "bb_mac_mismatch": _fault(
        "bb_mac_mismatch",
        "The customer changed the router: the dialling MAC is not the bound one (629).",
        "POST /bims/account/{account}/unbindMac",
        _apply_mac_mismatch,
        "SELECT bound_mac IS NOT NULL AND dialing_mac IS NOT NULL AND bound_mac != dialing_mac"
        " FROM bims_account WHERE account=?",
    ),
    "bb_port_fault": _fault(
        "bb_port_fault",
        "The access port is hung: no answer from the access device (678).",
        "POST /bims/account/{account}/restartPort",
        _apply_port_fault,
        "SELECT port_state != 'up' FROM bims_account WHERE account=?",
    ),
    "bb_line_fault": _fault(
        "bb_line_fault",
        "The line is poor (high attenuation, low SNR): logins drop (734), speed far below the "
        "configured rate. A port restart does not help; the line test says poor.",
        "none at the front line: dispatch a 112 fault with the line test; the back office repairs it "
        "(POST /admin/bims/{account}/repairLine)",
        _apply_line_fault,
        "SELECT line_state != 'good' FROM bims_account WHERE account=?",
    ),
}
