"""Fault injection per system: latency and jitter, errors, time-outs, malformed bodies, a system down.

Set and cleared at run time through ``/admin/faults``; applied by an ASGI middleware in front of every
system's routes (the path's first segment names the system). ``/health``, ``/auth``, ``/admin`` and the
OpenAPI documents are never slowed or broken, so a test can always repair what it broke.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from dataclasses import asdict, dataclass

from pydantic import BaseModel, Field

SYSTEMS = ("crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "cti", "events")
EXEMPT = {"", "health", "auth", "admin", "openapi.json", "docs", "redoc"}


class FaultSpec(BaseModel):
    """What is wrong with one system. Rates are probabilities from 0 to 1."""

    latency_ms: int = Field(0, ge=0, le=120_000)
    jitter_ms: int = Field(0, ge=0, le=120_000)
    error_rate: float = Field(0.0, ge=0.0, le=1.0)
    error_status: int = Field(500, ge=400, le=599)
    timeout_rate: float = Field(0.0, ge=0.0, le=1.0)
    timeout_s: float = Field(30.0, ge=0.1, le=600)
    malformed_rate: float = Field(0.0, ge=0.0, le=1.0)
    down: bool = False


@dataclass
class _Applied:
    latency_ms: int = 0
    jitter_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 500
    timeout_rate: float = 0.0
    timeout_s: float = 30.0
    malformed_rate: float = 0.0
    down: bool = False


class FaultInjector:
    def __init__(self, base_latency_ms: int = 0, base_jitter_ms: int = 0, seed: int | None = None):
        self.base_latency_ms = base_latency_ms
        self.base_jitter_ms = base_jitter_ms
        self._specs: dict[str, _Applied] = {}
        self._lock = threading.Lock()
        self._rng = random.Random(seed)

    def set(self, system: str, spec: FaultSpec) -> None:
        with self._lock:
            self._specs[system] = _Applied(**spec.model_dump())

    def clear(self, system: str | None = None) -> None:
        with self._lock:
            if system is None:
                self._specs.clear()
            else:
                self._specs.pop(system, None)

    def snapshot(self) -> dict:
        with self._lock:
            return {
                "base": {"latency_ms": self.base_latency_ms, "jitter_ms": self.base_jitter_ms},
                "systems": {k: asdict(v) for k, v in self._specs.items()},
            }

    def for_system(self, system: str) -> _Applied | None:
        with self._lock:
            return self._specs.get(system) or self._specs.get("all")

    def roll(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._rng.random() < rate

    def jitter(self, ms: int) -> float:
        if ms <= 0:
            return 0.0
        with self._lock:
            return self._rng.uniform(0, ms)


class FaultMiddleware:
    """Pure ASGI middleware, so streaming answers (CTI server-sent events) pass through untouched."""

    def __init__(self, app, injector: FaultInjector):
        self.app = app
        self.injector = injector

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        system = scope["path"].lstrip("/").split("/", 1)[0]
        if system in EXEMPT:
            return await self.app(scope, receive, send)
        inj = self.injector
        spec = inj.for_system(system)
        delay_ms = inj.base_latency_ms + inj.jitter(inj.base_jitter_ms)
        if spec:
            delay_ms += spec.latency_ms + inj.jitter(spec.jitter_ms)
        if delay_ms > 0:
            await asyncio.sleep(delay_ms / 1000)
        if spec:
            if spec.down:
                return await _json(send, 503, _err(503, "unavailable", f"{system} is down (injected)"))
            if inj.roll(spec.timeout_rate):
                await asyncio.sleep(spec.timeout_s)
                return await _json(send, 504, _err(504, "timeout", f"{system} timed out (injected)"))
            if inj.roll(spec.error_rate):
                status = spec.error_status
                return await _json(send, status, _err(status, "error", f"{system} failed (injected)"))
            if inj.roll(spec.malformed_rate):
                return await _raw(send, 200, b'{"id": "x", "truncated": [1, 2, ')
        return await self.app(scope, receive, send)


def _err(status: int, code: str, message: str) -> dict:
    return {"code": code, "reason": message, "message": message, "status": str(status)}


async def _json(send, status: int, body: dict) -> None:
    await _raw(send, status, json.dumps(body).encode())


async def _raw(send, status: int, payload: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": payload})
