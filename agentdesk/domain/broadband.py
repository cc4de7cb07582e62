"""Broadband (BIMS): the account, its line and port, online sessions, login records and tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.common import Activation


@dataclass(frozen=True)
class Rate:
    down_kbps: int
    up_kbps: int


@dataclass(frozen=True)
class LineQuality:
    attenuation_db: float
    snr_db: float
    state: str  # good | poor


@dataclass(frozen=True)
class OnlineSession:
    id: str
    started_at: datetime
    ip: str
    mac: str
    nas: str


@dataclass(frozen=True)
class AccessRecord:
    """One login attempt; ``radius_code`` (e.g. 691) is explained in ``meaning``/``meaning_zh``."""

    id: str
    account: str
    at: datetime
    result: str  # success | failure
    radius_code: str | None
    reason: str | None
    message: str
    meaning: str | None = None
    meaning_zh: str | None = None
    mac: str | None = None
    nas: str | None = None

    @property
    def failed(self) -> bool:
        return self.result != "success"


@dataclass(frozen=True)
class BroadbandAccount:
    account: str
    subscriber_id: str
    status: str  # active | suspended | terminated
    password_state: str  # ok | expired | reset_pending
    bound_mac: str | None
    last_dialing_mac: str | None
    access_type: str  # ftth | adsl | lan
    olt: str
    dslam: str | None
    port: str
    port_state: str  # up | fault | down
    configured_rate: Rate
    actual_rate: Rate
    line: LineQuality
    session_limit: int
    online_session_count: int
    online_sessions: tuple[OnlineSession, ...] = ()
    last_access: AccessRecord | None = None

    @property
    def mac_mismatch(self) -> bool:
        """The bound device is not the one dialling (the customer changed the router)."""
        return bool(self.bound_mac and self.last_dialing_mac and self.bound_mac != self.last_dialing_mac)

    @property
    def sessions_full(self) -> bool:
        return self.online_session_count >= self.session_limit


@dataclass(frozen=True)
class RateShortfall:
    """The actual rate is clearly below the configured one (a line or port problem, not the plan)."""

    direction: str  # down | up
    configured_kbps: int
    actual_kbps: int

    @property
    def ratio(self) -> float:
        return self.actual_kbps / self.configured_kbps if self.configured_kbps else 0.0


def rate_shortfalls(configured: Rate, actual: Rate, threshold: float = 0.8) -> tuple[RateShortfall, ...]:
    """Directions whose actual rate is below ``threshold`` of the configured rate."""
    out = []
    for direction, conf, act in (
        ("down", configured.down_kbps, actual.down_kbps),
        ("up", configured.up_kbps, actual.up_kbps),
    ):
        if conf > 0 and act < conf * threshold:
            out.append(RateShortfall(direction, conf, act))
    return tuple(out)


@dataclass(frozen=True)
class DialTest:
    """A simulated login from the network side (TMF653 ServiceTest); fails like the customer's would."""

    id: str
    account: str
    started_at: datetime
    ended_at: datetime | None
    result: str  # success | failure
    radius_code: str | None
    reason: str | None
    message: str
    meaning_zh: str | None
    fix: str | None
    duration_ms: int
    mac: str | None = None
    nas: str | None = None

    @property
    def succeeded(self) -> bool:
        return self.result == "success"


@dataclass(frozen=True)
class LineTest:
    id: str
    account: str
    started_at: datetime | None
    access_type: str
    port_state: str
    attenuation_db: float
    snr_db: float
    verdict: str  # good | poor
    max_attenuation_db: float
    min_snr_db: float
    actual_rate: Rate

    @property
    def good(self) -> bool:
        return self.verdict == "good"


@dataclass(frozen=True)
class BroadbandOperation(Activation[BroadbandAccount]):
    """A BIMS operation's answer; ``new_password`` only for a reset (a secret: not in ``repr``)."""

    new_password: str | None = None
    cleared: tuple[OnlineSession, ...] = ()
    duration_ms: int | None = None

    def __repr__(self) -> str:
        hidden = "(hidden)" if self.new_password else None
        return (
            f"BroadbandOperation(operation={self.operation!r}, subject={self.subject!r}, changed={self.changed}, "
            f"replayed={self.replayed}, new_password={hidden})"
        )
