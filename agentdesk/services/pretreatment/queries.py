"""Fact queries about status and the network: CRM and billing status with arrears and credit control,
the HLR switch state, add-ons, mobile VPN, wireless data, and known service events.

Each query reads what it needs (in parallel where it can), compares with ``domain.comparisons`` and
returns plain facts; the flow file decides what to do with them.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from agentdesk.connectors.errors import NotFound
from agentdesk.domain.comparisons import (
    FindingCode,
    compare_addons,
    compare_crm_billing_status,
    compare_crm_hlr_state,
    compare_vpn,
    compare_wireless,
    expected_hlr_state,
    judge_suspension,
)
from agentdesk.domain.customer import SUBSCRIBER_STATUSES
from agentdesk.domain.network import HLR_STATES
from agentdesk.services.pretreatment.facts import boolean, enum, listing, money, number, text
from agentdesk.services.pretreatment.registry import QuerySpec, RunContext

C = FindingCode
NETWORK_TYPES = ("mobile", "fixed")


def when(value: datetime | None) -> str:
    """A time as agents read it: local time, to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


async def _maybe(coro):
    """The record, or None when the system has none (a missing record is itself a finding)."""
    try:
        return await coro
    except NotFound:
        return None


# -- CRM and billing status ----------------------------------------------------------------------------------
_BILLING_FINDINGS = (
    "none",
    C.BILLING_SUSPENDED_CRM_ACTIVE,
    C.CRM_SUSPENDED_BILLING_ACTIVE,
    C.SUSPENSION_REASON_DIFFERS,
    C.TERMINATION_DIFFERS,
    C.MISSING_IN_BILLING,
)
_VERDICTS = ("none", C.SUSPENDED_FOR_ARREARS, C.SUSPENDED_ON_REQUEST, C.SUSPENDED_WITHOUT_ARREARS)


