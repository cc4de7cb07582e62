"""The broadband faults BIMS owns: each plants the customer's failed logins so the access log tells the story.

``backend_stub.systems`` only loads ``bims``, which re-exports ``FAULTS`` from here.
"""

from __future__ import annotations

import random
from datetime import timedelta

from backend_stub.context import StubContext
from backend_stub.db import iso
from backend_stub.scenarios import Fault
from backend_stub.systems.bims_model import (
    access_record,
    account_row,
    actual_rate,
    line_measures,
    nas_of,
    new_password,
    password_hash,
    random_mac,
)
from backend_stub.systems.hlr_model import anchor
from backend_stub.world import CustomerSpec, SubscriberSpec


def _failed_logins(
    ctx: StubContext, account: str, code: str, mac: str | None, rng: random.Random, also_success: bool = False
) -> None:
    """The customer's own failed attempts before calling, so the access log tells the story."""
    row, base = account_row(ctx.db, account), anchor(ctx.db)
    logs = [
        access_record(account, base - timedelta(minutes=rng.uniform(5, 180)), code, mac, nas_of(row["olt"]))
        for _ in range(rng.randint(2, 4))
    ]
    if also_success:
        logs.append(
            access_record(
                account, base - timedelta(minutes=rng.uniform(5, 180)), "0", mac, nas_of(row["olt"])
            )
        )
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
    acct, base, row = sub.number, anchor(ctx.db), account_row(ctx.db, sub.number)
    ctx.db.execute("DELETE FROM bims_session WHERE account=?", (acct,))
    stale = [
        {
            "id": f"SE{rng.getrandbits(40):010X}",
            "account": acct,
            "started_at": iso(base - timedelta(days=rng.uniform(2, 12))),
            "ip": f"113.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            "mac": row["bound_mac"],
            "nas": nas_of(row["olt"]),
        }
        for _ in range(row["session_limit"])
    ]
    ctx.db.insert_many("bims_session", stale)
    _failed_logins(ctx, acct, "718", row["bound_mac"], rng)
    return {"radius_code": "718", "stale_sessions": len(stale)}


def _apply_mac_mismatch(
    ctx: StubContext, cust: CustomerSpec, sub: SubscriberSpec, rng: random.Random
) -> dict:
    acct, new_mac = sub.number, random_mac(rng)
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
    row = account_row(ctx.db, sub.number)
    att, snr = line_measures(rng, row["access_type"], False)
    ctx.db.execute(
        "UPDATE bims_account SET line_state='poor', line_attenuation_db=?, line_snr_db=?,"
        " actual_down_kbps=?, actual_up_kbps=? WHERE account=?",
        (
            att,
            snr,
            actual_rate(rng, row["rate_down_kbps"], False),
            actual_rate(rng, row["rate_up_kbps"], False),
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
