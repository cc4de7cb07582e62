"""tickets: one TMF621 troubleTicket API in front of the two ticket systems, 10000 and 112.

Consult and complaint tickets go to the 10000 system, fault tickets to 112; the caller never chooses.
Desks create tickets (idempotently), read them with notes and status history, add notes and close
their own consult tickets at the front line; the back office moves them on through ``/admin/tickets``.
Pretreatment runs reported by the desks and the team-lead statistics live here too, so every number
on the dashboard can be recomputed from the tickets and runs these routes list.

This module holds the agents' routes; the request bodies and the write actions are in ``tickets_writes``,
the back office's routes in ``tickets_admin``, filters and JSON in ``tickets_model``, the statistics
formulas in ``tickets_stats`` and the seeded history in ``tickets_seed``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_team_lead
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import dumps, iso, parse_iso, utcnow
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page, page_params, tmf_list
from backend_stub.systems.tickets_admin import admin_router
from backend_stub.systems.tickets_model import (
    ALL_CATEGORIES,
    CATEGORIES,
    DUE_HOURS,
    FLOW_OF_CATEGORY,
    SELECT_RUNS,
    STUCK_HOURS,
    SYSTEM_OF,
    RunFilter,
    TicketFilter,
    count_tickets,
    load_ticket,
    period_text,
    run_json,
    select_runs,
    select_tickets,
    statuses_param,
    ticket_json,
    utc_text,
)
from backend_stub.systems.tickets_seed import seed_tickets
from backend_stub.systems.tickets_stats import compute_statistics, period_bounds
from backend_stub.systems.tickets_writes import (
    MAX_EVIDENCE_CHARS,
    FlowRunCreate,
    NoteCreate,
    Outcome,
    TicketCreate,
    TicketId,
    TicketType,
    close_ticket,
    evidence_text,
    insert_note,
    insert_run,
    insert_ticket,
)
from backend_stub.writes import perform_write

router = APIRouter(prefix="/tickets", tags=["tickets"])


# defined here: the OpenAPI document names it after this module (events_admin has a CloseRequest too)
class CloseRequest(BaseModel):
    note: str | None = Field(None, max_length=2000)


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
    evidence = evidence_text(body.evidence)
    db = ctx.db

    def action() -> dict:
        return insert_ticket(db, body, user.username, callback, evidence)

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
        return insert_note(db, ticket_id, user.username, body.text)

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
        return close_ticket(db, ticket_id, user.username, body.note)

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
        return insert_run(db, body, user.username, started, steps)

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


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


def seed(ctx: StubContext, rng: random.Random) -> None:
    """About 3,000 tickets over the 60 days before SEED_EPOCH and up to now, and ~4,000 pretreatment runs."""
    seed_tickets(ctx, rng)
