"""events: service events — major incidents and planned cutovers (重大事件 / 割接事件).

When a whole area is down, the cheapest resolution is "we know, it is back at 18:00": the desk asks
``GET /events/affecting`` before any flow touches a back-office system, shows the public wording, and
registers the call against the event instead of dispatching a ticket. The network operations centre
(``/admin/events``) opens, updates and closes events; team leads read calls per hour and SLA per event.
Shapes follow TMF656 Service Problem loosely (``@baseType: ServiceProblem``) with the operator's fields.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_team_lead
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, parse_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list, tmf_list
from backend_stub.systems.events_admin import admin_router
from backend_stub.systems.events_model import (
    CITY_OF_NAME,
    OPEN_STATUSES,
    STATUS_RANK,
    STATUSES,
    EventId,
    EventType,
    ServiceType,
    affected_subscribers,
    calls_per_hour,
    city_key,
    complaint_json,
    event_json,
    event_scope,
    events_db,
    linked_counts,
    load_event,
    next_seq,
    one_json,
    subscribers_of,
    utc_time,
)
from backend_stub.systems.events_seed import seed_events
from backend_stub.writes import perform_write

router = APIRouter(prefix="/events", tags=["events"])


class ComplaintCreate(BaseModel):
    number: str = Field(min_length=1, max_length=64)
    customerId: str | None = Field(None, max_length=32)
    note: str = Field("", max_length=1000)
    callId: str | None = Field(None, max_length=64, description="the CTI call this complaint came in on")


def _statuses(text: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if not text:
        return default
    chosen = tuple(s.strip() for s in text.split(",") if s.strip())
    if chosen == ("all",):
        return STATUSES
    bad = [s for s in chosen if s not in STATUSES]
    if bad or not chosen:
        raise bad_request("status", f"status: unknown {', '.join(bad)}; one or more of {', '.join(STATUSES)}")
    return chosen


def _city_param(city: str | None) -> str | None:
    if city is None:
        return None
    key = city_key(city)
    if key not in CITY_OF_NAME.values():
        raise bad_request("city", f"city: unknown city {city!r}")
    return key


def _sorted(events: list[dict]) -> list[dict]:
    """Active first, then upcoming by start; closed ones after, newest first."""
    open_ = sorted(
        (e for e in events if e["status"] in OPEN_STATUSES),
        key=lambda e: (STATUS_RANK[e["status"]], e["start_at"]),
    )
    closed = sorted(
        (e for e in events if e["status"] not in OPEN_STATUSES), key=lambda e: e["start_at"], reverse=True
    )
    return open_ + closed


# -- agent routes -------------------------------------------------------------------------------------------
@router.get("")
def list_events(
    status: str | None = Query(None, max_length=64, description="comma list; default planned,active; 'all'"),
    eventType: EventType | None = Query(None),
    city: str | None = Query(
        None, max_length=16, description="city key (the agent's region) or Chinese name"
    ),
    serviceType: ServiceType | None = Query(None),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    db: Database = Depends(events_db),
):
    """Active and upcoming events (or any statuses), with linked calls and affected subscribers."""
    statuses = _statuses(status, OPEN_STATUSES)
    city_code = _city_param(city)
    rows = db.query(
        f"SELECT * FROM events_event WHERE status IN ({','.join('?' * len(statuses))})", list(statuses)
    )
    if eventType:
        rows = [r for r in rows if r["event_type"] == eventType]
    if city_code:
        rows = [r for r in rows if event_scope(r).touches_city(city_code)]
    if serviceType:
        rows = [r for r in rows if serviceType in event_scope(r).service_types]
    rows = _sorted(rows)
    shown = rows[page.offset : page.offset + page.limit]
    linked = linked_counts(db, [r["id"] for r in shown])
    now = utcnow()
    items = []
    for r in shown:
        item = event_json(r, now, linked.get(r["id"], (0, 0)))
        item["affectedSubscriberCount"] = len(affected_subscribers(db, event_scope(r)))
        items.append(item)
    return tmf_list(items, len(rows), page)


@router.get("/affecting")
def affecting(
    number: str | None = Query(None, min_length=1, max_length=64),
    customerId: str | None = Query(None, min_length=1, max_length=32),
    upcomingHours: int = Query(
        0, ge=0, le=720, description="also planned events starting within this many hours"
    ),
    user: User = Depends(current_user),
    db: Database = Depends(events_db),
) -> dict:
    """Events touching one number (or every number of one customer): the banner and every flow's first check."""
    if (number is None) == (customerId is None):
        raise bad_request("number", "number: give exactly one of number or customerId")
    subs = subscribers_of(db, number=number, customer_id=customerId)
    if not subs:
        raise not_found("subscriber" if number else "customer", number or customerId or "")
    now = utcnow()
    horizon = iso(now + timedelta(hours=upcomingHours))
    rows = db.query(
        "SELECT * FROM events_event WHERE status='active' OR (status='planned' AND start_at<=?)", (horizon,)
    )
    rows = rows if upcomingHours else [r for r in rows if r["status"] == "active"]
    linked = linked_counts(db, [r["id"] for r in rows])
    events = []
    for r in _sorted(rows):
        scope = event_scope(r)
        impact = [
            {
                "number": s["number"],
                "subscriberId": s["id"],
                "serviceType": s["service_type"],
                "affectedServices": svc,
            }
            for s in subs
            if (svc := scope.services_for(s))
        ]
        if impact:
            events.append({**event_json(r, now, linked.get(r["id"], (0, 0))), "impact": impact})
    return {
        "number": number,
        "customerId": subs[0]["customer_id"],
        "checkedAt": iso(now),
        "upcomingHours": upcomingHours,
        "affected": any(e["status"] == "active" for e in events),
        "subscribers": [
            {
                "number": s["number"],
                "subscriberId": s["id"],
                "serviceType": s["service_type"],
                "status": s["status"],
                "city": s["city"],
                "district": s["district"],
                "accessPoint": s["access_point"],
            }
            for s in subs
        ],
        "events": events,
    }


