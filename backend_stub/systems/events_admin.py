"""events admin: the network operations centre opens, updates and closes service events.

Separate from the agent routes (``events.py``) because it has its own request models and validation of
scopes; it needs the ``X-Admin-Token`` like every admin route of the simulator.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from backend_stub.auth import require_admin
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, parse_iso, utcnow
from backend_stub.errors import StubError, bad_request
from backend_stub.paging import Page, page_params, slice_list
from backend_stub.systems.events_model import (
    ACCESS_POINT_RE,
    BASE_STATION_RE,
    CITY_OF_DISTRICT,
    OPEN_STATUSES,
    TRANSITIONS,
    EventId,
    EventType,
    Scope,
    ServiceType,
    Severity,
    Status,
    add_update,
    affected_subscribers,
    city_key,
    event_scope,
    events_db,
    load_event,
    next_seq,
    one_json,
    range_error,
    subscribers_of,
    utc_time,
)

admin_router = APIRouter(prefix="/admin/events", tags=["admin"], dependencies=[Depends(require_admin)])


# -- request models -----------------------------------------------------------------------------------------
def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


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
    BeforeValidator(city_key),
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
    start = utc_time(body.startDate, "startDate") or now
    expected = utc_time(body.expectedEndDate, "expectedEndDate") or start
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
    return one_json(db, load_event(db, event_id), admin=True)


@admin_router.patch("/{event_id}")
def update_event(body: EventPatch, event_id: str = EventId, db: Database = Depends(events_db)) -> dict:
    """Change status, times, scope or wording; every change is one line of the event's history."""
    now = utcnow()
    with db.tx():
        ev = load_event(db, event_id)
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
        start = utc_time(body.startDate, "startDate") or parse_iso(ev["start_at"])
        if status == "active" and start > now:
            if body.startDate is not None:
                raise bad_request("startDate", "startDate: an active event cannot start in the future")
            start = now  # a planned event switched on early starts now
        expected = utc_time(body.expectedEndDate, "expectedEndDate") or parse_iso(ev["expected_end_at"])
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
    return one_json(db, load_event(db, event_id), admin=True)


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
        ev = load_event(db, event_id)
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
    return one_json(db, load_event(db, event_id), admin=True)


@admin_router.get("/{event_id}/affected")
def list_affected(
    event_id: str = EventId, page: Page = Depends(page_params), db: Database = Depends(events_db)
):
    """The subscribers the event touches (trainers pick a demo caller here)."""
    ev = load_event(db, event_id)
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
        for s, services in affected_subscribers(db, event_scope(ev))
    ]
    return slice_list(items, page)
