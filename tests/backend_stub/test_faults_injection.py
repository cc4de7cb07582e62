"""Fault injection at run time: one system broken, the others untouched, and repaired again."""

from __future__ import annotations

import json
import time

import pytest


@pytest.fixture
def number(scenario) -> str:
    return scenario("healthy")["number"]


def test_down_system_answers_503_others_work(api, admin, number):
    admin.put("/admin/faults/hlr", json={"down": True}).raise_for_status()
    r = api.get(f"/hlr/subscriber/{number}")
    assert r.status_code == 503 and r.json()["code"] == "unavailable"
    assert api.get(f"/crm/subscriber/byNumber/{number}").status_code == 200
    admin.delete("/admin/faults/hlr").raise_for_status()
    assert api.get(f"/hlr/subscriber/{number}").status_code == 200


def test_errors_malformed_and_timeouts(api, admin, number):
    admin.put("/admin/faults/crm", json={"error_rate": 1, "error_status": 502}).raise_for_status()
    assert api.get(f"/crm/subscriber/byNumber/{number}").status_code == 502
    admin.put("/admin/faults/crm", json={"malformed_rate": 1}).raise_for_status()
    r = api.get(f"/crm/subscriber/byNumber/{number}")
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.text)
    admin.put("/admin/faults/crm", json={"timeout_rate": 1, "timeout_s": 0.3}).raise_for_status()
    t0 = time.monotonic()
    assert api.get(f"/crm/subscriber/byNumber/{number}").status_code == 504
    assert time.monotonic() - t0 >= 0.3


def test_latency_applies_to_one_system_only(api, admin, number):
    admin.put("/admin/faults/billing", json={"latency_ms": 400}).raise_for_status()
    t0 = time.monotonic()
    assert api.get(f"/billing/subscriber/{number}/status").status_code in (200, 404)
    slow = time.monotonic() - t0
    t0 = time.monotonic()
    api.get(f"/crm/subscriber/byNumber/{number}")
    assert slow >= 0.4 and time.monotonic() - t0 < slow


def test_admin_and_health_never_broken(api, admin, stub_server):
    admin.put("/admin/faults/all", json={"down": True}).raise_for_status()
    assert api.get("/health").status_code == 200
    assert api.get("/auth/me").status_code == 200
    assert admin.get("/admin/faults").json()["systems"]["all"]["down"] is True
    assert api.get("/kb/catalogue").status_code == 503
