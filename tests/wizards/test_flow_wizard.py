"""The flow wizard driven as an agent would: choose the flow, read what was found, confirm (or not) the
change, answer the question, read the script. Flows 2 (barred-after-payment) and 3 (broadband-login)
end to end over the simulator, a failure retried from its page, a wizard closed mid-way."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from agentdesk.services.customer_lookup import CustomerMatch
from agentdesk.wizards import open_flow_wizard
from tests.support.aio import wait_until

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def match_of(sc: dict) -> CustomerMatch:
    return CustomerMatch(sc["customer_id"], sc["customer_name"], sc["number"], "guangzhou", "normal")


def on_page(wizard, name: str) -> bool:
    return wizard.stack.currentWidget().objectName() == name


def writes(admin, number: str) -> list[tuple[str, str]]:
    rows = admin.get("/admin/writes", params={"number": number}).json()["writes"]
    return [(w["system"], w["operation"]) for w in rows]


def shoot(widget, name: str, tmp_path) -> Path:
    """Grab the widget; into docs/screenshots when AGENTDESK_SCREENSHOTS=1 (to refresh them), else tmp."""
    folder = SCREENSHOTS if os.environ.get("AGENTDESK_SCREENSHOTS") == "1" else tmp_path
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def test_flow_2_paid_but_still_barred_through_the_wizard(service, scenario, admin, qtbot, run, tmp_path):
    sc = scenario("paid_still_barred")
    wizard = open_flow_wizard(None, service, customer=match_of(sc), flow_id="barred-after-payment")
    qtbot.addWidget(wizard)

    async def body():
        await wait_until(lambda: wizard.start_page.number.count() >= 1)  # the customer's numbers
        assert wizard.start_page.current_flow() == "barred-after-payment"
        assert wizard.start_page.current_number() == sc["number"]
        qtbot.mouseClick(wizard.start_page.start_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        page = wizard.confirm_page
        # what will change, for whom, in which system — before anything is written
        assert sc["customer_name"] in page.change.text() and sc["number"] in page.change.text()
        assert "barred for arrears" in page.change.text() and "active" in page.change.text()
        assert "HLR" in page.system.text()
        assert [w for w in writes(admin, sc["number"]) if w[0] == "hlr"] == []
        texts = wizard.progress.step_texts()
        assert (
            texts[0].startswith("✓ Known service events")
            and texts[1].endswith("— no")
            and any("Switch state in the HLR" in t for t in texts)
        )
        assert "The HLR has the number barred for arrears" in wizard.progress.findings_text()
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    outcome = wizard.outcome_page
    assert "Resolved at the front line" in outcome.badge.text()
    assert "opened it again" in outcome.script.toPlainText()
    assert "Restore service in the HLR" in outcome.done.text()
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False
    assert writes(admin, sc["number"]).count(("hlr", "setState")) == 1
    qtbot.mouseClick(outcome.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == outcome.script.toPlainText()


def test_flow_3_broadband_login_reset_then_the_customer_is_online(
    service, scenario, admin, qtbot, run, tmp_path
):
    sc = scenario("bb_wrong_password")
    wizard = open_flow_wizard(None, service, customer=match_of(sc), flow_id="broadband-login")
    qtbot.addWidget(wizard)
    wizard.resize(1100, 680)

    async def body():
        await wait_until(lambda: wizard.start_page.number.count() >= 1)
        qtbot.mouseClick(wizard.start_page.start_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        assert (
            "691" in wizard.confirm_page.change.text() and sc["number"] in wizard.confirm_page.change.text()
        )
        assert any(t.startswith("✓ Dial test") for t in wizard.progress.step_texts())
        shoot(wizard, "wizard_in_progress.png", tmp_path)
        qtbot.mouseClick(wizard.confirm_page.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-ask"), timeout=20)
        ask = wizard.ask_page
        assert "test login from the network side succeeds" in ask.question.text()
        assert not ask.next_button.isEnabled()  # nothing chosen yet
        radio = ask.radios["online"]  # a person clicks on the words, not on the empty row beside them
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(10, radio.height() // 2))
        assert radio.isChecked() and ask.next_button.isEnabled()
        qtbot.mouseClick(ask.next_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    outcome = wizard.outcome_page
    assert "Resolved at the front line" in outcome.badge.text()
    assert "New password:" in outcome.done.text()  # read to the customer from here, never stored
    assert "New password:" in wizard.progress.findings_text()
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False
    assert ("bims", "resetPassword") in writes(admin, sc["number"])
    shoot(wizard, "wizard_outcome.png", tmp_path)


def test_flow_3_line_fault_is_dispatched_with_the_test_results(service, scenario, api, qtbot, run, tmp_path):
    sc = scenario("bb_line_fault")
    wizard = open_flow_wizard(None, service, customer=match_of(sc), flow_id="broadband-login", autostart=True)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 680)

    async def body():
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    result = wizard.result
    assert "Handed to the back office" in wizard.outcome_page.badge.text()
    assert (
        result.ticket_id in wizard.outcome_page.ticket.text() and "112" in wizard.outcome_page.ticket.text()
    )
    assert result.ticket_id in wizard.outcome_page.script.toPlainText()
    ticket = api.get(f"/tickets/troubleTicket/{result.ticket_id}").json()
    assert ticket["evidence"]["tests"]["line.verdict"] == "poor"
    assert "✓ Line test" in wizard.progress.step_texts()[-2] or any(
        "Line test" in t for t in wizard.progress.step_texts()
    )
    shoot(wizard, "wizard_dispatch.png", tmp_path)


def test_declining_in_the_wizard_writes_nothing(service, scenario, admin, qtbot, run):
    sc = scenario("paid_still_barred")
    wizard = open_flow_wizard(
        None, service, customer=match_of(sc), flow_id="barred-after-payment", autostart=True
    )
    qtbot.addWidget(wizard)

    async def body():
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        qtbot.mouseClick(wizard.confirm_page.decline_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    assert "Handed to the back office" in wizard.outcome_page.badge.text()
    assert any(t.startswith("– Restore service in the HLR") for t in wizard.progress.step_texts())
    assert [w for w in writes(admin, sc["number"]) if w[0] == "hlr"] == []


def test_a_failed_look_up_is_retried_from_its_page(service, scenario, admin, qtbot, run):
    sc = scenario("abnormal_suspension")
    admin.put("/admin/faults/hlr", json={"down": True}).raise_for_status()
    wizard = open_flow_wizard(
        None, service, customer=match_of(sc), flow_id="barred-after-payment", autostart=True
    )
    qtbot.addWidget(wizard)

    async def body():
        await wait_until(lambda: on_page(wizard, "wizard-failure"), timeout=20)
        assert "HLR" in wizard.failure_page.message.text()
        assert wizard.failure_page.give_up_button.text() == "Stop the flow"
        admin.delete("/admin/faults/hlr").raise_for_status()
        qtbot.mouseClick(wizard.failure_page.retry_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        qtbot.mouseClick(wizard.confirm_page.confirm_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: on_page(wizard, "wizard-outcome"), timeout=20)

    run(body())
    assert wizard.result.outcome == "resolved"
    assert admin.get(f"/admin/scenarios/{sc['number']}").json()["present"] is False


def test_closing_the_wizard_mid_way_cancels_the_run(service, scenario, admin, qtbot, run):
    from PySide6.QtWidgets import QMainWindow

    sc = scenario("paid_still_barred")
    window = QMainWindow()  # the desk's window stays open when the wizard closes
    qtbot.addWidget(window)
    window.show()
    wizard = open_flow_wizard(
        window, service, customer=match_of(sc), flow_id="barred-after-payment", autostart=True
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # inspected after closing

    async def body():
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not wizard.running)
        runs = await service.recent_runs(sc["customer_id"])
        assert runs and runs[0].outcome == "cancelled"

    run(body())
    assert [w for w in writes(admin, sc["number"]) if w[0] == "hlr"] == []
    assert not wizard.isVisible()


def test_start_page_lists_suggested_first_and_only_flows_for_the_number(service, scenario, qtbot, run):
    sc = scenario("bb_port_fault")
    wizard = open_flow_wizard(None, service, customer=match_of(sc), suggested=["broadband-login"])
    qtbot.addWidget(wizard)

    async def body():
        await wait_until(lambda: wizard.start_page.number.count() >= 1)

    run(body())
    flows = wizard.start_page.flows
    first = flows.item(0)
    assert first.text().startswith("Suggested: Broadband login failure") and first.font().bold()
    enabled = {
        flows.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(flows.count())
        if flows.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
    }
    assert enabled == {"broadband-login", "billing-dispute", "order-not-completed"}  # a broadband number
    assert wizard.start_page.current_flow() == "broadband-login"


def test_the_flow_speaks_chinese_when_the_desk_does(service, scenario, qtbot, run):
    from agentdesk.wizards.runner import FlowWizard

    sc = scenario("paid_still_barred")
    wizard = FlowWizard(service, customer=match_of(sc), lang="zh")
    qtbot.addWidget(wizard)
    wizard.prepare(flow_id="barred-after-payment")
    wizard.show()

    async def body():
        wizard.start("barred-after-payment", sc["number"])
        await wait_until(lambda: on_page(wizard, "wizard-confirm"), timeout=20)
        assert (
            "先恢复、后查因" in wizard.confirm_page.change.text()
            and sc["customer_name"] in wizard.confirm_page.change.text()
        )
        assert "欠费停机（网元）" in wizard.confirm_page.change.text()
        assert wizard.progress.step_texts()[0].endswith("已知服务事件")

    run(body())


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
title = { en = "First question", zh = "第一问" }
question = { en = "First?", zh = "第一？" }
choices = [
  { id = "a", text = { en = "A", zh = "甲" }, next = "second" },
  { id = "b", text = { en = "B", zh = "乙" }, next = "end_b" },
]

[[steps]]
id = "second"
kind = "ask"
title = { en = "Second question", zh = "第二问" }
question = { en = "Second?", zh = "第二？" }
skip = "end_b"
choices = [{ id = "c", text = { en = "C", zh = "丙" }, next = "end_b" }]

[[steps]]
id = "end_b"
kind = "end"
outcome = "resolved"
title = { en = "Done", zh = "完成" }
script = { en = "Done.", zh = "完成。" }
"""


