"""BIMS's model of the access network: RADIUS codes, line limits, the records and their JSON views.

The customer's modem is modelled too: ``client_password_hash`` is what it dials with and ``dialing_mac``
is the device seen in the last attempt, so :func:`login_outcome` answers a dial test for the same reason
the customer's own login fails. Shared by the routes, the operations, provisioning and the faults.
"""

from __future__ import annotations

import hashlib
import random
import string
from datetime import datetime

from backend_stub.db import Database, iso
from backend_stub.errors import not_found

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


def random_mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randrange(256):02X}" for _ in range(6))


def nas_of(olt: str) -> str:
    """The BRAS that serves an OLT (OLT-GZ-12 -> BRAS-GZ-0n)."""
    parts = olt.split("-")
    return f"BRAS-{parts[1] if len(parts) > 2 else 'XX'}-{(sum(map(ord, olt)) % 4) + 1:02d}"


def line_measures(rng: random.Random, access_type: str, good: bool) -> tuple[float, float]:
    """Attenuation and SNR of a good or a poor line of this access type."""
    att, snr = LINE[access_type][0:2] if good else LINE[access_type][2:4]
    return round(rng.uniform(*att), 1), round(rng.uniform(*snr), 1)


def actual_rate(rng: random.Random, configured: int, good_line: bool) -> int:
    return int(configured * (rng.uniform(0.9, 0.99) if good_line else rng.uniform(0.05, 0.3)))


def access_record(account: str, at: datetime, code: str, mac: str | None, nas: str) -> dict:
    """A ``bims_access_log`` row: one login attempt and its RADIUS answer."""
    return {
        "account": account,
        "at": iso(at),
        "result": "success" if code == "0" else "failure",
        "radius_code": None if code == "0" else code,
        "message": RADIUS_CODES[code][1],
        "mac": mac,
        "nas": nas,
    }


def account_row(db: Database, account: str) -> dict:
    row = db.one("SELECT * FROM bims_account WHERE account=?", (account,))
    if not row:
        raise not_found("broadband account", account)
    return row


def session_view(r: dict) -> dict:
    return {
        "id": r["id"],
        "@type": "OnlineSession",
        "account": r["account"],
        "startedAt": r["started_at"],
        "ip": r["ip"],
        "mac": r["mac"],
        "nas": r["nas"],
    }


def access_view(r: dict) -> dict:
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
    r = account_row(db, account)
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
        "onlineSessions": [session_view(s) for s in sessions],
        "lastAccess": access_view(last) if last else None,
    }


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
