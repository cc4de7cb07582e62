"""The back-office writes a flow may ask the agent to confirm: each one named, keyed and audited.

An action runs only after the agent confirmed it (the engine sees to that) and gets the idempotency key
of that confirmation; a retry of the same confirmation reuses it, so the back end acts once. An action
that needs several writes (one add-on after another) derives one stable key per write from it.
"""

from __future__ import annotations

from typing import Any

from agentdesk.services.pretreatment.facts import listing, money, text
from agentdesk.services.pretreatment.registry import ActionSpec, RunContext, sub_key

NETWORK = ("mobile", "fixed")
MOBILE = ("mobile",)
BROADBAND = ("broadband",)
REASON = "pretreatment: CRM is the truth"


async def billing_sync(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    r = await ctx.write(
        "billing", "syncFromCrm", key, lambda: ctx.backoffice.billing.sync_from_crm(n, idempotency_key=key),
        request={"number": n},
    )  # fmt: skip
    return {"billing.synced_status": r.status or ""}


async def hlr_set_state(ctx: RunContext, key: str) -> dict[str, Any]:
    n, state = ctx.subject.number, ctx.facts["hlr.expected_state"]
    await ctx.write(
        "hlr", "setState", key,
        lambda: ctx.backoffice.hlr.set_state(n, state, REASON, idempotency_key=key),
        request={"number": n, "state": state, "reason": REASON},
    )  # fmt: skip
    return {}


async def hlr_sync(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    await ctx.write(
        "hlr", "syncFromCrm", key, lambda: ctx.backoffice.hlr.sync_from_crm(n, idempotency_key=key),
        request={"number": n},
    )  # fmt: skip
    return {}


async def hlr_activate_addons(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    for code in ctx.facts["addons.missing"]:
        k = sub_key(key, code)
        await ctx.write(
            "hlr", "activateService", k,
            lambda code=code, k=k: ctx.backoffice.hlr.activate_service(n, code, idempotency_key=k),
            request={"number": n, "code": code},
        )  # fmt: skip
    return {}


async def hlr_sync_vpn(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    await ctx.write(
        "hlr",
        "syncVpn",
        key,
        lambda: ctx.backoffice.hlr.sync_vpn(n, idempotency_key=key),
        request={"number": n},
    )
    return {}


async def aaa_sync(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    for kind in ctx.facts["wireless.aaa_out_of_sync"]:
        k = sub_key(key, kind)
        await ctx.write(
            "aaa", "syncFromCrm", k,
            lambda kind=kind, k=k: ctx.backoffice.aaa.sync_from_crm(n, kind, idempotency_key=k),
            request={"number": n, "kind": kind},
        )  # fmt: skip
    return {}


def _refund(ctx: RunContext, names: list[str]) -> dict[str, Any]:
    """What the customer was charged for it, carried past the write (a later look-up sees it fixed)."""
    return {
        "vas.refund_names": names,
        "vas.refund_amount": ctx.facts.get("vas.disputed_amount", 0),
        "vas.refund_months": list(ctx.facts.get("vas.disputed_months", [])),
    }


async def ismp_sync(ctx: RunContext, key: str) -> dict[str, Any]:
    n = ctx.subject.number
    await ctx.write(
        "ismp", "syncFromCrm", key, lambda: ctx.backoffice.ismp.sync_from_crm(n, idempotency_key=key),
        request={"number": n},
    )  # fmt: skip
    return _refund(ctx, list(ctx.facts.get("vas.out_of_sync_names", [])))


async def ismp_unsubscribe_suspect(ctx: RunContext, key: str) -> dict[str, Any]:
    n, sid = ctx.subject.number, ctx.facts["vas.suspect_id"]
    await ctx.write(
        "ismp", "unsubscribe", key,
        lambda: ctx.backoffice.ismp.unsubscribe(n, subscription_id=sid, idempotency_key=key),
        request={"number": n, "subscriptionId": sid},
    )  # fmt: skip
    return _refund(ctx, [ctx.facts.get("vas.suspect_name", "")])


async def bims_reset_password(ctx: RunContext, key: str) -> dict[str, Any]:
    a = ctx.subject.number
    r = await ctx.write(
        "bims", "resetPassword", key, lambda: ctx.backoffice.bims.reset_password(a, idempotency_key=key),
        request={"account": a},
    )  # fmt: skip
    return {"bims.new_password": r.new_password or ""}


def _bims(operation: str, method: str):
    async def run(ctx: RunContext, key: str) -> dict[str, Any]:
        a = ctx.subject.number
        call = getattr(ctx.backoffice.bims, method)
        await ctx.write("bims", operation, key, lambda: call(a, idempotency_key=key), request={"account": a})
        return {}

    return run


async def events_register_call(ctx: RunContext, key: str) -> dict[str, Any]:
    s, event_id = ctx.subject, ctx.facts["events.id"]
    complaint = await ctx.write(
        "events", "registerComplaint", key,
        lambda: ctx.events.register_call(event_id, s.number, s.customer_id, idempotency_key=key),
        request={"eventId": event_id, "number": s.number}, changed=lambda _r: True,
    )  # fmt: skip
    return {"events.complaint_id": complaint}


REFUND_FACTS = {
    "vas.refund_names": listing("what the customer may ask a refund for"),
    "vas.refund_amount": money(),
    "vas.refund_months": listing(),
}

ACTIONS = [
    ActionSpec("events_register_call", "events", "registerComplaint", events_register_call, needs=("events.id",),
               provides={"events.complaint_id": text("the call's link to the event")}),
    ActionSpec("billing_sync_from_crm", "billing", "syncFromCrm", billing_sync,
               provides={"billing.synced_status": text()}),
    ActionSpec("hlr_set_state_from_crm", "hlr", "setState", hlr_set_state, needs=("hlr.expected_state",),
               service_types=NETWORK),
    ActionSpec("hlr_sync_from_crm", "hlr", "syncFromCrm", hlr_sync, service_types=NETWORK),
    ActionSpec("hlr_activate_addons", "hlr", "activateService", hlr_activate_addons, needs=("addons.missing",),
               service_types=NETWORK),
    ActionSpec("hlr_sync_vpn", "hlr", "syncVpn", hlr_sync_vpn, service_types=MOBILE),
    ActionSpec("aaa_sync_from_crm", "aaa", "syncFromCrm", aaa_sync, needs=("wireless.aaa_out_of_sync",),
               service_types=MOBILE),
    ActionSpec("ismp_sync_from_crm", "ismp", "syncFromCrm", ismp_sync, needs=("vas.out_of_sync_names",),
               provides=REFUND_FACTS, service_types=MOBILE),
    ActionSpec("ismp_unsubscribe_suspect", "ismp", "unsubscribe", ismp_unsubscribe_suspect,
               needs=("vas.suspect_id",), provides=REFUND_FACTS, service_types=MOBILE),
    ActionSpec("bims_reset_password", "bims", "resetPassword", bims_reset_password, service_types=BROADBAND,
               provides={"bims.new_password": text("read to the customer once; never stored", secret=True)}),
    ActionSpec("bims_clear_sessions", "bims", "clearSessions", _bims("clearSessions", "clear_sessions"),
               service_types=BROADBAND),
    ActionSpec("bims_unbind_mac", "bims", "unbindMac", _bims("unbindMac", "unbind_mac"), service_types=BROADBAND),
    ActionSpec("bims_restart_port", "bims", "restartPort", _bims("restartPort", "restart_port"),
               service_types=BROADBAND),
]  # fmt: skip
