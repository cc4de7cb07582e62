"""Handing an unresolved case to the back office, and reporting runs for the statistics.

The engine needs one small thing from the ticket desk: "create this run's ticket, once". That is the
:class:`TicketDispatcher` interface. When the ticket desk feature (``services.tickets``, with its local
outbox) is plugged in, :class:`TicketDeskDispatcher` hands the ticket to it; without it — the command
line, a desk without the feature — :class:`DirectTicketDispatcher` files it at once through the tickets
connector. Both use the key ``ticket-run-<run id>``, so one run never makes two tickets, whichever sent it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from agentdesk.connectors.errors import ConnectorError
from agentdesk.domain.tickets import FlowRunReport, TicketDraft

if TYPE_CHECKING:
    from agentdesk.services.pretreatment.model import FlowDefinition
    from agentdesk.services.pretreatment.runs import RunResult

log = logging.getLogger(__name__)

MAX_EVIDENCE_CHARS = 60_000  # the ticket system takes 64,000; leave room for its own wrapping
MAX_REPORT_CHARS = 60_000
MAX_REPORT_STEPS = 200
MAX_SUMMARY = 4000


@dataclass(frozen=True)
class DispatchResult:
    ticket_id: str  # '' while the ticket waits in the desk's outbox
    ticket_system: str = ""
    waiting: bool = False
    reference: str = ""  # the waiting draft's id


class TicketDispatcher(Protocol):
    async def dispatch(
        self,
        *,
        run_id: str,
        ticket_type: str,
        category: str,
        summary: str,
        evidence: dict[str, Any],
        customer_id: str,
        number: str,
        customer_name: str,
        severity: str,
        agent: str,
    ) -> DispatchResult: ...


def ticket_key(run_id: str) -> str:
    """The same key the ticket desk's outbox uses for a run's draft (``ticket-`` + ``run-<id>``)."""
    return f"ticket-run-{run_id}"


def build_evidence(flow: FlowDefinition, result: RunResult, facts: dict[str, Any]) -> dict[str, Any]:
    """What the flow found, for the back office: each step's outcome in words, the facts, the tests."""
    steps = [
        {
            "step": s.step_id,
            "kind": s.kind,
            "outcome": s.outcome,
            **({"found": s.found.zh} if s.found else {}),
        }
        for s in result.steps
    ]
    findings = {k: v for k, v in facts.items() if not k.startswith(("subject.", "ticket."))}
    tests = {k: v for k, v in findings.items() if k.startswith(("dial.", "line."))}
    evidence = {
        "flowId": flow.id,
        "flowTitle": flow.title.zh,
        "runId": result.run_id,
        "number": result.number,
        "steps": steps,
        "tests": tests,
        "facts": findings,
    }
    if len(json.dumps(evidence, ensure_ascii=False)) > MAX_EVIDENCE_CHARS:
        evidence["facts"] = {"truncated": True}
        evidence["steps"] = steps[-50:]
    return evidence


class DirectTicketDispatcher:
    """Files the ticket at once through the tickets connector (keyed, audited). No outbox: when the
    ticket system is down the agent is told, and may retry with the same key."""

    def __init__(self, tickets: Any, audit=None) -> None:
        self.tickets = tickets  # connectors.tickets.TicketsConnector
        self.audit = audit

    async def dispatch(self, *, run_id: str, ticket_type: str, category: str, summary: str, evidence, customer_id: str,
                       number: str, customer_name: str, severity: str, agent: str) -> DispatchResult:  # fmt: skip
        key = ticket_key(run_id)
        draft = TicketDraft(
            ticket_type=ticket_type, category=category, description=summary[:MAX_SUMMARY], severity=severity,
            customer_id=customer_id or None, number=number or None, pretreated=True, flow_run_id=run_id,
            evidence=evidence,
        )  # fmt: skip
        request = {"ticketType": ticket_type, "category": category, "severity": severity, "flowRunId": run_id}
        try:
            ticket = await self.tickets.create(draft, idempotency_key=key)
        except ConnectorError as exc:
            await self._audit(agent, key, "failed", exc.message, customer_id, number, request)
            raise
        message = f"{ticket.id} ({ticket.ticket_system})"
        await self._audit(agent, key, "ok", message, customer_id, number, request)
        return DispatchResult(ticket_id=ticket.id, ticket_system=ticket.ticket_system)

    async def _audit(self, agent, key, outcome, message, customer_id, number, request) -> None:
        if self.audit is None or not agent:
            return
        try:
            await self.audit(
                agent=agent, system="tickets", operation="createTroubleTicket", idempotency_key=key,
                outcome=outcome, message=message, customer_id=customer_id, number=number, request=request,
            )  # fmt: skip
        except Exception:
            log.exception("could not audit the dispatch of %s", key)


