"""events: service events — major incidents and planned cutovers (重大事件 / 割接事件).

When a whole area is down, the cheapest resolution is "we know, it is back at 18:00": the desk asks
``GET /events/affecting`` before any flow touches a back-office system, shows the public wording, and
registers the call against the event instead of dispatching a ticket. The network operations centre
(``/admin/events``) opens, updates and closes events; team leads read calls per hour and SLA per event.
Shapes follow TMF656 Service Problem loosely (``@baseType: ServiceProblem``) with the operator's fields.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from backend_stub.auth import User, current_user, require_admin, require_team_lead
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, loads, parse_iso, utcnow
from backend_stub.errors import StubError, bad_request, not_found
from backend_stub.paging import Page, page_params, slice_list, tmf_list
from backend_stub.systems.events_model import (
    ACCESS_POINT_RE,
    BASE_STATION_RE,
    CITY_OF_DISTRICT,
    CITY_OF_NAME,
    OPEN_STATUSES,
    STATUSES,
    TRANSITIONS,
    Scope,
    add_update,
    advance,
    affected_subscribers,
    calls_per_hour,
    complaint_json,
    event_json,
    linked_counts,
    next_seq,
    range_error,
    subscribers_of,
    updates_json,
)
from backend_stub.systems.events_seed import seed_events
from backend_stub.writes import perform_write

router = APIRouter(prefix="/events", tags=["events"])
admin_router = APIRouter(prefix="/admin/events", tags=["admin"], dependencies=[Depends(require_admin)])

EventType = Literal["incident", "planned_cutover"]
Severity = Literal["critical", "major", "minor"]
Status = Literal["planned", "active", "resolved", "cancelled"]
ServiceType = Literal["broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data", "vas"]
EventId = Path(..., max_length=16, pattern=r"^EV\d{6,10}$", description="event id, e.g. EV000003")
STATUS_RANK = {"active": 0, "planned": 1, "resolved": 2, "cancelled": 3}
SAMPLE_NUMBERS = 5


# -- request models -----------------------------------------------------------------------------------------
def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


def _city_key(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return CITY_OF_NAME.get(value, value.lower())
    return value


def _known_district(value: str) -> str:
    if value not in CITY_OF_DISTRICT:
        raise ValueError(f"unknown district {value!r}")
    return value


def _no_backward_range(value: str) -> str:
    problem = range_error(value)
    if problem:
        raise ValueError(problem)
    return value


CityKey = Annotated[
    Literal["guangzhou", "shenzhen", "foshan", "dongguan", "zhuhai", "shantou", "huizhou", "jiangmen"],
    BeforeValidator(_city_key),
]
District = Annotated[str, Field(min_length=1, max_length=16), AfterValidator(_known_district)]
AccessPoint = Annotated[
    str,
    BeforeValidator(_upper),
    Field(max_length=64, pattern=ACCESS_POINT_RE.pattern),
    AfterValidator(_no_backward_range),
]
BaseStation = Annotated[str, BeforeValidator(_upper), Field(max_length=32, pattern=BASE_STATION_RE.pattern)]


class ScopeIn(BaseModel):
    """Every dimension given must hold for a subscriber to be touched; an empty list does not restrict."""

    cities: list[CityKey] = Field(default_factory=list, max_length=8)
    districts: list[District] = Field(default_factory=list, max_length=40)
    accessPoints: list[AccessPoint] = Field(
        default_factory=list, max_length=200, description="OLT/DSLAM, PON or port-range prefixes"
    )
    baseStations: list[BaseStation] = Field(default_factory=list, max_length=200)
    serviceTypes: list[ServiceType] = Field(min_length=1, max_length=6)

    def scope(self) -> Scope:
        def uniq(items: list[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(items))

        return Scope(
            uniq(self.cities),
            uniq(self.districts),
            uniq(self.accessPoints),
            uniq(self.baseStations),
            uniq(self.serviceTypes),
        )


class Wording(BaseModel):
    zh: str = Field(min_length=1, max_length=500, description="what the agent reads to the customer, Chinese")
    en: str = Field(min_length=1, max_length=500, description="the same in English")


class WordingPatch(BaseModel):
    zh: str | None = Field(None, min_length=1, max_length=500)
    en: str | None = Field(None, min_length=1, max_length=500)


class EventOpen(BaseModel):
    eventType: EventType
    title: str = Field(min_length=1, max_length=120)
    severity: Severity = "major"
    affectedScope: ScopeIn
    aroundNumber: str | None = Field(
        None, max_length=64, description="add this subscriber's OLT/DSLAM or base station to the scope"
    )
    startDate: datetime | None = Field(None, description="default now; a later start opens it as planned")
    expectedEndDate: datetime
    publicWording: Wording
    internalNote: str = Field("", max_length=2000)
    by: str = Field("noc", min_length=1, max_length=64)


class EventPatch(BaseModel):
    status: Status | None = None
    title: str | None = Field(None, min_length=1, max_length=120)
    severity: Severity | None = None
    affectedScope: ScopeIn | None = None
    startDate: datetime | None = None
    expectedEndDate: datetime | None = None
    publicWording: WordingPatch | None = None
    internalNote: str | None = Field(None, max_length=2000)
    note: str | None = Field(None, max_length=2000, description="what changed, for the history")
    by: str = Field("noc", min_length=1, max_length=64)


class CloseRequest(BaseModel):
    note: str | None = Field(None, max_length=2000)
    by: str = Field("noc", min_length=1, max_length=64)


class ComplaintCreate(BaseModel):
    number: str = Field(min_length=1, max_length=64)
    customerId: str | None = Field(None, max_length=32)
    note: str = Field("", max_length=1000)
    callId: str | None = Field(None, max_length=64, description="the CTI call this complaint came in on")


# -- helpers --------------------------------------------------------------------------------------------------
def events_db(ctx: StubContext = Depends(get_ctx)) -> Database:
    """The database with the event clock moved on to now (planned → active, ended cutovers resolved)."""
    advance(ctx.db)
    return ctx.db


def _utc(value: datetime | None, field: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC).replace(microsecond=0)
    except (OverflowError, ValueError) as exc:
        raise bad_request(field, f"{field}: not a usable time") from exc
    if not 2000 <= value.year <= 2100:
        raise bad_request(field, f"{field}: year must be between 2000 and 2100")
    return value


def _load(db: Database, event_id: str) -> dict:
    row = db.one("SELECT * FROM events_event WHERE id=?", (event_id,))
    if row is None:
        raise not_found("serviceEvent", event_id)
    return row


def _scope(ev: dict) -> Scope:
    return Scope.from_json(loads(ev["scope_json"], {}))


def _one_json(db: Database, ev: dict, *, admin: bool = False) -> dict:
    out = event_json(ev, utcnow(), linked_counts(db, [ev["id"]]).get(ev["id"], (0, 0)))
    affected = affected_subscribers(db, _scope(ev))
    out["affectedSubscriberCount"] = len(affected)
    out["updates"] = updates_json(db, ev["id"])
    if admin:
        out["sampleNumbers"] = [sub["number"] for sub, _ in affected[:SAMPLE_NUMBERS]]
    return out


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
    key = _city_key(city)
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
    city_key = _city_param(city)
    rows = db.query(
        f"SELECT * FROM events_event WHERE status IN ({','.join('?' * len(statuses))})", list(statuses)
    )
    if eventType:
        rows = [r for r in rows if r["event_type"] == eventType]
    if city_key:
        rows = [r for r in rows if _scope(r).touches_city(city_key)]
    if serviceType:
        rows = [r for r in rows if serviceType in _scope(r).service_types]
    rows = _sorted(rows)
    shown = rows[page.offset : page.offset + page.limit]
    linked = linked_counts(db, [r["id"] for r in shown])
    now = utcnow()
    items = []
    for r in shown:
        item = event_json(r, now, linked.get(r["id"], (0, 0)))
        item["affectedSubscriberCount"] = len(affected_subscribers(db, _scope(r)))
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
        scope = _scope(r)
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
    end = _utc(to, "to") or now
    start = _utc(from_, "from") or end - timedelta(days=7)
    if start >= end:
        raise bad_request("from", "from: must be before to")
    if end - start > timedelta(days=31):
        raise bad_request("from", "from: the window is at most 31 days")
    city_key = _city_param(city)
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
    if city_key:
        rows = [r for r in rows if _scope(r).touches_city(city_key)]
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
    return _one_json(db, _load(db, event_id))


@router.get("/{event_id}/complaint")
def list_complaints(
    event_id: str = EventId,
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    db: Database = Depends(events_db),
):
    """The calls linked to the event, newest first."""
    _load(db, event_id)
    rows = db.query("SELECT * FROM events_complaint WHERE event_id=? ORDER BY at DESC, id DESC", (event_id,))
    return slice_list([complaint_json(r) for r in rows], page)


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
        ev = _load(db, event_id)
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
        if not _scope(ev).services_for(sub):
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


# -- admin: the network operations centre ------------------------------------------------------------------
def _around(db: Database, number: str, scope: Scope) -> Scope:
    subs = subscribers_of(db, number=number)
    if not subs:
        raise bad_request("aroundNumber", f"aroundNumber: no subscriber with number {number!r}")
    sub = subs[0]
    element = (sub["access_point"] or "").split("/")[0].upper()
    if BASE_STATION_RE.match(element):
        scope = Scope(
            scope.cities,
            scope.districts,
            scope.access_points,
            (*scope.base_stations, element),
            scope.service_types,
        )
    elif ACCESS_POINT_RE.match(element):
        scope = Scope(
            scope.cities,
            scope.districts,
            (*scope.access_points, element),
            scope.base_stations,
            scope.service_types,
        )
    else:
        raise bad_request("aroundNumber", f"aroundNumber: {number} has no access point")
    if not scope.services_for(sub):
        raise bad_request(
            "aroundNumber", f"aroundNumber: the scope does not touch {number} ({sub['service_type']})"
        )
    return scope


@admin_router.post("", status_code=201)
def open_event(body: EventOpen, ctx: StubContext = Depends(get_ctx)) -> dict:
    """Open an event of any scope; it is active when its start has come, planned otherwise."""
    db = ctx.db
    now = utcnow()
    start = _utc(body.startDate, "startDate") or now
    expected = _utc(body.expectedEndDate, "expectedEndDate") or start
    if expected <= start:
        raise bad_request("expectedEndDate", "expectedEndDate: must be after startDate")
    if body.eventType == "planned_cutover" and expected <= now:
        raise bad_request("expectedEndDate", "expectedEndDate: the cutover window has already ended")
    scope = body.affectedScope.scope()
    if body.aroundNumber:
        scope = _around(db, body.aroundNumber, scope)
    with db.tx():
        event_id = f"EV{next_seq(db, 'events_seq'):06d}"
        db.insert(
            "events_event",
            {
                "id": event_id,
                "event_type": body.eventType,
                "title": body.title,
                "severity": body.severity,
                "status": "active" if start <= now else "planned",
                "scope_json": dumps(scope.to_json()),
                "start_at": iso(start),
                "expected_end_at": iso(expected),
                "original_expected_end_at": iso(expected),
                "actual_end_at": None,
                "public_zh": body.publicWording.zh,
                "public_en": body.publicWording.en,
                "internal_note": body.internalNote,
                "created_at": iso(now),
                "created_by": body.by,
                "updated_at": iso(now),
            },
        )
        add_update(db, event_id, iso(now), body.by, ["opened"], body.internalNote or None)
    return _one_json(db, _load(db, event_id), admin=True)


@admin_router.patch("/{event_id}")
def update_event(body: EventPatch, event_id: str = EventId, db: Database = Depends(events_db)) -> dict:
    """Change status, times, scope or wording; every change is one line of the event's history."""
    now = utcnow()
    with db.tx():
        ev = _load(db, event_id)
        closed = ev["status"] not in OPEN_STATUSES
        sets: dict[str, object] = {}
        for field in ("status", "startDate", "expectedEndDate", "affectedScope"):
            if closed and getattr(body, field) is not None:
                raise StubError(409, "invalidState", f"{field}: event {event_id} is {ev['status']}", field)
        status = body.status or ev["status"]
        if body.status is not None and status not in TRANSITIONS[ev["status"]]:
            raise StubError(
                409, "invalidTransition", f"status: cannot go from {ev['status']} to {status}", "status"
            )
        start = _utc(body.startDate, "startDate") or parse_iso(ev["start_at"])
        if status == "active" and start > now:
            if body.startDate is not None:
                raise bad_request("startDate", "startDate: an active event cannot start in the future")
            start = now  # a planned event switched on early starts now
        expected = _utc(body.expectedEndDate, "expectedEndDate") or parse_iso(ev["expected_end_at"])
        if expected <= start:
            raise bad_request("expectedEndDate", "expectedEndDate: must be after startDate")
        if status != ev["status"]:
            sets["status"] = status
            if status == "resolved":
                sets["actual_end_at"] = iso(now)
        if iso(start) != ev["start_at"]:
            sets["start_at"] = iso(start)
        if iso(expected) != ev["expected_end_at"]:
            sets["expected_end_at"] = iso(expected)
        if body.affectedScope is not None:
            sets["scope_json"] = dumps(body.affectedScope.scope().to_json())
        for field, column in (
            ("title", "title"),
            ("severity", "severity"),
            ("internalNote", "internal_note"),
        ):
            if getattr(body, field) is not None:
                sets[column] = getattr(body, field)
        if body.publicWording is not None:
            if body.publicWording.zh is not None:
                sets["public_zh"] = body.publicWording.zh
            if body.publicWording.en is not None:
                sets["public_en"] = body.publicWording.en
        changed = [c for c in sets if sets[c] != ev[c]]
        if changed:
            sets["updated_at"] = iso(now)
            db.execute(
                f"UPDATE events_event SET {', '.join(f'{c}=?' for c in sets)} WHERE id=?",
                [*sets.values(), event_id],
            )
        if changed or body.note:
            add_update(db, event_id, iso(now), body.by, [_API_NAME.get(c, c) for c in changed], body.note)
    return _one_json(db, _load(db, event_id), admin=True)


