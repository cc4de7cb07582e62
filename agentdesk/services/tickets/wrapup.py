"""Call wrap-up: how each call ended, linked to its pretreatment runs and tickets, stored locally.

The front-line resolution rate is counted from these records (consulted and resolved at the front line
over all wrap-ups). The desk follows the call as it happens — the runs pretreatment reports and the
tickets the agent submits for the customer — so the wrap-up is prefilled and the agent only confirms.
Calls solved at the front line are also reported to the ticket system as tickets closed at the front
line (the only route it has for them), through the outbox, so the back office counts them too.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from agentdesk.domain.ticket_drafts import (
    CONSULTED,
    CUSTOMER_ACTION,
    DISPATCHED,
    DISPOSITIONS,
    RESOLVED_FRONT_LINE,
    TicketDraft,
    front_line_record,
    rate,
    suggest_disposition,
)
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)


@dataclass
class RunNote:
    """A pretreatment run of the call, as the flow engine reported it."""

    run_id: str
    flow_id: str
    outcome: str  # resolved | customer_action | dispatch
    ticket_id: str = ""


@dataclass
class CallInProgress:
    """What happened so far in the call with one customer."""

    customer_id: str
    number: str = ""
    customer_name: str = ""
    event_id: str = ""
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    runs: list[RunNote] = field(default_factory=list)
    draft_ids: list[str] = field(default_factory=list)
    ticket_ids: list[str] = field(default_factory=list)
    dispatched: int = 0  # tickets handed to the back office (not closed at the front line)

    @property
    def suggested(self) -> str:
        return suggest_disposition([r.outcome for r in self.runs], self.dispatched)


@dataclass(frozen=True)
class CallTicket:
    """A ticket of the call: ``draft_id`` if submitted from this desk, ``ticket_id`` once it exists."""

    draft_id: str
    ticket_id: str
    state: str  # outbox state: pending | sending | delivered | rejected
    summary: str


@dataclass(frozen=True)
class WrapUp:
    id: str
    agent: str
    customer_id: str
    number: str
    customer_name: str
    disposition: str
    note: str
    run_ids: tuple[str, ...]
    ticket_ids: tuple[str, ...]
    draft_ids: tuple[str, ...]
    event_id: str
    call_started_at: datetime | None
    recorded_at: datetime


@dataclass(frozen=True)
class WrapUpSummary:
    """Counts of one agent's wrap-ups over a period, and the rates the desk shows."""

    total: int
    by_disposition: dict[str, int]
    with_pretreatment: int

    @property
    def front_line(self) -> int:
        return self.by_disposition.get(CONSULTED, 0) + self.by_disposition.get(RESOLVED_FRONT_LINE, 0)

    @property
    def front_line_resolution_rate(self) -> float | None:
        """(consulted + resolved at the front line) ÷ wrap-ups."""
        return rate(self.front_line, self.total)

    @property
    def dispatch_rate(self) -> float | None:
        return rate(self.by_disposition.get(DISPATCHED, 0), self.total)

    @property
    def pretreatment_rate(self) -> float | None:
        """Wrap-ups of calls that went through a pretreatment flow ÷ wrap-ups that were not consultations."""
        return rate(self.with_pretreatment, self.total - self.by_disposition.get(CONSULTED, 0))


#: submit(draft, draft_id) -> anything; the ticket desk's submit, used for the front-line record
RecordSubmitter = Callable[[TicketDraft, str], Awaitable[Any]]


