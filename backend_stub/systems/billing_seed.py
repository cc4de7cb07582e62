"""billing (HB) provisioning: six months of bills, charge lines, balance books and their history.

Kept apart from the routes in ``billing.py`` because it is the longest piece of the billing system.
The history ends before ``world.SEED_EPOCH``; an account whose subscriber is ``suspended_arrears`` in the
world spec owes its last two bills and carries the dunning and suspension records that go with them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from backend_stub import catalog
from backend_stub.db import Database, iso, parse_iso
from backend_stub.world import CustomerSpec, SubscriberSpec

MONTHS = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
CREDIT_LIMITS = {"A": 30000, "B": 15000, "C": 5000, "D": 0}  # fen, by the customer's credit class
BILL_DUE_DAYS = 20
TOPUP_CHANNELS = ["online", "card", "counter"]


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """First and last second of a calendar month (UTC)."""
    y, m = int(month[:4]), int(month[5:7])
    start = datetime(y, m, 1, tzinfo=UTC)
    nxt = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=UTC)
    return start, nxt - timedelta(seconds=1)


_MONTH_END = {m: iso(month_bounds(m)[1]) for m in MONTHS}


def _issued(month: str) -> datetime:
    """The billing run closes a month at 22:00 UTC of its last day (06:00 of the 1st, Beijing time)."""
    return month_bounds(month)[1] + timedelta(seconds=1) - timedelta(hours=2)


def _charge_lines(rng: random.Random, sub: SubscriberSpec, bundled: bool) -> list[tuple[str, str, str, int]]:
    """4-7 lines (item type, charge type, description, fen) of one subscriber's month."""
    name, kind, stype, fee = catalog.PRODUCTS[sub.product_code]
    lines = [("monthly_fee", "recurring", f"{name}月租", fee)]
    if bundled and kind != "bundle":
        lines.append(("monthly_fee", "discount", "融合套餐优惠(月租由套餐承担)", -fee))
    for i in sub.vas[:2]:
        sp = catalog.VAS_PRODUCTS[i]
        lines.append(("vas", "recurring", f"{sp[1]}-{sp[3]}", sp[4]))
    paid = [c for c in sub.addons if catalog.ADDONS[c][1] > 0]
    if paid:
        lines.append(
            (
                "addon",
                "recurring",
                "附属产品:" + "、".join(catalog.ADDONS[c][0] for c in paid),
                sum(catalog.ADDONS[c][1] for c in paid),
            )
        )
    if stype == "mobile":
        pool = [
            ("local_call", "usage", "本地通话费", rng.randrange(0, 3000, 10)),
            ("long_distance", "usage", "国内长途通话费", rng.randrange(0, 2000, 10)),
            ("data", "usage", "国内流量费(套餐外)", rng.randrange(0, 3000, 100)),
            ("sms", "usage", "短信费", rng.randrange(0, 500, 10)),
            ("other", "discount", "预存话费分月返还", -1000),
        ]
        if rng.random() < 0.05:
            pool.append(("roaming", "usage", "国内漫游通话费", rng.randrange(200, 5000, 10)))
    elif stype == "fixed":
        pool = [
            ("local_call", "usage", "本地通话费", rng.randrange(0, 1500, 10)),
            ("long_distance", "usage", "国内长途通话费", rng.randrange(0, 1500, 10)),
            ("other", "one_time", "固话信息服务费", rng.randrange(0, 500, 10)),
            ("sms", "usage", "固话短信费", rng.randrange(0, 100, 10)),
        ]
    else:
        pool = [
            ("data", "usage", "宽带上网费(包月不限流量)", 0),
            ("other", "recurring", "光猫使用费", rng.choice([0, 500])),
            ("other", "one_time", "宽带临时提速包", 1000),
        ]
        if not bundled:
            pool.append(("other", "discount", "宽带续约优惠", -500))
    rng.shuffle(pool)
    target = rng.randint(4, 7)
    for line in pool:
        if len(lines) >= target:
            break
        lines.append(line)
    return lines


