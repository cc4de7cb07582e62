"""CRM provisioning: sales products and offers, add-ons, VPN membership, orders, marketing hints.

Kept apart from the routes in ``crm.py``. The core rows (customers, accounts, subscribers) come from
``world.provision_core``; ``crm_vas`` is written by ISMP.
"""

from __future__ import annotations

import random
from datetime import timedelta

from backend_stub import catalog
from backend_stub.db import Database, dumps, iso, parse_iso
from backend_stub.world import SEED_EPOCH, CustomerSpec, SubscriberSpec

PRODUCT_STATUS = {
    "active": "active",
    "suspended_arrears": "suspended",
    "suspended_request": "suspended",
    "terminated": "terminated",
}
STATUS_REASON = {
    "suspended_arrears": "arrears",
    "suspended_request": "customer request",
    "terminated": "cancelled",
}
# offer templates per product: (name, discount_type, discount_value, attributes, months valid or None)
# discount_value: percent = percentage off; amount = fen off per month; free_minutes/free_data = monthly quota
OFFERS = {
    "mobile": [
        (
            "新入网月租8折优惠",
            "percent",
            "20",
            {"appliesTo": "monthly_fee", "label": "8折", "contractMonths": 12},
            12,
        ),
        ("每月赠送国内通话200分钟", "free_minutes", "200", {"scope": "domestic"}, None),
        ("每月赠送国内流量2GB", "free_data", "2048", {"unit": "MB", "scope": "domestic"}, None),
        (
            "预存200元送240元话费",
            "amount",
            "1000",
            {"prepayFen": 20000, "monthlyReturnFen": 1000, "months": 24},
            24,
        ),
    ],
    "fixed": [
        ("固话月租减半", "percent", "50", {"appliesTo": "monthly_fee", "label": "5折"}, 24),
        ("本地通话每月赠送100分钟", "free_minutes", "100", {"scope": "local"}, None),
    ],
    "broadband": [
        ("包年宽带优惠", "amount", "2000", {"paymentCycle": "yearly", "yearlyFeeFen": 96000}, 12),
        ("新装宽带免初装费", "amount", "0", {"appliesTo": "installation_fee", "waivedFen": 10000}, None),
    ],
    "bundle": [
        ("融合套餐家庭共享流量10GB", "free_data", "10240", {"unit": "MB", "shared": True}, None),
        (
            "融合套餐合约24个月",
            "percent",
            "10",
            {"contractMonths": 24, "label": "9折", "earlyExitFeeFen": 30000},
            24,
        ),
    ],
}
ADDON_ATTRS = {
    "caller_id": {"display": "number"},
    "call_waiting": {},
    "call_forwarding": {"condition": "busy", "forwardTo": None},
    "color_ring": {"toneId": None, "toneName": "默认彩铃"},
    "data_pack_1g": {"quotaMb": 1024, "rollover": False},
    "data_pack_5g": {"quotaMb": 5120, "rollover": False},
    "sms_pack_100": {"quotaSms": 100},
    "intl_roaming": {"zones": ["港澳台", "亚洲", "欧美"], "depositFen": 0},
}
STAFF = ["营业员王敏", "营业员李娜", "营业员陈杰", "营业员黄丽", "客户经理张伟", "10000号坐席刘洋"]
MOBILE_UPSELL = {"M19": "M59", "M59": "M99", "M99": "M129"}


# -- provisioning ---------------------------------------------------------------------------------
def _months_after(start: str, months: int | None) -> str | None:
    return iso(parse_iso(start) + timedelta(days=30 * months)) if months else None


def _between(rng: random.Random, start: str, end_days_before_epoch: int = 5) -> str:
    lo = parse_iso(start)
    hi = SEED_EPOCH - timedelta(days=end_days_before_epoch)
    if hi <= lo:
        return iso(lo)
    return iso(lo + timedelta(seconds=rng.uniform(0, (hi - lo).total_seconds())))


def steps_of(rng: random.Random, order_type: str, start: str, stuck_at: int | None = None) -> list[dict]:
    """The flow steps of an order; ``stuck_at`` marks that step stuck and the later ones pending."""
    names = catalog.ORDER_TYPES[order_type][1]
    at = parse_iso(start)
    steps = []
    for i, name in enumerate(names):
        if stuck_at is not None and i > stuck_at:
            steps.append(
                {
                    "name": name,
                    "unit": catalog.ORDER_STEP_UNITS[name],
                    "state": "pending",
                    "at": None,
                    "note": None,
                }
            )
            continue
        state = "stuck" if i == stuck_at else "done"
        steps.append(
            {
                "name": name,
                "unit": catalog.ORDER_STEP_UNITS[name],
                "state": state,
                "at": iso(at),
                "note": None,
            }
        )
        at += timedelta(hours=rng.uniform(0.2, 20))
    return steps


