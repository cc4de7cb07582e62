"""Service events opened through the simulator's admin API, scoped as narrowly as the simulator allows
(the subscriber's own broadband/fixed port, or its base station), and always ended after the test: the
simulator is shared by the whole test session, and an event left open would stop other tests' flows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

WORDING = {
    "zh": "您所在区域因光缆中断暂时无法上网，预计今天18:00前恢复。",
    "en": "A cable fault has cut broadband in your area; it should be back by 18:00 today.",
}
BROADBAND = ["broadband", "iptv", "fixed_voice"]
MOBILE = ["mobile_voice", "mobile_data", "vas"]


def utc(delta: timedelta = timedelta()) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def place_of(api: httpx.Client, number: str) -> dict:
    """The subscriber's city and access point, as the events system sees it."""
    r = api.get("/events/affecting", params={"number": number})
    assert r.status_code == 200, r.text
    return next(s for s in r.json()["subscribers"] if s["number"] == number)


def scope_around(api: httpx.Client, number: str, service_types: list[str] | None = None) -> dict:
    """A scope touching ``number``: its own port (broadband, fixed) or its base station (mobile)."""
    place = place_of(api, number)
    point = place["accessPoint"]
    if point.startswith("BTS-"):
        return {"baseStations": [point], "serviceTypes": service_types or MOBILE}
    return {"accessPoints": [point], "serviceTypes": service_types or BROADBAND}


class EventDesk:
    """Opens events for one test and ends every one of them afterwards."""

    def __init__(self, admin: httpx.Client, api: httpx.Client) -> None:
        self.admin = admin
        self.api = api
        self.opened: list[str] = []

    def open(
        self,
        scope: dict,
        *,
        title: str = "光缆中断",
        event_type: str = "incident",
        start: str | None = None,
        end: str | None = None,
        wording: dict | None = None,
    ) -> dict:
        body = {
            "eventType": event_type,
            "title": title,
            "severity": "major",
            "affectedScope": scope,
            "expectedEndDate": end or utc(timedelta(hours=4)),
            "publicWording": wording or WORDING,
        }
        if start:
            body["startDate"] = start
        r = self.admin.post("/admin/events", json=body)
        assert r.status_code == 201, r.text
        event = r.json()
        self.opened.append(event["id"])
        return event

    def around(self, number: str, service_types: list[str] | None = None, **kw) -> dict:
        return self.open(scope_around(self.api, number, service_types), **kw)

    def close(self, event_id: str) -> None:
        r = self.admin.post(f"/admin/events/{event_id}/close", json={"note": "test over"})
        assert r.status_code == 200, r.text

    def end_all(self) -> None:
        for event_id in self.opened:
            status = self.api.get(f"/events/{event_id}").json().get("status")
            if status == "active":
                self.admin.post(f"/admin/events/{event_id}/close", json={"note": "test over"})
            elif status == "planned":
                self.admin.patch(f"/admin/events/{event_id}", json={"status": "cancelled"})


@pytest.fixture
def events_admin(admin, api):
    desk = EventDesk(admin, api)
    yield desk
    desk.end_all()


def writes_of(admin: httpx.Client, number: str) -> list[tuple[str, str]]:
    rows = admin.get("/admin/writes", params={"number": number}).json()["writes"]
    return [(w["system"], w["operation"]) for w in rows]
