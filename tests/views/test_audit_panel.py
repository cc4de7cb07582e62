"""The audit panel in the agent's words: every operation the desk (and the simulator) writes has a label,
an unknown one keeps its raw name, and real writes over the simulator read as confirmed / failed /
waiting with a reason, the raw operation kept as a tooltip."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.customer_view import customer_view_of
from agentdesk.services.tickets.services import build_ticket_services
from agentdesk.views.audit_panel import AuditPanel
from agentdesk.views.audit_table_model import OPERATION, RESULT, SYSTEM
from agentdesk.views.audit_wording import failure_reason, result_text, success_reason
from agentdesk.views.widgets.operation_names import OPERATION_NAMES, operation_display_name
from tests.support.aio import wait_until

ROOT = Path(__file__).resolve().parents[2]
SYSTEMS = {"crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "events", "cti", "auth"}
# calls whose positional string arguments name a system and an operation, or an operation alone
_WRITE_CALLS = {"write", "_write", "_audited", "_call_write", "_bims", "ActionSpec"}


def _is_operation(value: object) -> bool:
    """camelCase names (``resetPassword``) and the one-word ones (``answer``); not kinds like ``reset_password``."""
    return isinstance(value, str) and value.isidentifier() and value[:1].islower() and "_" not in value


def written_operations(package: str) -> set[str]:
    """Every operation name the package's code sends or records with a write, read from its source:
    ``operation="x"`` (also ``operation = "a" if .. else "b"`` and ``OPERATION = "x"``) and the string
    arguments of the write helpers (``ctx.write("hlr", "setState", ..)``, ``_audited("addNote", ..)``, ...)."""
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                )
                for kw in node.keywords:
                    if kw.arg == "operation" and isinstance(kw.value, ast.Constant):
                        found.add(kw.value.value)
                if name in _WRITE_CALLS:
                    found |= {
                        a.value
                        for a in node.args
                        if isinstance(a, ast.Constant) and _is_operation(a.value) and a.value not in SYSTEMS
                    }
            elif isinstance(node, ast.Assign):
                targets = {t.id.lower() for t in node.targets if isinstance(t, ast.Name)}
                if "operation" in targets:
                    values = (
                        [node.value.body, node.value.orelse]
                        if isinstance(node.value, ast.IfExp)
                        else [node.value]
                    )
                    found |= {
                        v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                    }
    return found


def test_every_operation_the_desk_writes_has_a_label() -> None:
    desk = written_operations("agentdesk/services")  # where writes are sent and audited
    # the scan must see the writes of every part of the desk, or it proves nothing
    assert {"createTroubleTicket", "reportFlowRun", "setState", "syncVpn", "vpnSync", "resetPassword"} <= desk
    assert {"registerComplaint", "publishAnnouncement", "answer", "hangup", "revealPersonalData"} <= desk
    assert len(desk) >= 20, sorted(desk)
    missing = sorted(op for op in desk if op not in OPERATION_NAMES)
    assert not missing, f"operations the desk writes without a label in operation_names.py: {missing}"
    assert all(operation_display_name(op) not in ("", op) for op in desk)


def test_every_operation_the_simulator_logs_has_a_label() -> None:
    stub = written_operations("backend_stub")
    assert {"payment", "subscribe", "deactivateService", "repairLine", "answer", "reportFlowRun"} <= stub
    missing = sorted(op for op in stub if op not in OPERATION_NAMES)
    assert not missing, f"operations the simulator logs without a label in operation_names.py: {missing}"


def test_an_unknown_operation_keeps_its_raw_name() -> None:
    assert operation_display_name("frobnicateWidget") == "frobnicateWidget"
    assert operation_display_name("") == ""
    assert operation_display_name("restartPort") == "Restart port"


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("HLR did not answer within 10 s", "the system did not answer in time"),
        ("could not connect to CRM within 3 s", "the system did not answer in time"),
        ("cannot connect to Billing (ConnectError)", "the system could not be reached"),
        ("bims is down (injected)", "the system could not be reached"),
        ("paused after repeated failures; the desk tries again in 12 s", "the desk paused calls"),
        ("sign-in required or expired", "the sign-in had expired"),
        ("Tickets sent an answer that is not valid JSON", "the system's answer could not be read"),
        ("number 13312345678 is not barred", "number 13312345678 is not barred"),  # the back end's words
    ],
)
def test_a_failure_reads_as_its_reason(message: str, reason: str) -> None:
    assert failure_reason(message).startswith(reason)


def test_a_success_reads_as_what_it_did() -> None:
    assert success_reason("") == success_reason("done") == ""
    assert success_reason("T10000-00000042 (10000)") == "ticket T10000-00000042 (10000)"
    assert success_reason("nothing to change (replayed)") == (
        "nothing needed changing; already done by an earlier attempt"
    )
    assert success_reason("revealed id_card") == "shown: ID card number"
    assert (
        success_reason("portState: fault -> up; boundMac: aa:bb -> None")
        == "port: fault → up; bound MAC: aa:bb → —"
    )
    assert success_reason("state: barred_arrears -> active") == "network state: barred (arrears) → active"
    assert success_reason("password: (hidden) -> (new)") == "password changed"
    assert success_reason("dial test failure 691 in 300 ms") == "dial test: failure 691 in 300 ms"
    assert (
        success_reason("line test poor: 48.5 dB, SNR 6.1 dB")
        == "line test: poor, attenuation 48.5 dB, SNR 6.1 dB"
    )
    assert success_reason("caller_id created") == "caller_id created"  # a shape it does not know: as recorded
    assert result_text("ok", "") == "confirmed"
    assert result_text("failed", "HLR timed out", confirmed_later=True) == (
        "failed — the system did not answer in time; confirmed on a later attempt"
    )
    assert result_text("waiting", "") == "waiting to send — the desk keeps trying"


def _rows(panel: AuditPanel) -> list[dict]:
    m = panel.model
    out = []
    for r in range(m.rowCount()):
        entry = m.entry(r)
        out.append(
            {
                "key": entry.idempotency_key,
                "outcome": entry.outcome,
                "system": m.data(m.index(r, SYSTEM)),
                "operation": m.data(m.index(r, OPERATION)),
                "operation_tip": m.data(m.index(r, OPERATION), Qt.ItemDataRole.ToolTipRole),
                "result": m.data(m.index(r, RESULT)),
                "result_tip": m.data(m.index(r, RESULT), Qt.ItemDataRole.ToolTipRole),
                "colour": m.data(m.index(r, RESULT), Qt.ItemDataRole.ForegroundRole),
            }
        )
    return out


def test_real_writes_read_in_the_agents_words(signed_in_desk, scenario, admin, qtbot, run):
    """A port restart that fails while broadband is down and goes through on retry, a ticket waiting to
    send while the ticket system is down, and a write of an operation the panel does not know."""
    desk = signed_in_desk
    made = scenario("bb_port_fault")
    number, customer_id = made["number"], made["customer_id"]
    view = customer_view_of(desk)
    tickets = build_ticket_services(
        desk.backoffice.tickets, desk.database, lambda: "demo_agent", audit=desk.audit, retry_delays=(600,)
    )
    panel = AuditPanel(desk.audit)
    qtbot.addWidget(panel)
    panel.resize(1300, 400)

    async def body():
        scope = await view.scope(customer_id, number)
        action = view.actions.restart_port(scope, number)
        key = action.confirm()
        admin.put("/admin/faults/bims", json={"down": True}).raise_for_status()
        with pytest.raises(Exception):  # noqa: B017 - whatever the connector raises, it is audited
            await action.run()
        admin.delete("/admin/faults/bims").raise_for_status()
        await action.run()
        await tickets.system.catalogue()  # known before the ticket system goes down
        admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
        draft = TicketDraft(
            ticket_type="consult", category="资费套餐", description="询问套餐变更", customer_id=customer_id,
            number=number, customer_name=scope.customer.name,
        )  # fmt: skip
        waiting = await tickets.desk.submit(draft, "audit-panel-draft", wait=5.0)
        assert waiting.waiting
        await desk.audit.record(
            agent="demo_agent", system="crm", operation="frobnicateWidget", idempotency_key="k-unknown",
            outcome="ok", number=number,
        )  # fmt: skip
        panel.show()
        await wait_until(lambda: panel.model.rowCount() == 4)
        await tickets.aclose()
        return key, waiting.entry.idempotency_key

    try:
        key, draft_key = run(body())
    finally:
        admin.delete("/admin/faults/tickets")
    rows = _rows(panel)
    assert [r["outcome"] for r in rows] == ["ok", "waiting", "ok", "failed"]  # newest first
    unknown, waiting, confirmed, failed = rows
    assert (unknown["operation"], unknown["operation_tip"]) == ("frobnicateWidget", "crm.frobnicateWidget")
    assert (confirmed["key"], failed["key"]) == (key, key)
    for row in (confirmed, failed):
        assert (row["system"], row["operation"], row["operation_tip"]) == (
            "Broadband",
            "Restart port",
            "bims.restartPort",
        )
    assert confirmed["result"] == "confirmed — port: fault → up", confirmed["result_tip"]
    assert failed["result"] == ("failed — the system could not be reached; confirmed on a later attempt"), (
        failed["result_tip"]
    )
    assert "down" in failed["result_tip"]  # the back end's own words, for support
    assert waiting["key"] == draft_key
    assert (waiting["system"], waiting["operation"]) == ("Tickets", "Create ticket")
    assert waiting["result"] == "waiting to send — the system could not be reached; the desk keeps trying"
    assert waiting["colour"].color().name() != failed["colour"].color().name()
    assert panel.info.text() == "3 change(s) · 1 waiting to send"
