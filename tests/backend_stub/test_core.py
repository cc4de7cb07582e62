"""The simulator core: health, OpenAPI, sign-in, admin guard, fault injection."""

from __future__ import annotations

import httpx


def test_health_and_openapi(stub_server):
    assert httpx.get(f"{stub_server.url}/health").json()["status"] == "ok"
    spec = httpx.get(f"{stub_server.url}/openapi.json").json()
    assert spec["info"]["title"].startswith("AgentDesk")


def test_login_roles_and_wrong_password(stub_server):
    r = httpx.post(f"{stub_server.url}/auth/login", json={"username": "demo_lead", "password": "demo"})
    assert r.status_code == 200 and r.json()["roles"] == ["agent", "team_lead"]
    r = httpx.post(f"{stub_server.url}/auth/login", json={"username": "demo_agent", "password": "nope"})
    assert r.status_code == 401 and r.json()["code"] == "unauthorised"


def test_missing_field_names_it(stub_server):
    r = httpx.post(f"{stub_server.url}/auth/login", json={"username": "demo_agent"})
    assert r.status_code == 400 and r.json()["field"] == "password"


def test_token_required_and_expiry(stub_server, admin):
    assert httpx.get(f"{stub_server.url}/auth/me").status_code == 401
    token = httpx.post(f"{stub_server.url}/auth/login", json={"username": "agent07", "password": "demo"}).json()["token"]
    me = httpx.get(f"{stub_server.url}/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["username"] == "agent07"
    admin.post("/admin/tokens/expire", json={"username": "agent07"}).raise_for_status()
    me = httpx.get(f"{stub_server.url}/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401


def test_admin_needs_token(stub_server):
    assert httpx.get(f"{stub_server.url}/admin/scenarios").status_code == 401
    r = httpx.get(f"{stub_server.url}/admin/scenarios", headers={"X-Admin-Token": "wrong"})
    assert r.status_code == 401


def test_fault_spec_validated(admin):
    r = admin.put("/admin/faults/crm", json={"error_rate": 2})
    assert r.status_code == 400 and r.json()["field"] == "error_rate"
    assert admin.put("/admin/faults/nosuch", json={}).status_code == 404
    r = admin.put("/admin/faults/crm", json={"down": True})
    assert r.json()["systems"]["crm"]["down"] is True
    assert admin.delete("/admin/faults").json()["systems"] == {}
