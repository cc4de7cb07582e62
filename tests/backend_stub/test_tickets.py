"""The tickets system (10000 + 112) over real HTTP: routing, idempotent create, notes, status history,
overdue/stuck/escalated, front-line closing, pretreatment runs, and statistics recomputed from lists."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timedelta

import httpx
import pytest

from tests.support.stub_fixtures import ADMIN


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def customer(stub_server) -> dict:
    """A seeded customer with a service number, taken from the seeded tickets."""
    token = httpx.post(
        f"{stub_server.url}/auth/login", json={"username": "demo_agent", "password": "demo"}
    ).json()
    r = httpx.get(
        f"{stub_server.url}/tickets/troubleTicket",
        params={"limit": 1, "ticketType": "fault"},
        headers={"Authorization": f"Bearer {token['token']}"},
    )
    t = r.json()[0]
    return {"customerId": t["customerId"], "number": t["number"]}


@pytest.fixture
def login(stub_server):
    """``login("agent31")`` -> an httpx client signed in as that user."""
    clients = []

    def make(user: str) -> httpx.Client:
        token = httpx.post(
            f"{stub_server.url}/auth/login", json={"username": user, "password": "demo"}
        ).json()["token"]
        c = httpx.Client(base_url=stub_server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        clients.append(c)
        return c

    yield make
    for c in clients:
        c.close()


def new_ticket(client: httpx.Client, customer: dict, key: str | None = None, **fields) -> httpx.Response:
    body = {
        "ticketType": "fault",
        "category": "宽带故障",
        "description": f"test {uuid.uuid4()}",
        **customer,
        **fields,
    }
    headers = {"Idempotency-Key": key} if key else {}
    return client.post("/tickets/troubleTicket", json=body, headers=headers)


def test_routing_per_type(api, customer):
    systems = {}
    for ttype, category in (("consult", "业务咨询"), ("complaint", "计费争议"), ("fault", "宽带故障")):
        r = new_ticket(api, customer, ticketType=ttype, category=category, severity="major")
        assert r.status_code == 201, r.text
        t = r.json()
        systems[ttype] = t["ticketSystem"]
        assert t["id"].startswith(f"T{t['ticketSystem']}-")
        assert t["status"] == "acknowledged" and t["createdBy"] == "demo_agent"
        assert [c["status"] for c in t["statusChange"]] == ["acknowledged"]
        hours = {"consult": 24, "complaint": 24, "fault": 12}[ttype]
        assert _parse(t["expectedResolutionDate"]) - _parse(t["creationDate"]) == timedelta(hours=hours)
        assert t["overdue"] is False and t["priority"] == 2
    assert systems == {"consult": "10000", "complaint": "10000", "fault": "112"}


def test_number_alone_finds_customer_and_contact(api, customer):
    t = new_ticket(api, {"number": customer["number"]}).json()
    assert t["customerId"] == customer["customerId"] and t["contactPhone"]


def test_same_idempotency_key_creates_one_ticket(api, admin, customer):
    key = str(uuid.uuid4())
    marker = f"double submit {key}"
    first = new_ticket(api, customer, key=key, description=marker)
    second = new_ticket(api, customer, key=key, description=marker)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert second.headers["Idempotency-Replayed"] == "true"
    mine = api.get("/tickets/troubleTicket", params={"number": customer["number"], "limit": 1000}).json()
    assert [t["description"] for t in mine].count(marker) == 1
    writes = admin.get("/admin/writes", params={"number": customer["number"], "system": "tickets"}).json()[
        "writes"
    ]
    assert [w["idempotency_key"] for w in writes].count(key) == 1
    third = new_ticket(api, customer, description=marker)  # no key: a second, separate ticket
    assert third.json()["id"] != first.json()["id"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"category": "没有这个类别"}, "category"),
        ({"ticketType": "question"}, "ticketType"),
        ({"severity": "huge"}, "severity"),
        ({"ticketType": "complaint", "category": "计费争议", "status": "closed"}, "status"),
        ({"number": "19999999999"}, "number"),
        ({"customerId": "C99999999", "number": None}, "customerId"),
        ({"customerId": None, "number": None}, "customerId"),
        ({"description": ""}, "description"),
        ({"requestedCallbackDate": "1066-10-14T10:00:00Z"}, "requestedCallbackDate"),
        ({"evidence": {"blob": "x" * 70_000}}, "evidence"),
    ],
)
def test_bad_tickets_name_the_field(api, customer, fields, field):
    r = new_ticket(api, customer, **fields)
    assert r.status_code == 400, r.text
    assert r.json()["field"] == field


def test_number_of_another_customer_is_refused(api, customer):
    other = api.get("/tickets/troubleTicket", params={"limit": 50}).json()
    stranger = next(t for t in other if t["customerId"] != customer["customerId"] and t["number"])
    r = new_ticket(api, {"customerId": customer["customerId"], "number": stranger["number"]})
    assert r.status_code == 400 and r.json()["field"] == "number"


def test_notes_and_status_history(api, admin, customer):
    t = new_ticket(
        api,
        customer,
        evidence={"flowId": "broadband-login", "dialTest": "691"},
        pretreated=True,
        flowRunId="FR-test-1",
    ).json()
    assert t["evidence"]["dialTest"] == "691" and t["pretreated"] is True
    r = api.post(f"/tickets/troubleTicket/{t['id']}/note", json={"text": "客户要求下午回电"})
    assert r.status_code == 200
    assert [(n["author"], n["text"]) for n in r.json()["note"]] == [("demo_agent", "客户要求下午回电")]
    for status in ("inProgress", "resolved", "closed"):
        r = admin.post(f"/admin/tickets/{t['id']}/status", json={"status": status, "note": f"to {status}"})
        assert r.status_code == 200, r.text
    got = api.get(f"/tickets/troubleTicket/{t['id']}").json()
    assert [c["status"] for c in got["statusChange"]] == ["acknowledged", "inProgress", "resolved", "closed"]
    assert got["statusChange"][-1]["changedBy"] == "backoffice"
    assert got["status"] == "closed" and got["resolutionDate"] is not None
    assert got["closedAtFrontLine"] is False
    r = admin.post(f"/admin/tickets/{t['id']}/status", json={"status": "inProgress"})
    assert r.status_code == 409 and r.json()["field"] == "status"
    assert api.post("/tickets/troubleTicket/T112-99999999/note", json={"text": "x"}).status_code == 404
    assert api.post(f"/tickets/troubleTicket/{t['id']}/note", json={"text": ""}).status_code == 400


def test_status_route_needs_admin_token(stub_server, api, customer):
    t = new_ticket(api, customer).json()
    r = httpx.post(f"{stub_server.url}/admin/tickets/{t['id']}/status", json={"status": "inProgress"})
    assert r.status_code == 401
    r = api.post(f"/admin/tickets/{t['id']}/status", json={"status": "inProgress"})
    assert r.status_code == 401


def test_overdue_and_stuck(api, admin, customer):
    t = new_ticket(api, customer, severity="critical").json()
    admin.patch(f"/admin/tickets/{t['id']}", json={"shiftBackHours": 100}).raise_for_status()
    got = api.get(f"/tickets/troubleTicket/{t['id']}").json()
    assert got["overdue"] is True and got["stuck"] is True
    assert _parse(t["creationDate"]) - _parse(got["creationDate"]) == timedelta(hours=100)
    listed = api.get(
        "/tickets/troubleTicket",
        params={"number": customer["number"], "overdue": True, "stuck": True, "limit": 1000},
    ).json()
    assert t["id"] in [x["id"] for x in listed]
    admin.post(f"/admin/tickets/{t['id']}/status", json={"status": "inProgress"}).raise_for_status()
    got = api.get(f"/tickets/troubleTicket/{t['id']}").json()
    assert got["overdue"] is True and got["stuck"] is False
    admin.post(f"/admin/tickets/{t['id']}/status", json={"status": "resolved"}).raise_for_status()
    got = api.get(f"/tickets/troubleTicket/{t['id']}").json()
    assert got["overdue"] is False and got["stuck"] is False
    listed = api.get(
        "/tickets/troubleTicket", params={"number": customer["number"], "overdue": True, "limit": 1000}
    ).json()
    assert t["id"] not in [x["id"] for x in listed]


def test_escalation_flag(api, admin, customer):
    t = new_ticket(api, customer, ticketType="complaint", category="计费争议", escalated=True).json()
    assert t["escalated"] is True
    ids = [
        x["id"]
        for x in api.get(
            "/tickets/troubleTicket", params={"escalated": True, "limit": 1000, "number": customer["number"]}
        ).json()
    ]
    assert t["id"] in ids
    r = admin.patch(f"/admin/tickets/{t['id']}", json={"escalated": False, "satisfaction": 4})
    assert r.json()["escalated"] is False and r.json()["satisfaction"] == 4


def test_closing_at_the_front_line(api, login, customer):
    closed = new_ticket(api, customer, ticketType="consult", category="资费套餐", status="closed").json()
    assert closed["status"] == "closed" and closed["closedAtFrontLine"] is True
    assert closed["resolutionDate"] == closed["creationDate"]

    consult = new_ticket(api, customer, ticketType="consult", category="业务咨询").json()
    other = login("agent31")
    r = other.post(f"/tickets/troubleTicket/{consult['id']}/close", json={})
    assert r.status_code == 403
    r = api.post(f"/tickets/troubleTicket/{consult['id']}/close", json={"note": "已解答"})
    assert r.status_code == 200 and r.json()["closedAtFrontLine"] is True
    assert r.json()["statusChange"][-1] == {
        "status": "closed",
        "statusChangeDate": r.json()["resolutionDate"],
        "changedBy": "demo_agent",
        "statusChangeReason": "已解答",
    }
    assert api.post(f"/tickets/troubleTicket/{consult['id']}/close", json={}).status_code == 409

    fault = new_ticket(api, customer).json()
    r = api.post(f"/tickets/troubleTicket/{fault['id']}/close", json={})
    assert r.status_code == 409 and r.json()["field"] == "ticketType"

    pretreated = new_ticket(api, customer, pretreated=True, status="closed").json()
    assert pretreated["closedAtFrontLine"] is True and pretreated["ticketSystem"] == "112"


def test_lists_by_customer_number_and_creator(api, login, customer):
    mine = new_ticket(api, customer).json()
    theirs = new_ticket(login("agent32"), customer).json()
    by_customer = api.get(
        "/tickets/troubleTicket", params={"customerId": customer["customerId"], "limit": 1000}
    )
    ids = [t["id"] for t in by_customer.json()]
    assert {mine["id"], theirs["id"]} <= set(ids)
    assert int(by_customer.headers["X-Total-Count"]) == len(ids)
    assert all(t["customerId"] == customer["customerId"] for t in by_customer.json())
    mine_only = api.get("/tickets/troubleTicket", params={"mine": True, "limit": 1000}).json()
    assert mine["id"] in [t["id"] for t in mine_only] and theirs["id"] not in [t["id"] for t in mine_only]
    assert {t["createdBy"] for t in mine_only} == {"demo_agent"}
    page1 = api.get("/tickets/troubleTicket", params={"mine": True, "limit": 3}).json()
    page2 = api.get("/tickets/troubleTicket", params={"mine": True, "limit": 3, "offset": 3}).json()
    assert [t["id"] for t in page1 + page2] == [t["id"] for t in mine_only[:6]]
    created = [t["creationDate"] for t in mine_only]
    assert created == sorted(created, reverse=True)
    r = api.get("/tickets/troubleTicket", params={"status": "acknowledged,bogus"})
    assert r.status_code == 400 and r.json()["field"] == "status"


def test_flow_runs(api, customer):
    run_id = f"run-{uuid.uuid4()}"
    body = {
        "id": run_id,
        "flowId": "broadband-login",
        "durationMs": 95_000,
        "outcome": "dispatch",
        "ticketId": "T112-00000001",
        "steps": [{"step": "dial_test", "outcome": "691"}],
        **customer,
    }
    r = api.post("/tickets/flowRun", json=body, headers={"Idempotency-Key": run_id})
    assert r.status_code == 201 and r.json()["agent"] == "demo_agent"
    again = api.post("/tickets/flowRun", json=body, headers={"Idempotency-Key": run_id})
    assert again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true"
    dup = api.post("/tickets/flowRun", json=body)
    assert dup.status_code == 409 and dup.json()["field"] == "id"
    auto = api.post("/tickets/flowRun", json={**body, "id": None, "outcome": "resolved"}).json()
    assert auto["id"].startswith("FR-")
    listed = api.get(
        "/tickets/flowRun", params={"mine": True, "number": customer["number"], "limit": 1000}
    ).json()
    assert {run_id, auto["id"]} <= {x["id"] for x in listed}
    assert api.get(f"/tickets/flowRun/{run_id}").json()["steps"] == body["steps"]
    r = api.post("/tickets/flowRun", json={**body, "id": None, "outcome": "maybe"})
    assert r.status_code == 400 and r.json()["field"] == "outcome"


def test_seeded_history(lead_api):
    r = lead_api.get("/tickets/troubleTicket", params={"limit": 1})
    assert 2000 <= int(r.headers["X-Total-Count"]) <= 4500
    stats = lead_api.get("/tickets/statistics", params={"from": "2026-08-01T00:00:00Z"}).json()
    t = stats["tickets"]
    assert t["overdue"] > 0 and t["escalated"] > 0 and t["stuck"] > 0
    assert t["satisfaction"]["rated"] > 0 and 1 <= t["satisfaction"]["average"] <= 5
    assert all(t["byType"][k] > 0 for k in ("consult", "complaint", "fault"))
    assert stats["flowRuns"]["total"] >= 3000
    assert len(t["byAgent"]) >= 30 and {a["team"] for a in t["byAgent"]} >= {
        "team-a",
        "team-b",
        "team-c",
        "team-d",
    }
    seeded = lead_api.get("/tickets/troubleTicket", params={"limit": 200, "status": "closed"}).json()
    full = lead_api.get(f"/tickets/troubleTicket/{seeded[-1]['id']}").json()
    assert (
        full["statusChange"][0]["status"] == "acknowledged" and full["statusChange"][-1]["status"] == "closed"
    )


def test_statistics_need_team_lead(api, lead_api):
    r = api.get("/tickets/statistics")
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert api.get("/tickets/statistics/me").status_code == 200
    assert lead_api.get("/tickets/statistics").status_code == 200
    r = lead_api.get(
        "/tickets/statistics", params={"from": "2026-11-02T00:00:00Z", "to": "2026-11-01T00:00:00Z"}
    )
    assert r.status_code == 400 and r.json()["field"] == "to"


def recompute(tickets: list[dict], runs: list[dict], base: int) -> dict:
    """The dashboard numbers by hand, from listed tickets and runs (the documented formulas)."""
    cf = [t for t in tickets if t["ticketType"] != "consult"]
    front = [t for t in tickets if t["closedAtFrontLine"]]
    handled = [
        (_parse(t["resolutionDate"]) - _parse(t["creationDate"])).total_seconds()
        for t in tickets
        if t["resolutionDate"] and not t["closedAtFrontLine"]
    ]
    rated = [t["satisfaction"] for t in tickets if t["satisfaction"] is not None]
    complaints = Counter(t["category"] for t in tickets if t["ticketType"] == "complaint")
    outcomes = Counter(r["outcome"] for r in runs)
    return {
        "total": len(tickets),
        "byType": dict(Counter(t["ticketType"] for t in tickets)),
        "byStatus": dict(Counter(t["status"] for t in tickets)),
        "byCategory": dict(Counter(t["category"] for t in tickets)),
        "overdue": sum(t["overdue"] for t in tickets),
        "stuck": sum(t["stuck"] for t in tickets),
        "escalated": sum(t["escalated"] for t in tickets),
        "closedAtFrontLine": len(front),
        "dispatched": len(tickets) - len(front),
        "pretreatedAndClosed": sum(1 for t in front if t["pretreated"]),
        "pretreatedAndDispatched": sum(1 for t in tickets if t["pretreated"] and not t["closedAtFrontLine"]),
        "pretreatmentRate": sum(t["pretreated"] for t in cf) / len(cf) if cf else None,
        "frontLineResolutionRate": len(front) / len(tickets) if tickets else None,
        "averageHandlingSeconds": sum(handled) / len(handled) if handled else None,
        "satisfaction": sum(rated) / len(rated) if rated else None,
        "complaintsPer10k": {c: n * 10_000 / base for c, n in complaints.items()},
        "byAgent": dict(Counter(t["createdBy"] for t in tickets)),
        "runs": dict(outcomes),
    }


def check(stats: dict, expected: dict) -> None:
    t = stats["tickets"]
    assert t["total"] == expected["total"]
    assert {k: v for k, v in t["byType"].items() if v} == expected["byType"]
    assert {k: v for k, v in t["byStatus"].items() if v} == expected["byStatus"]
    assert t["byCategory"] == expected["byCategory"]
    for key in (
        "overdue",
        "stuck",
        "escalated",
        "closedAtFrontLine",
        "dispatched",
        "pretreatedAndClosed",
        "pretreatedAndDispatched",
    ):
        assert t[key] == expected[key], key
    for key in ("pretreatmentRate", "frontLineResolutionRate", "averageHandlingSeconds"):
        assert t[key] == pytest.approx(expected[key]), key
    assert t["satisfaction"]["average"] == pytest.approx(expected["satisfaction"])
    assert {c: v["per10k"] for c, v in t["complaintsPer10k"]["byCategory"].items()} == pytest.approx(
        expected["complaintsPer10k"]
    )
    assert {a["agent"]: a["total"] for a in t["byAgent"]} == expected["byAgent"]
    assert sum(d["total"] for d in t["byDay"]) == expected["total"]
    assert {k: v for k, v in stats["flowRuns"]["byOutcome"].items() if v} == expected["runs"]


def list_all(client: httpx.Client, path: str, params: dict) -> list[dict]:
    items, offset = [], 0
    while True:
        page = client.get(path, params={**params, "offset": offset, "limit": 1000}).json()
        items += page
        offset += len(page)
        if len(page) < 1000:
            return items


def test_statistics_equal_values_recomputed_from_the_seeded_lists(lead_api):
    period = {"from": "2026-10-01T00:00:00Z", "to": "2026-11-01T00:00:00Z", "team": "team-b"}
    stats = lead_api.get("/tickets/statistics", params=period).json()
    tickets = list_all(lead_api, "/tickets/troubleTicket", period)
    runs = list_all(lead_api, "/tickets/flowRun", period)
    assert len(tickets) > 100 and {t["team"] for t in tickets} == {"team-b"}
    check(stats, recompute(tickets, runs, stats["tickets"]["complaintsPer10k"]["subscriberBase"]))
    days = stats["tickets"]["byDay"]
    assert days[0]["date"] == "2026-10-01" and days[-1]["date"] == "2026-11-01" and len(days) == 32


def test_statistics_of_a_known_set(login, admin, customer):
    """Tickets and runs made here, moved into an empty past window: hand-computed values must match."""
    agent = login("agent39")
    made = [
        new_ticket(agent, customer, ticketType="consult", category="业务咨询", status="closed").json(),
        new_ticket(
            agent, customer, ticketType="complaint", category="计费争议", pretreated=True, status="closed"
        ).json(),
        new_ticket(agent, customer, ticketType="complaint", category="计费争议", escalated=True).json(),
        new_ticket(
            agent, customer, ticketType="fault", category="宽带故障", pretreated=True, severity="critical"
        ).json(),
        new_ticket(agent, customer, ticketType="fault", category="宽带故障").json(),
    ]
    admin.post(f"/admin/tickets/{made[3]['id']}/status", json={"status": "inProgress"}).raise_for_status()
    admin.post(f"/admin/tickets/{made[3]['id']}/status", json={"status": "resolved"}).raise_for_status()
    admin.patch(f"/admin/tickets/{made[3]['id']}", json={"satisfaction": 3}).raise_for_status()
    admin.patch(f"/admin/tickets/{made[0]['id']}", json={"satisfaction": 5}).raise_for_status()
    shift = 24 * 300  # far before the seeded history: only this test's tickets live there
    for t in made:
        admin.patch(f"/admin/tickets/{t['id']}", json={"shiftBackHours": shift}).raise_for_status()
    start = _parse(made[0]["creationDate"]) - timedelta(hours=shift, minutes=5)
    period = {"from": _iso(start), "to": _iso(start + timedelta(hours=2)), "agent": "agent39"}
    for outcome in ("resolved", "resolved", "dispatch"):
        agent.post(
            "/tickets/flowRun",
            json={
                "flowId": "billing-dispute",
                "durationMs": 60_000,
                "outcome": outcome,
                "startedAt": _iso(start + timedelta(minutes=10)),
            },
        ).raise_for_status()
    stats = admin.get("/tickets/statistics", params=period)
    assert stats.status_code == 401  # the admin token is not a team lead's sign-in
    lead = login("demo_lead")
    stats = lead.get("/tickets/statistics", params=period).json()
    t = stats["tickets"]
    assert t["total"] == 5 and t["byType"] == {"consult": 1, "complaint": 2, "fault": 2}
    assert t["closedAtFrontLine"] == 2 and t["dispatched"] == 3
    assert t["pretreatedAndClosed"] == 1 and t["pretreatedAndDispatched"] == 1
    assert t["pretreatmentRate"] == pytest.approx(2 / 4)
    assert t["frontLineResolutionRate"] == pytest.approx(2 / 5)
    assert t["escalated"] == 1 and t["overdue"] == 2 and t["stuck"] == 2  # the two still acknowledged
    assert t["satisfaction"] == {"rated": 2, "average": 4.0}
    assert t["averageHandlingSeconds"] is not None and t["averageHandlingSeconds"] < 60
    assert stats["flowRuns"]["byOutcome"] == {"resolved": 2, "customer_action": 0, "dispatch": 1}
    assert stats["flowRuns"]["resolvedRate"] == pytest.approx(2 / 3)
    tickets = list_all(
        lead, "/tickets/troubleTicket", {"from": period["from"], "to": period["to"], "createdBy": "agent39"}
    )
    runs = list_all(lead, "/tickets/flowRun", period)
    check(stats, recompute(tickets, runs, t["complaintsPer10k"]["subscriberBase"]))
    me = agent.get("/tickets/statistics/me", params={"from": period["from"], "to": period["to"]}).json()
    assert me["tickets"]["total"] == 5 and me["filter"]["agent"] == "agent39"


def test_admin_router_is_guarded(stub_server):
    r = httpx.patch(
        f"{stub_server.url}/admin/tickets/T112-00000001",
        json={"escalated": True},
        headers={"X-Admin-Token": ADMIN + "x"},
    )
    assert r.status_code == 401
    r = httpx.patch(
        f"{stub_server.url}/admin/tickets/T112-99999999",
        json={"escalated": True},
        headers={"X-Admin-Token": ADMIN},
    )
    assert r.status_code == 404


def test_category_catalogue(api):
    body = api.get("/tickets/category").json()
    assert {t["ticketType"]: t["ticketSystem"] for t in body["ticketTypes"]} == {
        "consult": "10000",
        "complaint": "10000",
        "fault": "112",
    }
    assert "宽带故障" in body["categories"] and body["flowOfCategory"]["宽带故障"] == "broadband-login"
