"""Provisioning of BIMS: one healthy broadband account per broadband subscriber, with some history."""

from __future__ import annotations

import random
from datetime import timedelta

from backend_stub.db import Database, iso
from backend_stub.systems.bims_model import (
    access_record,
    actual_rate,
    line_measures,
    nas_of,
    new_password,
    password_hash,
)
from backend_stub.systems.hlr_model import anchor
from backend_stub.world import CustomerSpec


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
            att, snr = line_measures(rng, kind, True)
            pw = password_hash(acct, new_password(rng))
            limit = rng.choices([1, 2], [70, 30])[0]
            status = {"active": "active", "terminated": "terminated"}.get(s.status, "suspended")
            nas = nas_of(bb["olt"])
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
                    "actual_down_kbps": actual_rate(rng, bb["rate_down"], True),
                    "actual_up_kbps": actual_rate(rng, bb["rate_up"], True),
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
            logs.extend(access_record(acct, when, code, bb["mac"], nas) for when, code in attempts)
    db.insert_many("bims_account", accounts)
    db.insert_many("bims_session", sessions)
    db.insert_many("bims_access_log", sorted(logs, key=lambda r: r["at"]))