async def crm_billing_status(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, number = ctx.backoffice, ctx.subject.number
    sub, bill, credit = await asyncio.gather(
        bo.crm.subscriber_by_number(number),
        _maybe(bo.billing.subscriber(number)),
        _maybe(bo.billing.credit_limit(number=number)),
    )
    arrears = bill.arrears if bill is not None else 0
    finding = compare_crm_billing_status(number, sub.status, bill.status if bill else None)
    verdict = judge_suspension(number, sub.status, bill.arrears if bill else None)
    last = bill.last_suspension if bill is not None else None
    return {
        "crm.status": sub.status,
        "crm.status_reason": sub.status_reason or "",
        "billing.status": bill.status if bill is not None else "none",
        "billing.arrears": arrears,
        "billing.owes": arrears > 0,
        "billing.status_agrees": finding is None,
        "billing.finding": finding.code.value if finding else "none",
        "billing.credit_limit": credit.credit_limit if credit else 0,
        "billing.available_credit": credit.available_credit if credit else 0,
        "billing.balance": credit.balance if credit else 0,
        "billing.over_limit": bool(credit and credit.over_limit),
        "billing.last_suspension": f"{when(last.at)} {last.action}/{last.reason}" if last else "",
        "suspension.verdict": verdict.code.value if verdict else "none",
    }


STATUS_FACTS = {
    "crm.status": enum(*SUBSCRIBER_STATUSES, doc="CRM's subscriber status (the truth of what was sold)"),
    "crm.status_reason": text(),
    "billing.status": enum(*SUBSCRIBER_STATUSES, "none", doc="billing's status of the number"),
    "billing.arrears": money("what the account owes on unsettled bills"),
    "billing.owes": boolean("arrears above zero"),
    "billing.status_agrees": boolean("CRM and billing hold the same status"),
    "billing.finding": enum(*(str(v) for v in _BILLING_FINDINGS)),
    "billing.credit_limit": money(),
    "billing.available_credit": money(),
    "billing.balance": money(),
    "billing.over_limit": boolean("credit control: the account is over its credit limit"),
    "billing.last_suspension": text(),
    "suspension.verdict": enum(*(str(v) for v in _VERDICTS)),
}


# -- HLR switch state ----------------------------------------------------------------------------------------
_HLR_FINDINGS = (
    "none",
    C.BARRED_AFTER_PAYMENT,
    C.ABNORMAL_BARRING,
    C.ACTIVE_IN_NETWORK_WHILE_SUSPENDED,
    C.BARRING_REASON_DIFFERS,
    C.MISSING_IN_NETWORK,
)


async def hlr_state(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    number, crm_status = ctx.subject.number, ctx.facts["crm.status"]
    hlr = await _maybe(ctx.backoffice.hlr.subscriber(number))
    state = hlr.state if hlr is not None else None
    finding = compare_crm_hlr_state(number, crm_status, state)
    return {
        "hlr.state": state or "none",
        "hlr.state_reason": (hlr.state_reason or "") if hlr else "",
        "hlr.expected_state": expected_hlr_state(crm_status) or "none",
        "hlr.agrees": finding is None,
        "hlr.finding": finding.code.value if finding else "none",
    }


HLR_FACTS = {
    "hlr.state": enum(*HLR_STATES, "none", doc="the switch state in the HLR"),
    "hlr.state_reason": text(),
    "hlr.expected_state": enum(*HLR_STATES, "none", doc="the switch state CRM's status calls for"),
    "hlr.agrees": boolean("the HLR state is what CRM's status calls for"),
    "hlr.finding": enum(*(str(v) for v in _HLR_FINDINGS)),
}


# -- add-ons -------------------------------------------------------------------------------------------------
async def addons(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, s = ctx.backoffice, ctx.subject
    crm, hlr = await asyncio.gather(bo.crm.addons(s.subscriber_id), _maybe(bo.hlr.subscriber(s.number)))
    services = hlr.services if hlr is not None else ()
    names = {sv.code: sv.name for sv in services} | {a.code: a.name for a in crm}
    rows = compare_addons(
        s.number, {a.code: a.status for a in crm}, {sv.code: sv.active for sv in services}, names
    )
    missing = [
        r for r in rows if r.finding is not None and r.finding.code is C.ADDON_NOT_ACTIVATED_IN_NETWORK
    ]
    extra = [r for r in rows if r.finding is not None and r.finding.code is C.ADDON_ACTIVE_IN_NETWORK_ONLY]
    return {
        "addons.crm_active_names": [r.name for r in rows if r.crm_state == "active"],
        "addons.missing": [r.code for r in missing],
        "addons.missing_names": [r.name for r in missing],
        "addons.any_missing": bool(missing),
        "addons.network_only_names": [r.name for r in extra],
        "addons.any_network_only": bool(extra),
    }


ADDON_FACTS = {
    "addons.crm_active_names": listing("add-ons CRM has active"),
    "addons.missing": listing("codes of add-ons active in CRM but not in the network"),
    "addons.missing_names": listing(),
    "addons.any_missing": boolean(),
    "addons.network_only_names": listing("add-ons the network has but CRM does not"),
    "addons.any_network_only": boolean(),
}


# -- mobile VPN ----------------------------------------------------------------------------------------------
_VPN_FINDINGS = (
    "none",
    C.VPN_MISSING_IN_NETWORK,
    C.VPN_SHORT_NUMBER_DIFFERS,
    C.VPN_GROUP_DIFFERS,
    C.VPN_IN_NETWORK_ONLY,
)


async def vpn(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, s = ctx.backoffice, ctx.subject
    crm, net = await asyncio.gather(bo.crm.vpn(s.subscriber_id), bo.hlr.vpn(s.number))
    finding = compare_vpn(s.number, crm, net)
    member = bool(crm.member and crm.status in (None, "active"))
    return {
        "vpn.crm_member": member,
        "vpn.group": (crm.group_name or crm.group_id or "") if member else "",
        "vpn.short_number": (crm.short_number or "") if member else "",
        "vpn.network": f"{net.group_id}/{net.short_number}" if net else "",
        "vpn.agrees": finding is None,
        "vpn.finding": finding.code.value if finding else "none",
    }


VPN_FACTS = {
    "vpn.crm_member": boolean("CRM has the number in a mobile VPN group"),
    "vpn.group": text(),
    "vpn.short_number": text(),
    "vpn.network": text("group/short number as the HLR has them"),
    "vpn.agrees": boolean(),
    "vpn.finding": enum(*(str(v) for v in _VPN_FINDINGS)),
}


# -- wireless data -------------------------------------------------------------------------------------------
_AAA_FINDINGS = {
    C.WIRELESS_MISSING_IN_AAA,
    C.WIRELESS_DISABLED_IN_AAA,
    C.WIRELESS_PROFILE_DIFFERS,
    C.WIRELESS_PASSWORD_DIFFERS,
    C.WIRELESS_ACTIVE_IN_AAA_ONLY,
}


async def wireless(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, number = ctx.backoffice, ctx.subject.number
    aaa, hlr, failures = await asyncio.gather(
        bo.aaa.accounts(number),
        _maybe(bo.hlr.subscriber(number)),
        bo.aaa.access_log(number, result="failure", limit=1),
    )
    hlr_data = {e.kind: e.enabled for e in hlr.data_profile} if hlr is not None else None
    rows = compare_wireless(number, aaa.crm_wireless, aaa.crm_status, aaa, hlr_data)
    aaa_out = [r.kind for r in rows if any(f.code in _AAA_FINDINGS for f in r.findings)]
    hlr_off = [r.kind for r in rows if any(f.code is C.DATA_DISABLED_IN_HLR for f in r.findings)]
    last = failures.items[0] if failures.items else None
    return {
        "wireless.sold": list(aaa.crm_wireless),
        "wireless.any_sold": bool(aaa.crm_wireless),
        "wireless.aaa_out_of_sync": aaa_out,
        "wireless.any_aaa_out_of_sync": bool(aaa_out),
        "wireless.hlr_data_disabled": hlr_off,
        "wireless.any_hlr_data_disabled": bool(hlr_off),
        "wireless.in_sync": not aaa_out and not hlr_off,
        "wireless.last_error_code": (last.error_code or "") if last else "",
        "wireless.last_error_kind": last.kind if last else "",
        "wireless.last_error_at": when(last.at) if last else "",
        "wireless.last_error_meaning": (last.meaning or last.message) if last else "",
        "wireless.last_error_meaning_zh": (last.meaning_zh or "") if last else "",
        "wireless.last_error_hint": (last.hint or "") if last else "",
    }


WIRELESS_FACTS = {
    "wireless.sold": listing("wireless data services CRM sold (cdma1x, evdo, wlan)"),
    "wireless.any_sold": boolean(),
    "wireless.aaa_out_of_sync": listing("kinds whose AAA/RADIUS account disagrees with CRM"),
    "wireless.any_aaa_out_of_sync": boolean(),
    "wireless.hlr_data_disabled": listing("kinds CRM sold but the HLR data profile has disabled"),
    "wireless.any_hlr_data_disabled": boolean(),
    "wireless.in_sync": boolean("AAA and the HLR data profile agree with CRM"),
    "wireless.last_error_code": text(),
    "wireless.last_error_kind": text(),
    "wireless.last_error_at": text(),
    "wireless.last_error_meaning": text(),
    "wireless.last_error_meaning_zh": text(),
    "wireless.last_error_hint": text(),
}


# -- known service events (issue 13) ---------------------------------------------------------------------------
async def service_events(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    """Is the subscriber inside an active incident or planned cutover? Asked before anything is touched.

    ``ctx.events`` is the desk's service-events source (``events_source.EventsSource``); a desk without
    one records that the check could not be made and goes on.
    """
    source = ctx.events
    if source is None or not getattr(source, "available", True):
        return {**_NO_EVENT, "events.checked": False}
    events = list(await source.affecting(ctx.subject.number))
    if not events:
        return {**_NO_EVENT, "events.checked": True}
    return event_facts(events[0], len(events))


def event_facts(e: Any, count: int = 1) -> dict[str, Any]:
    """The ``events.*`` facts of an active event (a ``ServiceEvent``) that covers the subscriber: what the
    known-event steps show, count and read to the customer."""
    return {
        "events.checked": True,
        "events.affected": True,
        "events.id": e.id,
        "events.title": e.title,
        "events.kind": e.event_type,
        "events.since": when(e.start),
        "events.expected_end": when(e.expected_end),
        "events.script_en": e.wording_en,
        "events.script_zh": e.wording_zh,
        "events.count": count,
    }


_NO_EVENT = {
    "events.affected": False,
    "events.id": "",
    "events.title": "",
    "events.kind": "",
    "events.since": "",
    "events.expected_end": "",
    "events.script_en": "",
    "events.script_zh": "",
    "events.count": 0,
}
EVENT_FACTS = {
    "events.checked": boolean("the desk could ask the service-events system"),
    "events.affected": boolean("an active incident or cutover covers the subscriber"),
    "events.id": text(),
    "events.title": text(),
    "events.kind": text("incident or planned_cutover"),
    "events.since": text(),
    "events.expected_end": text(),
    "events.script_en": text("the event's public wording for customers"),
    "events.script_zh": text(),
    "events.count": number("active events touching the subscriber"),
}

QUERIES = [
    QuerySpec("service_events", EVENT_FACTS, service_events, doc="known incidents and cutovers"),
    QuerySpec("crm_billing_status", STATUS_FACTS, crm_billing_status, doc="CRM vs billing, arrears, credit"),
    QuerySpec("hlr_state", HLR_FACTS, hlr_state, needs=("crm.status",), service_types=NETWORK_TYPES),
    QuerySpec("addons", ADDON_FACTS, addons, service_types=NETWORK_TYPES),
    QuerySpec("vpn", VPN_FACTS, vpn, service_types=("mobile",)),
    QuerySpec("wireless", WIRELESS_FACTS, wireless, service_types=("mobile",)),
]