def _product_rows(rng: random.Random, cust: CustomerSpec, sub: SubscriberSpec, bundle_id: str | None):
    """Current sales product (and sometimes the one it replaced) with the offers bound to it."""
    products, offers = [], []
    name, kind, stype, fee = catalog.PRODUCTS[sub.product_code]
    start = sub.activated_at
    if rng.random() < 0.15:  # an earlier product the subscriber changed from
        alternatives = [
            c
            for c, p in catalog.PRODUCTS.items()
            if p[2] == stype and p[1] == "base" and c != sub.product_code
        ]
        if alternatives:
            old = catalog.PRODUCTS[rng.choice(alternatives)]
            start = _between(rng, sub.activated_at, 30)
            products.append(
                {
                    "id": f"PR{sub.id[1:]}0",
                    "subscriber_id": sub.id,
                    "customer_id": cust.id,
                    "name": old[0],
                    "kind": old[1],
                    "monthly_fee": old[3],
                    "status": "terminated",
                    "start_at": sub.activated_at,
                    "end_at": start,
                }
            )
    pid = f"PR{sub.id[1:]}1"
    products.append(
        {
            "id": pid,
            "subscriber_id": sub.id,
            "customer_id": cust.id,
            "name": name,
            "kind": kind,
            "monthly_fee": fee,
            "status": PRODUCT_STATUS.get(sub.status, "active"),
            "start_at": start,
            "end_at": None,
        }
    )
    templates = OFFERS["bundle" if kind == "bundle" else stype]
    chosen = rng.sample(templates, k=rng.randint(1, min(2, len(templates))))
    if bundle_id and kind != "bundle":
        chosen = [
            (
                "纳入融合套餐,月租由套餐承担",
                "percent",
                "100",
                {"appliesTo": "monthly_fee", "bundleProductId": bundle_id},
                None,
            )
        ]
    for k, (oname, dtype, value, attrs, months) in enumerate(chosen):
        offers.append(
            {
                "id": f"OF{sub.id[1:]}{k}",
                "product_id": pid,
                "name": oname,
                "discount_type": dtype,
                "discount_value": value,
                "attributes_json": dumps(attrs),
                "valid_from": start,
                "valid_to": _months_after(start, months),
            }
        )
    return products, offers


def _orders(rng: random.Random, cust: CustomerSpec, offers_by_sub: dict[str, list[dict]]) -> list[dict]:
    subs = sorted(cust.subscribers, key=lambda s: s.activated_at)
    rows = []
    for k in range(rng.randint(1, 3)):
        sub = subs[0] if k == 0 else rng.choice(subs)
        if k == 0:
            order_type, accepted = "new_install", sub.activated_at
        else:
            types = ["change_product", "addon"] + (["move"] if sub.service_type != "mobile" else [])
            order_type, accepted = rng.choice(types), _between(rng, sub.activated_at, 8)
        steps = steps_of(rng, order_type, accepted)
        product = catalog.PRODUCTS[sub.product_code][0]
        fees = {
            ("new_install", "mobile"): [{"name": "SIM卡费", "amount": 2000, "state": "paid"}],
            ("new_install", "fixed"): [{"name": "装机费", "amount": 5000, "state": "paid"}],
            ("new_install", "broadband"): [{"name": "初装费", "amount": 10000, "state": "waived"}],
            ("move", "fixed"): [{"name": "移机费", "amount": 5000, "state": "paid"}],
            ("move", "broadband"): [{"name": "移机费", "amount": 5000, "state": "paid"}],
        }.get((order_type, sub.service_type), [])
        offers = [{"id": o["id"], "name": o["name"]} for o in offers_by_sub.get(sub.id, [])] if k == 0 else []
        rows.append(
            {
                "id": f"OR{cust.id[1:]}{k}",
                "customer_id": cust.id,
                "subscriber_id": sub.id,
                "order_type": order_type,
                "description": f"{catalog.ORDER_TYPES[order_type][0]} {product} ({sub.number})",
                "channel": rng.choice(catalog.CHANNELS),
                "accepted_at": accepted,
                "accepted_by": rng.choice(STAFF),
                "contact_name": cust.name,
                "contact_phone": cust.contact_phone,
                "state": "completed",
                "steps_json": dumps(steps),
                "fees_json": dumps(fees),
                "offers_json": dumps(offers),
                "completed_at": steps[-1]["at"],
            }
        )
    return rows