@router.get("/statistics")
def statistics(
    from_: datetime | None = Query(None, alias="from", description="default: 7 days before `to`"),
    to: datetime | None = Query(None, description="default: now"),
    city: str | None = Query(None, max_length=16),
    eventType: EventType | None = Query(None),
    team: str | None = Query(None, max_length=32, description="count only calls registered by this team"),
    user: User = Depends(require_team_lead),
    db: Database = Depends(events_db),
) -> dict:
    """Calls linked per event and per hour, and each event's SLA, for the team-lead dashboard."""
    now = utcnow()
    end = utc_time(to, "to") or now
    start = utc_time(from_, "from") or end - timedelta(days=7)
    if start >= end:
        raise bad_request("from", "from: must be before to")
    if end - start > timedelta(days=31):
        raise bad_request("from", "from: the window is at most 31 days")
    city_code = _city_param(city)
    lo, hi = iso(start), iso(end)
    calls_sql = "SELECT event_id, at FROM events_complaint WHERE at>=? AND at<=?"
    params: list = [lo, hi]
    if team:
        calls_sql += " AND team=?"
        params.append(team)
    calls: dict[str, list[str]] = {}
    for c in db.query(calls_sql + " ORDER BY at", params):
        calls.setdefault(c["event_id"], []).append(c["at"])
    rows = db.query(
        "SELECT * FROM events_event WHERE status!='cancelled' AND start_at<=?"
        " AND (actual_end_at IS NULL OR actual_end_at>=?)",
        (hi, lo),
    )
    known = {r["id"] for r in rows}
    extra = [i for i in calls if i not in known]
    if extra:
        rows += db.query(f"SELECT * FROM events_event WHERE id IN ({','.join('?' * len(extra))})", extra)
    if eventType:
        rows = [r for r in rows if r["event_type"] == eventType]
    if city_code:
        rows = [r for r in rows if event_scope(r).touches_city(city_code)]
    linked = linked_counts(db, [r["id"] for r in rows])
    out = []
    for r in _sorted(rows):
        times = calls.get(r["id"], [])
        ev_start = parse_iso(r["start_at"])
        ev_end = parse_iso(r["actual_end_at"]) if r["actual_end_at"] else now
        first = max(start, min([ev_start, *map(parse_iso, times[:1])]))
        last = min(end, max([ev_end, *map(parse_iso, times[-1:])]))
        item = event_json(r, now, linked.get(r["id"], (0, 0)))
        item["callsInWindow"] = len(times)
        item["callsPerHour"] = calls_per_hour(times, first, last)
        out.append(item)
    states = [e["sla"]["state"] for e in out]
    return {
        "from": lo,
        "to": hi,
        "generatedAt": iso(now),
        "events": out,
        "totals": {
            "events": len(out),
            "linkedCalls": sum(e["callsInWindow"] for e in out),
            "active": sum(1 for e in out if e["status"] == "active"),
            "slaMet": states.count("met"),
            "slaBreached": states.count("breached"),
            "overdue": states.count("overdue"),
        },
    }


