"""How a back-office system is doing, as the connector layer reports it to the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

HealthLevel = Literal["ok", "degraded", "down", "unknown"]  # green, amber, red, grey
CircuitState = Literal["closed", "open", "half_open"]


@dataclass(frozen=True)
class SystemHealth:
    """One system's health after its latest call.

    ``level`` is what the status bar colours; ``error_rate`` is over the recent window of calls;
    ``message`` is the last failure in English source text (empty when the last call worked).
    """

    system: str
    level: HealthLevel = "unknown"
    latency_ms: float | None = None
    error_rate: float = 0.0
    circuit: CircuitState = "closed"
    message: str = ""
    last_error_kind: str | None = None
    calls: int = 0  # calls in the recent window

    @property
    def usable(self) -> bool:
        """False while the desk is not even trying this system (circuit open)."""
        return self.circuit != "open"