def _hints(rng: random.Random, cust: CustomerSpec) -> list[dict]:
    kinds = {s.service_type for s in cust.subscribers}
    ideas = []
    if "broadband" not in kinds:
        ideas.append(("光宽带300M", "手机用户未办理宽带,所在小区已覆盖光纤", rng.randint(60, 95)))
    if (
        "mobile" in kinds
        and "broadband" in kinds
        and not any(catalog.PRODUCTS[s.product_code][1] == "bundle" for s in cust.subscribers)
    ):
        ideas.append(
            ("e家融合套餐169元(手机+宽带+固话)", "已有手机和宽带,合并为融合套餐每月可省", rng.randint(55, 90))
        )
    for s in cust.subscribers:
        if s.product_code in MOBILE_UPSELL:
            ideas.append(
                (
                    catalog.PRODUCTS[MOBILE_UPSELL[s.product_code]][0],
                    "近3个月平均消费超过套餐月租",
                    rng.randint(40, 85),
                )
            )
        if s.service_type == "mobile" and "data_pack_5g" not in s.addons:
            ideas.append(("5GB国内流量包", "近3个月流量超出套餐", rng.randint(30, 80)))
    rng.shuffle(ideas)
    return [
        {"id": f"MH{cust.id[1:]}{k}", "customer_id": cust.id, "product_name": p, "reason": r, "score": s}
        for k, (p, r, s) in enumerate(ideas[: rng.randint(1, 3)])
    ]


def provision(db: Database, customers: list[CustomerSpec], rng: random.Random) -> None:
    """CRM's view beyond the core rows: products, offers, add-ons, VPN, orders, marketing hints."""
    products, offers, addons, vpns, orders, hints, reasons = [], [], [], [], [], [], []
    for cust in customers:
        bundle_sub = next(
            (s for s in cust.subscribers if catalog.PRODUCTS[s.product_code][1] == "bundle"), None
        )
        bundle_id = f"PR{bundle_sub.id[1:]}1" if bundle_sub else None
        offers_by_sub: dict[str, list[dict]] = {}
        for sub in cust.subscribers:
            p, o = _product_rows(rng, cust, sub, bundle_id)
            products += p
            offers += o
            offers_by_sub[sub.id] = o
            for k, code in enumerate(sub.addons):
                attrs = dict(ADDON_ATTRS.get(code, {}), monthlyFeeFen=catalog.ADDONS[code][1])
                if code == "call_forwarding":
                    attrs["forwardTo"] = cust.contact_phone
                if code == "color_ring":
                    attrs["toneId"] = f"T{rng.randrange(10**7):07d}"
                addons.append(
                    {
                        "id": f"AD{sub.id[1:]}{k:02d}",
                        "subscriber_id": sub.id,
                        "code": code,
                        "name": catalog.ADDONS[code][0],
                        "status": "active",
                        "attributes_json": dumps(attrs),
                        "start_at": _between(rng, sub.activated_at, 10),
                    }
                )
            if sub.vpn:
                vpns.append(
                    {
                        "subscriber_id": sub.id,
                        "group_id": sub.vpn["group_id"],
                        "group_name": sub.vpn["group_name"],
                        "short_number": sub.vpn["short_number"],
                        "status": "active",
                    }
                )
            if sub.status in STATUS_REASON:
                reasons.append((STATUS_REASON[sub.status], sub.id))
        orders += _orders(rng, cust, offers_by_sub)
        hints += _hints(rng, cust)
    db.insert_many("crm_product", products)
    db.insert_many("crm_offer", offers)
    db.insert_many("crm_addon", addons)
    db.insert_many("crm_vpn_member", vpns)
    db.insert_many("crm_order", orders)
    db.insert_many("crm_marketing_hint", hints)
    if reasons:
        with db.tx() as conn:
            conn.executemany("UPDATE crm_subscriber SET status_reason=? WHERE id=?", reasons)
