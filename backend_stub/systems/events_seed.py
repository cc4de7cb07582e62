"""Seeded service events: two resolved ones with linked calls (one SLA met, one breached) and one
upcoming cutover on a Guangzhou OLT. None is active, so no other test meets a seeded banner.

Scopes, wording and calls come from the seed; times are relative to the seeding hour, because
"last week" and "in two days" must stay true for a freshly seeded simulator.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from backend_stub.context import StubContext
from backend_stub.db import Database, dumps, iso, utcnow
from backend_stub.systems.events_model import (
    LOCAL,
    Scope,
    add_update,
    affected_subscribers,
    floor_hour,
    local_text,
    next_seq,
)


def _busiest(db: Database, city: str, kinds: tuple[str, ...], rank: int) -> str | None:
    """The ``rank``-th most populated network element (OLT or base station) of a city; ties by name."""
    rows = db.query(
        "SELECT CASE WHEN instr(access_point, '/')>0 THEN substr(access_point, 1, instr(access_point, '/')-1)"
        " ELSE access_point END AS element, COUNT(*) AS n FROM crm_subscriber"
        f" WHERE city=? AND status!='terminated' AND service_type IN ({','.join('?' * len(kinds))})"
        " GROUP BY element ORDER BY n DESC, element LIMIT 1 OFFSET ?",
        [city, *kinds, rank],
    )
    return rows[0]["element"] if rows else None


def _local_at(now: datetime, days: int, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` Beijing time, ``days`` after today's Beijing date, as UTC."""
    local = (now + LOCAL).replace(hour=hour, minute=minute, second=0, microsecond=0) + timedelta(days=days)
    return local - LOCAL


def _insert(db: Database, row: dict, scope: Scope) -> str:
    event_id = f"EV{next_seq(db, 'events_seq'):06d}"
    db.insert(
        "events_event",
        {
            "id": event_id,
            "scope_json": dumps(scope.to_json()),
            "original_expected_end_at": row["expected_end_at"],
            "actual_end_at": None,
            "updated_at": row["created_at"],
            **row,
        },
    )
    return event_id


def _calls(
    ctx: StubContext, rng: random.Random, event_id: str, scope: Scope, start: datetime, end: datetime, n: int
) -> None:
    """``n`` calls linked by team-a agents, front-loaded the way callers ring when a service drops."""
    db = ctx.db
    affected = affected_subscribers(db, scope)
    agents = [
        r["username"]
        for r in db.query("SELECT username FROM auth_user WHERE team='team-a' ORDER BY username")
    ]
    if not affected or not agents:
        return
    span = (end - start).total_seconds() + 3600
    times = sorted(start + timedelta(seconds=span * rng.random() ** 1.6) for _ in range(n))
    notes = ["客户来电询问何时恢复", "已告知预计恢复时间", "客户要求恢复后回电", "客户不满，要求补偿", ""]
    for at in times:
        sub, _ = rng.choice(affected)
        db.insert(
            "events_complaint",
            {
                "id": f"EC{next_seq(db, 'events_complaint_seq'):08d}",
                "event_id": event_id,
                "number": sub["number"],
                "subscriber_id": sub["id"],
                "customer_id": sub["customer_id"],
                "note": rng.choice(notes),
                "call_id": None,
                "agent": rng.choice(agents),
                "team": "team-a",
                "at": iso(at),
            },
        )


def _resolve(db: Database, event_id: str, end: datetime, note: str) -> None:
    db.execute(
        "UPDATE events_event SET status='resolved', actual_end_at=?, updated_at=? WHERE id=?",
        (iso(end), iso(end), event_id),
    )
    add_update(db, event_id, iso(end), "noc", ["status", "actualEndDate"], note)