class _Account:
    """Collects one account's rows while its six months are generated."""

    def __init__(self, cust: CustomerSpec):
        self.cust = cust
        self.key = cust.account_id[1:]
        self.events: list[tuple[str, str, str, int, str]] = []  # (at, book, direction, amount, reason)
        self.topups: list[dict] = []
        self.dunning: list[dict] = []

    def topup(self, book: str, at: datetime, amount: int, channel: str, number: str) -> None:
        tid = f"TP{self.key}{at:%y%m%d%H%M}{len(self.topups)}"
        self.topups.append(
            {
                "id": tid,
                "account_id": self.cust.account_id,
                "number": number,
                "at": iso(at),
                "amount": amount,
                "channel": channel,
            }
        )
        self.events.append((iso(at), book, "income", amount, "充值" if channel != "bank" else "银行代扣"))

    def dun(self, at: datetime, channel: str, owed: int, number: str, message: str) -> None:
        self.dunning.append(
            {
                "id": f"DN{self.key}{len(self.dunning):02d}",
                "account_id": self.cust.account_id,
                "number": number,
                "at": iso(at),
                "channel": channel,
                "amount_owed": owed,
                "message": message,
            }
        )


def provision_billing(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """Billing's view of fresh customers, one insert_many per table."""
    subs_rows, books, movements, bills, charges, topups, dunning, log = [], [], [], [], [], [], [], []
    for cust in customers:
        acc = _Account(cust)
        subs = cust.subscribers
        limit = CREDIT_LIMITS.get(cust.credit_class, 0)
        for s in subs:
            subs_rows.append(
                {
                    "subscriber_id": s.id,
                    "number": s.number,
                    "account_id": cust.account_id,
                    "status": s.status,
                    "credit_limit": limit,
                    "updated_at": s.activated_at,
                }
            )
            if s.status == "suspended_request":
                first = parse_iso(s.activated_at)
                at = first + (max(_issued(MONTHS[-1]), first) - first) * rng.uniform(0.5, 0.95)
                log.append((s.id, s.number, iso(at), "suspend", "request"))
                subs_rows[-1]["updated_at"] = iso(at)
        own_rows = {r["subscriber_id"]: r for r in subs_rows[-len(subs) :]}
        primary = cust.contact_phone if any(s.number == cust.contact_phone for s in subs) else subs[0].number
        bundle_since = min(
            (s.activated_at for s in subs if catalog.PRODUCTS[s.product_code][1] == "bundle"), default=None
        )
        in_arrears = any(s.status == "suspended_arrears" for s in subs)
        prepaid = cust.payment_method == "prepaid"
        unpaid = set(MONTHS[-2:]) if in_arrears else set()
        late = rng.choice(MONTHS[:-1]) if not in_arrears and rng.random() < 0.1 else None

        cash_id, cash = f"BK{acc.key}C", 0
        own_books = [
            {
                "id": cash_id,
                "account_id": cust.account_id,
                "owner_number": None,
                "book_type": "cash",
                "balance": 0,
                "valid_from": cust.created_at,
                "valid_to": None,
            }
        ]
        if prepaid and not in_arrears:
            cash = rng.randrange(0, 5000, 100)
            if cash:
                acc.events.append(("2026-04-30T16:00:00Z", cash_id, "income", cash, "上期余额结转"))
        gift_id, gift = None, 0
        if not in_arrears and rng.random() < 0.25:
            gift_id, gift = f"BK{acc.key}G", rng.choice([5000, 10000, 20000])
            own_books.append(
                {
                    "id": gift_id,
                    "account_id": cust.account_id,
                    "owner_number": primary,
                    "book_type": "gift",
                    "balance": 0,
                    "valid_from": "2026-04-20T02:00:00Z",
                    "valid_to": "2026-12-31T15:59:59Z",
                }
            )
            acc.events.append(("2026-04-20T02:00:00Z", gift_id, "income", gift, "充值赠送话费"))

        for month in MONTHS:
            start, end = month_bounds(month)
            end_iso = _MONTH_END[month]
            lines = []
            bundled = bundle_since is not None and bundle_since <= end_iso
            for s in subs:
                if s.activated_at <= end_iso:
                    lines += [(s.number, *line) for line in _charge_lines(rng, s, bundled)]
            if not lines:
                continue
            due = sum(line[4] for line in lines)
            issued = _issued(month)
            due_at = issued + timedelta(days=BILL_DUE_DAYS)
            bill_id = f"BL{acc.key}{month.replace('-', '')}"
            charges += [
                {
                    "bill_id": bill_id,
                    "account_id": cust.account_id,
                    "number": n,
                    "month": month,
                    "item_type": it,
                    "charge_type": ct,
                    "description": d,
                    "amount": a,
                }
                for n, it, ct, d, a in lines
            ]
            bill = {
                "id": bill_id,
                "account_id": cust.account_id,
                "month": month,
                "amount_due": due,
                "amount_paid": due,
                "issued_at": iso(issued),
                "due_at": iso(due_at),
                "state": "settled",
            }
            bills.append(bill)
            if month in unpaid:
                bill.update(amount_paid=0, state="unpaid")
                if month == MONTHS[-2]:
                    owed = due
                    acc.dun(
                        due_at + timedelta(days=1),
                        "sms",
                        owed,
                        primary,
                        f"尊敬的客户,您{month}月账单{owed / 100:.2f}元已逾期未缴,请尽快缴费以免停机。",
                    )
                    acc.dun(due_at + timedelta(days=2), "call", owed, primary, "外呼催缴:客户未接听")
                    for s in subs:
                        if s.status == "suspended_arrears":
                            log.append(
                                (s.id, s.number, iso(due_at + timedelta(days=3)), "suspend", "arrears")
                            )
                            own_rows[s.id]["updated_at"] = iso(due_at + timedelta(days=3))
                continue
            use_gift = min(gift, rng.randrange(500, 2001, 100), due) if gift_id else 0
            need = due - use_gift
            if month == late:
                pay_at = due_at + timedelta(days=4, hours=rng.uniform(1, 10))
                acc.dun(
                    due_at + timedelta(days=1),
                    "sms",
                    due,
                    primary,
                    f"尊敬的客户,您{month}月账单{due / 100:.2f}元已逾期,请尽快缴费。",
                )
                for s in subs:
                    if s.activated_at <= end_iso:
                        log.append(
                            (
                                s.id,
                                s.number,
                                iso(due_at + timedelta(days=3)),
                                "suspend",
                                "credit_limit" if prepaid else "arrears",
                            )
                        )
                        log.append((s.id, s.number, iso(pay_at + timedelta(minutes=30)), "resume", "payment"))
                channel = "counter"
            elif prepaid:
                pay_at = start + timedelta(days=rng.uniform(2, 25))
                channel = rng.choice(TOPUP_CHANNELS)
            else:
                channel = "bank" if cust.payment_method == "bank" else "counter"
                days = (
                    rng.uniform(1, 10)
                    if channel == "counter" and month != MONTHS[-1]
                    else rng.uniform(0.01, 0.06)
                )
                pay_at = issued + timedelta(days=days)
            if prepaid and not in_arrears and month != late:
                if cash < need:
                    amount = -(-(need - cash) // 5000) * 5000 + rng.choice([0, 0, 5000, 10000])
                    acc.topup(cash_id, pay_at, amount, channel, primary)
                    cash += amount
                settle_at = issued + timedelta(minutes=rng.uniform(5, 30))
            else:
                if need > cash:
                    acc.topup(cash_id, pay_at, need - cash, channel, primary)
                    cash = need
                settle_at = pay_at + timedelta(minutes=1)
            if use_gift:
                acc.events.append((iso(settle_at), gift_id, "expense", use_gift, f"{month}账单赠款抵扣"))
                gift -= use_gift
            if need:
                acc.events.append((iso(settle_at), cash_id, "expense", need, f"{month}账单扣款"))
                cash -= need

        balances = {b["id"]: 0 for b in own_books}
        for at, book, direction, amount, reason in sorted(
            acc.events, key=lambda e: (e[0], e[2] == "expense")
        ):
            balances[book] += amount if direction == "income" else -amount
            movements.append(
                {
                    "book_id": book,
                    "at": at,
                    "direction": direction,
                    "amount": amount,
                    "balance_after": balances[book],
                    "reason": reason,
                }
            )
        for b in own_books:
            b["balance"] = balances[b["id"]]
        books += own_books
        topups += acc.topups
        dunning += acc.dunning

    db.insert_many("billing_subscriber", subs_rows)
    db.insert_many("billing_balance_book", books)
    db.insert_many("billing_balance_movement", movements)
    db.insert_many("billing_bill", bills)
    db.insert_many("billing_charge", charges)
    db.insert_many("billing_topup", topups)
    db.insert_many("billing_dunning", dunning)
    db.insert_many(
        "billing_suspension_log",
        [{"subscriber_id": a, "number": b, "at": c, "action": d, "reason": e} for a, b, c, d, e in log],
    )
