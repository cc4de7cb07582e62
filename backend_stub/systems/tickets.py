"""tickets: one TMF621 troubleTicket API in front of the two ticket systems, 10000 and 112.

Consult and complaint tickets go to the 10000 system, fault tickets to 112; the caller never chooses.
Desks create tickets (idempotently), read them with notes and status history, add notes and close
their own consult tickets at the front line; the back office moves them on through ``/admin/tickets``.
Pretreatment runs reported by the desks and the team-lead statistics live here too, so every number
on the dashboard can be recomputed from the tickets and runs these routes list.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_admin, require_team_lead
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, parse_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.paging import Page, page_params, tmf_list
from backend_stub.systems.tickets_model import (
    ALL_CATEGORIES,
    CATEGORIES,
    DUE_HOURS,
    FLOW_OF_CATEGORY,
    PRIORITY_OF,
    SELECT_RUNS,
    STUCK_HOURS,
    SYSTEM_OF,
    TRANSITIONS,
    RunFilter,
    TicketFilter,
    add_history,
    count_tickets,
    due_time,
    load_ticket,
    next_seq,
    period_text,
    run_json,
    select_runs,
    select_tickets,
    statuses_param,
    ticket_id,
    ticket_json,
    utc_text,
)
from backend_stub.systems.tickets_seed import seed_tickets
from backend_stub.systems.tickets_stats import compute_statistics, period_bounds
from backend_stub.writes import perform_write

router = APIRouter(prefix="/tickets", tags=["tickets"])
admin_router = APIRouter(prefix="/admin/tickets", tags=["admin"], dependencies=[Depends(require_admin)])

TicketType = Literal["consult", "complaint", "fault"]
Severity = Literal["critical", "major", "minor"]
Status = Literal["acknowledged", "inProgress", "resolved", "closed", "cancelled"]
Outcome = Literal["resolved", "customer_action", "dispatch"]
MAX_EVIDENCE_CHARS = 64_000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}$"
TicketId = Path(..., max_length=64, description="ticket id, e.g. T112-00000042")


# -- requests -------------------------------------------------------------------------------------
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


class CloseRequest(BaseModel):
    note: str | None = Field(None, max_length=2000)


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


class StatusChange(BaseModel):
    status: Status
    note: str | None = Field(None, max_length=2000)
    by: str = Field("backoffice", min_length=1, max_length=64)
    at: datetime | None = Field(None, description="time of the change (default now)")


class TicketAdminPatch(BaseModel):
    escalated: bool | None = None
    satisfaction: int | None = Field(None, ge=1, le=5)
    expectedResolutionDate: datetime | None = None
    shiftBackHours: float | None = Field(
        None,
        ge=0,
        le=24 * 366,
        description="move creation, due time, history and notes this far into the past",
    )


def _evidence_text(evidence: Any) -> str:
    try:
        text = dumps(evidence if evidence is not None else {})
    except (ValueError, TypeError, RecursionError) as exc:
        raise bad_request("evidence", "evidence: not serialisable JSON") from exc
    if len(text) > MAX_EVIDENCE_CHARS:
        raise bad_request("evidence", f"evidence: larger than {MAX_EVIDENCE_CHARS} characters")
    return text


def _resolve_customer(db: Database, body: TicketCreate) -> tuple[str, str | None, str | None]:
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


# -- routes: catalogue of categories ----------------------------------------------------------------
@router.get("/category")
def categories(user: User = Depends(current_user)) -> dict:
    """Ticket types, the system each goes to, their categories and due times."""
    return {
        "ticketTypes": [
            {
                "ticketType": t,
                "ticketSystem": SYSTEM_OF[t],
                "categories": CATEGORIES[t],
                "dueHours": DUE_HOURS[t],
            }
            for t in ("consult", "complaint", "fault")
        ],
        "categories": ALL_CATEGORIES,
        "flowOfCategory": FLOW_OF_CATEGORY,
        "stuckHours": STUCK_HOURS,
    }


# -- routes: tickets --------------------------------------------------------------------------------
@router.post("/troubleTicket", status_code=201)
def create_ticket(
    body: TicketCreate,
    request: Request,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    if body.category not in ALL_CATEGORIES:
        raise bad_request(
            "category", f"category: unknown category {body.category!r}; see GET /tickets/category"
        )
    if body.status == "closed" and body.ticketType != "consult" and not body.pretreated:
        raise bad_request(
            "status", "status: only consult tickets or pretreated tickets can be closed at the front line"
        )
    callback = utc_text(body.requestedCallbackDate, "requestedCallbackDate")
    evidence = _evidence_text(body.evidence)
    db = ctx.db

    def action() -> dict:
        customer_id, number, contact = _resolve_customer(db, body)
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
                "created_by": user.username,
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
        add_history(db, tid, "acknowledged", iso(now), user.username, f"received by system {system}")
        if closed:
            add_history(db, tid, "closed", iso(now), user.username, "closed at the front line")
        return load_ticket(db, tid, now)

    return perform_write(
        ctx,
        request,
        system="tickets",
        operation="createTroubleTicket",
        number=body.number,
        username=user.username,
        action=action,
        request_body=body.model_dump(mode="json"),
        status_code=201,
    )


@router.get("/troubleTicket")
def list_tickets(
    customerId: str | None = Query(None, max_length=32),
    number: str | None = Query(None, max_length=64),
    createdBy: str | None = Query(None, max_length=64, description="the creating agent's user name"),
    mine: bool = Query(False, description="only tickets the signed-in user created"),
    team: str | None = Query(None, max_length=32),
    status: str | None = Query(None, max_length=200, description="comma-separated statuses"),
    ticketSystem: Literal["10000", "112"] | None = None,
    ticketType: TicketType | None = None,
    category: str | None = Query(None, max_length=32),
    start: datetime | None = Query(None, alias="from", description="created at or after"),
    end: datetime | None = Query(None, alias="to", description="created before"),
    overdue: bool | None = None,
    escalated: bool | None = None,
    stuck: bool | None = None,
    pretreated: bool | None = None,
    closedAtFrontLine: bool | None = None,
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    """Tickets newest first; without notes and history (read one ticket for those)."""
    a, b = period_text(start, end)
    flt = TicketFilter(
        customer_id=customerId,
        number=number,
        created_by=user.username if mine else createdBy,
        team=team,
        statuses=statuses_param(status),
        ticket_system=ticketSystem,
        ticket_type=ticketType,
        category=category,
        start=a,
        end=b,
        overdue=overdue,
        escalated=escalated,
        stuck=stuck,
        pretreated=pretreated,
        closed_at_front_line=closedAtFrontLine,
    )
    now = utcnow()
    rows = select_tickets(ctx.db, flt, now, page)
    return tmf_list([ticket_json(r, now) for r in rows], count_tickets(ctx.db, flt, now), page)


@router.get("/troubleTicket/{ticket_id}")
def get_ticket(
    ticket_id: str = TicketId, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    return load_ticket(ctx.db, ticket_id)


@router.post("/troubleTicket/{ticket_id}/note")
def add_note(
    body: NoteCreate,
    request: Request,
    ticket_id: str = TicketId,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    db = ctx.db
    row = db.one("SELECT number FROM tickets_ticket WHERE id=?", (ticket_id,))
    if row is None:
        raise not_found("troubleTicket", ticket_id)

    def action() -> dict:
        now = utcnow()
        db.execute(
            "INSERT INTO tickets_note(ticket_id, author, at, text) VALUES (?,?,?,?)",
            (ticket_id, user.username, iso(now), body.text),
        )
        return load_ticket(db, ticket_id, now)

    return perform_write(
        ctx,
        request,
        system="tickets",
        operation="addNote",
        number=row["number"],
        username=user.username,
        action=action,
        request_body=body.model_dump(),
    )


@router.post("/troubleTicket/{ticket_id}/close")
def close_at_front_line(
    body: CloseRequest,
    request: Request,
    ticket_id: str = TicketId,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    """An agent closes his own consult ticket while it is still acknowledged (closed at the front line)."""
    db = ctx.db
    row = db.one("SELECT number FROM tickets_ticket WHERE id=?", (ticket_id,))
    if row is None:
        raise not_found("troubleTicket", ticket_id)

    def action() -> dict:
        t = db.one("SELECT * FROM tickets_ticket WHERE id=?", (ticket_id,))
        if t["created_by"] != user.username:
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
            (now, ticket_id),
        )
        add_history(db, ticket_id, "closed", now, user.username, body.note or "closed at the front line")
        return load_ticket(db, ticket_id)

    return perform_write(
        ctx,
        request,
        system="tickets",
        operation="closeAtFrontLine",
        number=row["number"],
        username=user.username,
        action=action,
        request_body=body.model_dump(),
    )


# -- routes: pretreatment runs ------------------------------------------------------------------------
@router.post("/flowRun", status_code=201)
def report_run(
    body: FlowRunCreate,
    request: Request,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    """A desk reports one pretreatment run (flow, outcome, duration, the ticket it dispatched)."""
    started = utc_text(body.startedAt, "startedAt") or iso(utcnow())
    steps = dumps(body.steps)
    if len(steps) > MAX_EVIDENCE_CHARS:
        raise bad_request("steps", f"steps: larger than {MAX_EVIDENCE_CHARS} characters")
    db = ctx.db

    def action() -> dict:
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
                "agent": user.username,
                "started_at": started,
                "duration_ms": body.durationMs,
                "outcome": body.outcome,
                "ticket_id": body.ticketId,
                "steps_json": steps,
            },
        )
        return run_json(db.one(SELECT_RUNS + " WHERE r.id=?", (rid,)))

    return perform_write(
        ctx,
        request,
        system="tickets",
        operation="reportFlowRun",
        number=body.number,
        username=user.username,
        action=action,
        request_body=body.model_dump(mode="json"),
        status_code=201,
    )


@router.get("/flowRun")
def list_runs(
    agent: str | None = Query(None, max_length=64),
    mine: bool = False,
    team: str | None = Query(None, max_length=32),
    number: str | None = Query(None, max_length=64),
    customerId: str | None = Query(None, max_length=32),
    flowId: str | None = Query(None, max_length=64),
    outcome: Outcome | None = None,
    start: datetime | None = Query(None, alias="from", description="started at or after"),
    end: datetime | None = Query(None, alias="to", description="started before"),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    a, b = period_text(start, end)
    flt = RunFilter(
        agent=user.username if mine else agent,
        team=team,
        number=number,
        customer_id=customerId,
        flow_id=flowId,
        outcome=outcome,
        start=a,
        end=b,
    )
    where, args = flt.where()
    total = int(
        ctx.db.scalar(
            "SELECT COUNT(*) FROM tickets_flow_run r LEFT JOIN auth_user u ON u.username=r.agent" + where,
            args,
        )
    )
    return tmf_list([run_json(r) for r in select_runs(ctx.db, flt, page)], total, page)


@router.get("/flowRun/{run_id}")
def get_run(
    run_id: str = Path(..., max_length=64),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    row = ctx.db.one(SELECT_RUNS + " WHERE r.id=?", (run_id,))
    if row is None:
        raise not_found("flowRun", run_id)
    return run_json(row)


# -- routes: statistics ---------------------------------------------------------------------------------
def _statistics(
    ctx: StubContext,
    start: datetime | None,
    end: datetime | None,
    tz_minutes: int,
    team: str | None,
    agent: str | None,
) -> dict:
    now = utcnow()
    a, b = period_text(start, end)
    lo, hi = period_bounds(now, a, b, tz_minutes)
    if lo >= hi:
        raise bad_request("to", "to: the period ends before it starts")
    if parse_iso(hi) - parse_iso(lo) > timedelta(days=366):
        raise bad_request("from", "from: the period is at most 366 days")
    rows = select_tickets(ctx.db, TicketFilter(team=team, created_by=agent, start=lo, end=hi), now)
    runs = select_runs(ctx.db, RunFilter(team=team, agent=agent, start=lo, end=hi))
    base = int(ctx.db.scalar("SELECT COUNT(*) FROM crm_subscriber WHERE status != 'terminated'"))
    stats = compute_statistics(
        [ticket_json(r, now) for r in rows], [run_json(r) for r in runs], lo, hi, tz_minutes, base
    )
    return {
        "generatedAt": iso(now),
        "period": {"from": lo, "to": hi, "tzOffsetMinutes": tz_minutes},
        "filter": {"team": team, "agent": agent},
        **stats,
    }


TZ_QUERY = Query(480, ge=-720, le=840, description="local time offset for days (default China, +8 h)")


@router.get("/statistics")
def team_statistics(
    start: datetime | None = Query(None, alias="from"),
    end: datetime | None = Query(None, alias="to"),
    team: str | None = Query(None, max_length=32),
    agent: str | None = Query(None, max_length=64),
    tzOffsetMinutes: int = TZ_QUERY,
    user: User = Depends(require_team_lead),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    """The team-lead dashboard's numbers for a period (tickets created / runs started in it)."""
    return _statistics(ctx, start, end, tzOffsetMinutes, team, agent)


