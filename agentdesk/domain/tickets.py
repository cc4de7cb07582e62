"""Tickets of the 10000 (consult, complaint) and 112 (fault) systems, seen as one ticket desk;
pretreatment run records; and the statistics of the team-lead dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

TICKET_TYPES = ("consult", "complaint", "fault")
SEVERITIES = ("critical", "major", "minor")
OPEN_STATUSES = ("acknowledged", "inProgress")
FLOW_OUTCOMES = ("resolved", "customer_action", "dispatch")


@dataclass(frozen=True)
class TicketNote:
    id: str
    author: str
    at: datetime
    text: str


@dataclass(frozen=True)
class TicketStatusChange:
    status: str
    at: datetime
    changed_by: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Ticket:
    id: str
    ticket_type: str  # consult | complaint | fault
    ticket_system: str  # 10000 | 112
    category: str
    severity: str
    priority: int
    status: str  # acknowledged | inProgress | resolved | closed | cancelled
    status_changed_at: datetime | None
    description: str
    customer_id: str | None
    customer_name: str | None
    number: str | None
    contact_phone: str | None
    callback_at: datetime | None
    created_by: str
    created_by_name: str | None
    team: str | None
    created_at: datetime
    last_update: datetime | None
    due_at: datetime | None
    resolved_at: datetime | None
    escalated: bool
    pretreated: bool
    closed_at_front_line: bool
    overdue: bool
    stuck: bool
    flow_run_id: str | None = None
    event_id: str | None = None
    satisfaction: int | None = None
    evidence: Any = field(default=None, hash=False, compare=False)
    notes: tuple[TicketNote, ...] = ()
    history: tuple[TicketStatusChange, ...] = ()

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def dispatched(self) -> bool:
        return not self.closed_at_front_line


@dataclass(frozen=True)
class TicketDraft:
    """What the agent files; the system (10000 or 112) follows from ``ticket_type``."""

    ticket_type: str
    category: str
    description: str
    severity: str = "minor"
    priority: int | None = None
    customer_id: str | None = None
    number: str | None = None
    contact_phone: str | None = None
    callback_at: datetime | None = None
    pretreated: bool = False
    flow_run_id: str | None = None
    evidence: Any = field(default=None, hash=False, compare=False)
    event_id: str | None = None
    escalated: bool = False
    close_at_front_line: bool = False  # created already closed (consult, or pretreated)


@dataclass(frozen=True)
class TicketTypeInfo:
    ticket_type: str
    ticket_system: str
    categories: tuple[str, ...]
    due_hours: dict[str, int] = field(default_factory=dict, hash=False, compare=False)  # by severity


@dataclass(frozen=True)
class TicketCatalogue:
    """Ticket types, categories and which pretreatment flow belongs to a category."""

    types: tuple[TicketTypeInfo, ...]
    categories: tuple[str, ...]
    flow_of_category: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    stuck_hours: int = 48


@dataclass(frozen=True)
class FlowRun:
    """A pretreatment flow run as reported by a desk."""

    id: str
    flow_id: str
    number: str | None
    customer_id: str | None
    agent: str
    team: str | None
    started_at: datetime
    duration_ms: int
    outcome: str  # resolved | customer_action | dispatch
    ticket_id: str | None = None
    steps: tuple[Any, ...] = ()


@dataclass(frozen=True)
class FlowRunReport:
    flow_id: str
    duration_ms: int
    outcome: str
    id: str | None = None
    number: str | None = None
    customer_id: str | None = None
    started_at: datetime | None = None
    ticket_id: str | None = None
    steps: tuple[Any, ...] = ()


@dataclass(frozen=True)
class TicketCounts:
    total: int
    consult: int
    complaint: int
    fault: int
    pretreated: int
    closed_at_front_line: int
    dispatched: int
    overdue: int
    escalated: int
    stuck: int


@dataclass(frozen=True)
class DayCounts:
    date: str  # local day, YYYY-MM-DD
    counts: TicketCounts


@dataclass(frozen=True)
class AgentCounts:
    agent: str
    display_name: str
    team: str
    counts: TicketCounts


@dataclass(frozen=True)
class CategoryRate:
    count: int
    per_10k: float | None


@dataclass(frozen=True)
class FlowRunStatistics:
    total: int
    by_outcome: dict[str, int] = field(hash=False, compare=False)
    by_flow: dict[str, dict[str, int]] = field(hash=False, compare=False)
    resolved_rate: float | None = None
    dispatch_rate: float | None = None
    average_duration_ms: float | None = None


@dataclass(frozen=True)
class TicketStatistics:
    """The dashboard's numbers for a period (rates are None when their denominator is 0)."""

    period_from: datetime
    period_to: datetime
    tz_offset_minutes: int
    team: str | None
    agent: str | None
    generated_at: datetime | None
    counts: TicketCounts
    by_status: dict[str, int] = field(hash=False, compare=False)
    by_system: dict[str, int] = field(hash=False, compare=False)
    by_category: dict[str, int] = field(hash=False, compare=False)
    by_type_and_category: dict[str, dict[str, int]] = field(hash=False, compare=False)
    by_day: tuple[DayCounts, ...]
    by_agent: tuple[AgentCounts, ...]
    open: int
    resolved: int
    pretreated_and_closed: int
    pretreated_and_dispatched: int
    pretreatment_rate: float | None
    front_line_resolution_rate: float | None
    closure_rate: float | None
    average_handling_seconds: float | None
    satisfaction_rated: int
    satisfaction_average: float | None
    subscriber_base: int
    complaints_per_10k: float | None
    complaints_per_10k_by_category: dict[str, CategoryRate] = field(hash=False, compare=False)
    flow_runs: FlowRunStatistics | None = None
