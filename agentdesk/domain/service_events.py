"""Service events: major incidents and planned cutovers (重大事件 / 割接事件), their SLA, and the calls
linked to them, as the team-lead dashboard reads them from the events system."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

EVENT_TYPES = ("incident", "planned_cutover")
EVENT_STATUSES = ("planned", "active", "resolved", "cancelled")
SLA_STATES = ("notStarted", "running", "overdue", "met", "breached", "cancelled")


@dataclass(frozen=True)
class EventSla:
    """Minutes, rounded by the events system; ``met`` is None until the event is resolved."""

    promised_minutes: int | None
    original_promised_minutes: int | None
    restore_minutes: int | None
    elapsed_minutes: int | None
    overrun_minutes: int | None
    met: bool | None
    met_original: bool | None
    state: str  # one of SLA_STATES


@dataclass(frozen=True)
class ServiceEvent:
    id: str
    event_type: str  # incident | planned_cutover
    title: str
    severity: str
    status: str  # planned | active | resolved | cancelled
    start: datetime
    expected_end: datetime | None
    original_expected_end: datetime | None
    actual_end: datetime | None
    affected_cities: tuple[str, ...]
    service_types: tuple[str, ...]
    wording_zh: str
    wording_en: str
    linked_calls: int
    linked_numbers: int
    sla: EventSla


@dataclass(frozen=True)
class HourCalls:
    hour: datetime  # start of the UTC hour
    calls: int


@dataclass(frozen=True)
class EventActivity:
    """One event in a statistics window: its calls per hour (zero-filled) and the calls in the window."""

    event: ServiceEvent
    calls_in_window: int
    calls_per_hour: tuple[HourCalls, ...]


@dataclass(frozen=True)
class EventTotals:
    events: int
    linked_calls: int
    active: int
    sla_met: int
    sla_breached: int
    overdue: int


@dataclass(frozen=True)
class EventStatistics:
    since: datetime
    until: datetime
    generated_at: datetime | None
    events: tuple[EventActivity, ...]
    totals: EventTotals


def restore_vs_promise(sla: EventSla) -> float | None:
    """Time to restore as a share of the promised time (1.0 = exactly on time); None while unknown."""
    if sla.restore_minutes is None or not sla.promised_minutes:
        return None
    return sla.restore_minutes / sla.promised_minutes
