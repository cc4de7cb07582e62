"""Tickets (TMF621) of the 10000 and 112 systems behind one API; pretreatment run records; statistics."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from agentdesk.connectors.base import SystemClient, wire_value
from agentdesk.connectors.common import get_page, page_of, seg
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.common import Page
from agentdesk.domain.tickets import (
    AgentCounts,
    CategoryRate,
    DayCounts,
    FlowRun,
    FlowRunReport,
    FlowRunStatistics,
    Ticket,
    TicketCatalogue,
    TicketCounts,
    TicketDraft,
    TicketNote,
    TicketStatistics,
    TicketStatusChange,
    TicketTypeInfo,
)

SYSTEM = "tickets"
When = date | datetime | str | None


def _note(f: Fields) -> TicketNote:
    return TicketNote(
        id=f.req_str("id"), author=f.req_str("author"), at=f.req_dt("date"), text=f.req_str("text")
    )


def _change(f: Fields) -> TicketStatusChange:
    return TicketStatusChange(
        status=f.req_str("status"), at=f.req_dt("statusChangeDate"), changed_by=f.opt_str("changedBy"),
        reason=f.opt_str("statusChangeReason"),
    )  # fmt: skip


def _ticket(f: Fields) -> Ticket:
    return Ticket(
        id=f.req_str("id"),
        ticket_type=f.req_str("ticketType"),
        ticket_system=f.req_str("ticketSystem"),
        category=f.req_str("category"),
        severity=f.req_str("severity"),
        priority=f.req_int("priority"),
        status=f.req_str("status"),
        status_changed_at=f.opt_dt("statusChangeDate"),
        description=f.str_or("description"),
        customer_id=f.opt_str("customerId"),
        customer_name=f.opt_str("customerName"),
        number=f.opt_str("number"),
        contact_phone=f.opt_str("contactPhone"),
        callback_at=f.opt_dt("requestedCallbackDate"),
        created_by=f.req_str("createdBy"),
        created_by_name=f.opt_str("createdByName"),
        team=f.opt_str("team"),
        created_at=f.req_dt("creationDate"),
        last_update=f.opt_dt("lastUpdate"),
        due_at=f.opt_dt("expectedResolutionDate"),
        resolved_at=f.opt_dt("resolutionDate"),
        escalated=bool(f.opt_bool("escalated", False)),
        pretreated=bool(f.opt_bool("pretreated", False)),
        closed_at_front_line=bool(f.opt_bool("closedAtFrontLine", False)),
        overdue=bool(f.opt_bool("overdue", False)),
        stuck=bool(f.opt_bool("stuck", False)),
        flow_run_id=f.opt_str("flowRunId"),
        event_id=f.opt_str("eventId"),
        satisfaction=f.opt_int("satisfaction"),
        evidence=f.raw("evidence"),
        notes=f.each("note", _note),
        history=f.each("statusChange", _change),
    )


def _run(f: Fields) -> FlowRun:
    return FlowRun(
        id=f.req_str("id"),
        flow_id=f.req_str("flowId"),
        number=f.opt_str("number"),
        customer_id=f.opt_str("customerId"),
        agent=f.req_str("agent"),
        team=f.opt_str("team"),
        started_at=f.req_dt("startedAt"),
        duration_ms=f.req_int("durationMs"),
        outcome=f.req_str("outcome"),
        ticket_id=f.opt_str("ticketId"),
        steps=tuple(f.opt_list("steps")),
    )


def _catalogue(f: Fields) -> TicketCatalogue:
    def info(t: Fields) -> TicketTypeInfo:
        return TicketTypeInfo(
            ticket_type=t.req_str("ticketType"), ticket_system=t.req_str("ticketSystem"),
            categories=t.strs("categories"), due_hours=t.int_map("dueHours"),
        )  # fmt: skip

    flows = f.mapping("flowOfCategory")
    if not all(isinstance(v, str) for v in flows.values()):
        raise f.bad("flowOfCategory", "an object of flow ids")
    return TicketCatalogue(
        types=f.each("ticketTypes", info, required=True), categories=f.strs("categories"),
        flow_of_category=flows, stuck_hours=f.opt_int("stuckHours", 48) or 48,
    )  # fmt: skip


def _counts(f: Fields) -> TicketCounts:
    return TicketCounts(
        total=f.req_int("total"), consult=f.req_int("consult"), complaint=f.req_int("complaint"),
        fault=f.req_int("fault"), pretreated=f.req_int("pretreated"), closed_at_front_line=f.req_int("closedAtFrontLine"),
        dispatched=f.req_int("dispatched"), overdue=f.req_int("overdue"), escalated=f.req_int("escalated"),
        stuck=f.req_int("stuck"),
    )  # fmt: skip


def _statistics(f: Fields) -> TicketStatistics:
    period = f.req_obj("period")
    filt = f.opt_obj("filter")
    t = f.req_obj("tickets")
    satisfaction = t.req_obj("satisfaction")
    per10k = t.req_obj("complaintsPer10k")
    by_cat = per10k.opt_obj("byCategory")
    runs = f.opt_obj("flowRuns")
    by_type_cat = t.mapping("byTypeAndCategory")
    return TicketStatistics(
        period_from=period.req_dt("from"),
        period_to=period.req_dt("to"),
        tz_offset_minutes=period.opt_int("tzOffsetMinutes", 480) or 0,
        team=filt.opt_str("team") if filt else None,
        agent=filt.opt_str("agent") if filt else None,
        generated_at=f.opt_dt("generatedAt"),
        counts=_counts(t),
        by_status=t.int_map("byStatus"),
        by_system=t.int_map("bySystem"),
        by_category=t.int_map("byCategory"),
        by_type_and_category={k: t.req_obj("byTypeAndCategory").int_map(k) for k in by_type_cat},
        by_day=t.each("byDay", lambda d: DayCounts(date=d.req_str("date"), counts=_counts(d))),
        by_agent=t.each(
            "byAgent",
            lambda a: AgentCounts(
                agent=a.req_str("agent"),
                display_name=a.str_or("displayName"),
                team=a.str_or("team"),
                counts=_counts(a),
            ),
        ),
        open=t.req_int("open"),
        resolved=t.req_int("resolved"),
        pretreated_and_closed=t.req_int("pretreatedAndClosed"),
        pretreated_and_dispatched=t.req_int("pretreatedAndDispatched"),
        pretreatment_rate=t.opt_float("pretreatmentRate"),
        front_line_resolution_rate=t.opt_float("frontLineResolutionRate"),
        closure_rate=t.opt_float("closureRate"),
        average_handling_seconds=t.opt_float("averageHandlingSeconds"),
        satisfaction_rated=satisfaction.req_int("rated"),
        satisfaction_average=satisfaction.opt_float("average"),
        subscriber_base=per10k.req_int("subscriberBase"),
        complaints_per_10k=per10k.opt_float("total"),
        complaints_per_10k_by_category={
            c: CategoryRate(
                count=by_cat.req_obj(c).req_int("count"), per_10k=by_cat.req_obj(c).opt_float("per10k")
            )
            for c in (by_cat.data if by_cat else {})
        },
        flow_runs=(
            FlowRunStatistics(
                total=runs.req_int("total"),
                by_outcome=runs.int_map("byOutcome"),
                by_flow={k: runs.req_obj("byFlow").int_map(k) for k in runs.mapping("byFlow")},
                resolved_rate=runs.opt_float("resolvedRate"),
                dispatch_rate=runs.opt_float("dispatchRate"),
                average_duration_ms=runs.opt_float("averageDurationMs"),
            )  # fmt: skip
            if runs is not None
            else None
        ),
    )


def _one(parse, where: str):
    return lambda body: parse(Fields(body, SYSTEM, where))


PARSERS: dict[str, Any] = {
    "ticket": _one(_ticket, "troubleTicket"),
    "run": _one(_run, "flowRun"),
    "catalogue": _one(_catalogue, "category"),
    "statistics": _one(_statistics, "statistics"),
    "tickets": page_of(SYSTEM, "troubleTickets", _ticket),
    "runs": page_of(SYSTEM, "flowRuns", _run),
}


def _draft_body(d: TicketDraft) -> dict[str, Any]:
    body = {
        "ticketType": d.ticket_type, "category": d.category, "severity": d.severity, "priority": d.priority,
        "description": d.description, "customerId": d.customer_id, "number": d.number, "contactPhone": d.contact_phone,
        "requestedCallbackDate": d.callback_at, "pretreated": d.pretreated, "flowRunId": d.flow_run_id,
        "evidence": d.evidence, "eventId": d.event_id, "escalated": d.escalated,
        "status": "closed" if d.close_at_front_line else "acknowledged",
    }  # fmt: skip
    return {k: _json_value(v) for k, v in body.items() if v is not None}


def _json_value(value: Any) -> Any:
    return wire_value(value) if isinstance(value, datetime) else value


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


class TicketsConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def create(self, draft: TicketDraft, *, idempotency_key: str) -> Ticket:
        """File a ticket; the same key creates exactly one ticket however often it is sent."""
        reply = await self.client.write(
            "POST",
            "troubleTicket",
            idempotency_key=idempotency_key,
            json_body=_draft_body(draft),
            parse=PARSERS["ticket"],
        )
        return reply.value

    async def ticket(self, ticket_id: str) -> Ticket:
        return await self.client.get(f"troubleTicket/{seg(ticket_id)}", parse=PARSERS["ticket"])

    async def tickets(
        self, *, customer_id: str | None = None, number: str | None = None, created_by: str | None = None,
        mine: bool = False, team: str | None = None, statuses: Iterable[str] | None = None,
        ticket_system: str | None = None, ticket_type: str | None = None, category: str | None = None,
        since: When = None, until: When = None, overdue: bool | None = None, escalated: bool | None = None,
        stuck: bool | None = None, pretreated: bool | None = None, closed_at_front_line: bool | None = None,
        offset: int = 0, limit: int = 100,
    ) -> Page[Ticket]:  # fmt: skip
        """Newest first; every filter is optional and they combine with AND."""
        params = {
            "customerId": customer_id, "number": number, "createdBy": created_by, "mine": "true" if mine else None,
            "team": team, "status": ",".join(statuses) if statuses else None, "ticketSystem": ticket_system,
            "ticketType": ticket_type, "category": category, "from": since, "to": until, "overdue": _flag(overdue),
            "escalated": _flag(escalated), "stuck": _flag(stuck), "pretreated": _flag(pretreated),
            "closedAtFrontLine": _flag(closed_at_front_line), "offset": offset, "limit": limit,
        }  # fmt: skip
        return await get_page(self.client, "troubleTicket", params, "troubleTickets", _ticket)

    async def add_note(self, ticket_id: str, text: str, *, idempotency_key: str) -> Ticket:
        path = f"troubleTicket/{seg(ticket_id)}/note"
        reply = await self.client.write(
            "POST", path, idempotency_key=idempotency_key, json_body={"text": text}, parse=PARSERS["ticket"]
        )
        return reply.value

    async def close(self, ticket_id: str, note: str | None = None, *, idempotency_key: str) -> Ticket:
        """Close one's own acknowledged consult ticket at the front line."""
        path = f"troubleTicket/{seg(ticket_id)}/close"
        body = {"note": note} if note else {}
        reply = await self.client.write(
            "POST", path, idempotency_key=idempotency_key, json_body=body, parse=PARSERS["ticket"]
        )
        return reply.value

    async def catalogue(self) -> TicketCatalogue:
        return await self.client.get("category", parse=PARSERS["catalogue"])

    async def report_run(self, report: FlowRunReport, *, idempotency_key: str) -> FlowRun:
        body = {
            "id": report.id, "flowId": report.flow_id, "number": report.number, "customerId": report.customer_id,
            "startedAt": report.started_at, "durationMs": report.duration_ms, "outcome": report.outcome,
            "ticketId": report.ticket_id, "steps": list(report.steps),
        }  # fmt: skip
        body = {k: _json_value(v) for k, v in body.items() if v is not None}
        reply = await self.client.write(
            "POST", "flowRun", idempotency_key=idempotency_key, json_body=body, parse=PARSERS["run"]
        )
        return reply.value

    async def runs(
        self, *, agent: str | None = None, mine: bool = False, team: str | None = None, number: str | None = None,
        customer_id: str | None = None, flow_id: str | None = None, outcome: str | None = None,
        since: When = None, until: When = None, offset: int = 0, limit: int = 100,
    ) -> Page[FlowRun]:  # fmt: skip
        params = {
            "agent": agent, "mine": "true" if mine else None, "team": team, "number": number,
            "customerId": customer_id, "flowId": flow_id, "outcome": outcome, "from": since, "to": until,
            "offset": offset, "limit": limit,
        }  # fmt: skip
        return await get_page(self.client, "flowRun", params, "flowRuns", _run)

    async def run(self, run_id: str) -> FlowRun:
        return await self.client.get(f"flowRun/{seg(run_id)}", parse=PARSERS["run"])

    async def statistics(
        self, *, since: When = None, until: When = None, team: str | None = None, agent: str | None = None,
        tz_offset_minutes: int | None = None,
    ) -> TicketStatistics:  # fmt: skip
        """Team leads only (:class:`Forbidden` for agents)."""
        params = {
            "from": since,
            "to": until,
            "team": team,
            "agent": agent,
            "tzOffsetMinutes": tz_offset_minutes,
        }
        return await self.client.get("statistics", params, parse=PARSERS["statistics"])

    async def my_statistics(
        self, *, since: When = None, until: When = None, tz_offset_minutes: int | None = None
    ) -> TicketStatistics:
        params = {"from": since, "to": until, "tzOffsetMinutes": tz_offset_minutes}
        return await self.client.get("statistics/me", params, parse=PARSERS["statistics"])