_API_NAME = {
    "start_at": "startDate",
    "expected_end_at": "expectedEndDate",
    "actual_end_at": "actualEndDate",
    "scope_json": "affectedScope",
    "public_zh": "publicWording.zh",
    "public_en": "publicWording.en",
    "internal_note": "internalNote",
}


@admin_router.post("/{event_id}/close")
def close_event(
    body: CloseRequest | None = None, event_id: str = EventId, db: Database = Depends(events_db)
) -> dict:
    """Service restored: resolved, actual end = now."""
    body = body or CloseRequest()
    now = iso(utcnow())
    with db.tx():
        ev = _load(db, event_id)
        if ev["status"] != "active":
            hint = "; cancel a planned event instead" if ev["status"] == "planned" else ""
            raise StubError(
                409, "invalidState", f"status: event {event_id} is {ev['status']}{hint}", "status"
            )
        db.execute(
            "UPDATE events_event SET status='resolved', actual_end_at=?, updated_at=? WHERE id=?",
            (now, now, event_id),
        )
        add_update(db, event_id, now, body.by, ["status", "actualEndDate"], body.note)
    return _one_json(db, _load(db, event_id), admin=True)


@admin_router.get("/{event_id}/affected")
def list_affected(
    event_id: str = EventId, page: Page = Depends(page_params), db: Database = Depends(events_db)
):
    """The subscribers the event touches (trainers pick a demo caller here)."""
    ev = _load(db, event_id)
    items = [
        {
            "number": s["number"],
            "subscriberId": s["id"],
            "customerId": s["customer_id"],
            "serviceType": s["service_type"],
            "city": s["city"],
            "district": s["district"],
            "accessPoint": s["access_point"],
            "affectedServices": services,
        }
        for s, services in affected_subscribers(db, _scope(ev))
    ]
    return slice_list(items, page)


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


def seed(ctx: StubContext, rng: random.Random) -> None:
    """A resolved cutover and a resolved incident with linked calls, one upcoming cutover; none active."""
    seed_events(ctx, rng)
