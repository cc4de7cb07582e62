"""Fact queries about money and orders: the latest bill against the one before, roaming records of a
bill month, value-added subscriptions with what they cost, and open orders with their stuck step."""

from __future__ import annotations

import asyncio
import calendar
from datetime import date
from typing import Any

from agentdesk.domain.comparisons import FindingCode, compare_vas, order_stuck
from agentdesk.domain.money import format_fen
from agentdesk.domain.pretreatment_checks import charge_names_product, roaming_trip, suspect_subscriptions
from agentdesk.domain.vas import VasSubscription
from agentdesk.services.pretreatment.facts import boolean, enum, listing, money, number, text
from agentdesk.services.pretreatment.queries import when
from agentdesk.services.pretreatment.registry import QuerySpec, RunContext

C = FindingCode
ITEM_TYPES = ("monthly_fee", "local_call", "long_distance", "roaming", "data", "sms", "vas", "addon", "other")


def _amount(totals, key: str) -> int:
    return next((t.amount for t in totals if t.key == key), 0)


# -- the bill ------------------------------------------------------------------------------------------------
async def billing_overview(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, number_ = ctx.backoffice, ctx.subject.number
    bills, account = await asyncio.gather(
        bo.billing.bills(number=number_, limit=2), bo.billing.account_summary(number=number_)
    )
    latest = bills.items[0] if bills.items else None
    previous = bills.items[1] if len(bills.items) > 1 else None
    now_sum, before_sum = await asyncio.gather(
        bo.billing.charge_summary(number=number_, month=latest.month) if latest else _none(),
        bo.billing.charge_summary(number=number_, month=previous.month) if previous else _none(),
    )
    items = sorted(now_sum.by_item_type, key=lambda t: -t.amount) if now_sum else []
    now_total = now_sum.total if now_sum else 0
    before_total = before_sum.total if before_sum else 0
    increases = []
    if now_sum and before_sum:
        for t in now_sum.by_item_type:
            grew = t.amount - _amount(before_sum.by_item_type, t.key)
            if grew > 0:
                increases.append((grew, t.key))
    biggest = max(increases) if increases else None
    return {
        "bill.month": latest.month if latest else "",
        "bill.state": latest.state if latest else "none",
        "bill.amount_due": latest.amount_due if latest else 0,
        "bill.number_total": now_total,
        "bill.previous_month": previous.month if previous else "",
        "bill.previous_total": before_total,
        "bill.change": now_total - before_total,
        "bill.items": [f"{t.key} {format_fen(t.amount)}" for t in items],
        "bill.largest_increase": biggest[1] if biggest else "",
        "bill.largest_increase_amount": biggest[0] if biggest else 0,
        "bill.has_roaming": bool(now_sum and _amount(now_sum.by_item_type, "roaming") > 0),
        "bill.roaming_amount": _amount(now_sum.by_item_type, "roaming") if now_sum else 0,
        "bill.has_vas": bool(now_sum and _amount(now_sum.by_item_type, "vas") > 0),
        "bill.vas_amount": _amount(now_sum.by_item_type, "vas") if now_sum else 0,
        "billing.unpaid_bills": account.unpaid_bills,
    }


async def _none():
    return None


BILL_FACTS = {
    "bill.month": text("the latest bill's month, YYYY-MM"),
    "bill.state": enum("settled", "unpaid", "partiallyPaid", "none"),
    "bill.amount_due": money("the account's latest bill"),
    "bill.number_total": money("this number's charges on the latest bill"),
    "bill.previous_month": text(),
    "bill.previous_total": money(),
    "bill.change": money("latest minus previous"),
    "bill.items": listing("item type and amount, largest first"),
    "bill.largest_increase": text("the item type that grew most against the month before"),
    "bill.largest_increase_amount": money(),
    "bill.has_roaming": boolean(),
    "bill.roaming_amount": money(),
    "bill.has_vas": boolean(),
    "bill.vas_amount": money(),
    "billing.unpaid_bills": number(),
}


# -- roaming records of the bill month ---------------------------------------------------------------------
async def roaming_usage(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, number_ = ctx.backoffice, ctx.subject.number
    month = ctx.facts["bill.month"]
    year, mon = (int(x) for x in month.split("-"))
    first, last = date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])
    charges, records = await asyncio.gather(
        bo.billing.charges(number=number_, month=month, item_types=["roaming"]),
        bo.usage.records(number_, since=first, until=last, types=["roaming"]),
    )
    total = sum(c.amount for c in charges.items)
    # a trip abroad is billed as one line of its own: explain the largest line first, then the total
    largest = max(charges.items, key=lambda c: c.amount, default=None)
    charge, trip, line = total, [], ""
    if largest is not None and largest.amount != total:
        trip = roaming_trip(largest.amount, records.items)
        if trip:
            charge, line = largest.amount, largest.description
    if not trip:
        trip = roaming_trip(total, records.items)
        line = largest.description if largest is not None and len(charges.items) == 1 else line
    trip = sorted(trip, key=lambda r: r.at)
    recs = trip or sorted(records.items, key=lambda r: r.at)
    places: list[str] = []
    for r in recs:
        if r.location and r.location not in places:
            places.append(r.location)
    return {
        "roaming.charge": charge,
        "roaming.total_charge": total,
        "roaming.line": line,
        "roaming.cdr_count": len(recs),
        "roaming.cdr_amount": sum(r.amount for r in recs),
        "roaming.other_count": len(records.items) - len(trip) if trip else 0,
        "roaming.places": places,
        "roaming.first_at": when(recs[0].at) if recs else "",
        "roaming.last_at": when(recs[-1].at) if recs else "",
        "roaming.explains_charge": bool(trip),
    }


