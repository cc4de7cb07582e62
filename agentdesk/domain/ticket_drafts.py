"""What an agent asks the ticket desk to create, before any system has seen it, and the call's wrap-up.

A draft is the desk's own record: it is stored in the local outbox (as JSON) until the ticket system
accepted it, so it must survive restarts unchanged. The agent never chooses the ticket system: the
back end routes by ``ticket_type`` (consult and complaint to 10000, fault to 112). Pure functions only.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

TICKET_TYPES: tuple[str, ...] = ("consult", "complaint", "fault")
SEVERITIES: tuple[str, ...] = ("critical", "major", "minor")
OPEN_STATUSES: tuple[str, ...] = ("acknowledged", "inProgress")
FINAL_STATUSES: tuple[str, ...] = ("closed", "cancelled")

# Limits of the ticket system (docs/backend_stub/tickets.md), checked before a draft is queued, so a
# draft the system would refuse is never accepted into the outbox.
MAX_DESCRIPTION = 4000
MAX_CATEGORY = 32
MAX_CONTACT = 32
MAX_REF = 64
MAX_EVIDENCE_CHARS = 64_000

# Wrap-up dispositions: how the call ended.
CONSULTED = "consulted"
RESOLVED_FRONT_LINE = "resolved_front_line"
CUSTOMER_ACTION = "customer_action"
DISPATCHED = "dispatched"
DISPOSITIONS: tuple[str, ...] = (CONSULTED, RESOLVED_FRONT_LINE, CUSTOMER_ACTION, DISPATCHED)
#: dispositions that count as solved without handing the case to the back office
FRONT_LINE_DISPOSITIONS = frozenset({CONSULTED, RESOLVED_FRONT_LINE})


@dataclass(frozen=True)
class DraftProblem:
    """One reason a draft cannot be sent: the field (draft attribute name) and the English message."""

    field: str
    message: str


@dataclass(frozen=True)
class TicketDraft:
    """A ticket the agent (or a pretreatment flow) wants created.

    ``close_at_front_line`` creates the ticket already closed: allowed for consult tickets, and for
    complaint/fault tickets only when ``pretreated`` (the flow solved it). ``evidence`` is what a
    pretreatment flow collected (JSON object or array).
    """

    ticket_type: str
    category: str
    description: str
    customer_id: str = ""
    number: str = ""
    customer_name: str = ""
    severity: str = "minor"
    contact_phone: str = ""  # '' = the contact phone CRM has for the customer
    requested_callback: datetime | None = None
    pretreated: bool = False
    flow_run_id: str = ""
    evidence: dict[str, Any] | list[Any] | None = None
    event_id: str = ""
    escalated: bool = False
    close_at_front_line: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # future fields, kept through the outbox

    def with_changes(self, **changes: Any) -> TicketDraft:
        return replace(self, **changes)

    @property
    def summary(self) -> str:
        """One line for lists: the first line of the description, shortened."""
        first = next((line.strip() for line in self.description.splitlines() if line.strip()), "")
        return first if len(first) <= 80 else first[:79] + "…"


def validate_draft(draft: TicketDraft, *, categories: tuple[str, ...] | None = None) -> list[DraftProblem]:
    """Everything wrong with a draft (empty when it can be sent); ``categories`` = known categories."""
    problems: list[DraftProblem] = []
    if draft.ticket_type not in TICKET_TYPES:
        problems.append(DraftProblem("ticket_type", "Choose consult, complaint or fault."))
    category = draft.category.strip()
    if not category:
        problems.append(DraftProblem("category", "Choose a category."))
    elif len(category) > MAX_CATEGORY or (categories is not None and category not in categories):
        problems.append(DraftProblem("category", "This category is not known to the ticket system."))
    if draft.severity not in SEVERITIES:
        problems.append(DraftProblem("severity", "Choose critical, major or minor."))
    text = draft.description.strip()
    if not text:
        problems.append(DraftProblem("description", "Describe the customer's request or problem."))
    elif len(text) > MAX_DESCRIPTION:
        problems.append(
            DraftProblem("description", f"The description is longer than {MAX_DESCRIPTION} characters.")
        )
    if not draft.customer_id.strip() and not draft.number.strip():
        problems.append(DraftProblem("customer_id", "Open the customer the ticket is for."))
    if len(draft.contact_phone.strip()) > MAX_CONTACT:
        problems.append(DraftProblem("contact_phone", "The contact phone is too long."))
    elif draft.contact_phone.strip() and not _plausible_phone(draft.contact_phone):
        problems.append(
            DraftProblem("contact_phone", "The contact phone may hold digits, spaces and - + only.")
        )
    for name in ("flow_run_id", "event_id", "number", "customer_id"):
        if len(getattr(draft, name)) > MAX_REF:
            problems.append(DraftProblem(name, "This reference is too long."))
    if draft.close_at_front_line and draft.ticket_type != "consult" and not draft.pretreated:
        problems.append(
            DraftProblem(
                "close_at_front_line",
                "Only consult tickets, or tickets a pretreatment flow solved, are closed at the front line.",
            )
        )
    if draft.evidence is not None:
        if not isinstance(draft.evidence, dict | list):
            problems.append(DraftProblem("evidence", "Evidence must be a JSON object or list."))
        else:
            try:
                size = len(json.dumps(draft.evidence, ensure_ascii=False))
            except (TypeError, ValueError):
                problems.append(DraftProblem("evidence", "Evidence cannot be stored as JSON."))
            else:
                if size > MAX_EVIDENCE_CHARS:
                    problems.append(DraftProblem("evidence", "The evidence is too large to send."))
    if draft.requested_callback is not None and draft.requested_callback.tzinfo is None:
        problems.append(DraftProblem("requested_callback", "The callback time needs a time zone."))
    return problems


def _plausible_phone(text: str) -> bool:
    return all(ch.isdigit() or ch in " -+()" for ch in text.strip()) and any(ch.isdigit() for ch in text)


# -- storage form (the outbox keeps drafts as JSON) ------------------------------------------------
def draft_to_json(draft: TicketDraft) -> str:
    data = asdict(draft)
    cb = draft.requested_callback
    data["requested_callback"] = cb.astimezone(UTC).isoformat() if cb is not None else None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def draft_from_json(text: str) -> TicketDraft:
    data = json.loads(text)
    known = {f for f in TicketDraft.__dataclass_fields__}
    extra = dict(data.get("extra") or {})
    extra.update({k: v for k, v in data.items() if k not in known})  # fields of a newer desk
    values = {k: v for k, v in data.items() if k in known and k != "extra"}
    cb = values.get("requested_callback")
    values["requested_callback"] = datetime.fromisoformat(cb) if cb else None
    return TicketDraft(**values, extra=extra)


# -- ticket facts the views and statistics share ------------------------------------------------------
def is_overdue(status: str, due: datetime | None, now: datetime) -> bool:
    """Overdue (超时单): still open and past its due time — judged again at every look, not only at load."""
    return status in OPEN_STATUSES and due is not None and due < now


def counts_as_front_line(disposition: str) -> bool:
    return disposition in FRONT_LINE_DISPOSITIONS


def rate(numerator: int, denominator: int) -> float | None:
    """A share, or None when there is nothing to divide by (shown as "–", never as 0 %)."""
    return numerator / denominator if denominator else None


def front_line_record(
    disposition: str,
    *,
    customer_id: str,
    number: str,
    customer_name: str = "",
    category: str,
    note: str = "",
    flow_run_id: str = "",
    fault_categories: tuple[str, ...] = (),
    event_id: str = "",
) -> TicketDraft | None:
    """The closed ticket that reports a call solved at the front line to the ticket system, or None.

    The back office counts front-line resolution from tickets closed at creation: a consultation is a
    consult ticket; a problem a pretreatment flow solved is a pretreated complaint (a fault ticket when
    the category is a fault category) linked to the run; a problem solved without a flow is recorded as a
    consult. Customer action and dispatched calls report nothing new (their run or ticket already exists).
    """
    if disposition not in FRONT_LINE_DISPOSITIONS:
        return None
    pretreated = disposition == RESOLVED_FRONT_LINE and bool(flow_run_id)
    if pretreated:
        ticket_type = "fault" if category in fault_categories else "complaint"
    else:
        ticket_type = "consult"
    text = note.strip() or (
        "Consultation answered at the front line."
        if disposition == CONSULTED
        else "Resolved at the front line during the call."
    )
    return TicketDraft(
        ticket_type=ticket_type,
        category=category,
        description=text,
        customer_id=customer_id,
        number=number,
        customer_name=customer_name,
        pretreated=pretreated,
        flow_run_id=flow_run_id if pretreated else "",
        event_id=event_id,
        close_at_front_line=True,
    )


def suggest_disposition(run_outcomes: list[str], dispatched_tickets: int) -> str:
    """The wrap-up choice the desk proposes from what happened in the call (the agent may change it)."""
    if dispatched_tickets or "dispatch" in run_outcomes:
        return DISPATCHED
    if "resolved" in run_outcomes:
        return RESOLVED_FRONT_LINE
    if "customer_action" in run_outcomes:
        return CUSTOMER_ACTION
    return CONSULTED


@dataclass(frozen=True)
class TicketCatalogue:
    """Ticket types, their usual categories and due hours, as the ticket system publishes them.

    Kept locally, so the entry form works (and drafts queue) while the ticket system is down.
    """

    categories_of_type: dict[str, tuple[str, ...]]
    categories: tuple[str, ...]
    flow_of_category: dict[str, str] = field(default_factory=dict)
    due_hours: dict[str, dict[str, float]] = field(default_factory=dict)
    system_of_type: dict[str, str] = field(default_factory=dict)

    def categories_for(self, ticket_type: str) -> tuple[str, ...]:
        """The type's usual categories first, then the others (any is accepted for any type)."""
        usual = self.categories_of_type.get(ticket_type, ())
        return usual + tuple(c for c in self.categories if c not in usual)

    def category_of_flow(self, flow_id: str) -> str | None:
        return next((c for c, f in self.flow_of_category.items() if f == flow_id), None)

    @property
    def fault_categories(self) -> tuple[str, ...]:
        return self.categories_of_type.get("fault", ())

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TicketCatalogue:
        data = json.loads(text)
        return cls(
            categories_of_type={k: tuple(v) for k, v in data["categories_of_type"].items()},
            categories=tuple(data["categories"]),
            flow_of_category=dict(data.get("flow_of_category") or {}),
            due_hours={k: dict(v) for k, v in (data.get("due_hours") or {}).items()},
            system_of_type=dict(data.get("system_of_type") or {}),
        )


