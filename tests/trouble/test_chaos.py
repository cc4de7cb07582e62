"""The chaos session: a scripted agent works through customers (search, every tab, confirmed writes,
pretreatment flows, tickets, notes, reminders) in the real window while the simulator injects random
latency, errors, time-outs, malformed bodies and outages across all systems.

Afterwards, with the faults cleared: no crash and no unhandled exception in the log; every failure the
agent met was a readable message; every ticket the desk accepted exists exactly once in the simulator;
every note and reminder is in the local database; every back-office write in the simulator has its audit
entry in the desk and every successful audited write is in the simulator. The chaos is random; its seed
is printed (``TROUBLE_CHAOS_SEED`` replays it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
from datetime import UTC, datetime, timedelta

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.errors import DeskError
from agentdesk.services.pretreatment.runs import RETRY, AutoDriver
from agentdesk.services.tickets.desk import key_of
from agentdesk.services.toolbox.events import EventDraft
from agentdesk.views.error_text import describe
from agentdesk.views.main_window import MainWindow
from agentdesk.views.widgets.confirm_dialog import ConfirmDialog
from tests.support.aio import wait_until
from tests.support.seeds import trouble_seed
from tests.support.stub_fixtures import ADMIN
from tests.trouble.conftest import shut_down, whole_desk

CHAOS_SYSTEMS = ["crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "events"]
#: audit entries of things the desk does locally, with no back-office write behind them
LOCAL_OPERATIONS = {"revealPersonalData"}
UNREADABLE = re.compile(r"Traceback|object at 0x|\(\w*(Error|Exception)\)|^\s*$")


def readable(text: str) -> bool:
    return not UNREADABLE.search(text or "")


class Chaos:
    """Every ``period`` seconds a few systems get a new random fault (or none)."""

    def __init__(self, url: str, rng: random.Random, period: float = 0.4) -> None:
        self.client = httpx.AsyncClient(base_url=url, headers={"X-Admin-Token": ADMIN}, timeout=10)
        self.rng = rng
        self.period = period
        self.applied = 0
        self.pinned: set[str] = set()  # systems whose fault the test set and the dice leave alone

    async def hold_down(self, system: str) -> None:
        """One outage the dice cannot lift, so every run shows the agent at least one failure."""
        self.pinned.add(system)
        await self.client.put(f"/admin/faults/{system}", json={"down": True})

    def spec(self) -> dict:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return {}
        if roll < 0.32:
            return {"down": True}
        return {
            "latency_ms": r.choice([0, 50, 150, 400]),
            "jitter_ms": r.choice([0, 100, 300]),
            "error_rate": r.choice([0.0, 0.1, 0.3]),
            "error_status": r.choice([500, 502, 503, 429]),
            "timeout_rate": r.choice([0.0, 0.05, 0.15]),
            "timeout_s": r.choice([0.3, 1.0, 2.5]),
            "malformed_rate": r.choice([0.0, 0.1, 0.25]),
        }

    async def run(self) -> None:
        while True:
            for system in self.rng.sample([s for s in CHAOS_SYSTEMS if s not in self.pinned], 3):
                spec = self.spec()
                if spec:
                    await self.client.put(f"/admin/faults/{system}", json=spec)
                else:
                    await self.client.delete(f"/admin/faults/{system}")
                self.applied += 1
            await asyncio.sleep(self.period)

    async def calm(self) -> None:
        await self.client.delete("/admin/faults")
        await self.client.put("/admin/latency", json={"latency_ms": 0, "jitter_ms": 0})

    async def aclose(self) -> None:
        await self.client.aclose()


class ChaosDriver(AutoDriver):
    """The agent in a flow: confirms, takes the first choice, retries a failed call twice, keeps what
    each failure said."""

    def __init__(self, seen: list[str]) -> None:
        super().__init__()
        self.seen = seen

    async def failed(self, failure) -> str:
        error = failure.error
        self.seen.append(describe(error) if isinstance(error, DeskError) else f"({type(error).__name__})")
        return RETRY if failure.attempt < 3 else await super().failed(failure)


async def answer_dialogs(seen: list[str], stop: asyncio.Event) -> None:
    """The agent confirms every write, and after a failure presses Retry twice, then Close."""
    retries: dict[int, int] = {}
    while not stop.is_set():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ConfirmDialog) and widget.isVisible():
                if widget.confirm_button.text() == "Retry":
                    seen.append(widget.text_label.text())
                    n = retries[id(widget.parent())] = retries.get(id(widget.parent()), 0) + 1
                    (widget.accept if n <= 2 else widget.reject)()
                else:
                    widget.accept()
        await asyncio.sleep(0.02)


def test_chaos_session(stub_server, scenario, admin, run, qtbot, desk_log):
    seed = trouble_seed("TROUBLE_CHAOS_SEED")
    print(f"chaos seed {seed} (TROUBLE_CHAOS_SEED={seed} replays it)")
    rng = random.Random(seed)
    barred = scenario("paid_still_barred")
    broadband = scenario("bb_wrong_password")
    healthy = scenario("healthy")
    flow_cases = [(scenario("abnormal_suspension"), "barred-after-payment"),
                  (scenario("bb_session_limit"), "broadband-login")]  # fmt: skip
    numbers = [barred["number"], broadband["number"], healthy["number"]] + [
        c["number"] for c, _ in flow_cases
    ]
    shown: list[str] = []  # every failure message the agent read
    accepted: list[str] = []  # draft ids the ticket desk accepted
    notes: list[int] = []
    events: list[int] = []

    async def session() -> None:
        desk = await whole_desk(
            stub_server.url, read_timeout=1.5, connect_timeout=1.0, circuit_cooldown_s=0.3
        )
        if "pretreatment" not in desk.extras:  # not (yet) in FEATURE_MODULES: plug it as the feature does
            from agentdesk.features import pretreatment

            pretreatment.plug(desk)
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        chaos = Chaos(stub_server.url, rng)
        stop = asyncio.Event()
        background = [asyncio.ensure_future(chaos.run()), asyncio.ensure_future(answer_dialogs(shown, stop))]
        try:
            await agent_script(desk, window, chaos)
        finally:
            stop.set()
            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            await chaos.calm()
            await chaos.aclose()
        try:
            await settle(desk)
        finally:
            await shut_down(desk, window)

    async def open_customer(window: MainWindow, number: str):
        before = {id(w) for w in window.customer_workspaces()}
        window.search.setText(number)
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
        with contextlib.suppress(AssertionError):
            await wait_until(
                lambda: (
                    any(id(w) not in before for w in window.customer_workspaces())
                    or (bar := window.statusBar().currentMessage())
                    and not bar.startswith("Searching")
                ),
                timeout=20,
            )
        fresh = [w for w in window.customer_workspaces() if id(w) not in before]
        if not fresh:
            shown.append(window.statusBar().currentMessage())  # the search itself failed
            return None
        workspace = fresh[0]
        await wait_until(lambda: workspace.scope is not None or workspace.status_label.text(), timeout=20)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(workspace.loaded(), 30)
        if workspace.scope is None:
            shown.append(workspace.status_label.text())
        for page in workspace.tab_pages.values():
            if page.state == "error":
                shown.append(page.stack.error_label.text())
        return workspace

    async def write(workspace, make) -> None:
        if workspace is None or workspace.scope is None:
            return
        await workspace.start_write(make(workspace.view.actions, workspace.scope))
        if workspace.outcome_label.styleSheet().endswith("#b03a2e;"):  # shown as failed
            shown.append(workspace.outcome_label.text())

    async def agent_script(desk, window, chaos: Chaos) -> None:
        tickets = desk.extras["tickets"]
        toolbox = desk.extras["toolbox"]
        flows = desk.extras["pretreatment"]
        for number in numbers[:3]:
            await open_customer(window, number)
        workspaces = {w.match.number: w for w in window.customer_workspaces()}
        await write(workspaces.get(barred["number"]), lambda a, s: a.set_hlr_active(s, barred["number"]))
        await write(
            workspaces.get(broadband["number"]), lambda a, s: a.reset_password(s, broadband["number"])
        )
        for case, flow in flow_cases:
            try:
                await flows.run(flow, case["number"], ChaosDriver(shown))
            except DeskError as exc:
                shown.append(describe(exc))
        for i, made in enumerate([barred, broadband, healthy]):
            draft = TicketDraft(
                ticket_type="complaint" if i % 2 else "consult", category="停复机",
                description=f"chaos session ticket {i}", customer_id=made["customer_id"], number=made["number"],
            )  # fmt: skip
            try:
                result = await tickets.desk.submit(draft, f"chaos-{seed}-{i}", wait=1.0)
            except DeskError as exc:
                shown.append(describe(exc))
                continue
            accepted.append(result.draft_id)
            if result.error is not None:
                shown.append(describe(result.error))
        for i, made in enumerate([barred, healthy]):
            note = await toolbox.notes.create(f"chaos note {seed}-{i}: call back {made['number']}")
            notes.append(note.id)
            event = await toolbox.calendar.create(
                EventDraft(
                    title=f"chaos callback {seed}-{i}",
                    start=datetime.now(UTC) + timedelta(hours=2 + i),
                    reminder=timedelta(minutes=10),
                    customer_number=made["number"],
                )  # fmt: skip
            )
            events.append(event.id)
        await chaos.hold_down("billing")  # the last pass meets at least one outage, whatever the dice said
        for number in numbers[:3]:  # the agent goes back over the customers, refreshing each
            workspace = {w.match.number: w for w in window.customer_workspaces()}.get(number)
            if workspace is not None:
                window.tabs.setCurrentWidget(workspace)
                window.refresh_current()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(workspace.loaded(), 30)
                shown.extend(
                    p.stack.error_label.text() for p in workspace.tab_pages.values() if p.state == "error"
                )

    async def settle(desk) -> None:
        """Faults cleared: the outbox empties, run reports and audit entries catch up."""
        outbox = desk.extras["tickets"].outbox
        for _ in range(40):
            if (await outbox.deliver_pending()).waiting == 0:
                break
            await asyncio.sleep(0.25)
        await desk.extras["pretreatment"].flush_reports()
        with contextlib.suppress(AssertionError):  # the assertions below say what is missing
            await wait_until(lambda: audited_everything(desk), timeout=10, interval=0.2)

    def stub_writes() -> list[dict]:
        rows = []
        for number in numbers:
            rows += admin.get("/admin/writes", params={"number": number}).json()["writes"]
        return [w for w in rows if w["username"] == "demo_agent"]

    def audit_rows(desk) -> list[dict]:
        marks = ",".join("?" * len(numbers))
        return desk.database.query(
            f"SELECT idempotency_key, outcome, system, operation FROM audit_entry WHERE service_number IN ({marks})",
            numbers,
        )

    def audited_everything(desk) -> bool:
        keys = {a["idempotency_key"] for a in audit_rows(desk)}
        return all(w["idempotency_key"] in keys for w in stub_writes())

    run(session(), timeout=240)
    print(
        f"chaos: {len(shown)} failures shown, {len(accepted)} tickets accepted, {len(stub_writes())} writes"
    )

    # no crash, no unhandled exception
    unhandled = [
        r.getMessage() for r in desk_log.records
        if r.levelno >= logging.ERROR and (r.exc_info or "never retrieved" in r.getMessage()
                                           or "Exception in callback" in r.getMessage())
    ]  # fmt: skip
    assert unhandled == [], unhandled
    # every failure the agent met was readable
    assert shown, "the chaos was too mild: no failure reached the agent"
    assert [m for m in shown if not readable(m)] == [], shown
    # tickets: each accepted draft is exactly one ticket
    assert accepted
    creates = admin.get("/admin/writes", params={"system": "tickets"}).json()["writes"]
    for draft_id in accepted:
        made = [
            w
            for w in creates
            if w["operation"] == "createTroubleTicket" and w["idempotency_key"] == key_of(draft_id)
        ]
        assert len(made) == 1, (draft_id, made)
    # notes and reminders are in the local database
    from agentdesk.storage.database import open_database

    db = open_database()
    marks_n, marks_e = ",".join("?" * len(notes)), ",".join("?" * len(events))
    assert db.scalar(f"SELECT COUNT(*) FROM toolbox_note WHERE id IN ({marks_n})", notes) == len(notes)
    assert db.scalar(
        f"SELECT COUNT(*) FROM toolbox_event WHERE id IN ({marks_e}) AND reminder_min = 10", events
    ) == len(events)
    # back-office writes <-> audit trail
    writes = {w["idempotency_key"]: (w["system"], w["operation"]) for w in stub_writes()}
    audit = db.query(
        f"SELECT idempotency_key, outcome, system, operation FROM audit_entry WHERE service_number IN ({','.join('?' * len(numbers))})",
        numbers,
    )
    audited = {a["idempotency_key"] for a in audit}
    unaudited = {k: v for k, v in writes.items() if k not in audited}
    assert unaudited == {}, f"writes without an audit entry (of {len(writes)}): {unaudited}"
    ok_without_write = [a for a in audit if a["outcome"] == "ok" and a["operation"] not in LOCAL_OPERATIONS
                        and a["idempotency_key"] not in writes]  # fmt: skip
    assert ok_without_write == [], "audited as done, unknown to the back office"
    assert writes, "the session wrote nothing: the chaos stopped every write"


def test_a_reported_flow_run_has_an_audit_entry(stub_server, scenario, admin, run):
    made = scenario("paid_still_barred")

    async def session() -> None:
        desk = await whole_desk(stub_server.url)
        if "pretreatment" not in desk.extras:
            from agentdesk.features import pretreatment

            pretreatment.plug(desk)
        try:
            await desk.extras["pretreatment"].run("barred-after-payment", made["number"], AutoDriver())
            await desk.extras["pretreatment"].flush_reports()
        finally:
            await desk.aclose()

    run(session())
    reports = [w for w in admin.get("/admin/writes", params={"number": made["number"]}).json()["writes"]
               if w["operation"] == "reportFlowRun"]  # fmt: skip
    assert len(reports) == 1
    from agentdesk.storage.database import open_database

    audited = open_database().query(
        "SELECT system, operation, outcome, service_number FROM audit_entry WHERE idempotency_key = ?",
        (reports[0]["idempotency_key"],),
    )
    assert audited == [
        {"system": "tickets", "operation": "reportFlowRun", "outcome": "ok", "service_number": made["number"]}
    ]
