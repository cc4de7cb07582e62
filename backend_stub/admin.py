"""The admin API (header ``X-Admin-Token``): scenarios, the write log, fault injection, token expiry.

It exists for tests, benchmarks and trainers on a trusted machine; the token is a convenience.
"""

from __future__ import annotations

import random
import threading

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from backend_stub import auth
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import loads
from backend_stub.errors import StubError
from backend_stub.faults import SYSTEMS, FaultSpec
from backend_stub.scenarios import create_scenario, scenario_state

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(auth.require_admin)])


class ScenarioRequest(BaseModel):
    fault: str = Field(min_length=1, max_length=64)


@router.get("/scenarios")
def list_scenarios(request: Request) -> dict:
    faults = request.app.state.faults
    return {
        "faults": [
            {"name": f.name, "description": f.description, "fix": f.fix, "service_type": f.kinds[0]}
            for f in sorted(faults.values(), key=lambda f: f.name)
        ]
    }


@router.get("/scenarios/demo")
def demo_customers(ctx: StubContext = Depends(get_ctx)) -> dict:
    rows = ctx.db.query(
        "SELECT s.number, s.fault, s.customer_id, c.name FROM stub_scenario s JOIN crm_customer c ON c.id=s.customer_id"
        " WHERE json_extract(s.details_json, '$.demo')=1 ORDER BY s.fault"
    )
    return {"customers": rows}


_SCENARIO_LOCK = threading.Lock()


@router.post("/scenarios", status_code=201)
def new_scenario(body: ScenarioRequest, request: Request, ctx: StubContext = Depends(get_ctx)) -> dict:
    app = request.app
    # the n-th scenario of a simulator started with --seed S is the same customer every time: a failing test
    # replays with the same data (one at a time, so the count is the sequence number)
    with _SCENARIO_LOCK:
        made = ctx.db.scalar("SELECT COUNT(*) FROM stub_scenario") or 0
        rng = random.Random(f"{ctx.config.seed}/scenario/{made}")
        return create_scenario(ctx, app.state.systems, app.state.faults, body.fault, rng)


@router.get("/scenarios/{number}")
def get_scenario(number: str, request: Request, ctx: StubContext = Depends(get_ctx)) -> dict:
    return scenario_state(ctx, request.app.state.faults, number)


@router.get("/writes")
def writes(
    number: str | None = Query(None, max_length=64),
    system: str | None = Query(None, max_length=32),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    sql = "SELECT id, system, operation, number, idempotency_key, username, at, status_code, request_json, response_json FROM stub_write WHERE 1=1"
    params: list = []
    if number is not None:
        sql += " AND number=?"
        params.append(number)
    if system is not None:
        sql += " AND system=?"
        params.append(system)
    rows = ctx.db.query(sql + " ORDER BY id", params)
    for r in rows:
        r["request"] = loads(r.pop("request_json"), None)
        r["response"] = loads(r.pop("response_json"), None)
    return {"writes": rows}


@router.get("/faults")
def get_faults(ctx: StubContext = Depends(get_ctx)) -> dict:
    return ctx.faults.snapshot()


def _check_system(system: str) -> None:
    if system != "all" and system not in SYSTEMS:
        raise StubError(404, "notFound", f"unknown system {system!r}; one of {', '.join(SYSTEMS)} or 'all'")


@router.put("/faults/{system}")
def set_fault(system: str, spec: FaultSpec, ctx: StubContext = Depends(get_ctx)) -> dict:
    _check_system(system)
    ctx.faults.set(system, spec)
    return ctx.faults.snapshot()


@router.delete("/faults/{system}")
def clear_fault(system: str, ctx: StubContext = Depends(get_ctx)) -> dict:
    _check_system(system)
    ctx.faults.clear(system)
    return ctx.faults.snapshot()


@router.delete("/faults")
def clear_all_faults(ctx: StubContext = Depends(get_ctx)) -> dict:
    ctx.faults.clear()
    return ctx.faults.snapshot()


class LatencyRequest(BaseModel):
    latency_ms: int = Field(0, ge=0, le=120_000)
    jitter_ms: int = Field(0, ge=0, le=120_000)


@router.put("/latency")
def set_base_latency(body: LatencyRequest, ctx: StubContext = Depends(get_ctx)) -> dict:
    ctx.faults.base_latency_ms = body.latency_ms
    ctx.faults.base_jitter_ms = body.jitter_ms
    return ctx.faults.snapshot()


class ExpireRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)


@router.post("/tokens/expire")
def expire_tokens(body: ExpireRequest, ctx: StubContext = Depends(get_ctx)) -> dict:
    auth.expire_tokens_of(ctx.db, body.username)
    return {"expired": body.username}
