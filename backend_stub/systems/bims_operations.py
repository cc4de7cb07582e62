"""BIMS's front-line operations (TMF640) and tests (TMF653), and the back office's line repair.

Each function is the action of one write: the route runs it inside ``perform_write`` so the write is
logged and an ``Idempotency-Key`` replays its first answer.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from backend_stub.context import StubContext
from backend_stub.db import Database, iso, now_iso, utcnow
from backend_stub.errors import StubError
from backend_stub.systems.bims_model import (
    DIAL_TIMING,
    LINE,
    RADIUS_CODES,
    access_record,
    account_row,
    account_view,
    actual_rate,
    line_measures,
    login_outcome,
    nas_of,
    new_password,
    password_hash,
    session_view,
)


def usable_account(db: Database, account: str) -> dict:
    """The account's row, refused when the service was terminated."""
    row = account_row(db, account)
    if row["status"] == "terminated":
        raise StubError(409, "conflict", f"broadband account {account!r} is terminated", "account")
    return row


def activation(db: Database, account: str, operation: str, changes: list[dict], **extra) -> dict:
    """The TMF640-style answer of every BIMS operation: what changed, and the account afterwards."""
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


def set_password(db: Database, account: str, password: str) -> list[dict]:
    """BIMS takes the new password and the customer types it into the modem, so both sides match."""
    h = password_hash(account, password)
    db.execute(
        "UPDATE bims_account SET password_hash=?, client_password_hash=?, password_state='ok'"
        " WHERE account=?",
        (h, h, account),
    )
    return [{"field": "password", "from": "(hidden)", "to": "(new)"}]


def reset_password(ctx: StubContext, account: str) -> dict:
    usable_account(ctx.db, account)
    pw = new_password(ctx.rng)
    return activation(ctx.db, account, "resetPassword", set_password(ctx.db, account, pw), newPassword=pw)


def change_password(db: Database, account: str, password: str) -> dict:
    usable_account(db, account)
    return activation(db, account, "changePassword", set_password(db, account, password))


def unbind_mac(db: Database, account: str) -> dict:
    row = usable_account(db, account)
    changes = []
    if row["bound_mac"]:
        db.execute("UPDATE bims_account SET bound_mac=NULL WHERE account=?", (account,))
        changes.append({"field": "boundMac", "from": row["bound_mac"], "to": None})
    return activation(db, account, "unbindMac", changes)


def clear_sessions(db: Database, account: str) -> dict:
    usable_account(db, account)
    rows = db.query("SELECT * FROM bims_session WHERE account=? ORDER BY started_at", (account,))
    db.execute("DELETE FROM bims_session WHERE account=?", (account,))
    changes = [{"field": "onlineSessionCount", "from": len(rows), "to": 0}] if rows else []
    return activation(db, account, "clearSessions", changes, cleared=[session_view(r) for r in rows])


def restart_port(ctx: StubContext, account: str) -> dict:
    row = usable_account(ctx.db, account)
    changes = []
    if row["port_state"] != "up":
        good = row["line_state"] == "good"
        down, up = (
            actual_rate(ctx.rng, row["rate_down_kbps"], good),
            actual_rate(ctx.rng, row["rate_up_kbps"], good),
        )
        ctx.db.execute(
            "UPDATE bims_account SET port_state='up', actual_down_kbps=?, actual_up_kbps=? WHERE account=?",
            (down, up, account),
        )
        changes.append({"field": "portState", "from": row["port_state"], "to": "up"})
    return activation(ctx.db, account, "restartPort", changes, durationMs=ctx.rng.randint(20000, 45000))


def dial_test(ctx: StubContext, account: str) -> dict:
    """A login as the modem makes it, logged like any login (the first after an unbind binds the device)."""
    db, row = ctx.db, account_row(ctx.db, account)
    code = login_outcome(db, row)
    start = utcnow()
    duration = ctx.rng.randint(*DIAL_TIMING[code])
    record = access_record(account, start, code, row["dialing_mac"], nas_of(row["olt"]))
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


def line_test(ctx: StubContext, account: str) -> dict:
    row = account_row(ctx.db, account)
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


def repair_line(ctx: StubContext, account: str) -> dict:
    row = account_row(ctx.db, account)
    att, snr = line_measures(ctx.rng, row["access_type"], True)
    down, up = (
        actual_rate(ctx.rng, row["rate_down_kbps"], True),
        actual_rate(ctx.rng, row["rate_up_kbps"], True),
    )
    ctx.db.execute(
        "UPDATE bims_account SET line_state='good', line_attenuation_db=?, line_snr_db=?,"
        " actual_down_kbps=?, actual_up_kbps=? WHERE account=?",
        (att, snr, down, up, account),
    )
    changes = [{"field": "line.state", "from": row["line_state"], "to": "good"}]
    return activation(ctx.db, account, "repairLine", changes if row["line_state"] != "good" else [])
