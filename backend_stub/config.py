"""Run-time settings of the simulator, shared by the CLI and the in-process runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StubConfig:
    db_path: Path | None = None  # None: a temporary file that lives as long as the process
    seed: int = 42
    customers: int = 5000
    kb_articles: int = 2000
    latency_ms: int = 0
    jitter_ms: int = 0
    admin_token: str = "admin"
    demo_password: str = "demo"
    token_ttl_s: int = 8 * 3600
    extra: dict = field(default_factory=dict)
