"""usage: call detail records (TMF635 Usage), at most one month per query.

CDRs are not stored: a busy province makes millions a month. They are generated on the fly,
deterministically from (seed, number, day), and cached per number and day; the few records that a
scenario plants (e.g. a roaming trip behind a disputed bill) live in ``usage_extra_cdr`` and are merged
in time order. Only mobile and fixed numbers make CDRs; a broadband account has none.
"""

from __future__ import annotations

import hashlib
import math
import random
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from backend_stub import catalog
from backend_stub.auth import current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import iso, parse_iso, utcnow
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list

router = APIRouter(prefix="/usage", tags=["usage"], dependencies=[Depends(current_user)])

USAGE_TYPES = ("local", "long_distance", "roaming", "data", "sms", "vas")
MAX_PERIOD = timedelta(days=31)
TYPE_WEIGHTS = {
    "mobile": ([("local", 34), ("long_distance", 10), ("roaming", 2), ("data", 30), ("sms", 18), ("vas", 6)]),
    "fixed": ([("local", 75), ("long_distance", 25)]),
}
LONG_DISTANCE_AREAS = [
    ("010", "北京"),
    ("021", "上海"),
    ("0571", "杭州"),
    ("027", "武汉"),
    ("028", "成都"),
    ("0731", "长沙"),
    ("0591", "福州"),
    ("029", "西安"),
]
ROAMING_PLACES = ["北京", "上海", "长沙", "南宁", "厦门", "海口", "重庆", "杭州"]
HOURS = list(range(24))
HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 8, 10, 12, 12, 11, 10, 10, 11, 11, 10, 10, 11, 12, 12, 10, 6, 3]


def parse_time(text: str, field: str, end_of_day: bool = False) -> datetime:
    """A date (``2026-10-01``) or an ISO time; a date as an end means the last second of that day."""
    value = text.strip()
    try:
        is_date = len(value) == 10
        if is_date:
            d = date.fromisoformat(value)
            t = datetime(d.year, d.month, d.day, tzinfo=UTC)
        else:
            t = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        raise bad_request(field, f"{field}: not a date or ISO time: {value!r}") from None
    if not 2000 <= t.year <= 2100:  # also keeps the period arithmetic away from datetime's limits
        raise bad_request(field, f"{field}: a year between 2000 and 2100, please")
    if is_date:
        return t + timedelta(days=1, seconds=-1) if end_of_day else t
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).astimezone(UTC)


def is_busy(number: str) -> bool:
    """About 8% of numbers (by a hash of the number) are busy lines with thousands of CDRs a month."""
    return hashlib.sha256(number.encode()).digest()[0] < 20


def _intensity(number: str) -> int:
    h = hashlib.sha256(number.encode()).digest()
    return 100 + h[1] % 100 if h[0] < 20 else 1 + h[1] % 10  # mean records a day


def _peer_mobile(r: random.Random) -> str:
    return r.choice(catalog.MOBILE_PREFIXES) + f"{r.randrange(10**8):08d}"