ROAMING_FACTS = {
    "roaming.charge": money("the roaming charge explained: the trip's line, else all roaming lines"),
    "roaming.total_charge": money("every roaming line of the bill month"),
    "roaming.line": text("the bill's words for the explained line"),
    "roaming.cdr_count": number(),
    "roaming.cdr_amount": money("what the roaming records of the month add up to"),
    "roaming.other_count": number("roaming records of the month outside the charged trip (in the package)"),
    "roaming.places": listing(),
    "roaming.first_at": text(),
    "roaming.last_at": text(),
    "roaming.explains_charge": boolean("the records add up to the charge"),
}


# -- value-added services ----------------------------------------------------------------------------------
_VAS_FINDINGS = (
    "none",
    C.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE,
    C.VAS_ACTIVE_IN_ISMP_ONLY,
    C.VAS_NOT_DELIVERED,
)


def _charged(charges, sub: VasSubscription, after=None) -> tuple[int, list[str]]:
    """What billing charged for ``sub`` (on months starting after ``after``, if given)."""
    total, months = 0, []
    for c in charges:
        if not charge_names_product(c.description, sub):
            continue
        if after is not None and date(*(int(x) for x in c.month.split("-")), 1) <= after.date():
            continue
        total += c.amount
        if c.month not in months:
            months.append(c.month)
    return total, sorted(months)


