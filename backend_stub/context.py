"""What every route can reach: the configuration, the database, fault injection and the CTI hub."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from backend_stub.config import StubConfig
from backend_stub.db import Database


@dataclass
class StubContext:
    config: StubConfig
    db: Database
    faults: Any  # backend_stub.faults.FaultInjector
    rng: random.Random = field(default_factory=random.Random)
    hubs: dict[str, Any] = field(default_factory=dict)  # long-lived per-system state (e.g. the CTI hub)


def get_ctx(request: Request) -> StubContext:
    return request.app.state.stub