class WrapUpService:
    def __init__(
        self,
        db: LocalDatabase,
        agent: Callable[[], str | None],
        *,
        submit_record: RecordSubmitter | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = db
        self._agent = agent
        self._submit_record = submit_record
        self._clock = clock or (lambda: datetime.now(UTC))
        self._calls: dict[str, CallInProgress] = {}

    def set_record_submitter(self, submit_record: RecordSubmitter) -> None:
        """How front-line calls are reported to the ticket system (the ticket desk's submit)."""
        self._submit_record = submit_record

    # -- following the call ------------------------------------------------------------------------------
    def call_for(
        self, customer_id: str, number: str = "", name: str = "", event_id: str = ""
    ) -> CallInProgress:
        """The call in progress with this customer, begun now if there is none."""
        call = self._calls.get(customer_id)
        if call is None:
            call = CallInProgress(customer_id, number, name, event_id, started_at=self._clock())
            self._calls[customer_id] = call
        else:
            call.number = call.number or number
            call.customer_name = call.customer_name or name
            call.event_id = call.event_id or event_id
        return call

    def current(self, customer_id: str) -> CallInProgress | None:
        return self._calls.get(customer_id)

    def note_run(
        self, customer_id: str, run_id: str, flow_id: str, outcome: str, ticket_id: str = "", number: str = ""
    ) -> None:
        """Pretreatment reports each finished run here so the wrap-up links it."""
        call = self.call_for(customer_id, number)
        if all(r.run_id != run_id for r in call.runs):
            call.runs.append(RunNote(run_id, flow_id, outcome, ticket_id))
        if ticket_id and ticket_id not in call.ticket_ids:
            call.ticket_ids.append(ticket_id)

    def note_draft(self, customer_id: str, draft_id: str, *, dispatched: bool, number: str = "") -> None:
        """The ticket desk reports each submitted draft (its ticket id may come later, from the outbox)."""
        call = self.call_for(customer_id, number)
        if draft_id not in call.draft_ids:
            call.draft_ids.append(draft_id)
            call.dispatched += int(dispatched)

    def link_ticket(self, customer_id: str, ticket_id: str) -> None:
        call = self.call_for(customer_id)
        if ticket_id not in call.ticket_ids:
            call.ticket_ids.append(ticket_id)

    async def call_tickets(self, customer_id: str) -> list[CallTicket]:
        """The tickets of the call in progress: submitted ones (delivered or still waiting) and linked ones."""
        call = self._calls.get(customer_id)
        if call is None:
            return []
        out: list[CallTicket] = []
        if call.draft_ids:
            marks = ", ".join("?" * len(call.draft_ids))
            rows = await self._db.aquery(
                f"SELECT draft_id, ticket_id, state, summary FROM ticket_outbox WHERE draft_id IN ({marks})",
                list(call.draft_ids),
            )
            by_id = {r["draft_id"]: r for r in rows}
            for d in call.draft_ids:
                r = by_id.get(d)
                if r is not None:
                    out.append(CallTicket(d, r["ticket_id"], r["state"], r["summary"]))
        known = {t.ticket_id for t in out}
        out.extend(CallTicket("", t, "delivered", "") for t in call.ticket_ids if t not in known)
        return out

    def abandon(self, customer_id: str) -> None:
        self._calls.pop(customer_id, None)

    # -- recording -------------------------------------------------------------------------------------
    async def record(
        self,
        customer_id: str,
        disposition: str,
        *,
        note: str = "",
        run_ids: list[str] | None = None,
        ticket_ids: list[str] | None = None,
        draft_ids: list[str] | None = None,
        report_category: str | None = None,
        fault_categories: tuple[str, ...] = (),
    ) -> WrapUp:
        """Store the wrap-up of the call with ``customer_id`` and end that call.

        ``report_category`` set: a call solved at the front line is also reported to the ticket system
        as a ticket closed at the front line (see ``front_line_record``), through the outbox.
        """
        agent = self._agent()
        if not agent:
            raise RuntimeError("nobody is signed in")
        if disposition not in DISPOSITIONS:
            raise ValueError(f"unknown disposition {disposition!r}")
        call = self.call_for(customer_id)
        runs = list(run_ids) if run_ids is not None else [r.run_id for r in call.runs]
        tickets = list(ticket_ids) if ticket_ids is not None else list(call.ticket_ids)
        drafts = list(draft_ids) if draft_ids is not None else list(call.draft_ids)
        wrapup_id = f"wrapup-{uuid.uuid4().hex}"
        if report_category and disposition in (CONSULTED, RESOLVED_FRONT_LINE) and self._submit_record:
            resolved_runs = [r.run_id for r in call.runs if r.outcome == "resolved" and r.run_id in runs]
            draft = front_line_record(
                disposition,
                customer_id=customer_id,
                number=call.number,
                customer_name=call.customer_name,
                category=report_category,
                note=note,
                flow_run_id=resolved_runs[0] if resolved_runs else "",
                fault_categories=fault_categories,
                event_id=call.event_id,
            )
            if draft is not None:
                record_id = f"{wrapup_id}-record"
                drafts.append(record_id)
                await self._submit_record(draft, record_id)
        now = self._clock()
        row = {
            "wrapup_id": wrapup_id,
            "agent": agent,
            "customer_id": customer_id,
            "service_number": call.number,
            "customer_name": call.customer_name,
            "disposition": disposition,
            "note": note.strip()[:2000],
            "run_ids": json.dumps(runs),
            "ticket_ids": json.dumps(tickets),
            "draft_ids": json.dumps(drafts),
            "event_id": call.event_id,
            "call_started_at": utc_iso(call.started_at),
            "recorded_at": utc_iso(now),
        }
        await self._db.aexecute(
            f"INSERT INTO ticket_wrapup ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
            durable=True,
        )
        self._calls.pop(customer_id, None)
        log.info("wrap-up %s: %s for %s", wrapup_id, disposition, customer_id)
        stored = await self.list(agent=agent, wrapup_id=wrapup_id)
        return stored[0]

    async def list(
        self,
        *,
        agent: str | None = None,
        customer_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        wrapup_id: str | None = None,
        limit: int = 500,
    ) -> list[WrapUp]:
        """Newest first; tickets of drafts delivered since the wrap-up are filled in from the outbox."""
        where, params = ["1 = 1"], []
        for column, value in (("agent", agent), ("customer_id", customer_id), ("wrapup_id", wrapup_id)):
            if value is not None:
                where.append(f"w.{column} = ?")
                params.append(value)
        if since is not None:
            where.append("w.recorded_at >= ?")
            params.append(utc_iso(since))
        if until is not None:
            where.append("w.recorded_at < ?")
            params.append(utc_iso(until))
        rows = await self._db.aquery(
            f"SELECT w.* FROM ticket_wrapup w WHERE {' AND '.join(where)} ORDER BY w.recorded_at DESC, w.id DESC"
            " LIMIT ?",
            [*params, int(limit)],
        )
        drafts = {d for r in rows for d in json.loads(r["draft_ids"])}
        delivered: dict[str, str] = {}
        if drafts:
            marks = ", ".join("?" * len(drafts))
            for d in await self._db.aquery(
                f"SELECT draft_id, ticket_id FROM ticket_outbox WHERE draft_id IN ({marks}) AND ticket_id != ''",
                list(drafts),
            ):
                delivered[d["draft_id"]] = d["ticket_id"]
        return [_wrapup(r, delivered) for r in rows]

    async def summary(
        self, *, agent: str | None = None, since: datetime | None = None, until: datetime | None = None
    ) -> WrapUpSummary:
        agent = agent if agent is not None else self._agent()
        items = await self.list(agent=agent, since=since, until=until, limit=1_000_000)
        counts = {d: 0 for d in DISPOSITIONS}
        for w in items:
            counts[w.disposition] += 1
        with_runs = sum(1 for w in items if w.run_ids and w.disposition != CONSULTED)
        return WrapUpSummary(total=len(items), by_disposition=counts, with_pretreatment=with_runs)


def _wrapup(row: dict, delivered: dict[str, str]) -> WrapUp:
    tickets = list(json.loads(row["ticket_ids"]))
    drafts = tuple(json.loads(row["draft_ids"]))
    for d in drafts:
        t = delivered.get(d)
        if t and t not in tickets:
            tickets.append(t)
    return WrapUp(
        id=row["wrapup_id"],
        agent=row["agent"],
        customer_id=row["customer_id"],
        number=row["service_number"],
        customer_name=row["customer_name"],
        disposition=row["disposition"],
        note=row["note"],
        run_ids=tuple(json.loads(row["run_ids"])),
        ticket_ids=tuple(tickets),
        draft_ids=drafts,
        event_id=row["event_id"],
        call_started_at=parse_utc_iso(row["call_started_at"]) if row["call_started_at"] else None,
        recorded_at=parse_utc_iso(row["recorded_at"]),
    )


__all__ = [
    "CONSULTED",
    "CUSTOMER_ACTION",
    "DISPATCHED",
    "RESOLVED_FRONT_LINE",
    "CallInProgress",
    "CallTicket",
    "RunNote",
    "WrapUp",
    "WrapUpService",
    "WrapUpSummary",
]