async def vas_subscriptions(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    bo, number_ = ctx.backoffice, ctx.subject.number
    subs, crm_sub, bills, charges = await asyncio.gather(
        bo.ismp.subscriptions(number_, state="all", limit=100),
        bo.crm.subscriber_by_number(number_),
        bo.billing.bills(number=number_, limit=1),
        bo.billing.charges(number=number_, item_types=["vas"], limit=1000),
    )
    findings = [(s, compare_vas(s)) for s in subs.items]
    wrong = [(s, f) for s, f in findings if f is not None]
    billed_wrongly = [(s, f) for s, f in wrong if f.code is not C.VAS_NOT_DELIVERED]
    latest = bills.items[0] if bills.items else None
    suspects = suspect_subscriptions(
        subs.items, latest.period_start if latest else None, crm_sub.activated_at
    )
    suspect = suspects[0] if suspects else None
    disputed, months = 0, []
    for s, _f in billed_wrongly:
        amount, ms = _charged(charges.items, s, after=s.crm_ended_at)
        disputed, months = disputed + amount, sorted(set(months) | set(ms))
    if not billed_wrongly and suspect is not None:
        disputed, months = _charged(charges.items, suspect)
    last_month = latest.month if latest else ""
    return {
        "vas.count": sum(1 for s in subs.items if s.active_anywhere),
        "vas.active_names": [f"{s.name} ({s.sp_name})" for s in subs.items if s.ismp_state == "active"],
        "vas.out_of_sync": bool(wrong),
        "vas.out_of_sync_names": [s.name for s, _f in wrong],
        "vas.finding": wrong[0][1].code.value if wrong else "none",
        "vas.suspect": suspect is not None,
        "vas.suspect_id": suspect.id if suspect else "",
        "vas.suspect_name": suspect.name if suspect else "",
        "vas.suspect_sp": suspect.sp_name if suspect else "",
        "vas.suspect_channel": suspect.channel if suspect else "",
        "vas.suspect_ordered_at": when(suspect.ordered_at) if suspect else "",
        "vas.suspect_fee": suspect.monthly_fee if suspect else 0,
        "vas.disputed_amount": disputed,
        "vas.disputed_months": months,
        "vas.last_bill_amount": sum(c.amount for c in charges.items if c.month == last_month),
    }


VAS_FACTS = {
    "vas.count": number(),
    "vas.active_names": listing("subscriptions ISMP delivers (and so bills)"),
    "vas.out_of_sync": boolean("ISMP and CRM disagree about a subscription"),
    "vas.out_of_sync_names": listing(),
    "vas.finding": enum(*(str(v) for v in _VAS_FINDINGS)),
    "vas.suspect": boolean("a recent SMS-ordered subscription the customer may not recognise"),
    "vas.suspect_id": text(),
    "vas.suspect_name": text(),
    "vas.suspect_sp": text(),
    "vas.suspect_channel": text(),
    "vas.suspect_ordered_at": text(),
    "vas.suspect_fee": money(),
    "vas.disputed_amount": money("charged for what the customer did not have or had ended"),
    "vas.disputed_months": listing(),
    "vas.last_bill_amount": money("VAS charges on the latest bill"),
}


# -- orders ------------------------------------------------------------------------------------------------
async def orders(ctx: RunContext, _key: str | None) -> dict[str, Any]:
    s = ctx.subject
    page = await ctx.backoffice.crm.orders(s.customer_id, limit=100)
    mine = [o for o in page.items if o.number == s.number or o.subscriber_id == s.subscriber_id]
    open_ = [o for o in mine if o.open]
    stuck = [
        o for o in open_ if order_stuck(o.id, o.state, o.stuck_step.name if o.stuck_step else None, None)
    ]
    order = (stuck or open_ or [None])[0]
    step = order.stuck_step if order is not None and order.stuck_step else None
    current = step or next((st for st in order.steps if st.state != "done"), None) if order else None
    return {
        "order.any_open": bool(open_),
        "order.stuck": bool(stuck),
        "order.id": order.id if order else "",
        "order.type_name": order.order_type_name if order else "",
        "order.description": order.description if order else "",
        "order.state": order.state if order else "none",
        "order.accepted_at": when(order.accepted_at) if order else "",
        "order.step": current.name if current else "",
        "order.unit": current.unit if current else "",
        "order.note": (current.note or "") if current else "",
        "order.step_since": when(current.at) if current else "",
        "order.steps_done": [st.name for st in order.steps if st.state == "done"] if order else [],
    }


ORDER_FACTS = {
    "order.any_open": boolean("an order of the number is in progress or held"),
    "order.stuck": boolean("an open order is held at a step"),
    "order.id": text(),
    "order.type_name": text(),
    "order.description": text(),
    "order.state": enum("inProgress", "held", "completed", "cancelled", "none"),
    "order.accepted_at": text(),
    "order.step": text("the stuck (or current) step"),
    "order.unit": text("the back-office unit that owns that step"),
    "order.note": text(),
    "order.step_since": text(),
    "order.steps_done": listing(),
}

QUERIES = [
    QuerySpec("billing_overview", BILL_FACTS, billing_overview, doc="the latest bill against the one before"),
    QuerySpec("roaming_usage", ROAMING_FACTS, roaming_usage, needs=("bill.month",)),
    QuerySpec("vas_subscriptions", VAS_FACTS, vas_subscriptions, service_types=("mobile",)),
    QuerySpec("orders", ORDER_FACTS, orders, doc="open orders of the number and their stuck step"),
]
