"""Health of each back-office system, measured on real calls and published to listeners.

A plain callback registry, no Qt: the status bar subscribes through a thin Qt adapter. Listeners are
called on the event-loop thread after each call; one that raises is logged and kept.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from agentdesk.domain.health import CircuitState, HealthLevel, SystemHealth

log = logging.getLogger("agentdesk.connectors.health")

HealthListener = Callable[[SystemHealth], None]


class HealthRegistry:
    """The latest :class:`SystemHealth` of every system, and who wants to hear about changes."""

    def __init__(self) -> None:
        self._listeners: list[HealthListener] = []
        self._latest: dict[str, SystemHealth] = {}
        self._lock = threading.Lock()

    def subscribe(self, listener: HealthListener, *, replay: bool = True) -> Callable[[], None]:
        """Add a listener (it first gets the current state of every known system); returns an unsubscribe."""
        with self._lock:
            self._listeners.append(listener)
            current = list(self._latest.values())
        if replay:
            for health in current:
                self._call(listener, health)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, health: SystemHealth) -> None:
        with self._lock:
            self._latest[health.system] = health
            listeners = list(self._listeners)
        for listener in listeners:
            self._call(listener, health)

    def get(self, system: str) -> SystemHealth:
        with self._lock:
            return self._latest.get(system) or SystemHealth(system)

    def snapshot(self) -> dict[str, SystemHealth]:
        with self._lock:
            return dict(self._latest)

    @staticmethod
    def _call(listener: HealthListener, health: SystemHealth) -> None:
        try:
            listener(health)
        except Exception:  # a broken listener must not break the connector
            log.exception("health listener %r failed", listener)


class HealthMonitor:
    """One system's recent calls: latency of the last, error rate over the last ``window`` calls
    (no older than ``window_s``), and the resulting traffic-light level."""

    def __init__(
        self,
        system: str,
        registry: HealthRegistry,
        *,
        window: int = 20,
        window_s: float = 300.0,
        slow_ms: float = 2000.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.system = system
        self.registry = registry
        self.slow_ms = slow_ms
        self.window_s = window_s
        self._clock = clock
        self._outcomes: deque[tuple[float, bool]] = deque(maxlen=window)  # (when, failed)
        self._latency_ms: float | None = None
        self._last_failed = False
        self._message = ""
        self._kind: str | None = None

    def record(
        self, latency_ms: float | None, failure_kind: str | None, message: str, circuit: CircuitState
    ) -> None:
        """Record one attempt; ``failure_kind`` is None when the system answered (even with a 4xx)."""
        self._outcomes.append((self._clock(), failure_kind is not None))
        if latency_ms is not None:
            self._latency_ms = latency_ms
        self._last_failed = failure_kind is not None
        self._kind = failure_kind
        self._message = message if failure_kind else ""
        self.publish(circuit)

    def publish(self, circuit: CircuitState) -> SystemHealth:
        health = self.snapshot(circuit)
        self.registry.publish(health)
        return health

    def snapshot(self, circuit: CircuitState) -> SystemHealth:
        horizon = self._clock() - self.window_s
        recent = [failed for when, failed in self._outcomes if when >= horizon]
        rate = (sum(recent) / len(recent)) if recent else 0.0
        level: HealthLevel
        if not self._outcomes and circuit == "closed":
            level = "unknown"
        elif circuit == "open" or self._last_failed:
            level = "down"
        elif circuit == "half_open" or rate > 0 or (self._latency_ms or 0) > self.slow_ms:
            level = "degraded"
        else:
            level = "ok"
        return SystemHealth(
            system=self.system,
            level=level,
            latency_ms=self._latency_ms,
            error_rate=rate,
            circuit=circuit,
            message=self._message,
            last_error_kind=self._kind,
            calls=len(recent),
        )