@router.get("/statistics/me")
def my_statistics(
    start: datetime | None = Query(None, alias="from"),
    end: datetime | None = Query(None, alias="to"),
    tzOffsetMinutes: int = TZ_QUERY,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    """The same numbers for the signed-in agent's own tickets and runs."""
    return _statistics(ctx, start, end, tzOffsetMinutes, None, user.username)


# -- admin: the back office moves tickets on --------------------------------------------------------------
def _admin_ticket(db: Database, tid: str) -> dict:
    row = db.one("SELECT * FROM tickets_ticket WHERE id=?", (tid,))
    if row is None:
        raise not_found("troubleTicket", tid)
    return row


@admin_router.post("/{ticket_id}/status")
def change_status(body: StatusChange, ticket_id: str = TicketId, ctx: StubContext = Depends(get_ctx)) -> dict:
    """The back office's status change (acknowledged -> inProgress -> resolved -> closed, or cancelled)."""
    db = ctx.db
    at = utc_text(body.at, "at") or iso(utcnow())
    with db.tx():
        t = _admin_ticket(db, ticket_id)
        if body.status not in TRANSITIONS[t["status"]]:
            raise StubError(
                409, "invalidTransition", f"cannot go from {t['status']} to {body.status}", "status"
            )
        resolved = t["resolved_at"]
        if body.status in ("resolved", "closed") and (body.status == "resolved" or resolved is None):
            resolved = at
        elif body.status == "inProgress":
            resolved = None
        db.execute(
            "UPDATE tickets_ticket SET status=?, resolved_at=? WHERE id=?", (body.status, resolved, ticket_id)
        )
        add_history(db, ticket_id, body.status, at, body.by, body.note)
    return load_ticket(db, ticket_id)


@admin_router.patch("/{ticket_id}")
def patch_ticket(
    body: TicketAdminPatch, ticket_id: str = TicketId, ctx: StubContext = Depends(get_ctx)
) -> dict:
    """Back-office and test levers: escalation, satisfaction, due time, and moving a ticket into the past."""
    db = ctx.db
    due = utc_text(body.expectedResolutionDate, "expectedResolutionDate")
    with db.tx():
        _admin_ticket(db, ticket_id)
        if body.escalated is not None:
            db.execute("UPDATE tickets_ticket SET escalated=? WHERE id=?", (int(body.escalated), ticket_id))
        if body.satisfaction is not None:
            db.execute("UPDATE tickets_ticket SET satisfaction=? WHERE id=?", (body.satisfaction, ticket_id))
        if due is not None:
            db.execute("UPDATE tickets_ticket SET due_at=? WHERE id=?", (due, ticket_id))
        if body.shiftBackHours:
            _shift_back(db, ticket_id, timedelta(hours=body.shiftBackHours))
    return load_ticket(db, ticket_id)


def _shift_back(db: Database, tid: str, delta: timedelta) -> None:
    def back(text: str | None) -> str | None:
        return iso(parse_iso(text) - delta) if text else None

    t = db.one("SELECT created_at, due_at, resolved_at, callback_at FROM tickets_ticket WHERE id=?", (tid,))
    db.execute(
        "UPDATE tickets_ticket SET created_at=?, due_at=?, resolved_at=?, callback_at=? WHERE id=?",
        (back(t["created_at"]), back(t["due_at"]), back(t["resolved_at"]), back(t["callback_at"]), tid),
    )
    for table in ("tickets_status_change", "tickets_note"):
        for r in db.query(f"SELECT id, at FROM {table} WHERE ticket_id=?", (tid,)):
            db.execute(f"UPDATE {table} SET at=? WHERE id=?", (back(r["at"]), r["id"]))


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


def seed(ctx: StubContext, rng: random.Random) -> None:
    """About 3,000 tickets over the 60 days before SEED_EPOCH and up to now, and ~4,000 pretreatment runs."""
    seed_tickets(ctx, rng)
