"""Fault scenarios: a fresh customer whose subscriber is in a named fault state.

Each system module declares the faults it owns in ``FAULTS``; this module creates them, says whether
one is still present (judged from the systems' current data, never from a flag), and serves the
admin routes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from backend_stub.context import StubContext
from backend_stub.db import dumps, loads, now_iso
from backend_stub.errors import StubError
from backend_stub.world import CustomerSpec, SubscriberSpec, WorldGen, provision_core


@dataclass
class Fault:
    name: str
    description: str  # what is wrong, in words a trainer can read out
    fix: str  # the documented fix: which operation clears it
    kinds: list[str]  # service types of the fresh customer; the first one is "the number"
    apply: Callable[[StubContext, CustomerSpec, SubscriberSpec, random.Random], dict | None]
    present: Callable[[StubContext, str], bool]
    customize: Callable[[CustomerSpec, SubscriberSpec], None] | None = None  # adjust the truth before provisioning


def all_faults(systems: list) -> dict[str, Fault]:
    faults: dict[str, Fault] = {}
    for mod in systems:
        for name, fault in getattr(mod, "FAULTS", {}).items():
            if name in faults:
                raise RuntimeError(f"fault {name} declared twice")
            faults[name] = fault
    return faults


def provision_customers(ctx: StubContext, systems: list, customers: list[CustomerSpec], rng: random.Random) -> None:
    provision_core(ctx.db, customers)
    for mod in systems:
        fn = getattr(mod, "provision", None)
        if fn:
            fn(ctx.db, customers, rng)


def create_scenario(ctx: StubContext, systems: list, faults: dict[str, Fault], name: str,
                    rng: random.Random | None = None) -> dict:
    fault = faults.get(name)
    if fault is None:
        raise StubError(400, "invalidValue", f"unknown fault {name!r}; see GET /admin/scenarios", "fault")
    rng = rng or random.Random()
    with ctx.db.tx():
        gen = WorldGen(ctx.db, rng)
        cust = gen.customer(kinds=list(fault.kinds))
        sub = cust.subscribers[0]
        if fault.customize:
            fault.customize(cust, sub)
        provision_customers(ctx, systems, [cust], rng)
        gen.save_counter()
        details = fault.apply(ctx, cust, sub, rng) or {}
        ctx.db.execute(
            "INSERT INTO stub_scenario(number, fault, customer_id, created_at, details_json) VALUES (?,?,?,?,?)",
            (sub.number, name, cust.id, now_iso(), dumps(details)),
        )
    return {
        "fault": name, "number": sub.number, "customer_id": cust.id, "customer_name": cust.name,
        "subscriber_id": sub.id, "account_id": cust.account_id, "contract_no": cust.contract_no,
        "service_type": sub.service_type, "description": fault.description, "fix": fault.fix,
        "other_numbers": [s.number for s in cust.subscribers[1:]], **details,
    }


def scenario_state(ctx: StubContext, faults: dict[str, Fault], number: str) -> dict:
    row = ctx.db.one("SELECT * FROM stub_scenario WHERE number=?", (number,))
    if not row:
        raise StubError(404, "notFound", f"no scenario for number {number!r}")
    fault = faults[row["fault"]]
    return {"fault": row["fault"], "number": number, "customer_id": row["customer_id"],
            "present": bool(fault.present(ctx, number)), "details": loads(row["details_json"], {})}