@router.get("/{event_id}")
def get_event(
    event_id: str = EventId, user: User = Depends(current_user), db: Database = Depends(events_db)
) -> dict:
    return one_json(db, load_event(db, event_id))


@router.get("/{event_id}/complaint")
def list_complaints(
    event_id: str = EventId,
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    db: Database = Depends(events_db),
):
    """The calls linked to the event, newest first."""
    load_event(db, event_id)
    rows = db.query("SELECT * FROM events_complaint WHERE event_id=? ORDER BY at DESC, id DESC", (event_id,))
    return slice_list([complaint_json(r) for r in rows], page)


@router.get("/{event_id}/complaint/{complaint_id}")
def get_complaint(
    event_id: str = EventId,
    complaint_id: str = Path(..., max_length=16, pattern=r"^EC\d{8,10}$"),
    user: User = Depends(current_user),
    db: Database = Depends(events_db),
) -> dict:
    row = db.one("SELECT * FROM events_complaint WHERE id=? AND event_id=?", (complaint_id, event_id))
    if row is None:
        raise not_found("eventComplaint", complaint_id)
    return complaint_json(row)


@router.post("/{event_id}/complaint", status_code=201)
def register_complaint(
    body: ComplaintCreate,
    request: Request,
    event_id: str = EventId,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
    db: Database = Depends(events_db),
):
    """Link the customer's call to the event instead of dispatching a ticket (idempotent per key)."""

    def action() -> dict:
        ev = load_event(db, event_id)
        if ev["status"] == "cancelled":
            raise StubError(409, "invalidState", f"event {event_id} was cancelled", "status")
        subs = subscribers_of(db, number=body.number)
        if not subs:
            raise bad_request("number", f"number: no subscriber with number {body.number!r}")
        sub = subs[0]
        if body.customerId is not None and body.customerId != sub["customer_id"]:
            raise bad_request(
                "customerId", f"customerId: {body.number!r} does not belong to {body.customerId!r}"
            )
        if not event_scope(ev).services_for(sub):
            raise StubError(409, "notAffected", f"event {event_id} does not touch {body.number}", "number")
        row = {
            "id": f"EC{next_seq(db, 'events_complaint_seq'):08d}",
            "event_id": event_id,
            "number": sub["number"],
            "subscriber_id": sub["id"],
            "customer_id": sub["customer_id"],
            "note": body.note,
            "call_id": body.callId,
            "agent": user.username,
            "team": user.team,
            "at": iso(utcnow()),
        }
        db.insert("events_complaint", row)
        calls, numbers = linked_counts(db, [event_id]).get(event_id, (0, 0))
        return {
            **complaint_json(row),
            "event": {"id": event_id, "linkedCalls": calls, "linkedNumbers": numbers},
        }

    return perform_write(
        ctx,
        request,
        system="events",
        operation="registerComplaint",
        number=body.number,
        username=user.username,
        action=action,
        request_body=body.model_dump(),
        status_code=201,
    )


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


def seed(ctx: StubContext, rng: random.Random) -> None:
    """A resolved cutover and a resolved incident with linked calls, one upcoming cutover; none active."""
    seed_events(ctx, rng)
