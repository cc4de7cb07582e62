"""The FastAPI application: every system's router, the admin API, errors and fault injection."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from fastapi import FastAPI

from backend_stub import admin, auth, errors
from backend_stub.config import StubConfig
from backend_stub.context import StubContext
from backend_stub.db import Database
from backend_stub.faults import FaultInjector, FaultMiddleware
from backend_stub.scenarios import all_faults
from backend_stub.seed import seed_all
from backend_stub.systems import load_systems

VERSION = "1.0"


def open_context(config: StubConfig) -> StubContext:
    if config.db_path is None:
        config.db_path = Path(tempfile.mkdtemp(prefix="agentdesk-stub-")) / "backend.sqlite"
    db = Database(config.db_path)
    injector = FaultInjector(config.latency_ms, config.jitter_ms)
    return StubContext(config=config, db=db, faults=injector, rng=random.Random())


def create_app(config: StubConfig | None = None) -> FastAPI:
    """Build the app and seed its database if needed (blocking: done before serving)."""
    config = config or StubConfig()
    ctx = open_context(config)
    systems = load_systems()
    faults = all_faults(systems)
    seeded_now = seed_all(ctx, systems, faults)

    app = FastAPI(
        title="AgentDesk back-office simulator",
        version=VERSION,
        description="CRM, billing, usage, BIMS, HLR, AAA, ISMP, tickets, knowledge and CTI of a telecom "
        "operator, simulated over real HTTP for development, tests and training. For trusted machines only.",
    )
    app.state.stub = ctx
    app.state.systems = systems
    app.state.faults = faults
    app.state.seeded_now = seeded_now
    errors.install(app)
    app.include_router(auth.router)
    app.include_router(admin.router)
    for mod in systems:
        router = getattr(mod, "router", None)
        if router is not None:
            app.include_router(router)

    @app.get("/health", tags=["health"])
    def health() -> dict:
        return {"status": "ok", "version": VERSION, "seed": config.seed,
                "systems": [m.__name__.rsplit(".", 1)[1] for m in systems]}

    app.add_middleware(FaultMiddleware, injector=ctx.faults)
    for mod in systems:
        hook = getattr(mod, "on_app", None)
        if hook:
            hook(app, ctx)
    return app
