"""``python -m agentdesk.flows``: the command-line runner, as a separate process against the simulator."""

from __future__ import annotations

import json
import subprocess
import sys

SHIPPED = ["addon-not-working", "barred-after-payment", "billing-dispute", "broadband-login", "mobile-vpn",
           "order-not-completed", "vas-dispute", "wireless-data"]  # fmt: skip


def cli(*args: str, stdin: str = "", env_password: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ)
    if env_password is not None:
        env["AGENTDESK_PASSWORD"] = env_password
    return subprocess.run(
        [sys.executable, "-m", "agentdesk.flows", *args], input=stdin, capture_output=True, text=True,
        timeout=120, env=env,
    )  # fmt: skip


def one_json(proc: subprocess.CompletedProcess) -> dict:
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout + proc.stderr
    return json.loads(lines[0])


def test_list_prints_the_flow_ids():
    proc = cli("--list")
    assert proc.returncode == 0
    assert proc.stdout.split() == SHIPPED
    assert cli("list").stdout.split() == SHIPPED


def test_auto_run_fixes_the_fault_and_prints_one_json_object(stub_server, scenario, admin):
    sc = scenario("bb_port_fault")
    proc = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "demo",
               "run", "broadband-login", "--number", sc["number"], "--auto")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = one_json(proc)
    assert out["outcome"] == "resolved" and out["ticket"] is None
    steps = [s["step"] for s in out["steps"]]
    assert steps[0] == "known_events" and "restart_port" in steps and steps[-1] == "works_for_customer"
    assert any(w["operation"] == "restartPort" and w["ok"] for w in out["writes"])
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False


def test_auto_run_that_dispatches_names_the_ticket(stub_server, scenario, api):
    sc = scenario("bb_line_fault")
    proc = cli("--backend", stub_server.url, "--user", "demo_agent", "run", "broadband-login", "--number",
               sc["number"], "--auto", env_password="demo")  # fmt: skip
    out = one_json(proc)
    assert proc.returncode == 0 and out["outcome"] == "dispatch"
    ticket = api.get(f"/tickets/troubleTicket/{out['ticket']}").json()
    assert ticket["flowRunId"] == out["runId"] and ticket["evidence"]["tests"]["line.verdict"] == "poor"
    assert api.get(f"/tickets/flowRun/{out['runId']}").json()["ticketId"] == out["ticket"]


def test_without_auto_the_terminal_is_asked(stub_server, scenario, admin):
    sc = scenario("paid_still_barred")
    declined = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "demo",
                   "run", "barred-after-payment", "--number", sc["number"], stdin="n\n")  # fmt: skip
    out = one_json(declined)
    assert out["outcome"] == "dispatch" and out["endStep"] == "dispatch_fault"
    assert "Restore service first" in declined.stderr and sc["customer_name"] in declined.stderr
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is True
    sc2 = scenario("paid_still_barred")
    confirmed = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "demo",
                    "run", "barred-after-payment", "--number", sc2["number"], stdin="y\n")  # fmt: skip
    assert one_json(confirmed)["outcome"] == "resolved"
    assert admin.get(f"/admin/scenarios/{sc2['number']}").json()["present"] is False


def test_errors_are_one_json_object_and_a_failing_exit_code(stub_server, scenario):
    number = scenario("healthy")["number"]
    wrong = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "nope",
                "run", "mobile-vpn", "--number", number, "--auto")  # fmt: skip
    assert wrong.returncode == 1 and "error" in one_json(wrong)
    unknown = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "demo",
                  "run", "no-such-flow", "--number", number, "--auto")  # fmt: skip
    assert unknown.returncode == 1 and "no-such-flow" in one_json(unknown)["error"]
    wrong_type = cli("--backend", stub_server.url, "--user", "demo_agent", "--password", "demo",
                     "run", "broadband-login", "--number", number, "--auto")  # fmt: skip
    assert wrong_type.returncode == 1 and "broadband" in one_json(wrong_type)["error"]
    assert cli("run", "mobile-vpn", "--number", number).returncode == 1  # no back end given


def test_check_lists_broken_flow_files(tmp_path):
    (tmp_path / "broken.toml").write_text(
        'id = "broken"\n[[steps]]\nid = "x"\nkind = "quey"\n', encoding="utf-8"
    )
    proc = cli("--flows-dir", str(tmp_path), "check")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["available"] == []
    problems = report["unavailable"][0]["problems"]
    assert (
        "broken.toml, step 'x': has unknown kind 'quey'; use one of query, check, action, ask, end"
        in problems
    )
    assert cli("check").returncode == 0


def test_vocabulary_lists_what_a_flow_may_name():
    proc = cli("vocabulary")
    assert proc.returncode == 0
    vocabulary = json.loads(proc.stdout)
    assert vocabulary["queries"]["dial_test"]["test"] is True
    assert vocabulary["actions"]["hlr_set_state_from_crm"]["system"] == "hlr"
    assert vocabulary["facts"]["bims.new_password"]["secret"] is True
    assert vocabulary["facts"]["dial.code"]["values"][:2] == ["success", "647"]
