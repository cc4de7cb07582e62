"""Run reports (``POST /tickets/flowRun``) are back-office writes: every outcome is audited under the
report's own key, a refused attempt as failed, and the report sent again later as done."""

from __future__ import annotations

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.pretreatment.dispatch import report_key
from agentdesk.services.pretreatment.runs import AutoDriver
from agentdesk.services.settings import Settings


@pytest.fixture
def quick_desk(stub_server, run):
    """Retries and the circuit breaker quick enough that a down system is found out at once."""
    config = BackendConfig.from_base_url(stub_server.url, retry_backoff_s=0.01, circuit_cooldown_s=0.0)
    desk = build_desk(config, Settings(), stub_server.url)
    run(desk.session.sign_in("demo_agent", "demo"))
    from agentdesk.features.pretreatment import plug

    plug(desk)
    yield desk
    run(desk.aclose())


def _audit(desk, key: str) -> list[dict]:
    return desk.database.query(
        "SELECT system, operation, outcome, message FROM audit_entry WHERE idempotency_key = ? ORDER BY id",
        (key,),
    )


def _reports(admin, number: str) -> list[dict]:
    writes = admin.get("/admin/writes", params={"number": number}).json()["writes"]
    return [w for w in writes if w["operation"] == "reportFlowRun"]


def test_a_report_refused_while_the_ticket_system_is_down_is_audited_as_failed_then_as_done(
    quick_desk, scenario, admin, run
):
    service = quick_desk.extras["pretreatment"]
    made = scenario("paid_still_barred")
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    try:
        result = run(service.run("barred-after-payment", made["number"], AutoDriver()))
        run(service.flush_reports())
    finally:
        admin.delete("/admin/faults/tickets").raise_for_status()
    key = report_key(result.run_id)
    assert result.ended and _reports(admin, made["number"]) == []
    failed = _audit(quick_desk, key)
    assert [(a["system"], a["operation"], a["outcome"]) for a in failed] == [
        ("tickets", "reportFlowRun", "failed")
    ]
    assert failed[0]["message"], "the audit says why the report did not go"
    assert not run(service.store.get(result.run_id)).reported

    assert run(service.recorder.report_pending()) == 1  # the ticket system is back
    assert [w["idempotency_key"] for w in _reports(admin, made["number"])] == [key]
    assert [a["outcome"] for a in _audit(quick_desk, key)] == ["failed", "ok"]
    assert run(service.store.get(result.run_id)).reported
