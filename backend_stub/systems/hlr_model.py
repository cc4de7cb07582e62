"""The HLR's record of a number and its JSON view, and the rules that say what CRM's truth means here.

``data_profile_json`` is owned by the HLR: ``{"cdma1x": {"enabled": bool, "apn", "maxRateKbps"},
"evdo": {...}}`` for mobiles, ``{}`` for fixed lines. The AAA module's fault switches
``$.cdma1x.enabled`` off; ``syncFromCrm`` puts it back from CRM's ``wireless_json``.
"""

from __future__ import annotations

import random
from datetime import datetime

from backend_stub import catalog
from backend_stub.db import Database, loads, utcnow
from backend_stub.errors import not_found
from backend_stub.world import SEED_EPOCH

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


def new_imsi(rng: random.Random) -> str:
    return "46003" + f"{rng.randrange(10**10):010d}"  # MCC 460, MNC 03 (the operator's CDMA network)


def hlr_record(db: Database, number: str) -> dict:
    row = db.one("SELECT * FROM hlr_subscriber WHERE number=?", (number,))
    if not row:
        raise not_found("HLR subscriber", number)
    return row


def vpn_view(row: dict | None) -> dict | None:
    if not row:
        return None
    return {"groupId": row["group_id"], "shortNumber": row["short_number"], "updatedAt": row["updated_at"]}


def services_view(db: Database, number: str) -> list[dict]:
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
    row = hlr_record(db, number)
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
        "services": services_view(db, number),
        "vpn": vpn_view(db.one("SELECT * FROM hlr_vpn_member WHERE number=?", (number,))),
        "dataProfile": loads(row["data_profile_json"], {}),
    }
