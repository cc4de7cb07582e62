"""Deterministic first-start seeding: the same ``--seed`` gives the same province every time."""

from __future__ import annotations

import logging
import random
import time

from backend_stub import auth
from backend_stub.context import StubContext
from backend_stub.scenarios import Fault, create_scenario, provision_customers
from backend_stub.world import WorldGen

log = logging.getLogger("backend_stub.seed")

TEAMS = [("team-a", "guangzhou"), ("team-b", "shenzhen"), ("team-c", "foshan"), ("team-d", "dongguan")]
AGENT_NAMES = ["林晓彤", "陈嘉怡", "黄志明", "李思琪", "张伟强", "吴丽娜", "刘浩然", "郑雅文", "梁子豪", "何静怡"]
BATCH = 500


def seed_users(ctx: StubContext, rng: random.Random) -> None:
    pw = ctx.config.demo_password
    auth.create_user(ctx.db, "demo_agent", "演示坐席", "agent", "team-a", "guangzhou", pw)
    auth.create_user(ctx.db, "demo_lead", "演示班长", "team_lead", "team-a", "guangzhou", pw)
    for i in range(1, 41):
        team, region = TEAMS[(i - 1) % len(TEAMS)]
        name = AGENT_NAMES[(i - 1) % len(AGENT_NAMES)] + (f"{i // len(AGENT_NAMES)}" if i > len(AGENT_NAMES) else "")
        auth.create_user(ctx.db, f"agent{i:02d}", name, "agent", team, region, pw)
    for i, (team, region) in enumerate(TEAMS, start=1):
        auth.create_user(ctx.db, f"lead{i:02d}", f"{team}班长", "team_lead", team, region, pw)


def seed_all(ctx: StubContext, systems: list, faults: dict[str, Fault]) -> bool:
    """Seed an empty database; returns False when it was already seeded with this seed."""
    cfg = ctx.config
    stamp = f"{cfg.seed}:{cfg.customers}:{cfg.kb_articles}"
    done = ctx.db.meta("seeded")
    if done == stamp:
        return False
    if done is not None:
        raise RuntimeError(f"database {ctx.db.path} was seeded with {done!r}, not {stamp!r}; use another --db")
    t0 = time.monotonic()
    rng = random.Random(cfg.seed)
    seed_users(ctx, rng)
    gen = WorldGen(ctx.db, rng)
    made = 0
    while made < cfg.customers:
        batch = [gen.customer() for _ in range(min(BATCH, cfg.customers - made))]
        provision_customers(ctx, systems, batch, rng)
        made += len(batch)
    gen.save_counter()
    for mod in systems:
        fn = getattr(mod, "seed", None)
        if fn:
            fn(ctx, random.Random(f"{cfg.seed}:{mod.__name__}"))
    # one named demo customer per fault, for trainers (docs/DEMO.md)
    demo_rng = random.Random(f"{cfg.seed}:demo")
    for name in sorted(faults):
        info = create_scenario(ctx, systems, faults, name, demo_rng)
        ctx.db.execute("UPDATE stub_scenario SET details_json=json_set(details_json, '$.demo', 1) WHERE number=?",
                       (info["number"],))
    ctx.db.set_meta("seeded", stamp)
    log.info("seeded %d customers in %.1f s", made, time.monotonic() - t0)
    return True
