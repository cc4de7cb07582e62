"""Render the audit panel after real writes, in Chinese and English, to docs/screenshots/audit_*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.audit_screenshots [OUT_DIR] [EXTRA_ZH_TS]

A simulator runs on a free local port; the desk fixes a few faulty subscribers as an agent would (billing
synced from CRM, a barred number restored, a broadband password reset, a port restart that fails while
broadband is down and goes through on retry, a dial test, a personal-data reveal), files a ticket and
leaves a second one waiting while the ticket system is down. EXTRA_ZH_TS: a .ts with Chinese for texts the
committed translation does not have yet, loaded over it (to look at a new text before it is committed).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "screenshot-admin"


async def wait_for(predicate, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


async def make_writes(desk, admin: httpx.Client) -> None:
    from agentdesk.domain.ticket_drafts import TicketDraft
    from agentdesk.services.customer_view import customer_view_of
    from agentdesk.services.tickets.services import build_ticket_services

    view = customer_view_of(desk)

    def scenario(fault: str) -> dict:
        r = admin.post("/admin/scenarios", json={"fault": fault})
        r.raise_for_status()
        return r.json()

    async def act(made: dict, make, *, down: str | None = None):
        scope = await view.scope(made["customer_id"], made["number"])
        action = make(view.actions, scope, made["number"])
        action.confirm()
        if down:
            admin.put(f"/admin/faults/{down}", json={"down": True}).raise_for_status()
            try:
                await action.run()
            except Exception:  # noqa: BLE001 - audited as failed, retried below
                pass
            admin.delete(f"/admin/faults/{down}").raise_for_status()
        await action.run()
        return scope

    await act(scenario("billing_status_mismatch"), lambda a, s, n: a.sync_billing_from_crm(s, n))
    await act(scenario("paid_still_barred"), lambda a, s, n: a.set_hlr_active(s, n))
    await act(scenario("bb_wrong_password"), lambda a, s, n: a.reset_password(s, n))
    port = scenario("bb_port_fault")
    scope = await act(port, lambda a, s, n: a.restart_port(s, n), down="bims")
    await act(port, lambda a, s, n: a.dial_test(s, n))
    await view.reveal_pii(scope.customer, "contact_phone", port["number"])
    tickets = build_ticket_services(
        desk.backoffice.tickets, desk.database, lambda: "demo_agent", audit=desk.audit, retry_delays=(600,)
    )
    draft = TicketDraft(
        ticket_type="consult", category="资费套餐", description="询问宽带提速资费", customer_id=port["customer_id"],
        number=port["number"], customer_name=scope.customer.name,
    )  # fmt: skip
    await tickets.desk.submit(draft, "shot-delivered")
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    await tickets.desk.submit(draft.with_changes(description="询问套餐变更"), "shot-waiting", wait=3.0)
    await tickets.aclose()
    admin.delete("/admin/faults/tickets").raise_for_status()


def install(app: QApplication, lang: str, extra_ts: Path | None, work: Path) -> list[QTranslator]:
    from agentdesk.i18n import install_translators

    install_translators(app, lang)
    if lang == "en" or extra_ts is None:
        return []
    qm = work / "extra_zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(extra_ts), "-qm", str(qm)], check=True)
    extra = QTranslator()
    assert extra.load(str(qm)), qm
    app.installTranslator(extra)  # installed last: looked up first
    return [extra]


async def main(out: Path, extra_ts: Path | None) -> None:
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings
    from agentdesk.views.audit_panel import AuditPanel
    from backend_stub import StubConfig, StubServer

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="audit-shots-"))
    os.environ["AGENTDESK_DATA_DIR"] = str(work / "desk")
    os.environ["AGENTDESK_SETTINGS_SCOPE"] = "audit-screenshots"
    stub = StubServer(StubConfig(db_path=work / "backend.sqlite", customers=60, admin_token=ADMIN))
    await asyncio.to_thread(stub.start)
    app = QApplication.instance()
    try:
        desk = build_desk(BackendConfig.from_base_url(stub.url), Settings(), stub.url)
        await desk.session.sign_in("demo_agent", "demo")
        with httpx.Client(base_url=stub.url, headers={"X-Admin-Token": ADMIN}, timeout=30) as admin:
            await make_writes(desk, admin)
        for lang in ("zh_CN", "en"):
            extra = install(app, lang, extra_ts, work)
            panel = AuditPanel(desk.audit)
            panel.setWindowTitle("AgentDesk — audit trail")
            panel.resize(1360, 330)
            panel.show()
            await wait_for(lambda p=panel: p.model.rowCount() >= 9)
            panel.table.resizeColumnsToContents()
            await asyncio.sleep(0.3)
            QApplication.processEvents()
            path = out / f"audit_panel_{lang}.png"
            panel.grab().save(str(path))
            print(path)
            panel.close()
            panel.deleteLater()
            for t in extra:
                app.removeTranslator(t)
        await desk.aclose()
    finally:
        await asyncio.to_thread(stub.stop)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    extra_ts = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication(sys.argv[:1])
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(target, extra_ts))
