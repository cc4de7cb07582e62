"""Every fault the simulator can create, run headlessly through its flow over real HTTP.

Front-line faults end ``resolved`` and are really gone in the back end; arrears end ``customer_action``;
line faults, stuck orders and refund requests end ``dispatch`` with a ticket carrying the evidence; a
healthy subscriber gets no needless write. Dial and line tests are diagnostic tests the simulator logs
as writes: they are allowed on broadband runs and are never counted as repairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from agentdesk.services.pretreatment.runs import AutoDriver

#: the writes a run may leave that change nothing of the customer's service
NON_REPAIRS = {("tickets", "reportFlowRun"), ("tickets", "createTroubleTicket"), ("bims", "dialTest"),
               ("bims", "lineTest")}  # fmt: skip


@dataclass(frozen=True)
class Expect:
    flow: str
    outcome: str
    gone: bool  # the fault is cleared in the back end afterwards
    repair: tuple[str, str] | None = None  # the repair write the flow must have made
    ticket_category: str | None = None


FAULTS = {
    "arrears_suspended": Expect("barred-after-payment", "customer_action", gone=False),
    "bb_arrears": Expect("broadband-login", "customer_action", gone=False),
    "paid_still_barred": Expect("barred-after-payment", "resolved", True, ("hlr", "setState")),
    "abnormal_suspension": Expect("barred-after-payment", "resolved", True, ("hlr", "setState")),
    "billing_status_mismatch": Expect("billing-dispute", "resolved", True, ("billing", "syncFromCrm")),
    "billing_dispute_roaming": Expect("billing-dispute", "resolved", gone=False),  # explained: nothing to fix
    "bb_wrong_password": Expect("broadband-login", "resolved", True, ("bims", "resetPassword")),
    "bb_session_limit": Expect("broadband-login", "resolved", True, ("bims", "clearSessions")),
    "bb_mac_mismatch": Expect("broadband-login", "resolved", True, ("bims", "unbindMac")),
    "bb_port_fault": Expect("broadband-login", "resolved", True, ("bims", "restartPort")),
    "bb_line_fault": Expect("broadband-login", "dispatch", False, None, "宽带故障"),
    "order_stuck": Expect("order-not-completed", "dispatch", False, None, "装移机"),
    "addon_not_in_hlr": Expect("addon-not-working", "resolved", True, ("hlr", "activateService")),
    "vpn_member_missing": Expect("mobile-vpn", "resolved", True, ("hlr", "vpnSync")),
    "wlan_radius_out_of_sync": Expect("wireless-data", "resolved", True, ("aaa", "syncFromCrm")),
    "cdma1x_aaa_hlr_out_of_sync": Expect("wireless-data", "resolved", True, ("hlr", "syncFromCrm")),
    "evdo_aaa_out_of_sync": Expect("wireless-data", "resolved", True, ("aaa", "syncFromCrm")),
    "vas_unsubscribed_still_billed": Expect(
        "vas-dispute", "dispatch", True, ("ismp", "syncFromCrm"), "增值业务"
    ),
    "vas_unknown_subscription": Expect("vas-dispute", "dispatch", True, ("ismp", "unsubscribe"), "增值业务"),
}
MOBILE_FLOWS = ["barred-after-payment", "billing-dispute", "addon-not-working", "mobile-vpn", "wireless-data",
                "vas-dispute", "order-not-completed"]  # fmt: skip


def _writes(admin, number: str) -> list[tuple[str, str]]:
    rows = admin.get("/admin/writes", params={"number": number}).json()["writes"]
    return [(w["system"], w["operation"]) for w in rows]


def test_every_fault_of_the_simulator_has_a_flow(admin, service):
    faults = {f["name"] for f in admin.get("/admin/scenarios").json()["faults"]}
    assert faults == set(FAULTS) | {"healthy"}, "a new simulator fault needs its flow and a line here"
    assert {e.flow for e in FAULTS.values()} <= set(service.catalog().flows)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_runs_to_its_end(fault, service, desk, scenario, admin, api, run):
    expect = FAULTS[fault]
    sc = scenario(fault)
    number = sc["number"]
    result = run(service.run(expect.flow, number, AutoDriver()))
    run(service.flush_reports())

    assert result.outcome == expect.outcome, (result.end_step, [(s.step_id, s.outcome) for s in result.steps])
    assert result.steps[0].step_id == "known_events", "every flow asks for known service events first"
    present = admin.get(f"/admin/scenarios/{number}").json()["present"]
    assert present is not expect.gone
    writes = _writes(admin, number)
    repairs = [w for w in writes if w not in NON_REPAIRS]
    if expect.repair is not None:
        assert expect.repair in repairs
    else:
        assert repairs == [], "nothing to repair at the front line, so nothing was written"

    # every write the run made is audited under its own key, and the back end logged it once
    audit = run(desk.audit.entries(number=number))
    audited = {(e.system, e.operation, e.idempotency_key) for e in audit if e.ok}
    for w in result.writes:
        assert (w.system, w.operation, w.idempotency_key) in audited
    keys = [w.idempotency_key for w in result.writes]
    assert len(keys) == len(set(keys))

    # the run is stored locally and reported to the back end for the statistics
    reported = api.get(f"/tickets/flowRun/{result.run_id}")
    assert reported.status_code == 200
    assert reported.json()["outcome"] == expect.outcome and reported.json()["flowId"] == expect.flow
    stored = run(service.store.get(result.run_id))
    assert stored is not None and stored.reported and stored.outcome == expect.outcome

    if expect.outcome == "dispatch":
        assert result.ticket_id, result.dispatch_error
        ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
        assert ticket["category"] == expect.ticket_category
        assert ticket["pretreated"] is True and ticket["flowRunId"] == result.run_id
        evidence = ticket["evidence"]
        assert evidence["flowId"] == expect.flow and evidence["runId"] == result.run_id
        assert [s["step"] for s in evidence["steps"]] == [s.step_id for s in result.steps]
        assert result.ticket_id in result.script.en and result.ticket_id in result.script.zh
    else:
        assert not result.ticket_id


def test_line_fault_ticket_carries_the_test_results(service, scenario, api, run):
    sc = scenario("bb_line_fault")
    result = run(service.run("broadband-login", sc["number"], AutoDriver()))
    ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
    assert ticket["ticketSystem"] == "112" and ticket["ticketType"] == "fault"
    tests = ticket["evidence"]["tests"]
    assert tests["dial.code"] == "734" and tests["line.verdict"] == "poor"
    assert (
        tests["line.attenuation_db"] > tests["line.max_attenuation_db"]
        or tests["line.snr_db"] < tests["line.min_snr_db"]
    )
    assert "线路检测不合格" in ticket["description"] and sc["number"] in ticket["description"]


def test_stuck_order_is_dispatched_to_its_unit(service, scenario, api, run):
    sc = scenario("order_stuck")
    result = run(service.run("order-not-completed", sc["number"], AutoDriver()))
    ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
    assert sc["unit"] in ticket["description"] and sc["stuck_step"] in ticket["description"]
    assert ticket["evidence"]["facts"]["order.id"] == sc["order_id"]
    assert sc["unit"] in result.script.zh


def test_roaming_charge_is_explained_by_the_trip(service, scenario, run):
    sc = scenario("billing_dispute_roaming")
    result = run(service.run("billing-dispute", sc["number"], AutoDriver()))
    assert result.end_step == "roaming_resolved"
    assert result.facts["roaming.places"] == [sc["roaming_place"]]
    assert result.facts["roaming.cdr_count"] == sc["roaming_cdrs"]
    assert sc["roaming_place"] in result.script.zh and "¥" in result.script.en


def test_password_reset_is_shown_but_never_stored(service, desk, scenario, run):
    sc = scenario("bb_wrong_password")
    result = run(service.run("broadband-login", sc["number"], AutoDriver()))
    reset = next(s for s in result.steps if s.step_id == "reset_password")
    password = reset.shown["bims.new_password"]
    assert password and password in reset.found_shown.en  # the agent reads it out from the screen
    assert password not in reset.found.en
    assert reset.facts["bims.new_password"] == "******"
    stored = run(service.store.get(result.run_id))
    assert password not in str(stored.record)
    rows = desk.database.query("SELECT * FROM pretreatment_run")
    assert all(password not in str(r) for r in rows)


@pytest.mark.parametrize("flow", MOBILE_FLOWS)
def test_healthy_subscriber_gets_no_needless_write(flow, service, scenario, admin, run):
    sc = scenario("healthy")
    result = run(service.run(flow, sc["number"], AutoDriver()))
    run(service.flush_reports())
    assert result.outcome in ("resolved", "customer_action")
    assert result.writes == []
    assert _writes(admin, sc["number"]) == [("tickets", "reportFlowRun")]
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is True  # still healthy


def test_a_working_broadband_account_gets_a_dial_test_and_no_repair(service, scenario, admin, run):
    sc = scenario("order_stuck")  # its broadband account itself is in order
    result = run(service.run("broadband-login", sc["number"], AutoDriver()))
    run(service.flush_reports())
    assert result.outcome == "resolved" and result.end_step == "resolved"
    assert [(w.system, w.operation) for w in result.writes] == [("bims", "dialTest")]
    assert _writes(admin, sc["number"]) == [("bims", "dialTest"), ("tickets", "reportFlowRun")]
