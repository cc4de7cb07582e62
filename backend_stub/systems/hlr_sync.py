"""The HLR's writes (TMF640): switch state, add-on services, VPN membership and the sync from CRM.

The routes run these inside ``perform_write``; :func:`activation` is the answer every HLR write gives.
"""

from __future__ import annotations

import random
import uuid

from backend_stub.db import Database, dumps, loads, now_iso
from backend_stub.errors import StubError, not_found
from backend_stub.systems.hlr_model import data_profile, hlr_record, new_imsi, state_for_crm, subscriber_view


def change(field: str, before, after) -> dict:
    return {"field": field, "from": before, "to": after}


def set_state(db: Database, number: str, state: str, reason: str | None) -> list[dict]:
    row = hlr_record(db, number)
    if row["state"] == state and row["state_reason"] == reason:
        return []
    db.execute(
        "UPDATE hlr_subscriber SET state=?, state_reason=?, updated_at=? WHERE number=?",
        (state, reason, now_iso(), number),
    )
    return [change("state", row["state"], state)] if row["state"] != state else []


def set_service(db: Database, number: str, code: str, active: bool) -> list[dict]:
    row = db.one("SELECT active FROM hlr_service WHERE number=? AND code=?", (number, code))
    before = bool(row["active"]) if row else None
    if before is active or (before is None and not active):
        return []
    db.execute(
        "INSERT OR REPLACE INTO hlr_service(number, code, active, updated_at) VALUES (?,?,?,?)",
        (number, code, int(active), now_iso()),
    )
    return [change(f"service.{code}", before, active)]


def crm_subscriber(db: Database, number: str) -> dict:
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

    return [change("vpn", camel(have), camel(truth))]


def _ensure_record(db: Database, number: str, crm: dict) -> list[dict]:
    """A number CRM has but the HLR lost is created (the sync is a full re-provisioning)."""
    if db.scalar("SELECT 1 FROM hlr_subscriber WHERE number=?", (number,)):
        return []
    imsi = new_imsi(random.Random()) if crm["service_type"] == "mobile" else ""
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
    return [change("record", None, "created")]


def sync_from_crm(db: Database, number: str) -> list[dict]:
    """Make the HLR say what CRM says: state, add-ons, VPN membership and data profile."""
    crm = crm_subscriber(db, number)
    changes = _ensure_record(db, number, crm)
    state = state_for_crm(crm["status"])
    row = hlr_record(db, number)
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
                changes.append(change(f"dataProfile.{kind}.enabled", was, now))
    return changes


def activation(db: Database, number: str, operation: str, changes: list[dict]) -> dict:
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
