"""The tickets' writes: the bodies the routes accept, the checks that need the data, and the actions.

Limits here are the ticket system's own (docs/backend_stub/tickets.md); bad input is a 400 naming the field.
Each action runs inside ``perform_write`` (logged, replayed for a repeated ``Idempotency-Key``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from fastapi import Path
from pydantic import BaseModel, Field

from backend_stub.db import Database, dumps, iso, utcnow
from backend_stub.errors import StubError, bad_request
from backend_stub.systems.tickets_model import (
    PRIORITY_OF,
    SELECT_RUNS,
    SYSTEM_OF,
    add_history,
    due_time,
    load_ticket,
    next_seq,
    run_json,
    ticket_id,
)

TicketType = Literal["consult", "complaint", "fault"]
Severity = Literal["critical", "major", "minor"]
Outcome = Literal["resolved", "customer_action", "dispatch"]
MAX_EVIDENCE_CHARS = 64_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}$"
TicketId = Path(..., max_length=64, description="ticket id, e.g. T112-00000042")


class TicketCreate(BaseModel):
    ticketType: TicketType
    category: str = Field(min_length=1, max_length=32, description="one of GET /tickets/category")
    severity: Severity = "minor"
    priority: int | None = Field(None, ge=1, le=4, description="1 highest; default from severity")
    description: str = Field(min_length=1, max_length=4000)
    customerId: str | None = Field(None, max_length=32)
    number: str | None = Field(None, max_length=64, description="service number the ticket is about")
    contactPhone: str | None = Field(None, max_length=32)
    requestedCallbackDate: datetime | None = None
    pretreated: bool = False
    flowRunId: str | None = Field(None, max_length=64)
    evidence: dict[str, Any] | list[Any] | None = None
    eventId: str | None = Field(None, max_length=64, description="CTI call event the ticket came from")
    escalated: bool = False
    status: Literal["acknowledged", "closed"] = Field(
        "acknowledged", description="closed = closed at the front line (consult, or pretreated tickets)"
    )


class NoteCreate(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


class FlowRunCreate(BaseModel):
    id: str | None = Field(None, pattern=ID_PATTERN, description="the desk's run id; default assigned here")
    flowId: str = Field(min_length=1, max_length=64)
    number: str | None = Field(None, max_length=64)
    customerId: str | None = Field(None, max_length=32)
    startedAt: datetime | None = None
    durationMs: int = Field(ge=0, le=86_400_000)
    outcome: Outcome
    ticketId: str | None = Field(None, max_length=64)
    steps: list[dict[str, Any]] = Field(default_factory=list, max_length=200)


def evidence_text(evidence: Any) -> str:
    try:
        text = dumps(evidence if evidence is not None else {})
    except (ValueError, TypeError, RecursionError) as exc:
        raise bad_request("evidence", "evidence: not serialisable JSON") from exc
    if len(text) > MAX_EVIDENCE_CHARS:
        raise bad_request("evidence", f"evidence: larger than {MAX_EVIDENCE_CHARS} characters")
    return text


def resolve_customer(db: Database, body: TicketCreate) -> tuple[str, str | None, str | None]:
    """The ticket's customer, number and contact phone, checked against CRM."""
    customer_id, number = body.customerId, body.number
    if number is not None:
        sub = db.one("SELECT customer_id FROM crm_subscriber WHERE number=?", (number,))
        if sub is None:
            raise bad_request("number", f"number: no subscriber with number {number!r}")
        if customer_id is not None and customer_id != sub["customer_id"]:
            raise bad_request("number", f"number: {number!r} does not belong to customer {customer_id!r}")
        customer_id = sub["customer_id"]
    if customer_id is None:
        raise bad_request("customerId", "customerId: give the customer id or the service number")
    cust = db.one("SELECT contact_phone FROM crm_customer WHERE id=?", (customer_id,))
    if cust is None:
        raise bad_request("customerId", f"customerId: no customer {customer_id!r}")
    return customer_id, number, body.contactPhone or cust["contact_phone"]


def insert_ticket(
    db: Database, body: TicketCreate, username: str, callback: str | None, evidence: str
) -> dict:
    """A new ticket in the system its type goes to, acknowledged (or closed at the front line)."""
    customer_id, number, contact = resolve_customer(db, body)
    now = utcnow()
    system = SYSTEM_OF[body.ticketType]
    tid = ticket_id(system, next_seq(db, "tickets_seq"))
    closed = body.status == "closed"
    db.insert(
        "tickets_ticket",
        {
            "id": tid,
            "system": system,
            "ticket_type": body.ticketType,
            "category": body.category,
            "severity": body.severity,
            "priority": body.priority or PRIORITY_OF[body.severity],
            "status": body.status,
            "customer_id": customer_id,
            "number": number,
            "description": body.description,
            "contact_phone": contact,
            "callback_at": callback,
            "created_by": username,
            "created_at": iso(now),
            "due_at": iso(due_time(now, body.ticketType, body.severity)),
            "resolved_at": iso(now) if closed else None,
            "escalated": int(body.escalated),
            "pretreated": int(body.pretreated),
            "closed_at_front_line": int(closed),
            "flow_run_id": body.flowRunId,
            "event_id": body.eventId,
            "satisfaction": None,
            "evidence_json": evidence,
        },
    )
    add_history(db, tid, "acknowledged", iso(now), username, f"received by system {system}")
    if closed:
        add_history(db, tid, "closed", iso(now), username, "closed at the front line")
    return load_ticket(db, tid, now)


def insert_note(db: Database, tid: str, author: str, text: str) -> dict:
    now = utcnow()
    db.execute(
        "INSERT INTO tickets_note(ticket_id, author, at, text) VALUES (?,?,?,?)",
        (tid, author, iso(now), text),
    )
    return load_ticket(db, tid, now)


def close_ticket(db: Database, tid: str, username: str, note: str | None) -> dict:
    """Only the creating agent closes a consult ticket, and only while it is still acknowledged."""
    t = db.one("SELECT * FROM tickets_ticket WHERE id=?", (tid,))
    if t["created_by"] != username:
        raise StubError(403, "forbidden", "only the agent who created the ticket can close it")
    if t["ticket_type"] != "consult":
        raise StubError(
            409, "invalidState", "only consult tickets are closed at the front line", "ticketType"
        )
    if t["status"] != "acknowledged":
        raise StubError(409, "invalidState", f"ticket is {t['status']}, not acknowledged", "status")
    now = iso(utcnow())
    db.execute(
        "UPDATE tickets_ticket SET status='closed', resolved_at=?, closed_at_front_line=1 WHERE id=?",
        (now, tid),
    )
    add_history(db, tid, "closed", now, username, note or "closed at the front line")
    return load_ticket(db, tid)


def insert_run(db: Database, body: FlowRunCreate, agent: str, started: str, steps: str) -> dict:
    """One pretreatment run as a desk reported it; a run id is reported once."""
    rid = body.id or f"FR-{next_seq(db, 'tickets_run_seq'):08d}"
    if db.scalar("SELECT 1 FROM tickets_flow_run WHERE id=?", (rid,)):
        raise StubError(409, "conflict", f"flow run {rid!r} was already reported", "id")
    db.insert(
        "tickets_flow_run",
        {
            "id": rid,
            "flow_id": body.flowId,
            "number": body.number,
            "customer_id": body.customerId,
            "agent": agent,
            "started_at": started,
            "duration_ms": body.durationMs,
            "outcome": body.outcome,
            "ticket_id": body.ticketId,
            "steps_json": steps,
        },
    )
    return run_json(db.one(SELECT_RUNS + " WHERE r.id=?", (rid,)))
