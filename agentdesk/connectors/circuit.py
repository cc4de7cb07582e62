"""A per-system circuit breaker: after repeated failures the desk stops waiting on a dead system.

Our own small class rather than a library: the async breakers on PyPI are either unmaintained
(aiobreaker), tied to a storage abstraction we do not need (purgatory) or sync-only (pybreaker,
circuitbreaker); the status bar also needs the state, the time until the next trial and an injectable
clock for tests, which this gives in a few lines.

closed --N consecutive failures--> open --cool-down--> half_open --trial succeeds--> closed
                                     ^                     |
                                     +---trial fails-------+
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from agentdesk.domain.health import CircuitState


class CircuitBreaker:
    """Counts consecutive system failures; while open, calls are refused without touching the network."""

    def __init__(
        self, failures: int = 5, cooldown_s: float = 30.0, clock: Callable[[], float] = time.monotonic
    ):
        self.failure_threshold = max(1, failures)
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state: CircuitState = "closed"
        self._failures = 0
        self._opened_at = 0.0
        self._trial_in_flight = False

    @property
    def state(self) -> CircuitState:
        with self._lock:
            return self._current()

    def _current(self) -> CircuitState:
        if self._state == "open" and self._clock() - self._opened_at >= self.cooldown_s:
            self._state = "half_open"
            self._trial_in_flight = False
        return self._state

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def retry_in(self) -> float:
        """Seconds until an open circuit lets a trial call through (0 when not open)."""
        with self._lock:
            if self._current() != "open":
                return 0.0
            return max(0.0, self.cooldown_s - (self._clock() - self._opened_at))

    def acquire(self) -> bool:
        """May a call go out now? In half-open state only one trial call at a time."""
        with self._lock:
            state = self._current()
            if state == "closed":
                return True
            if state == "open" or self._trial_in_flight:
                return False
            self._trial_in_flight = True
            return True

    def record_success(self) -> None:
        with self._lock:
            self._state = "closed"
            self._failures = 0
            self._trial_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            state = self._current()
            self._failures += 1
            if state == "half_open" or self._failures >= self.failure_threshold:
                self._state = "open"
                self._opened_at = self._clock()
            self._trial_in_flight = False

    def abandon(self) -> None:
        """A call ended without telling us anything (cancelled): free the trial slot."""
        with self._lock:
            self._trial_in_flight = False

    def allow_trial(self) -> None:
        """The agent asked to try again: an open circuit lets one trial call through now, without waiting
        for the cool-down (a failure opens it again at once)."""
        with self._lock:
            if self._current() == "open":
                self._state = "half_open"
                self._trial_in_flight = False

    def reset(self) -> None:
        self.record_success()