def seed_events(ctx: StubContext, rng: random.Random) -> None:
    db = ctx.db
    now = floor_hour(utcnow())
    with db.tx():
        # 1. a mobile cutover in Shenzhen twelve days ago, finished early (SLA met)
        stations = [s for s in (_busiest(db, "shenzhen", ("mobile",), i) for i in range(3)) if s]
        scope = Scope(base_stations=tuple(stations), service_types=("mobile_voice", "mobile_data"))
        start, expected = _local_at(now, -12, 1), _local_at(now, -12, 5)
        end = start + timedelta(minutes=220)
        eid = _insert(
            db,
            {
                "event_type": "planned_cutover",
                "title": "深圳南山基站设备升级割接",
                "severity": "major",
                "status": "planned",
                "start_at": iso(start),
                "expected_end_at": iso(expected),
                "public_zh": f"因基站设备升级，{local_text(iso(start))}至{local_text(iso(expected))[-5:]}"
                "期间部分区域手机通话和上网可能中断，请谅解。",
                "public_en": "Base-station equipment is being upgraded overnight; calls and mobile data in parts of "
                "the area may be interrupted until 05:00.",
                "internal_note": "无线网优中心计划割接，影响基站：" + "、".join(stations),
                "created_at": iso(start - timedelta(days=3)),
                "created_by": "noc",
            },
            scope,
        )
        add_update(db, eid, iso(start - timedelta(days=3)), "noc", ["opened"], None)
        db.execute("UPDATE events_event SET status='active' WHERE id=?", (eid,))
        add_update(db, eid, iso(start), "system", ["status"], "started as scheduled")
        _resolve(db, eid, end, "割接完成，业务验证正常")
        _calls(ctx, rng, eid, scope, start, end, 3)

        # 2. a fibre cut on a Guangzhou OLT six days ago, extended once, restored late (SLA breached)
        olt = _busiest(db, "guangzhou", ("broadband", "fixed"), 1) or "OLT-GZ-01"
        scope = Scope(access_points=(olt,), service_types=("broadband", "iptv", "fixed_voice"))
        start = _local_at(now, -6, 9, 10)
        expected, extended = start + timedelta(hours=4), start + timedelta(hours=5)
        end = start + timedelta(hours=5, minutes=20)
        eid = _insert(
            db,
            {
                "event_type": "incident",
                "title": f"市政施工挖断光缆，{olt}下宽带及固话中断",
                "severity": "critical",
                "status": "active",
                "start_at": iso(start),
                "expected_end_at": iso(expected),
                "public_zh": "因市政施工挖断光缆，您所在区域的宽带、IPTV和固话暂时中断，抢修人员正在全力抢修，"
                f"预计{local_text(iso(extended))}前恢复，给您带来不便敬请谅解。",
                "public_en": "A fibre cable in your area was cut by road works; broadband, IPTV and fixed lines are "
                "down while our engineers repair it. Service should be back by "
                f"{(extended + LOCAL):%H:%M} today.",
                "internal_note": f"{olt} 上联光缆中断，线路维护中心已派抢修；勿派障碍单。",
                "created_at": iso(start + timedelta(minutes=12)),
                "created_by": "noc",
            },
            scope,
        )
        add_update(db, eid, iso(start + timedelta(minutes=12)), "noc", ["opened"], None)
        db.execute("UPDATE events_event SET expected_end_at=? WHERE id=?", (iso(extended), eid))
        add_update(
            db,
            eid,
            iso(start + timedelta(hours=3, minutes=30)),
            "noc",
            ["expectedEndDate"],
            "熔接工作量大于预期，预计恢复时间推迟一小时",
        )
        _resolve(db, eid, end, "光缆熔接完成，业务恢复")
        _calls(ctx, rng, eid, scope, start, end, 14)

        # 3. a cutover on the busiest Guangzhou OLT in two days, 01:00-05:00 Beijing time
        olt = _busiest(db, "guangzhou", ("broadband", "fixed"), 0) or "OLT-GZ-02"
        scope = Scope(access_points=(olt,), service_types=("broadband", "iptv", "fixed_voice"))
        start, expected = _local_at(now, 2, 1), _local_at(now, 2, 5)
        eid = _insert(
            db,
            {
                "event_type": "planned_cutover",
                "title": f"{olt} OLT设备割接升级",
                "severity": "major",
                "status": "planned",
                "start_at": iso(start),
                "expected_end_at": iso(expected),
                "public_zh": f"为提升网络质量，{local_text(iso(start))}至{local_text(iso(expected))[-5:]}"
                "将进行设备升级，期间宽带、IPTV和固话将短暂中断，请提前做好安排。",
                "public_en": "To improve the network, equipment will be upgraded between 01:00 and 05:00 on "
                f"{(start + LOCAL):%d %b}; broadband, IPTV and fixed lines will be briefly interrupted.",
                "internal_note": f"{olt} 全部PON口割接，割接期间的障碍申告请关联本事件，勿派单。",
                "created_at": iso(now - timedelta(days=1)),
                "created_by": "noc",
            },
            scope,
        )
        add_update(db, eid, iso(now - timedelta(days=1)), "noc", ["opened"], None)