def test_back_returns_to_the_previous_question(desk, scenario, qtbot, run, tmp_path):
    from agentdesk.services.pretreatment.service import PretreatmentService

    (tmp_path / "two-questions.toml").write_text(TWO_QUESTIONS, encoding="utf-8")
    service = PretreatmentService(
        desk.backoffice, desk.database, agent=lambda: "demo_agent", flows_dir=tmp_path
    )
    desk.extras["two"] = service
    sc = scenario("healthy")
    wizard = open_flow_wizard(None, service, customer=match_of(sc), flow_id="two-questions", autostart=True)
    qtbot.addWidget(wizard)
    ask = wizard.ask_page

    def choose(choice: str) -> None:
        radio = ask.radios[choice]
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(10, radio.height() // 2))
        qtbot.mouseClick(ask.next_button, Qt.MouseButton.LeftButton)

    async def body():
        await wait_until(
            lambda: on_page(wizard, "wizard-ask") and "First?" in ask.question.text(), timeout=20
        )
        assert not ask.back_button.isVisible() and not ask.skip_button.isVisible()
        choose("a")
        await wait_until(lambda: "Second?" in ask.question.text())
        assert ask.back_button.isVisible() and ask.skip_button.isVisible()
        qtbot.mouseClick(ask.back_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "First?" in ask.question.text())
        assert wizard.progress.step_texts()[-1] == "▶ First question"
        assert not any("Second question" in t for t in wizard.progress.step_texts())
        choose("b")
        await wait_until(lambda: on_page(wizard, "wizard-outcome"))

    run(body())
    assert wizard.result.facts["answer.first"] == "b"
    assert [s.step_id for s in wizard.result.steps][-2:] == ["status", "first"]
