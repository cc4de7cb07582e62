"""How the engine behaves around the agent: a known event first, going back and skipping, declining,
retrying a failed write under the same key, cancelling, failures of look-ups and of the ticket system,
and the ticket desk taking the dispatch over when it is plugged in."""

from __future__ import annotations

import asyncio
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.services.errors import ServiceError
from agentdesk.services.pretreatment.engine import FlowNotApplicable
from agentdesk.services.pretreatment.runs import BACK, RETRY, SKIP, AutoDriver
from agentdesk.services.pretreatment.service import FlowUnavailable, PretreatmentService


def _writes(admin, number: str, *, system: str | None = None) -> list[tuple[str, str]]:
    params = {"number": number} | ({"system": system} if system else {})
    return [(w["system"], w["operation"]) for w in admin.get("/admin/writes", params=params).json()["writes"]]


# -- known service events -------------------------------------------------------------------------------
def _open_event(admin, number: str, service_types: list[str]) -> dict:
    end = (datetime.now(UTC) + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = admin.post("/admin/events", json={
        "eventType": "incident", "title": "光缆中断", "aroundNumber": number, "expectedEndDate": end,
        "affectedScope": {"serviceTypes": service_types},
        "publicWording": {"zh": "您所在区域因光缆中断暂时无法上网，预计今天18:00前恢复。",
                          "en": "A cable fault has cut broadband in your area; it should be back by 18:00 today."},
    })  # fmt: skip
    assert r.status_code == 201, r.text
    return r.json()


@pytest.mark.parametrize(("fault", "flow", "types"), [
    ("bb_wrong_password", "broadband-login", ["broadband", "iptv"]),
    ("paid_still_barred", "barred-after-payment", ["mobile_voice", "mobile_data"]),
])  # fmt: skip
def test_a_known_event_ends_the_flow_before_anything_is_touched(
    fault, flow, types, service, scenario, admin, api, run
):
    sc = scenario(fault)
    event = _open_event(admin, sc["number"], types)
    try:
        result = run(service.run(flow, sc["number"], AutoDriver()))
        assert result.outcome == "resolved" and result.end_step == "known_event"
        assert [s.step_id for s in result.steps] == [
            "known_events",
            "known_event_check",
            "known_event_register",
        ]
        assert "光缆中断" in result.script.zh and "18:00" in result.script.en
        assert not result.ticket_id
        # the fault is untouched, and the only write is the call counted against the event
        assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is True
        assert [w for w in _writes(admin, sc["number"]) if w[0] not in ("events", "tickets")] == []
        assert _writes(admin, sc["number"], system="events") == [("events", "registerComplaint")]
        assert api.get(f"/events/{event['id']}").json()["linkedCalls"] == 1
    finally:
        admin.post(f"/admin/events/{event['id']}/close", json={"note": "test over"})
    again = run(service.run(flow, sc["number"], AutoDriver()))
    assert again.end_step != "known_event" and again.outcome == "resolved"  # closed: the flow goes on


def test_declining_to_count_the_call_still_ends_at_the_event(service, scenario, admin, run):
    sc = scenario("bb_port_fault")
    event = _open_event(admin, sc["number"], ["broadband"])
    try:
        result = run(service.run("broadband-login", sc["number"], AutoDriver(confirm=False)))
        assert result.end_step == "known_event" and result.writes == []
    finally:
        admin.post(f"/admin/events/{event['id']}/close", json={})


# -- the agent's part: back, skip, decline ------------------------------------------------------------------
TWO_QUESTIONS = """
id = "two-questions"
category = "停复机"
service_types = ["mobile"]
title = { en = "Two questions", zh = "两个问题" }

[[steps]]
id = "status"
kind = "query"
query = "crm_billing_status"
next = "first"
title = { en = "Status", zh = "状态" }

[[steps]]
id = "first"
kind = "ask"
title = { en = "First", zh = "第一" }
question = { en = "First?", zh = "第一？" }
choices = [
  { id = "a", text = { en = "A", zh = "甲" }, next = "{after_a}" },
  { id = "b", text = { en = "B", zh = "乙" }, next = "end_b" },
]

[[steps]]
id = "sync"
kind = "action"
action = "billing_sync_from_crm"
title = { en = "Sync", zh = "同步" }
confirm = { en = "Sync {subject.number}?", zh = "同步{subject.number}？" }
next = "second"
on_failure = "second"
on_decline = "second"

[[steps]]
id = "second"
kind = "ask"
title = { en = "Second", zh = "第二" }
question = { en = "Second?", zh = "第二？" }
skip = "end_skipped"
choices = [
  { id = "c", text = { en = "C", zh = "丙" }, next = "end_c" },
  { id = "d", text = { en = "D", zh = "丁" }, next = "sync" },
]

[[steps]]
id = "end_b"
kind = "end"
outcome = "resolved"
title = { en = "B", zh = "乙" }
script = { en = "B.", zh = "乙。" }

[[steps]]
id = "end_c"
kind = "end"
outcome = "resolved"
title = { en = "C", zh = "丙" }
script = { en = "C.", zh = "丙。" }

[[steps]]
id = "end_skipped"
kind = "end"
outcome = "customer_action"
title = { en = "Skipped", zh = "跳过" }
script = { en = "Skipped.", zh = "跳过。" }
"""


class ScriptedDriver(AutoDriver):
    """Answers asks from a list, in order; records what it was offered."""

    def __init__(self, answers: list[str]):
        super().__init__()
        self.script = list(answers)

    async def ask(self, prompt):
        self.asked.append(prompt)
        return self.script.pop(0)


@pytest.fixture
def custom_service(desk, tmp_path):
    def make(text: str) -> PretreatmentService:
        (tmp_path / "two-questions.toml").write_text(textwrap.dedent(text), encoding="utf-8")
        service = PretreatmentService(
            desk.backoffice, desk.database, agent=lambda: "demo_agent", audit=desk.audit, flows_dir=tmp_path
        )
        assert service.catalog().unavailable == ()
        desk.extras["custom"] = service  # closed with the desk
        return service

    return make


def test_going_back_to_the_previous_question_when_nothing_was_written(custom_service, scenario, run):
    service = custom_service(TWO_QUESTIONS.replace("{after_a}", "second"))
    number = scenario("healthy")["number"]
    driver = ScriptedDriver(["a", BACK, "b"])
    result = run(service.run("two-questions", number, driver))
    assert [p.step_id for p in driver.asked] == ["first", "second", "first"]
    assert [p.can_back for p in driver.asked] == [False, True, False]
    assert result.end_step == "end_b"
    assert [s.step_id for s in result.steps][-2:] == ["status", "first"]
    assert result.facts["answer.first"] == "b"


def test_no_going_back_over_a_write_and_skipping_where_allowed(custom_service, scenario, admin, run):
    service = custom_service(TWO_QUESTIONS.replace("{after_a}", "sync"))
    number = scenario("healthy")["number"]
    driver = ScriptedDriver(["a", SKIP])
    result = run(service.run("two-questions", number, driver))
    second = driver.asked[1]
    assert second.step_id == "second" and second.can_back is False and second.can_skip is True
    assert result.end_step == "end_skipped" and result.outcome == "customer_action"
    assert result.steps[-1].outcome == "skipped"
    assert ("billing", "syncFromCrm") in _writes(admin, number)


def test_declined_action_writes_nothing_and_follows_the_flow(service, scenario, admin, api, run):
    sc = scenario("paid_still_barred")
    driver = AutoDriver(confirm=False)
    result = run(service.run("barred-after-payment", sc["number"], driver))
    preview = driver.confirmed[0]
    assert preview.customer_name == sc["customer_name"] and preview.number == sc["number"]
    assert sc["customer_name"] in preview.confirm.en and sc["number"] in preview.confirm.zh
    assert result.end_step == "dispatch_fault" and result.ticket_id
    assert [w for w in _writes(admin, sc["number"]) if w[0] == "hlr"] == []
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is True


# -- failures ----------------------------------------------------------------------------------------------
class RetryOnce(AutoDriver):
    """Takes the HLR down when the agent confirms, brings it back on the failure and retries."""

    def __init__(self, admin):
        super().__init__()
        self.admin = admin
        self.failures = []

    async def confirm(self, preview):
        self.admin.put("/admin/faults/hlr", json={"down": True}).raise_for_status()
        return await super().confirm(preview)

    async def failed(self, failure):
        self.failures.append(failure)
        self.admin.delete("/admin/faults/hlr").raise_for_status()
        return RETRY


def test_a_failed_write_is_retried_under_the_same_key(service, desk, scenario, admin, run):
    sc = scenario("paid_still_barred")
    driver = RetryOnce(admin)
    result = run(service.run("barred-after-payment", sc["number"], driver))
    assert len(driver.failures) == 1 and driver.failures[0].step_id == "restore"
    restore = next(s for s in result.steps if s.step_id == "restore")
    assert [w.ok for w in restore.writes] == [False, True]
    assert restore.writes[0].idempotency_key == restore.writes[1].idempotency_key
    assert _writes(admin, sc["number"]).count(("hlr", "setState")) == 1
    audit = run(desk.audit.entries(number=sc["number"]))
    outcomes = sorted(e.outcome for e in audit if e.idempotency_key == restore.writes[0].idempotency_key)
    assert outcomes == ["failed", "ok"]
    assert result.outcome == "resolved"


def test_a_look_up_that_fails_stops_the_run_without_an_end(service, scenario, admin, api, run):
    sc = scenario("paid_still_barred")
    admin.put("/admin/faults/hlr", json={"down": True}).raise_for_status()
    result = run(service.run("barred-after-payment", sc["number"], AutoDriver()))
    assert result.outcome == "aborted" and "HLR" in result.error
    assert result.steps[-1].step_id == "network" and result.steps[-1].outcome == "error"
    run(service.flush_reports())
    assert api.get(f"/tickets/flowRun/{result.run_id}").status_code == 404  # only ended runs are reported
    stored = run(service.store.get(result.run_id))
    assert stored.outcome == "aborted" and not stored.reported


@pytest.fixture
def patient_service(stub_server, run):
    """A desk whose circuit breakers stay closed, so "later" can be now in a test."""
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.features.pretreatment import plug
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings

    config = BackendConfig.from_base_url(stub_server.url).with_options(
        circuit_failures=100, retry_backoff_s=0.05
    )
    d = build_desk(config, Settings(), stub_server.url)
    run(d.session.sign_in("demo_agent", "demo"))
    plug(d)
    yield d.extras["pretreatment"]
    run(d.aclose())


def test_ticket_system_down_the_run_is_reported_later(patient_service, scenario, admin, api, run):
    service = patient_service
    sc = scenario("order_stuck")
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    result = run(service.run("order-not-completed", sc["number"], AutoDriver()))
    run(service.flush_reports())
    assert result.outcome == "dispatch" and not result.ticket_id and "Tickets" in result.dispatch_error
    assert not run(service.store.get(result.run_id)).reported
    admin.delete("/admin/faults/tickets").raise_for_status()
    assert run(service.recorder.report_pending()) >= 1
    assert api.get(f"/tickets/flowRun/{result.run_id}").json()["outcome"] == "dispatch"
    assert run(service.store.get(result.run_id)).reported


def test_cancelling_a_run_keeps_its_record_and_writes_nothing(service, scenario, admin, run):
    sc = scenario("paid_still_barred")
    waiting = asyncio.Event()

    class Hesitant(AutoDriver):
        async def confirm(self, preview):
            waiting.set()
            await asyncio.Event().wait()  # the agent never answers: the wizard is closed

    async def body():
        task = asyncio.ensure_future(service.run("barred-after-payment", sc["number"], Hesitant()))
        await waiting.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(body())
    runs = run(service.recent_runs())
    mine = [r for r in runs if r.number == sc["number"]]
    assert mine and mine[0].outcome == "cancelled" and not mine[0].reported
    assert [w for w in _writes(admin, sc["number"]) if w[0] == "hlr"] == []


def test_a_flow_runs_only_on_its_service_types_and_only_if_available(service, scenario, run):
    mobile = scenario("healthy")["number"]
    with pytest.raises(FlowNotApplicable):
        run(service.run("broadband-login", mobile, AutoDriver()))
    with pytest.raises(FlowUnavailable):
        run(service.run("no-such-flow", mobile, AutoDriver()))
    assert isinstance(FlowNotApplicable("x"), ServiceError)


# -- with the ticket desk plugged in ------------------------------------------------------------------------
def test_the_ticket_desk_takes_the_dispatch_over(desk, scenario, api, run):
    from agentdesk.features import pretreatment, tickets

    tickets.plug(desk)
    pretreatment.plug(desk)
    service, ticket_desk = desk.extras["pretreatment"], desk.extras["tickets"]
    sc = scenario("bb_line_fault")
    wrapups = ticket_desk.wrapups
    wrapups.call_for(sc["customer_id"], sc["number"], sc["customer_name"])
    result = run(service.run("broadband-login", sc["number"], AutoDriver()))
    assert result.outcome == "dispatch" and result.ticket_id.startswith("T112-")
    entries = run(ticket_desk.outbox.entries(owner="demo_agent"))
    assert any(e.ticket_id == result.ticket_id and e.draft.flow_run_id == result.run_id for e in entries)
    ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
    assert ticket["evidence"]["tests"]["line.verdict"] == "poor"
    call = wrapups.current(sc["customer_id"])
    assert [r.run_id for r in call.runs] == [result.run_id] and result.ticket_id in call.ticket_ids


def test_report_pending_sends_nothing_twice(service, scenario, api, run):
    sc = scenario("healthy")
    result = run(service.run("mobile-vpn", sc["number"], AutoDriver()))
    run(service.flush_reports())
    assert run(service.recorder.report_pending()) == 0
    runs = api.get("/tickets/flowRun", params={"number": sc["number"]}).json()
    assert [r["id"] for r in runs] == [result.run_id]


def test_runs_of_one_customer_are_listed_newest_first(service, scenario, run):
    sc = scenario("healthy")
    first = run(service.run("mobile-vpn", sc["number"], AutoDriver()))
    second = run(service.run("addon-not-working", sc["number"], AutoDriver()))
    runs = run(service.recent_runs(sc["customer_id"]))
    assert [r.id for r in runs] == [second.run_id, first.run_id]
    assert runs[0].record["steps"][0]["step"] == "known_events"
