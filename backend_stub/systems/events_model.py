"""Service events: which subscribers an event touches, its SLA, its JSON, its clock, and the helpers
the agent routes (``events.py``) and the admin routes (``events_admin.py``) share.

Also used by the seed (``events_seed.py``). The scope is judged from CRM's subscriber record (city,
district, access point, service type) and, for the VAS platform, from ISMP's active subscriptions: the
same data the desk shows, so the banner and the counts always agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import Depends, Path

from backend_stub import catalog
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, dumps, iso, loads, parse_iso, utcnow
from backend_stub.errors import bad_request, not_found

EVENT_TYPES = ("incident", "planned_cutover")
STATUSES = ("planned", "active", "resolved", "cancelled")
OPEN_STATUSES = ("planned", "active")
SEVERITIES = ("critical", "major", "minor")
# what a subscriber of each CRM service type can lose; IPTV rides on the broadband line, fixed voice on the
# same OLT/DSLAM, the VAS platform serves mobiles that have an active VAS subscription
SERVICES_OF_KIND: dict[str, tuple[str, ...]] = {
    "broadband": ("broadband", "iptv"),
    "fixed": ("fixed_voice",),
    "mobile": ("mobile_voice", "mobile_data", "vas"),
}
SERVICE_TYPES = ("broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data", "vas")
TRANSITIONS = {
    "planned": {"planned", "active", "cancelled"},
    "active": {"active", "resolved", "cancelled"},
    "resolved": set(),
    "cancelled": set(),
}
CITY_OF_CODE = {v[2].upper(): k for k, v in catalog.CITIES.items()}  # "GZ" -> "guangzhou"
CITY_OF_NAME = {v[0]: k for k, v in catalog.CITIES.items()}  # "广州" -> "guangzhou"
CITY_OF_DISTRICT = {d: k for k, v in catalog.CITIES.items() for d in v[4]}
ACCESS_POINT_RE = re.compile(r"^(OLT|DSLAM)-[A-Z]{2}-\d{1,4}(/[A-Z]{0,8}\d{1,4}(-\d{1,4})?){0,2}$")
BASE_STATION_RE = re.compile(r"^BTS-[A-Z]{2}-\d{1,4}$")
_RANGE = re.compile(r"^([A-Z]*)(\d+)-(\d+)$")
_NUMBERED = re.compile(r"^([A-Z]*)(\d+)$")
MAX_SERIES_HOURS = 31 * 24 + 1
LOCAL = timedelta(hours=8)  # China Standard Time, no daylight saving: wording shows local clock times


# -- scope ------------------------------------------------------------------------------------------------
def segment_matches(pattern: str, value: str) -> bool:
    """One path segment: literal, or a numeric range such as ``PON3-5`` or ``1-16``."""
    m = _RANGE.match(pattern)
    if not m:
        return pattern == value
    v = _NUMBERED.match(value)
    return bool(v) and v.group(1) == m.group(1) and int(m.group(2)) <= int(v.group(2)) <= int(m.group(3))


def access_point_matches(pattern: str, access_point: str | None) -> bool:
    """``OLT-GZ-12`` matches ``OLT-GZ-12/PON3/17`` but not ``OLT-GZ-120/...``: prefixes end at a ``/``."""
    if not access_point:
        return False
    want = pattern.split("/")
    have = access_point.upper().split("/")
    return len(want) <= len(have) and all(segment_matches(w, h) for w, h in zip(want, have, strict=False))


def range_error(pattern: str) -> str | None:
    """A range whose low end is above its high end can match nothing: say so instead of accepting it."""
    for seg in pattern.split("/")[1:]:
        m = _RANGE.match(seg)
        if m and int(m.group(2)) > int(m.group(3)):
            return f"range {seg!r} runs backwards"
    return None


def city_key(value: object) -> object:
    """A city given as key or Chinese name (``广州``) as its key; anything else is left for validation."""
    if isinstance(value, str):
        value = value.strip()
        return CITY_OF_NAME.get(value, value.lower())
    return value


def city_of_element(element: str) -> str | None:
    parts = element.split("-")
    return CITY_OF_CODE.get(parts[1]) if len(parts) > 2 else None


@dataclass(frozen=True)
class Scope:
    """Who an event touches: every given dimension must hold; an empty one does not restrict."""

    cities: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    access_points: tuple[str, ...] = ()
    base_stations: tuple[str, ...] = ()
    service_types: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: dict) -> Scope:
        return cls(
            tuple(data.get("cities", ())),
            tuple(data.get("districts", ())),
            tuple(data.get("accessPoints", ())),
            tuple(data.get("baseStations", ())),
            tuple(data.get("serviceTypes", ())),
        )

    def to_json(self) -> dict:
        return {
            "cities": list(self.cities),
            "districts": list(self.districts),
            "accessPoints": list(self.access_points),
            "baseStations": list(self.base_stations),
            "serviceTypes": list(self.service_types),
        }

    @property
    def network(self) -> tuple[str, ...]:
        return self.access_points + self.base_stations

    def kinds(self) -> list[str]:
        return sorted(k for k, svcs in SERVICES_OF_KIND.items() if set(svcs) & set(self.service_types))

    def affected_cities(self) -> list[str]:
        """Cities the event is in, named or implied by districts and network elements; [] = province-wide."""
        found = set(self.cities)
        if not found:
            found |= {CITY_OF_DISTRICT[d] for d in self.districts if d in CITY_OF_DISTRICT}
            found |= {c for c in map(city_of_element, self.network) if c}
        return [c for c in catalog.CITIES if c in found]

    def touches_city(self, city: str) -> bool:
        cities = self.affected_cities()
        return not cities or city in cities

    def services_for(self, sub: dict) -> list[str]:
        """The event's services this subscriber loses; [] when the event does not touch it.

        ``sub`` is a crm_subscriber row with ``has_vas`` (an active VAS subscription in ISMP)."""
        if sub["status"] == "terminated":
            return []
        if self.cities and sub["city"] not in self.cities:
            return []
        if self.districts and sub["district"] not in self.districts:
            return []
        if self.network and not any(access_point_matches(p, sub["access_point"]) for p in self.network):
            return []
        own = SERVICES_OF_KIND.get(sub["service_type"], ())
        return [s for s in self.service_types if s in own and (s != "vas" or sub.get("has_vas"))]


SUBSCRIBER_COLUMNS = (
    "s.id, s.number, s.customer_id, s.service_type, s.status, s.city, s.district, s.access_point,"
    " EXISTS(SELECT 1 FROM ismp_subscription i WHERE i.number=s.number AND i.state='active') AS has_vas"
)


def affected_subscribers(db: Database, scope: Scope) -> list[tuple[dict, list[str]]]:
    """Every subscriber the scope touches, with the services it loses, in subscriber-id order.

    SQL narrows by service type, city, district and the literal head of each access-point pattern;
    the exact segment and range matching is done here."""
    kinds = scope.kinds()
    if not kinds:
        return []
    sql = f"SELECT {SUBSCRIBER_COLUMNS} FROM crm_subscriber s WHERE s.status != 'terminated'"
    sql += f" AND s.service_type IN ({','.join('?' * len(kinds))})"
    params: list[Any] = list(kinds)
    for column, values in (("city", scope.cities), ("district", scope.districts)):
        if values:
            sql += f" AND s.{column} IN ({','.join('?' * len(values))})"
            params += list(values)
    if scope.network:
        heads = []
        for pattern in scope.network:
            segs = pattern.split("/")
            literal = next((i for i, seg in enumerate(segs) if _RANGE.match(seg)), len(segs))
            heads.append("/".join(segs[:literal]))
        sql += " AND (" + " OR ".join("s.access_point LIKE ?" for _ in heads) + ")"
        params += [h + "%" for h in heads]
    rows = db.query(sql + " ORDER BY s.id", params)
    out = []
    for row in rows:
        services = scope.services_for(row)
        if services:
            out.append((row, services))
    return out


def subscribers_of(db: Database, *, number: str | None = None, customer_id: str | None = None) -> list[dict]:
    if number is not None:
        return db.query(f"SELECT {SUBSCRIBER_COLUMNS} FROM crm_subscriber s WHERE s.number=?", (number,))
    return db.query(
        f"SELECT {SUBSCRIBER_COLUMNS} FROM crm_subscriber s WHERE s.customer_id=? ORDER BY s.id",
        (customer_id,),
    )


# -- time, ids and the event clock -----------------------------------------------------------------------
def minutes(a: datetime, b: datetime) -> int:
    return round((b - a).total_seconds() / 60)


def floor_hour(dt: datetime) -> datetime:
    return dt.replace(minute=0, second=0, microsecond=0)


def local_text(text: str) -> str:
    """An ISO UTC time as the customer hears it (Beijing time), e.g. ``11月28日 05:00``."""
    dt = parse_iso(text) + LOCAL
    return f"{dt.month}月{dt.day}日 {dt:%H:%M}"


def next_seq(db: Database, key: str) -> int:
    with db.tx():
        value = int(db.meta(key) or 0) + 1
        db.set_meta(key, str(value))
    return value


def add_update(db: Database, event_id: str, at: str, by: str, changes: list[str], note: str | None) -> None:
    row = db.one("SELECT status, expected_end_at FROM events_event WHERE id=?", (event_id,))
    db.insert(
        "events_update",
        {
            "event_id": event_id,
            "at": at,
            "by": by,
            "status": row["status"],
            "expected_end_at": row["expected_end_at"],
            "changes_json": dumps(changes),
            "note": note,
        },
    )


def advance(db: Database) -> None:
    """Move events along the clock: a planned event whose start has come is active; a cutover whose
    window has passed without an update is taken as finished on time. Recorded in the history."""
    now = iso(utcnow())
    sql = (
        "SELECT id, event_type, status, start_at, expected_end_at FROM events_event"
        " WHERE (status='planned' AND start_at<=?)"
        " OR (event_type='planned_cutover' AND status IN ('planned','active') AND expected_end_at<=?)"
    )
    if not db.query(sql, (now, now)):
        return
    with db.tx():  # asked again inside the transaction, so two requests never record one step twice
        for ev in db.query(sql, (now, now)):
            if ev["status"] == "planned" and ev["start_at"] <= now:
                db.execute(
                    "UPDATE events_event SET status='active', updated_at=? WHERE id=?", (now, ev["id"])
                )
                add_update(db, ev["id"], ev["start_at"], "system", ["status"], "started as scheduled")
            if ev["event_type"] == "planned_cutover" and ev["expected_end_at"] <= now:
                end = ev["expected_end_at"]
                db.execute(
                    "UPDATE events_event SET status='resolved', actual_end_at=?, updated_at=? WHERE id=?",
                    (end, now, ev["id"]),
                )
                add_update(
                    db,
                    ev["id"],
                    end,
                    "system",
                    ["status", "actualEndDate"],
                    "window ended, closed as scheduled",
                )


# -- SLA and JSON -------------------------------------------------------------------------------------------
def sla(ev: dict, now: datetime) -> dict:
    """Time to restore against the promise: (actual end - start) vs (expected end - start), in minutes.

    ``met`` judges against the current expected end, ``metOriginal`` against the one given at opening."""
    start, expected = parse_iso(ev["start_at"]), parse_iso(ev["expected_end_at"])
    original = parse_iso(ev["original_expected_end_at"])
    out: dict[str, Any] = {
        "promisedMinutes": minutes(start, expected),
        "originalPromisedMinutes": minutes(start, original),
        "restoreMinutes": None,
        "elapsedMinutes": None,
        "overrunMinutes": 0,
        "met": None,
        "metOriginal": None,
    }
    status = ev["status"]
    if status == "resolved" and ev["actual_end_at"]:
        end = parse_iso(ev["actual_end_at"])
        restore = minutes(start, end)
        out.update(
            restoreMinutes=restore,
            elapsedMinutes=restore,
            overrunMinutes=max(0, minutes(expected, end)),
            met=end <= expected,
            metOriginal=end <= original,
            state="met" if end <= expected else "breached",
        )
    elif status == "active":
        out.update(elapsedMinutes=max(0, minutes(start, now)), overrunMinutes=max(0, minutes(expected, now)))
        out["state"] = "overdue" if now > expected else "running"
    else:
        out["state"] = "notStarted" if status == "planned" else "cancelled"
    return out


def linked_counts(db: Database, event_ids: list[str]) -> dict[str, tuple[int, int]]:
    """Calls linked to each event and the distinct numbers among them."""
    if not event_ids:
        return {}
    rows = db.query(
        "SELECT event_id, COUNT(*) AS calls, COUNT(DISTINCT number) AS numbers FROM events_complaint"
        f" WHERE event_id IN ({','.join('?' * len(event_ids))}) GROUP BY event_id",
        event_ids,
    )
    return {r["event_id"]: (r["calls"], r["numbers"]) for r in rows}


def event_json(ev: dict, now: datetime, linked: tuple[int, int] = (0, 0)) -> dict:
    scope = Scope.from_json(loads(ev["scope_json"], {}))
    return {
        "id": ev["id"],
        "href": f"/events/{ev['id']}",
        "@type": "ServiceEvent",
        "@baseType": "ServiceProblem",
        "eventType": ev["event_type"],
        "title": ev["title"],
        "severity": ev["severity"],
        "status": ev["status"],
        "affectedScope": scope.to_json(),
        "affectedCities": scope.affected_cities(),
        "startDate": ev["start_at"],
        "expectedEndDate": ev["expected_end_at"],
        "originalExpectedEndDate": ev["original_expected_end_at"],
        "actualEndDate": ev["actual_end_at"],
        "publicWording": {"zh": ev["public_zh"], "en": ev["public_en"]},
        "internalNote": ev["internal_note"],
        "linkedCalls": linked[0],
        "linkedNumbers": linked[1],
        "sla": sla(ev, now),
        "createdAt": ev["created_at"],
        "createdBy": ev["created_by"],
        "lastUpdate": ev["updated_at"],
    }


def updates_json(db: Database, event_id: str) -> list[dict]:
    rows = db.query("SELECT * FROM events_update WHERE event_id=? ORDER BY at, id", (event_id,))
    return [
        {
            "at": r["at"],
            "by": r["by"],
            "status": r["status"],
            "expectedEndDate": r["expected_end_at"],
            "changes": loads(r["changes_json"], []),
            "note": r["note"],
        }
        for r in rows
    ]


def complaint_json(row: dict) -> dict:
    return {
        "id": row["id"],
        "href": f"/events/{row['event_id']}/complaint/{row['id']}",
        "@type": "EventComplaint",
        "eventId": row["event_id"],
        "number": row["number"],
        "subscriberId": row["subscriber_id"],
        "customerId": row["customer_id"],
        "note": row["note"],
        "callId": row["call_id"],
        "registeredBy": row["agent"],
        "team": row["team"],
        "registeredAt": row["at"],
    }


def calls_per_hour(times: list[str], first: datetime, last: datetime) -> list[dict]:
    """Zero-filled hourly counts from the hour of ``first`` to the hour of ``last`` (the latest hours
    when the span is longer than a month)."""
    start, end = floor_hour(first), floor_hour(last)
    if end < start:
        return []
    start = max(start, end - timedelta(hours=MAX_SERIES_HOURS - 1))
    counts: dict[datetime, int] = {}
    for t in times:
        hour = floor_hour(parse_iso(t))
        counts[hour] = counts.get(hour, 0) + 1
    out = []
    hour = start
    while hour <= end:
        out.append({"hour": iso(hour), "calls": counts.get(hour, 0)})
        hour += timedelta(hours=1)
    return out


# -- shared by the agent and admin routes -------------------------------------------------------------
EventType = Literal["incident", "planned_cutover"]
Severity = Literal["critical", "major", "minor"]
Status = Literal["planned", "active", "resolved", "cancelled"]
ServiceType = Literal["broadband", "iptv", "fixed_voice", "mobile_voice", "mobile_data", "vas"]
EventId = Path(..., max_length=16, pattern=r"^EV\d{6,10}$", description="event id, e.g. EV000003")
STATUS_RANK = {"active": 0, "planned": 1, "resolved": 2, "cancelled": 3}
SAMPLE_NUMBERS = 5


def events_db(ctx: StubContext = Depends(get_ctx)) -> Database:
    """The database with the event clock moved on to now (planned → active, ended cutovers resolved)."""
    advance(ctx.db)
    return ctx.db


def utc_time(value: datetime | None, field: str) -> datetime | None:
    """A client's time in UTC to the second; naive means UTC; odd years are a 400 naming the field."""
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


def load_event(db: Database, event_id: str) -> dict:
    row = db.one("SELECT * FROM events_event WHERE id=?", (event_id,))
    if row is None:
        raise not_found("serviceEvent", event_id)
    return row


def event_scope(ev: dict) -> Scope:
    return Scope.from_json(loads(ev["scope_json"], {}))


def one_json(db: Database, ev: dict, *, admin: bool = False) -> dict:
    out = event_json(ev, utcnow(), linked_counts(db, [ev["id"]]).get(ev["id"], (0, 0)))
    affected = affected_subscribers(db, event_scope(ev))
    out["affectedSubscriberCount"] = len(affected)
    out["updates"] = updates_json(db, ev["id"])
    if admin:
        out["sampleNumbers"] = [sub["number"] for sub, _ in affected[:SAMPLE_NUMBERS]]
    return out
