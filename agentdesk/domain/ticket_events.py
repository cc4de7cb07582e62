"""Tickets and known service events (issue 13): which service a ticket category is about, whether an
active event already explains it, and what that means for the ticket. Pure functions only.

The rule the ticket desk applies:
- a **fault** ticket (sent to 112 for repair) about a service that an active event takes from the ticket's
  number is not sent: the network operations centre already works on it, and a repair crew sent to one
  customer would find nothing of their own to fix. The agent counts the call against the event instead;
- a **complaint** about the outage is legitimate (the customer may insist): it goes out and carries the
  event in its evidence (``serviceEvent``), so the back office sees it belongs to a known event;
- consultations, tickets closed at the front line (records of work already done) and categories that are
  not about a network service (billing, barring, orders, manner of service) are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agentdesk.domain.events import SERVICE_TYPES, Affecting
from agentdesk.domain.service_events import ServiceEvent
from agentdesk.domain.ticket_drafts import TicketDraft

_NETWORK = ("broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data")

# Ticket category (GET /tickets/category) -> the event service types a ticket of that category is about.
# A category missing here is not about a network service: no event stops or marks its tickets.
SERVICES_OF_CATEGORY: dict[str, tuple[str, ...]] = {
    "宽带故障": ("broadband", "iptv"),  # IPTV rides on the broadband line
    "宽带业务": ("broadband", "iptv"),
    "固话故障": ("fixed_voice",),
    "无线上网": ("mobile_data",),
    "手机通信": ("mobile_voice", "mobile_data"),
    "附属业务": ("mobile_voice", "mobile_data"),  # caller ID, call waiting, data packs need the network
    "集团虚拟网": ("mobile_voice",),  # short-number calls of the group's virtual network
    "网络质量": _NETWORK,
    "增值业务": ("vas",),
}

#: ticket types a known event stops (the others go out and carry the event)
BLOCKED_TYPES = frozenset({"fault"})
#: ticket types that carry the known event they are about
MARKED_TYPES = frozenset({"complaint"})
EVIDENCE_KEY = "serviceEvent"


@dataclass(frozen=True)
class KnownEvent:
    """An active event that takes the ticket's service from ``number``: ``services`` are the ones lost
    that the ticket's category is about."""

    event: ServiceEvent
    number: str
    services: tuple[str, ...]

    @property
    def event_id(self) -> str:
        return self.event.id


def services_of_category(category: str) -> tuple[str, ...]:
    return SERVICES_OF_CATEGORY.get(category.strip(), ())


def guarded(draft: TicketDraft) -> bool:
    """Whether a known event matters to this draft at all (so the desk asks the events system)."""
    return (
        draft.ticket_type in BLOCKED_TYPES | MARKED_TYPES
        and not draft.close_at_front_line
        and bool(draft.number.strip())
        and bool(services_of_category(draft.category))
    )


def known_event_for(affecting: Affecting, number: str, category: str) -> KnownEvent | None:
    """The first active event that takes a service of ``category`` from ``number`` (None if none does)."""
    wanted = services_of_category(category)
    if not wanted:
        return None
    for touching in affecting.active():
        impact = touching.impact_on(number)
        if impact is None:
            continue
        lost = tuple(s for s in SERVICE_TYPES if s in wanted and s in impact.affected_services)
        if lost:
            return KnownEvent(touching.event, number, lost)
    return None


def blocks(draft: TicketDraft, known: KnownEvent | None) -> bool:
    """True when ``draft`` must not go out because ``known`` already explains it."""
    return known is not None and draft.ticket_type in BLOCKED_TYPES and not draft.close_at_front_line


def with_known_event(draft: TicketDraft, known: KnownEvent) -> TicketDraft:
    """The draft carrying the event in its evidence (``eventId`` of a ticket is the CTI call, not this)."""
    note: dict[str, Any] = {
        "id": known.event.id,
        "title": known.event.title,
        "eventType": known.event.event_type,
        "services": list(known.services),
        "expectedEnd": known.event.expected_end.isoformat() if known.event.expected_end else None,
    }
    evidence = draft.evidence
    if evidence is None:
        evidence = {EVIDENCE_KEY: note}
    elif isinstance(evidence, dict):
        evidence = {**evidence, EVIDENCE_KEY: note}
    else:
        evidence = [*evidence, {EVIDENCE_KEY: note}]
    return draft.with_changes(evidence=evidence)


def event_of_evidence(evidence: Any) -> str:
    """The id of the known event a draft's evidence carries ('' when none)."""
    items = evidence if isinstance(evidence, list) else [evidence]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get(EVIDENCE_KEY), dict):
            return str(item[EVIDENCE_KEY].get("id") or "")
    return ""
