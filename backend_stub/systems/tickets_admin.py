"""``/admin/tickets``: the back office moves tickets on, and tests move them into the past."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from backend_stub.auth import require_admin
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, parse_iso, utcnow
from backend_stub.errors import StubError, not_found
from backend_stub.systems.tickets_model import TRANSITIONS, add_history, load_ticket, utc_text
from backend_stub.systems.tickets_writes import TicketId

admin_router = APIRouter(prefix="/admin/tickets", tags=["admin"], dependencies=[Depends(require_admin)])

Status = Literal["acknowledged", "inProgress", "resolved", "closed", "cancelled"]


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
