"""The simulator the benchmarks share, in its own process so the desk's memory and CPU figures are the
desk's alone. It seeds a small province, plants one mobile number with ~20,000 call records in the last
30 days (the "one-month call list" of ``ui_stall_ms``), prints one JSON line (``StubInfo``) and serves
until its standard input closes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from backend_stub import StubConfig, StubServer
from backend_stub.db import iso

ADMIN_TOKEN = "bench-admin"
HEAVY_RECORDS = 20_000
PLACES = ["广州", "深圳", "佛山", "东莞", "北京", "上海"]


def plant_call_records(server: StubServer, number: str, count: int, days: int = 29) -> None:
    """``count`` extra CDRs spread over the last ``days`` days, written through the simulator's database."""
    rng = random.Random(20261101)
    end = datetime.now(UTC) - timedelta(minutes=5)
    start = end - timedelta(days=days)
    span = int((end - start).total_seconds())
    kinds = ["local", "long_distance", "data", "sms", "vas", "roaming"]
    rows = []
    for i in range(count):
        kind = rng.choice(kinds)
        at = start + timedelta(seconds=rng.randrange(span))
        rows.append(
            {
                "id": f"BENCH{i:06d}-{number}",
                "number": number,
                "usage_type": kind,
                "start_at": iso(at),
                "duration_s": 0 if kind in ("data", "sms", "vas") else rng.randint(5, 900),
                "volume_kb": rng.randint(1, 50_000) if kind == "data" else 0,
                "peer": f"139{rng.randrange(10**8):08d}" if kind != "data" else None,
                "location": rng.choice(PLACES),
                "amount": rng.choice([0, 0, 10, 15, 20, 30, 100]),
                "description": f"基准测试通话记录 #{i}",
            }
        )
    server.ctx.db.insert_many("usage_extra_cdr", rows)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--customers", type=int, default=400)
    p.add_argument("--kb-articles", type=int, default=300)
    a = p.parse_args(argv)
    server = StubServer(
        StubConfig(db_path=a.db, customers=a.customers, kb_articles=a.kb_articles, admin_token=ADMIN_TOKEN)
    )
    server.start()
    try:
        made = httpx.post(
            f"{server.url}/admin/scenarios",
            json={"fault": "healthy"},
            headers={"X-Admin-Token": ADMIN_TOKEN},
            timeout=60,
        ).json()
        plant_call_records(server, made["number"], HEAVY_RECORDS)
        info = {
            "url": server.url,
            "admin_token": ADMIN_TOKEN,
            "heavy_number": made["number"],
            "heavy_customer_id": made["customer_id"],
            "heavy_customer_name": made["customer_name"],
            "heavy_records": HEAVY_RECORDS,
        }
        print(json.dumps(info, ensure_ascii=False), flush=True)
        sys.stdin.read()  # until the runner closes our standard input
    finally:
        server.stop()


if __name__ == "__main__":
    main()
