"""Seeded ticket history: about 3,000 tickets over the 60 days before SEED_EPOCH and up to now, with
status histories, notes, satisfaction scores, overdue, escalated and stuck tickets, and ~4,000
pretreatment runs. The part before SEED_EPOCH depends only on the rng; the part after it grows with
the day the database is seeded (the dashboard's "today" needs data).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from backend_stub.context import StubContext
from backend_stub.db import dumps, iso, utcnow
from backend_stub.systems.tickets_model import (
    CATEGORIES,
    DUE_HOURS,
    FLOW_OF_CATEGORY,
    PRIORITY_OF,
    SYSTEM_OF,
    next_seq,
    ticket_id,
)
from backend_stub.world import SEED_EPOCH

DAILY_TICKETS = 36
RUNS_PER_TICKET = 1.4
BACKOFFICE = "backoffice"

TYPE_WEIGHTS = {"consult": 45, "complaint": 25, "fault": 30}
CATEGORY_WEIGHTS = {
    "consult": [30, 18, 14, 10, 10, 8, 6, 4],
    "complaint": [28, 16, 16, 12, 8, 6, 8, 6],
    "fault": [38, 10, 18, 12, 8, 6, 3, 5],
}
KIND_OF_CATEGORY = {
    "宽带故障": "broadband",
    "宽带业务": "broadband",
    "装移机": "broadband",
    "固话故障": "fixed",
    "无线上网": "mobile",
    "手机通信": "mobile",
    "附属业务": "mobile",
    "集团虚拟网": "mobile",
    "增值业务": "mobile",
    "停复机": "mobile",
    "计费争议": None,
}
DESCRIPTIONS = {
    "业务咨询": [
        "客户咨询{product}的办理条件和生效时间。",
        "客户询问如何查询本机号码的积分及兑换方式。",
        "客户咨询实名登记和过户需要携带的证件。",
    ],
    "资费套餐": [
        "客户咨询{product}的月租和套餐内流量，想了解变更套餐是否次月生效。",
        "客户询问融合套餐内宽带和手机如何分摊费用。",
    ],
    "账单查询": [
        "客户查询{month}月账单明细，对月租和流量费构成有疑问，已逐项解释。",
        "客户要求说明本月话费比上月多{amount}元的原因。",
    ],
    "停复机": [
        "客户称已缴费{amount}元，手机仍提示停机，要求尽快复机。",
        "客户咨询欠费停机后多久可以复机。",
        "客户反映号码无故停机，账户无欠费，信控正常。",
    ],
    "宽带业务": ["客户咨询宽带提速到300M的资费和办理流程。", "客户询问宽带账号密码忘记后如何重置。"],
    "无线上网": [
        "客户手机无法上网，提示连接失败，流量套餐正常。",
        "客户反映WLAN热点登录失败，提示账号不存在。",
        "客户EVDO上网卡无法拨号，错误代码{code}。",
    ],
    "增值业务": [
        "客户对账单中{sp}费用有异议，称从未订购，要求退订并退费。",
        "客户反映已退订{sp}，本月仍在扣费。",
    ],
    "营销活动": ["客户咨询存费送费活动的参与条件和返还方式。", "客户询问宽带续约优惠是否可以叠加。"],
    "计费争议": [
        "客户对{month}月{item}费用{amount}元有异议，要求核查清单。",
        "客户称本月出现漫游费{amount}元，本人未出省，要求核实。",
    ],
    "宽带故障": [
        "客户宽带无法登录，拨号提示{code}错误，已持续{hours}小时。",
        "客户反映宽带频繁掉线，网速远低于签约速率。",
        "客户光猫LOS灯闪红，所有设备无法上网。",
    ],
    "服务态度": ["客户投诉营业厅工作人员服务态度差，办理业务时推诿。", "客户投诉装维人员未按预约时间上门。"],
    "网络质量": ["客户反映小区室内手机信号弱，通话经常中断。", "客户投诉晚高峰上网速度慢，视频卡顿。"],
    "装移机": ["客户新装宽带已超过承诺时限{hours}小时仍未装机。", "客户移机订单一直未完成，要求查询进度。"],
    "固话故障": ["客户固话无拨号音，无法呼出呼入。", "客户固话通话有杂音，影响正常使用。"],
    "手机通信": ["客户手机无法拨打电话，提示网络繁忙。", "客户反映手机只能打出不能接听。"],
    "附属业务": ["客户已开通来电显示，但来电仍不显示号码。", "客户已订购流量包，流量未到账。"],
    "集团虚拟网": ["客户拨打集团短号不通，提示空号。", "客户反映集团虚拟网内通话未享受优惠资费。"],
}
NOTE_TEXTS = {
    "10000": [
        "已电话联系客户，说明处理进度。",
        "已核查计费清单，批价正确，已向客户解释。",
        "已申请退费，预计三个工作日到账。",
        "客户未接听回访电话，稍后再次联系。",
        "已转相关专业部门核查。",
    ],
    "112": [
        "已派装维人员上门处理，预约时间已确认。",
        "已远程重启端口，待客户确认。",
        "经线路检测，外线故障，安排抢修。",
        "已更换光猫，客户确认恢复正常。",
        "网管已核查基站告警，正在处理。",
    ],
}
PRODUCTS = ["天翼畅享套餐99元", "e家融合套餐169元", "光宽带300M", "5GB国内流量包", "天翼校园卡19元"]
SPS = ["爱音乐彩铃包月", "天翼阅读畅读包", "手机游戏包月", "天翼视讯影视包"]
ITEMS = ["流量", "长途", "增值业务", "漫游", "月租"]
STEPS = {
    "billing-dispute": ["query_arrears", "query_balance", "query_bill", "query_cdr", "explain"],
    "barred-after-payment": ["query_arrears", "check_credit", "compare_status", "hlr_resume"],
    "broadband-login": ["query_account", "dial_test", "check_password", "clear_sessions", "unbind_mac"],
    "wireless-data": ["query_access_log", "compare_aaa", "sync_aaa"],
    "vas-dispute": ["query_vas", "compare_ismp", "unsubscribe"],
    "addon-not-working": ["query_addons", "compare_hlr", "sync_hlr"],
    "mobile-vpn": ["query_vpn", "compare_hlr", "sync_vpn"],
    "order-not-completed": ["query_order", "find_stuck_step"],
}


def _pick_weighted(rng: random.Random, items: list, weights: list) -> object:
    return rng.choices(items, weights)[0]


def _description(rng: random.Random, category: str) -> str:
    return rng.choice(DESCRIPTIONS[category]).format(
        product=rng.choice(PRODUCTS),
        month=rng.randint(8, 11),
        amount=rng.choice([12, 25, 38, 56, 89, 120, 210]),
        item=rng.choice(ITEMS),
        code=rng.choice(["691", "678", "769", "718"]),
        hours=rng.choice([24, 48, 72]),
        sp=rng.choice(SPS),
    )


def _steps(rng: random.Random, flow: str, started: datetime, outcome: str) -> list[dict]:
    names = STEPS[flow][: rng.randint(2, len(STEPS[flow]))]
    at = started
    steps = []
    for i, name in enumerate(names):
        at += timedelta(seconds=rng.randint(5, 90))
        steps.append({"step": name, "at": iso(at), "outcome": outcome if i == len(names) - 1 else "ok"})
    return steps


def _timeline(rng: random.Random, t: dict, created: datetime, now: datetime) -> tuple[list, str | None]:
    """Status history of a dispatched ticket, cut at now; returns (changes, resolved_at)."""
    due_h = DUE_HOURS[t["ticket_type"]][t["severity"]]
    changes = [("acknowledged", created, t["created_by"], f"received by system {t['system']}")]
    old = now - created > timedelta(days=3)
    roll = rng.random()
    if old and roll < 0.04:
        return changes, None  # stuck: nobody picked it up
    if rng.random() < 0.01:
        return changes + [
            ("cancelled", created + timedelta(hours=rng.uniform(0.5, 6)), BACKOFFICE, "客户撤销申告")
        ], None
    plan = [("inProgress", created + timedelta(hours=due_h * rng.uniform(0.05, 0.4)), BACKOFFICE, None)]
    if not (old and roll < 0.07):  # else stuck in progress
        resolved = created + timedelta(hours=due_h * rng.uniform(0.3, 1.5))
        plan.append(("resolved", resolved, BACKOFFICE, "处理完毕"))
        plan.append(("closed", resolved + timedelta(hours=rng.uniform(2, 48)), BACKOFFICE, "回访后归档"))
    changes += [c for c in plan if c[1] <= now]
    resolved_at = next((iso(c[1]) for c in changes if c[0] == "resolved"), None)
    return changes, resolved_at


def seed_tickets(ctx: StubContext, rng: random.Random) -> None:
    db = ctx.db
    now = utcnow()
    agents = [
        r["username"] for r in db.query("SELECT username FROM auth_user WHERE role='agent' ORDER BY username")
    ]
    agent_weights = [4 if a == "demo_agent" else 1 for a in agents]
    subs: dict[str, list[dict]] = {"mobile": [], "fixed": [], "broadband": []}
    for s in db.query("SELECT number, customer_id, service_type FROM crm_subscriber ORDER BY id"):
        subs[s["service_type"]].append(s)
    everyone = [s for group in subs.values() for s in group]
    contacts = {c["id"]: c["contact_phone"] for c in db.query("SELECT id, contact_phone FROM crm_customer")}
    if not agents or not everyone:
        return

    start = min(SEED_EPOCH, now) - timedelta(days=60)
    tickets: list[dict] = []
    runs: list[dict] = []
    day = start
    while day < now:
        weekend = (day + timedelta(hours=8)).weekday() >= 5
        n = int(DAILY_TICKETS * (0.7 if weekend else 1.0) * rng.uniform(0.8, 1.2))
        for _ in range(n):
            created = day + timedelta(hours=rng.uniform(0, 14), seconds=rng.randrange(60))
            created = created.replace(microsecond=0)
            ticket = _ticket(rng, created, agents, agent_weights, subs, everyone, contacts)
            if created <= now:
                tickets.append(ticket)
        day += timedelta(days=1)
    tickets.sort(key=lambda t: t["created_at"])
    first = next_seq(db, "tickets_seq", len(tickets))
    changes, notes = [], []
    for i, t in enumerate(tickets):
        t["id"] = ticket_id(t["system"], first + i)
        created = t.pop("_created")
        if t["closed_at_front_line"]:
            history = [
                ("acknowledged", created, t["created_by"], f"received by system {t['system']}"),
                ("closed", created, t["created_by"], "closed at the front line"),
            ]
            t["status"], t["resolved_at"] = "closed", iso(created)
        else:
            history, t["resolved_at"] = _timeline(rng, t, created, now)
            t["status"] = history[-1][0]
            if t["status"] == "closed" and t["resolved_at"] is None:
                t["resolved_at"] = iso(history[-1][1])
            last = history[-1][1] if t["status"] in ("resolved", "closed") else now
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                at = created + (last - created) * rng.random()
                notes.append(
                    {
                        "ticket_id": t["id"],
                        "author": BACKOFFICE,
                        "at": iso(at),
                        "text": rng.choice(NOTE_TEXTS[t["system"]]),
                    }
                )
        if t["status"] == "closed" and rng.random() < 0.45:
            t["satisfaction"] = _pick_weighted(rng, [1, 2, 3, 4, 5], [3, 5, 12, 35, 45])
        changes += [
            {"ticket_id": t["id"], "at": iso(at), "status": s, "by": by, "note": note}
            for s, at, by, note in history
        ]
        if t["pretreated"]:
            runs.append(_run(rng, t, created))
    target = int(len(tickets) * RUNS_PER_TICKET)
    span = (now - start).total_seconds()
    flows = sorted(STEPS)
    while len(runs) < target:
        started = (start + timedelta(seconds=rng.uniform(0, span))).replace(microsecond=0)
        sub = rng.choice(everyone)
        outcome = _pick_weighted(rng, ["resolved", "customer_action"], [65, 35])
        runs.append(
            _run_row(
                rng,
                rng.choice(flows),
                started,
                outcome,
                sub["number"],
                sub["customer_id"],
                _pick_weighted(rng, agents, agent_weights),
                None,
            )
        )
    runs.sort(key=lambda r: r["started_at"])
    first_run = next_seq(db, "tickets_run_seq", len(runs))
    for i, r in enumerate(runs):
        r["id"] = f"FR-{first_run + i:08d}"
        ticket = r.pop("_ticket")
        if ticket is not None:
            ticket["flow_run_id"] = r["id"]
            r["ticket_id"] = ticket["id"]
    with db.tx():
        db.insert_many("tickets_ticket", tickets)
        db.insert_many("tickets_status_change", changes)
        db.insert_many("tickets_note", notes)
        db.insert_many("tickets_flow_run", runs)


def _ticket(
    rng: random.Random,
    created: datetime,
    agents: list[str],
    weights: list[int],
    subs: dict[str, list[dict]],
    everyone: list[dict],
    contacts: dict[str, str],
) -> dict:
    ttype = _pick_weighted(rng, list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()))
    category = _pick_weighted(rng, CATEGORIES[ttype], CATEGORY_WEIGHTS[ttype])
    kind = KIND_OF_CATEGORY.get(category)
    sub = rng.choice(subs[kind] if kind and subs[kind] else everyone)
    severity = _pick_weighted(rng, ["minor", "major", "critical"], [60, 32, 8])
    flow = FLOW_OF_CATEGORY.get(category)
    pretreated = ttype != "consult" and flow is not None and rng.random() < 0.65
    front_line = rng.random() < (0.72 if ttype == "consult" else 0.45 if pretreated else 0.0)
    escalated = rng.random() < (0.06 if ttype == "complaint" else 0.004)
    evidence = (
        {"flowId": flow, "summary": "预处理未能解决，转后端处理" if not front_line else "预处理已解决"}
        if pretreated
        else {}
    )
    return {
        "_created": created,
        "id": None,
        "system": SYSTEM_OF[ttype],
        "ticket_type": ttype,
        "category": category,
        "severity": severity,
        "priority": PRIORITY_OF[severity],
        "status": "acknowledged",
        "customer_id": sub["customer_id"],
        "number": sub["number"],
        "description": _description(rng, category),
        "contact_phone": contacts.get(sub["customer_id"]),
        "callback_at": iso(created + timedelta(hours=rng.choice([1, 2, 4]))) if rng.random() < 0.2 else None,
        "created_by": _pick_weighted(rng, agents, weights),
        "created_at": iso(created),
        "due_at": iso(created + timedelta(hours=DUE_HOURS[ttype][severity])),
        "resolved_at": None,
        "escalated": int(escalated),
        "pretreated": int(pretreated),
        "closed_at_front_line": int(front_line),
        "flow_run_id": None,
        "event_id": None,
        "satisfaction": None,
        "evidence_json": dumps(evidence),
    }


def _run(rng: random.Random, t: dict, created: datetime) -> dict:
    duration = rng.randint(60_000, 900_000)
    started = created - timedelta(milliseconds=duration)
    outcome = "resolved" if t["closed_at_front_line"] else "dispatch"
    flow = FLOW_OF_CATEGORY[t["category"]]
    row = _run_row(
        rng,
        flow,
        started.replace(microsecond=0),
        outcome,
        t["number"],
        t["customer_id"],
        t["created_by"],
        t,
        duration,
    )
    return row


def _run_row(
    rng: random.Random,
    flow: str,
    started: datetime,
    outcome: str,
    number: str,
    customer_id: str,
    agent: str,
    ticket: dict | None,
    duration: int | None = None,
) -> dict:
    return {
        "id": None,
        "flow_id": flow,
        "number": number,
        "customer_id": customer_id,
        "agent": agent,
        "started_at": iso(started),
        "duration_ms": duration or rng.randint(45_000, 720_000),
        "outcome": outcome,
        "ticket_id": None,
        "steps_json": dumps(_steps(rng, flow, started, outcome)),
        "_ticket": ticket,
    }
