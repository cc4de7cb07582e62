"""What every benchmark shares: the result line, the simulator it talks to, a real desk, the Qt loop,
resident memory and the event-loop stall monitor.

A bench runs as its own process (``python -m benchmarks.<name>``), started by the runner with
``AGENTDESK_BENCH_STUB`` naming the simulator (JSON: url, admin token, planted numbers), and prints one
JSON line per figure. Absolute times are not stable on a shared machine, so every figure comes with a
floor measured in the same run; the target is checked against the ratio (``judge="ratio"``) or the
value itself (``judge="value"``) as the issue states it.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

STUB_ENV = "AGENTDESK_BENCH_STUB"
KEYS = ("bench", "value", "unit", "floor", "ratio", "target", "pass")

T = TypeVar("T")


def result(
    bench: str,
    value: float | None,
    unit: str,
    floor: float | None,
    target: float | None,
    *,
    judge: str = "ratio",
    higher_is_better: bool = False,
) -> dict[str, Any]:
    """One result line; ``pass`` is false when the bench could not measure (``value`` None)."""
    ratio = round(value / floor, 3) if value is not None and floor else None
    judged = ratio if judge == "ratio" else value
    if judged is None:
        ok = False
    elif target is None:
        ok = True  # reported for the record, no target set
    else:
        ok = judged >= target if higher_is_better else judged <= target
    return {
        "bench": bench,
        "value": _round(value),
        "unit": unit,
        "floor": _round(floor),
        "ratio": ratio,
        "target": target,
        "pass": ok,
    }


def _round(x: float | None) -> float | None:
    return None if x is None else round(float(x), 3)


def emit(line: dict[str, Any]) -> None:
    print(json.dumps(line, ensure_ascii=False), flush=True)


def note(text: str) -> None:
    """Progress and explanations go to stderr; stdout carries only result lines."""
    print(f"[bench] {text}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process (default: this one), in MiB."""
    import psutil

    return psutil.Process(pid or os.getpid()).memory_info().rss / 2**20


# -- the simulator ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StubInfo:
    url: str
    admin_token: str
    heavy_number: str  # a mobile number with ~20,000 call records in the last 30 days
    heavy_customer_id: str
    heavy_customer_name: str
    heavy_records: int

    @classmethod
    def from_env(cls) -> StubInfo:
        raw = os.environ.get(STUB_ENV)
        if not raw:
            raise SystemExit(f"{STUB_ENV} is not set: run the benchmarks with `python -m benchmarks`")
        return cls(**json.loads(raw))

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"X-Admin-Token": self.admin_token}, timeout=60)


def set_latency(stub: StubInfo, latency_ms: int, jitter_ms: int = 0) -> None:
    """Latency on every system (the simulator's base latency; auth and admin are never slowed)."""
    with stub.admin() as admin:
        admin.put(
            "/admin/latency", json={"latency_ms": latency_ms, "jitter_ms": jitter_ms}
        ).raise_for_status()


def new_scenarios(stub: StubInfo, fault: str, count: int) -> list[dict]:
    with stub.admin() as admin:
        made = []
        for _ in range(count):
            r = admin.post("/admin/scenarios", json={"fault": fault})
            r.raise_for_status()
            made.append(r.json())
        return made


# -- a real desk on the Qt loop ---------------------------------------------------------------------------
def run_qt(main: Callable[[], Awaitable[T]]) -> T:
    """Run ``main()`` on one qasync loop over a QApplication, as the desk does."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("AgentDesk-bench")
    app.setQuitOnLastWindowClosed(False)  # closing the bench's window must not stop the loop under it
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main())


async def signed_in_desk(url: str, *, plug_features: bool = True, **endpoint_options: Any):
    """A desk built as the app builds it, signed in as the demo agent, with its features plugged."""
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings

    desk = build_desk(BackendConfig.from_base_url(url, **endpoint_options), Settings(), url)
    await desk.session.sign_in("demo_agent", "demo")
    if plug_features:
        from agentdesk.features import plug_all

        plug_all(desk)
    return desk


async def close_desk(desk, window=None) -> None:
    """Shut down as the app does: the window, each panel's pending work, then the services."""
    if window is not None:
        window.close()
        for dock in window.docks.values():
            close = getattr(dock.widget(), "aclose", None)
            if close is not None:
                await close()
    await desk.aclose()


def match_of(made: dict):
    from agentdesk.services.customer_lookup import CustomerMatch

    return CustomerMatch(made["customer_id"], made["customer_name"], made["number"], "", "")


class StallMonitor:
    """The longest time the event loop could not run a due timer: a QTimer ticks every ``tick_ms``
    and every late tick counts its lateness. What the agent feels as a frozen window."""

    def __init__(self, tick_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.tick_s = tick_ms / 1000
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)
        self.worst_ms = 0.0
        self.ticks = 0
        self.phase = ""  # what the bench is doing now; the worst stall remembers it
        self.worst_phase = ""
        self._last: float | None = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            late = (now - self._last - self.tick_s) * 1000
            if late > self.worst_ms:
                self.worst_ms, self.worst_phase = late, self.phase
        self._last = now
        self.ticks += 1

    def start(self) -> StallMonitor:
        self.worst_ms, self.ticks, self._last, self.worst_phase = 0.0, 0, None, ""
        self.timer.start()
        return self

    def stop(self) -> float:
        self.timer.stop()
        return max(0.0, self.worst_ms)


async def idle_stall_floor(seconds: float, tick_ms: int = 5) -> float:
    """The monitor's own worst lateness on an idle loop: what no application work can go below."""
    monitor = StallMonitor(tick_ms).start()
    await asyncio.sleep(seconds)
    return monitor.stop()
