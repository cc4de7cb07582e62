"""Service events over real HTTP: scope matching, the affecting look-up, complaint links, SLA, statistics."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from backend_stub.systems.events_model import access_point_matches

WORDING = {"zh": "您所在区域宽带中断，预计18:00恢复。", "en": "Broadband in your area is down until 18:00."}


def _when(**delta: float) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).isoformat()


@pytest.fixture
def events(admin):
    """Opens events through the admin API and cancels those still open after the test,
    so no other test of the session meets them."""
    opened: list[str] = []

    def open_(scope: dict, **fields) -> dict:
        body = {
            "eventType": "incident",
            "title": "测试事件",
            "affectedScope": scope,
            "expectedEndDate": _when(hours=2),
            "publicWording": WORDING,
            **fields,
        }
        r = admin.post("/admin/events", json=body)
        assert r.status_code == 201, r.text
        opened.append(r.json()["id"])
        return r.json()

    yield open_
    for event_id in opened:
        admin.patch(f"/admin/events/{event_id}", json={"status": "cancelled", "note": "test over"})


def _sub(stub_server, number: str) -> dict:
    return stub_server.ctx.db.one("SELECT * FROM crm_subscriber WHERE number=?", (number,))


def _other(stub_server, sql: str, *params) -> dict:
    """A seeded subscriber chosen by the test (test data choice only)."""
    row = stub_server.ctx.db.one(
        "SELECT * FROM crm_subscriber WHERE status='active' AND number NOT IN (SELECT number FROM stub_scenario)"
        f" AND {sql} ORDER BY id LIMIT 1",
        params,
    )
    assert row, sql
    return row


def _affecting(api: httpx.Client, **params) -> dict:
    r = api.get("/events/affecting", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _ids(answer: dict) -> list[str]:
    return [e["id"] for e in answer["events"]]


def test_access_point_patterns():
    assert access_point_matches("OLT-GZ-12", "OLT-GZ-12/PON3/17")
    assert not access_point_matches("OLT-GZ-1", "OLT-GZ-12/PON3/17")
    assert access_point_matches("OLT-GZ-12/PON3", "OLT-GZ-12/PON3/17")
    assert not access_point_matches("OLT-GZ-12/PON3", "OLT-GZ-12/PON31/1")
    assert access_point_matches("OLT-GZ-12/PON2-4", "OLT-GZ-12/PON3/17")
    assert not access_point_matches("OLT-GZ-12/PON4-9", "OLT-GZ-12/PON3/17")
    assert access_point_matches("OLT-GZ-12/PON3/10-20", "OLT-GZ-12/PON3/17")
    assert not access_point_matches("OLT-GZ-12/PON3/18-20", "OLT-GZ-12/PON3/17")
    assert access_point_matches("BTS-GZ-123", "BTS-GZ-123") and not access_point_matches(
        "BTS-GZ-12", "BTS-GZ-123"
    )
    assert not access_point_matches("OLT-GZ-12/PON3/17", "OLT-GZ-12") and not access_point_matches(
        "OLT-GZ-12", None
    )


def test_seeded_events(api, lead_api, admin):
    every = {e["id"]: e for e in api.get("/events", params={"status": "all", "limit": 1000}).json()}
    cutover_sz, fibre_cut, upcoming = every["EV000001"], every["EV000002"], every["EV000003"]
    assert (cutover_sz["eventType"], cutover_sz["status"], cutover_sz["sla"]["state"]) == (
        "planned_cutover",
        "resolved",
        "met",
    )
    assert cutover_sz["affectedCities"] == ["shenzhen"] and cutover_sz["linkedCalls"] == 3
    assert (fibre_cut["eventType"], fibre_cut["status"], fibre_cut["sla"]["state"]) == (
        "incident",
        "resolved",
        "breached",
    )
    assert fibre_cut["sla"] | {"state": None} == {
        "promisedMinutes": 300,
        "originalPromisedMinutes": 240,
        "restoreMinutes": 320,
        "elapsedMinutes": 320,
        "overrunMinutes": 20,
        "met": False,
        "metOriginal": False,
        "state": None,
    }
    assert fibre_cut["linkedCalls"] == 14 and 1 <= fibre_cut["linkedNumbers"] <= 14
    assert [u["changes"] for u in api.get("/events/EV000002").json()["updates"]] == [
        ["opened"],
        ["expectedEndDate"],
        ["status", "actualEndDate"],
    ]
    assert upcoming["status"] == "planned" and upcoming["eventType"] == "planned_cutover"
    assert upcoming["affectedScope"]["accessPoints"][0].startswith("OLT-GZ-")
    start = datetime.fromisoformat(upcoming["startDate"])
    assert timedelta(0) < start - datetime.now(UTC) < timedelta(days=3)
    assert upcoming["publicWording"]["zh"] and upcoming["publicWording"]["en"]

    # the default list is active and upcoming only; no seeded event is active
    default = api.get("/events", params={"city": "guangzhou"}).json()
    assert "EV000003" in [e["id"] for e in default] and not {"EV000001", "EV000002"} & {
        e["id"] for e in default
    }
    assert every["EV000003"]["affectedSubscriberCount"] > 0

    # a subscriber on the upcoming cutover's OLT: nothing now, the cutover when looking ahead
    number = admin.get("/admin/events/EV000003/affected", params={"limit": 1}).json()[0]["number"]
    assert "EV000003" not in _ids(_affecting(api, number=number))
    ahead = _affecting(api, number=number, upcomingHours=72)
    assert "EV000003" in _ids(ahead) and ahead["events"][0]["impact"][0]["number"] == number
    stats = lead_api.get("/events/statistics", params={"from": _when(days=-14)}).json()
    seeded = {e["id"]: e for e in stats["events"]}
    assert sum(h["calls"] for h in seeded["EV000002"]["callsPerHour"]) == 14


def test_open_touches_the_olt_and_not_elsewhere(api, admin, events, scenario, stub_server):
    bb = scenario("bb_wrong_password")
    sub = _sub(stub_server, bb["number"])
    olt = sub["access_point"].split("/")[0]
    elsewhere = _other(
        stub_server,
        "service_type='broadband' AND city=? AND access_point NOT LIKE ?",
        sub["city"],
        olt + "/%",
    )
    mobile_same_city = _other(stub_server, "service_type='mobile' AND city=?", sub["city"])
    ev = events({"accessPoints": [olt.lower()], "serviceTypes": ["broadband", "iptv"]}, title="光缆中断")
    assert ev["status"] == "active" and ev["affectedScope"]["accessPoints"] == [olt]
    assert ev["affectedCities"] == [sub["city"]] and ev["affectedSubscriberCount"] >= 1
    assert (
        bb["number"]
        in api.get(f"/admin/events/{ev['id']}/affected", headers=admin.headers, params={"limit": 1000}).text
    )

    hit = _affecting(api, number=bb["number"])
    assert hit["affected"] is True and _ids(hit) == [ev["id"]]
    assert hit["events"][0]["impact"] == [
        {
            "number": bb["number"],
            "subscriberId": sub["id"],
            "serviceType": "broadband",
            "affectedServices": ["broadband", "iptv"],
        }
    ]
    assert (
        hit["events"][0]["publicWording"] == WORDING
        and hit["subscribers"][0]["accessPoint"] == sub["access_point"]
    )
    by_customer = _affecting(api, customerId=bb["customer_id"])
    assert _ids(by_customer) == [ev["id"]] and by_customer["number"] is None
    miss = _affecting(api, number=elsewhere["number"])
    assert miss["affected"] is False and ev["id"] not in _ids(miss)
    assert ev["id"] not in _ids(_affecting(api, number=mobile_same_city["number"]))
    assert ev["id"] in [e["id"] for e in api.get("/events", params={"city": sub["city"]}).json()]
    other_city = next(c for c in ("guangzhou", "shenzhen") if c != sub["city"])
    assert ev["id"] not in [e["id"] for e in api.get("/events", params={"city": other_city}).json()]
    assert ev["id"] not in [
        e["id"] for e in api.get("/events", params={"serviceType": "mobile_voice"}).json()
    ]

    # narrower: a port range that holds the subscriber's port, and one that does not
    olt_, pon, port = sub["access_point"].split("/")
    n = int(port)
    inside = events(
        {"accessPoints": [f"{olt_}/{pon}/{max(1, n - 1)}-{n + 1}"], "serviceTypes": ["broadband"]}
    )
    outside = events({"accessPoints": [f"{olt_}/{pon}/{n + 1}-{n + 5}"], "serviceTypes": ["broadband"]})
    ids = _ids(_affecting(api, number=bb["number"]))
    assert inside["id"] in ids and outside["id"] not in ids

    # closing it empties the look-up
    r = admin.post(f"/admin/events/{ev['id']}/close", json={"note": "熔接完成"})
    assert r.status_code == 200 and r.json()["status"] == "resolved" and r.json()["actualEndDate"]
    assert r.json()["updates"][-1]["note"] == "熔接完成"
    for other in (inside, outside):
        admin.post(f"/admin/events/{other['id']}/close")
    after = _affecting(api, number=bb["number"])
    assert after["affected"] is False and after["events"] == []
    assert admin.post(f"/admin/events/{ev['id']}/close").status_code == 409


def test_service_types_and_around_number(api, admin, events, scenario, stub_server):
    bb = scenario("bb_wrong_password")
    mob = scenario("vas_unsubscribed_still_billed")  # ISMP still has the VAS active
    city = _sub(stub_server, mob["number"])["city"]
    plain_mobile = _other(
        stub_server,
        "service_type='mobile' AND city=? AND number NOT IN (SELECT number FROM ismp_subscription WHERE state='active')",
        city,
    )
    # a broadband cutover over the whole city does not touch a mobile number
    cut = events({"cities": [city], "serviceTypes": ["broadband"]}, eventType="planned_cutover")
    assert cut["id"] not in _ids(_affecting(api, number=mob["number"]))
    # the VAS platform touches mobiles with an active VAS only
    vas = events({"cities": [city], "serviceTypes": ["vas"]})
    assert vas["id"] in _ids(_affecting(api, number=mob["number"]))
    assert vas["id"] not in _ids(_affecting(api, number=plain_mobile["number"]))
    # aroundNumber adds the subscriber's base station (mobile) or OLT (broadband)
    bts = events({"serviceTypes": ["mobile_data"]}, aroundNumber=mob["number"])
    assert bts["affectedScope"]["baseStations"] == [_sub(stub_server, mob["number"])["access_point"]]
    hit = next(e for e in _affecting(api, number=mob["number"])["events"] if e["id"] == bts["id"])
    assert hit["impact"][0]["affectedServices"] == ["mobile_data"]
    olt = events({"serviceTypes": ["broadband", "fixed_voice"]}, aroundNumber=bb["number"])
    assert olt["affectedScope"]["accessPoints"] == [
        _sub(stub_server, bb["number"])["access_point"].split("/")[0]
    ]
    affected = api.get(f"/admin/events/{olt['id']}/affected", headers=admin.headers, params={"limit": 1000})
    assert bb["number"] in [a["number"] for a in affected.json()]
    assert int(affected.headers["X-Total-Count"]) == olt["affectedSubscriberCount"]


def test_planned_event_and_updates(api, admin, events, scenario):
    bb = scenario("bb_wrong_password")
    ev = events(
        {"serviceTypes": ["broadband"]},
        aroundNumber=bb["number"],
        eventType="planned_cutover",
        startDate=_when(hours=5),
        expectedEndDate=_when(hours=9),
    )
    assert ev["status"] == "planned" and ev["sla"]["state"] == "notStarted"
    assert ev["id"] not in _ids(_affecting(api, number=bb["number"]))
    ahead = _affecting(api, number=bb["number"], upcomingHours=6)
    assert ev["id"] in _ids(ahead) and ahead["affected"] is False
    assert ev["id"] not in _ids(_affecting(api, number=bb["number"], upcomingHours=4))

    r = admin.patch(
        f"/admin/events/{ev['id']}",
        json={"status": "active", "publicWording": {"en": "Started early."}, "note": "提前开始"},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "active" and body["publicWording"] == {
        "zh": WORDING["zh"],
        "en": "Started early.",
    }
    assert datetime.fromisoformat(body["startDate"]) <= datetime.now(UTC)
    assert body["updates"][-1]["changes"] == ["status", "startDate", "publicWording.en"]
    assert ev["id"] in _ids(_affecting(api, number=bb["number"]))

    # a cutover whose window is moved into the past is taken as finished then
    end = _when(minutes=-1)
    r = admin.patch(f"/admin/events/{ev['id']}", json={"startDate": _when(hours=-2), "expectedEndDate": end})
    assert r.status_code == 200, r.text
    done = api.get(f"/events/{ev['id']}").json()
    assert done["status"] == "resolved" and done["actualEndDate"] == done["expectedEndDate"]
    assert done["sla"]["state"] == "met"
    assert {"by": "system", "changes": ["status", "actualEndDate"]} in [
        {"by": u["by"], "changes": u["changes"]} for u in done["updates"]
    ]
    assert ev["id"] not in _ids(_affecting(api, number=bb["number"]))
    r = admin.patch(f"/admin/events/{ev['id']}", json={"status": "active"})
    assert r.status_code == 409 and r.json()["field"] == "status"
    r = admin.patch(f"/admin/events/{ev['id']}", json={"internalNote": "root cause: splice"})
    assert r.status_code == 200 and r.json()["internalNote"] == "root cause: splice"


def test_sla_numbers(admin, api, events, scenario):
    bb = scenario("bb_wrong_password")
    scope = {"serviceTypes": ["broadband"]}
    late = events(
        scope, aroundNumber=bb["number"], startDate=_when(hours=-3), expectedEndDate=_when(hours=-1)
    )
    assert late["sla"]["state"] == "overdue" and 59 <= late["sla"]["overrunMinutes"] <= 61
    assert 179 <= late["sla"]["elapsedMinutes"] <= 181
    sla = admin.post(f"/admin/events/{late['id']}/close").json()["sla"]
    assert sla["state"] == "breached" and sla["met"] is False and sla["promisedMinutes"] == 120
    assert 179 <= sla["restoreMinutes"] <= 181 and 59 <= sla["overrunMinutes"] <= 61

    quick = events(
        scope, aroundNumber=bb["number"], startDate=_when(hours=-1), expectedEndDate=_when(hours=1)
    )
    assert quick["sla"]["state"] == "running" and quick["sla"]["overrunMinutes"] == 0
    sla = admin.post(f"/admin/events/{quick['id']}/close").json()["sla"]
    assert sla["state"] == "met" and sla["met"] is True and 59 <= sla["restoreMinutes"] <= 61

    # extended once: met against the new promise, not against the original one
    extended = events(
        scope, aroundNumber=bb["number"], startDate=_when(hours=-2), expectedEndDate=_when(hours=-1)
    )
    r = admin.patch(
        f"/admin/events/{extended['id']}", json={"expectedEndDate": _when(hours=1), "note": "推迟"}
    )
    assert r.json()["originalExpectedEndDate"] == extended["expectedEndDate"]
    assert r.json()["updates"][-1] | {"at": None} == {
        "at": None,
        "by": "noc",
        "status": "active",
        "expectedEndDate": r.json()["expectedEndDate"],
        "changes": ["expectedEndDate"],
        "note": "推迟",
    }
    sla = admin.post(f"/admin/events/{extended['id']}/close").json()["sla"]
    assert (sla["met"], sla["metOriginal"], sla["promisedMinutes"], sla["originalPromisedMinutes"]) == (
        True,
        False,
        180,
        60,
    )


def test_complaints_are_linked_counted_and_idempotent(api, lead_api, admin, events, scenario, stub_server):
    bb = scenario("bb_wrong_password")
    neighbour = scenario("bb_wrong_password")
    ev = events({"serviceTypes": ["broadband"]}, aroundNumber=bb["number"])
    key = str(uuid.uuid4())
    body = {
        "number": bb["number"],
        "customerId": bb["customer_id"],
        "note": "客户来电询问恢复时间",
        "callId": "CALL-1",
    }
    r = api.post(f"/events/{ev['id']}/complaint", json=body, headers={"Idempotency-Key": key})
    assert r.status_code == 201, r.text
    link = r.json()
    assert link["eventId"] == ev["id"] and link["registeredBy"] == "demo_agent" and link["team"] == "team-a"
    assert link["event"] == {"id": ev["id"], "linkedCalls": 1, "linkedNumbers": 1}
    again = api.post(f"/events/{ev['id']}/complaint", json=body, headers={"Idempotency-Key": key})
    assert (
        again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true" and again.json() == link
    )
    assert api.get(f"/events/{ev['id']}").json()["linkedCalls"] == 1
    assert api.get(link["href"]).json() == {k: v for k, v in link.items() if k != "event"}
    assert api.get(f"/events/EV000001/complaint/{link['id']}").status_code == 404
    second = api.post(
        f"/events/{ev['id']}/complaint",
        json={"number": bb["number"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert second.json()["event"] == {"id": ev["id"], "linkedCalls": 2, "linkedNumbers": 1}
    listed = api.get(f"/events/{ev['id']}/complaint")
    assert listed.headers["X-Total-Count"] == "2" and [c["id"] for c in listed.json()] == [
        second.json()["id"],
        link["id"],
    ]
    writes = admin.get("/admin/writes", params={"number": bb["number"], "system": "events"}).json()["writes"]
    assert [w["operation"] for w in writes] == ["registerComplaint", "registerComplaint"]
    assert [e["linkedCalls"] for e in api.get("/events").json() if e["id"] == ev["id"]] == [2]

    # only a subscriber the event touches, of the customer named, on an event not cancelled
    olt = _sub(stub_server, bb["number"])["access_point"].split("/")[0]
    elsewhere = _other(stub_server, "service_type='broadband' AND access_point NOT LIKE ?", olt + "/%")
    r = api.post(f"/events/{ev['id']}/complaint", json={"number": elsewhere["number"]})
    assert r.status_code == 409 and r.json()["field"] == "number"
    r = api.post(
        f"/events/{ev['id']}/complaint", json={"number": bb["number"], "customerId": neighbour["customer_id"]}
    )
    assert r.status_code == 400 and r.json()["field"] == "customerId"
    r = api.post(f"/events/{ev['id']}/complaint", json={"number": "19900000000"})
    assert r.status_code == 400 and r.json()["field"] == "number"
    assert admin.patch(f"/admin/events/{ev['id']}", json={"status": "cancelled"}).status_code == 200
    r = api.post(f"/events/{ev['id']}/complaint", json={"number": bb["number"]})
    assert r.status_code == 409 and r.json()["field"] == "status"

    # the team lead's view: calls per hour and SLA
    stats = lead_api.get("/events/statistics", params={"from": _when(hours=-3)})
    assert stats.status_code == 200, stats.text
    ours = next(e for e in stats.json()["events"] if e["id"] == ev["id"])  # cancelled, but calls were linked
    assert ours["sla"]["state"] == "cancelled" and ours["callsInWindow"] == 2
    assert api.get("/events/statistics").status_code == 403


def test_statistics_per_hour(api, lead_api, admin, events, scenario):
    bb = scenario("bb_wrong_password")
    ev = events({"serviceTypes": ["broadband"]}, aroundNumber=bb["number"], startDate=_when(hours=-2))
    for _ in range(3):
        r = api.post(f"/events/{ev['id']}/complaint", json={"number": bb["number"]})
        assert r.status_code == 201
    stats = lead_api.get("/events/statistics", params={"from": _when(hours=-6), "team": "team-a"}).json()
    ours = next(e for e in stats["events"] if e["id"] == ev["id"])
    hours = ours["callsPerHour"]
    assert len(hours) in (3, 4) and hours[0]["calls"] == 0 and sum(h["calls"] for h in hours) == 3
    assert ours["callsInWindow"] == 3 and ours["sla"]["state"] == "running"
    assert stats["totals"]["linkedCalls"] >= 3 and stats["totals"]["active"] >= 1
    other_team = lead_api.get("/events/statistics", params={"from": _when(hours=-6), "team": "team-b"}).json()
    assert all(e["callsInWindow"] == 0 for e in other_team["events"] if e["id"] == ev["id"])
    r = lead_api.get("/events/statistics", params={"from": _when(days=-40)})
    assert r.status_code == 400 and r.json()["field"] == "from"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"affectedScope": {"cities": ["atlantis"], "serviceTypes": ["broadband"]}},
            "affectedScope.cities.0",
        ),
        (
            {"affectedScope": {"districts": ["不存在区"], "serviceTypes": ["broadband"]}},
            "affectedScope.districts.0",
        ),
        (
            {"affectedScope": {"accessPoints": ["PORT 7"], "serviceTypes": ["broadband"]}},
            "affectedScope.accessPoints.0",
        ),
        (
            {"affectedScope": {"accessPoints": ["OLT-GZ-1/PON9-3"], "serviceTypes": ["broadband"]}},
            "affectedScope.accessPoints.0",
        ),
        (
            {"affectedScope": {"baseStations": ["OLT-GZ-1"], "serviceTypes": ["mobile_voice"]}},
            "affectedScope.baseStations.0",
        ),
        ({"affectedScope": {"serviceTypes": []}}, "affectedScope.serviceTypes"),
        ({"affectedScope": {"serviceTypes": ["teleportation"]}}, "affectedScope.serviceTypes.0"),
        ({"eventType": "outage"}, "eventType"),
        ({"title": "x" * 121}, "title"),
        ({"expectedEndDate": _when(hours=-1)}, "expectedEndDate"),
        (
            {
                "eventType": "planned_cutover",
                "startDate": _when(hours=-3),
                "expectedEndDate": _when(hours=-1),
            },
            "expectedEndDate",
        ),
        ({"publicWording": {"zh": "只有中文"}}, "publicWording.en"),
        ({"aroundNumber": "19900000000"}, "aroundNumber"),
        ({"startDate": "1900-01-01T00:00:00Z"}, "startDate"),
    ],
)
def test_open_validation(admin, change, field):
    body = {
        "eventType": "incident",
        "title": "t",
        "affectedScope": {"serviceTypes": ["broadband"], "cities": ["广州"]},
        "expectedEndDate": _when(hours=2),
        "publicWording": WORDING,
        **change,
    }
    r = admin.post("/admin/events", json=body)
    assert r.status_code == 400, r.text
    assert r.json()["field"] == field


def test_lookup_errors_and_auth(api, admin, stub_server):
    assert api.get("/events/affecting").json()["field"] == "number"
    assert api.get("/events/affecting", params={"number": "1", "customerId": "C1"}).status_code == 400
    assert api.get("/events/affecting", params={"number": "19900000000"}).status_code == 404
    assert api.get("/events/affecting", params={"customerId": "C99999999"}).status_code == 404
    r = api.get("/events/affecting", params={"number": "x", "upcomingHours": 9999})
    assert r.status_code == 400 and r.json()["field"] == "upcomingHours"
    r = api.get("/events", params={"status": "active,gone"})
    assert r.status_code == 400 and r.json()["field"] == "status"
    assert api.get("/events", params={"city": "atlantis"}).json()["field"] == "city"
    assert api.get("/events", params={"serviceType": "telepathy"}).json()["field"] == "serviceType"
    assert api.get("/events/EV999999").status_code == 404
    assert api.get("/events/drop-table").status_code == 400
    assert api.post("/events/EV000001/complaint", json={}).json()["field"] == "number"
    assert admin.patch("/admin/events/EV999999", json={"note": "x"}).status_code == 404
    r = admin.patch("/admin/events/EV000002", json={"status": "active"})
    assert r.status_code == 409 and r.json()["field"] == "status"
    r = admin.post("/admin/events/EV000003/close")
    assert r.status_code == 409 and "cancel" in r.json()["message"]
    bare = httpx.Client(base_url=stub_server.url)
    assert bare.get("/events").status_code == 401
    assert bare.get("/events/affecting", params={"number": "x"}).status_code == 401
    assert bare.post("/admin/events", json={}).status_code == 401
    assert api.post("/admin/events", json={}).status_code == 401
    assert api.get("/events/statistics").status_code == 403