#: What the desk knows before it ever reached the ticket system (first start offline); replaced by
#: the system's own catalogue as soon as it answers.
DEFAULT_CATALOGUE = TicketCatalogue(
    categories_of_type={
        "consult": ("业务咨询", "资费套餐", "账单查询", "停复机", "宽带业务", "无线上网", "增值业务", "营销活动"),
        "complaint": ("计费争议", "停复机", "增值业务", "宽带故障", "无线上网", "服务态度", "网络质量", "装移机"),
        "fault": ("宽带故障", "固话故障", "无线上网", "手机通信", "停复机", "附属业务", "集团虚拟网", "装移机"),
    },
    categories=(
        "业务咨询", "资费套餐", "账单查询", "停复机", "宽带业务", "无线上网", "增值业务", "营销活动",
        "计费争议", "宽带故障", "服务态度", "网络质量", "装移机", "固话故障", "手机通信", "附属业务",
        "集团虚拟网",
    ),
    flow_of_category={
        "计费争议": "billing-dispute", "停复机": "barred-after-payment", "宽带故障": "broadband-login",
        "无线上网": "wireless-data", "增值业务": "vas-dispute", "附属业务": "addon-not-working",
        "集团虚拟网": "mobile-vpn", "装移机": "order-not-completed",
    },
    system_of_type={"consult": "10000", "complaint": "10000", "fault": "112"},
)  # fmt: skip
