"""Provisioning of the HLR: every mobile and fixed number as sold, with its add-ons and VPN membership."""

from __future__ import annotations

import random

from backend_stub.db import Database, dumps, iso
from backend_stub.systems.hlr_model import data_profile, new_imsi, state_for_crm
from backend_stub.world import SEED_EPOCH, CustomerSpec


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
                    "imsi": new_imsi(rng) if s.service_type == "mobile" else "",
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