class TicketDeskDispatcher:
    """Hands the ticket to the ticket desk (``services.tickets.desk.TicketDesk.dispatch``): stored in its
    outbox first, sent with the run's key, audited there. A ticket still waiting counts as dispatched."""

    def __init__(self, ticket_desk: Any) -> None:
        self.ticket_desk = ticket_desk

    async def dispatch(self, *, run_id: str, ticket_type: str, category: str, summary: str, evidence, customer_id: str,
                       number: str, customer_name: str, severity: str, agent: str) -> DispatchResult:  # fmt: skip
        submitted = await self.ticket_desk.dispatch(
            run_id=run_id, ticket_type=ticket_type, category=category, summary=summary[:MAX_SUMMARY],
            evidence=evidence, customer_id=customer_id, number=number, customer_name=customer_name,
            severity=severity,
        )  # fmt: skip
        if getattr(submitted, "rejected", False):
            entry = getattr(submitted, "entry", None)
            raise ConnectorError(
                "tickets", getattr(entry, "last_error", "") or "the ticket system refused the ticket"
            )
        system = getattr(getattr(submitted, "entry", None), "ticket_system", "") or ""
        return DispatchResult(
            ticket_id=submitted.ticket_id or "", ticket_system=system, waiting=bool(submitted.waiting),
            reference=submitted.draft_id,
        )  # fmt: skip


class FallbackDispatcher:
    """The ticket desk when it is plugged in (looked up at dispatch time), else the direct call."""

    def __init__(self, ticket_desk: Any, direct: TicketDispatcher) -> None:
        self._ticket_desk = ticket_desk  # a callable returning the desk's ticket service, or None
        self.direct = direct

    async def dispatch(self, **kwargs) -> DispatchResult:
        desk = self._ticket_desk() if callable(self._ticket_desk) else None
        if desk is not None and hasattr(desk, "dispatch"):
            return await TicketDeskDispatcher(desk).dispatch(**kwargs)
        return await self.direct.dispatch(**kwargs)


# -- run reports ---------------------------------------------------------------------------------------------
def report_of(result: RunResult) -> FlowRunReport:
    """A run as ``POST /tickets/flowRun`` takes it (≤ 200 steps, ≤ 64,000 characters)."""
    steps = [s.as_json() for s in result.steps][-MAX_REPORT_STEPS:]
    if len(json.dumps(steps, ensure_ascii=False)) > MAX_REPORT_CHARS:
        steps = [{k: v for k, v in s.items() if k not in ("facts", "inputs", "found")} for s in steps]
    return FlowRunReport(
        id=result.run_id, flow_id=result.flow_id, number=result.number or None,
        customer_id=result.customer_id or None, started_at=result.started_at,
        duration_ms=max(0, min(result.duration_ms, 86_400_000)), outcome=result.outcome,
        ticket_id=result.ticket_id or None, steps=tuple(steps),
    )  # fmt: skip


def report_key(run_id: str) -> str:
    """The key a run's report is sent with, on every attempt and from any desk process."""
    return f"flowrun-{run_id}"


async def report_run(tickets: Any, report: FlowRunReport) -> str:
    """Send one run record; the same run sent again is replayed by the back end, not counted twice."""
    run = await tickets.report_run(report, idempotency_key=report_key(report.id or ""))
    return run.id