@lru_cache(maxsize=4096)
def day_records(seed: int, number: str, service_type: str, city: str, day: date) -> tuple[dict, ...]:
    """All generated CDRs of one number on one UTC day, in time order (the same every time)."""
    r = random.Random(f"{seed}:{number}:{day.isoformat()}")
    mean = _intensity(number)
    count = r.randint(max(0, mean // 2), mean + mean // 2)
    types, weights = zip(*TYPE_WEIGHTS[service_type], strict=True)
    city_name, area = catalog.CITIES.get(city, ("广州", "020"))[:2]
    base = datetime(day.year, day.month, day.day, tzinfo=UTC)
    starts = sorted(
        base + timedelta(hours=r.choices(HOURS, HOUR_WEIGHTS)[0], seconds=r.randrange(3600))
        for _ in range(count)
    )
    out = []
    for i, start in enumerate(starts):
        kind = r.choices(types, weights)[0]
        duration, volume, peer, location, amount = 0, 0, None, city_name, 0
        if kind == "local":
            duration = int(r.expovariate(1 / 110)) + 5
            peer = (
                _peer_mobile(r) if r.random() < 0.7 else area + f"{r.randrange(2, 9)}{r.randrange(10**7):07d}"
            )
            amount = 0 if r.random() < 0.7 else math.ceil(duration / 60) * 15
            desc = "本地通话" + ("(主叫)" if r.random() < 0.6 else "(被叫)")
        elif kind == "long_distance":
            code, place = r.choice(LONG_DISTANCE_AREAS)
            duration = int(r.expovariate(1 / 180)) + 10
            peer = code + f"{r.randrange(2, 9)}{r.randrange(10**7):07d}"
            amount = 0 if r.random() < 0.5 else math.ceil(duration / 60) * 20
            desc = f"国内长途({place})"
        elif kind == "roaming":
            location = r.choice(ROAMING_PLACES)
            duration = int(r.expovariate(1 / 150)) + 10
            peer = _peer_mobile(r)
            amount = math.ceil(duration / 60) * 30
            desc = f"国内漫游通话({location})"
        elif kind == "data":
            duration = r.randint(30, 3600)
            volume = int(r.expovariate(1 / 15000)) + 1
            amount = 0 if r.random() < 0.85 else math.ceil(volume / 1024) * 3
            desc = "手机上网(EVDO)" if r.random() < 0.5 else "手机上网(1X)"
        elif kind == "sms":
            peer = _peer_mobile(r)
            amount = 0 if r.random() < 0.6 else 10
            desc = "点对点短信"
        else:
            sp = r.choice(catalog.VAS_PRODUCTS)
            peer = f"10659{sp[0][2:]}"
            amount = r.choice([0, 0, 10, 20, 100])
            desc = f"{sp[1]}-{sp[3]}"
        out.append(
            {
                "id": f"CDR{day:%Y%m%d}{i:04d}-{number}",
                "@type": "Usage",
                "usageType": kind,
                "usageDate": iso(start),
                "status": "rated",
                "number": number,
                "peerNumber": peer,
                "durationSeconds": duration,
                "volumeKb": volume,
                "location": location,
                "amount": amount,
                "description": desc,
            }
        )
    return tuple(out)


def _extra(row: dict) -> dict:
    return {
        "id": row["id"],
        "@type": "Usage",
        "usageType": row["usage_type"],
        "usageDate": row["start_at"],
        "status": "rated",
        "number": row["number"],
        "peerNumber": row["peer"],
        "durationSeconds": row["duration_s"],
        "volumeKb": row["volume_kb"],
        "location": row["location"],
        "amount": row["amount"],
        "description": row["description"],
    }


def _period(from_: str | None, to: str | None) -> tuple[datetime, datetime]:
    now = utcnow()
    start = parse_time(from_, "from") if from_ else None
    end = parse_time(to, "to", end_of_day=True) if to else None
    if end is None:
        end = min(now, start + MAX_PERIOD) if start else now
    if start is None:
        start = end - timedelta(days=30)
    if end < start:
        raise bad_request("to", "to: the end of the period is before its start")
    if end - start > MAX_PERIOD:
        raise bad_request("to", "to: call detail records cover at most one month (31 days) per query")
    return start, end


def _cutoff(ctx: StubContext, sub: dict) -> datetime | None:
    """A barred or suspended line makes no calls after it was cut off."""
    hlr = ctx.db.one("SELECT state, updated_at FROM hlr_subscriber WHERE number=?", (sub["number"],))
    barred = (hlr and hlr["state"] != "active") or sub["status"] != "active"
    if not barred:
        return None
    last = ctx.db.scalar(
        "SELECT MAX(at) FROM billing_suspension_log WHERE number=? AND action='suspend'", (sub["number"],)
    )
    when = last or (hlr["updated_at"] if hlr else None)
    return parse_iso(when) if when else None


def records(
    ctx: StubContext, number: str, from_: str | None, to: str | None, types: str | None
) -> list[dict]:
    """The number's CDRs in the period (generated and planted), in time order, filtered by type."""
    wanted = [t.strip() for t in (types or "").split(",") if t.strip()]
    wrong = [t for t in wanted if t not in USAGE_TYPES]
    if wrong:
        raise bad_request("type", f"type: unknown usage type {wrong[0]!r}; one of {', '.join(USAGE_TYPES)}")
    start, end = _period(from_, to)
    sub = ctx.db.one(
        "SELECT number, service_type, city, status, activated_at FROM crm_subscriber WHERE number=?",
        (number,),
    )
    if not sub:
        raise not_found("subscriber with number", number)
    if sub["service_type"] not in TYPE_WEIGHTS:
        return []
    gen_start = max(start, parse_iso(sub["activated_at"]))
    gen_end = min(end, utcnow())
    cut = _cutoff(ctx, sub)
    if cut is not None:
        gen_end = min(gen_end, cut)
    lo, hi, gen_lo, gen_hi = iso(start), iso(end), iso(gen_start), iso(gen_end)
    out: list[dict] = []
    day = gen_start.date()
    while gen_start <= gen_end and day <= gen_end.date():
        out += [
            r
            for r in day_records(ctx.config.seed, number, sub["service_type"], sub["city"], day)
            if gen_lo <= r["usageDate"] <= gen_hi
        ]
        day += timedelta(days=1)
    extra = ctx.db.query(
        "SELECT * FROM usage_extra_cdr WHERE number=? AND start_at>=? AND start_at<=?", (number, lo, hi)
    )
    out += [_extra(r) for r in extra]
    out.sort(key=lambda r: (r["usageDate"], r["id"]))
    return [r for r in out if r["usageType"] in wanted] if wanted else out


NumberQuery = Query(
    ..., alias="number", min_length=1, max_length=64, description="mobile or fixed-line number"
)
FromQuery = Query(None, alias="from", max_length=40, description="start: 2026-10-01 or an ISO time")
ToQuery = Query(
    None,
    alias="to",
    max_length=40,
    description="end, at most 31 days after the start (a date: end of that day)",
)
TypeQuery = Query(
    None,
    alias="type",
    max_length=100,
    description="comma-separated: local,long_distance,roaming,data,sms,vas",
)


@router.get("/usage", summary="Call detail records of one number over at most one month")
def usage(
    number: str = NumberQuery,
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    type: str | None = TypeQuery,
    page: Page = Depends(page_params),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    return slice_list(records(ctx, number.strip(), from_, to, type), page)


@router.get("/summary", summary="Totals per usage type over the same period")
def summary(
    number: str = NumberQuery,
    from_: str | None = FromQuery,
    to: str | None = ToQuery,
    type: str | None = TypeQuery,
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    rows = records(ctx, number.strip(), from_, to, type)
    start, end = _period(from_, to)
    by: dict[str, dict] = {}
    for r in rows:
        t = by.setdefault(
            r["usageType"],
            {"usageType": r["usageType"], "count": 0, "durationSeconds": 0, "volumeKb": 0, "amount": 0},
        )
        t["count"] += 1
        t["durationSeconds"] += r["durationSeconds"]
        t["volumeKb"] += r["volumeKb"]
        t["amount"] += r["amount"]
    return {
        "number": number.strip(),
        "from": iso(start),
        "to": iso(end),
        "total": {
            "count": len(rows),
            "durationSeconds": sum(t["durationSeconds"] for t in by.values()),
            "volumeKb": sum(t["volumeKb"] for t in by.values()),
            "amount": sum(t["amount"] for t in by.values()),
        },
        "byType": [by[t] for t in USAGE_TYPES if t in by],
    }
