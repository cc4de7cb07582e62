"""Screenshots of each customer-view tab with demo customers (offscreen): ``python -m
tests.views.customer.make_screenshots [OUT_DIR]`` writes ``customer_<tab>.png`` (default docs/screenshots).

Each tab is shown with the demo customer that best shows it: a customer with several numbers for the
overview tabs, and the trainers' fault customers (GET /admin/scenarios/demo) where a tab flags something.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ADMIN = "screenshot-admin"
# tab -> fault of the demo customer to show it with (None: a seeded customer with several numbers)
TAB_CUSTOMERS = {
    "customer": None,
    "subscriber": "billing_status_mismatch",
    "addons": "addon_not_in_hlr",
    "offers": None,
    "charges": "billing_dispute_roaming",
    "balance": None,
    "orders": "order_stuck",
    "suspension": "arrears_suspended",
    "calls": "billing_dispute_roaming",
    "vas": "vas_unsubscribed_still_billed",
    "broadband": "bb_mac_mismatch",
    "network": "cdma1x_aaa_hlr_out_of_sync",
}


def rich_customer(db) -> dict:
    """A seeded customer with a mobile, a broadband account and a fixed line."""
    row = db.one(
        "SELECT c.id, c.name, s.number FROM crm_customer c JOIN crm_subscriber s ON s.customer_id=c.id"
        " WHERE s.service_type='mobile' AND s.status='active'"
        " AND (SELECT COUNT(DISTINCT service_type) FROM crm_subscriber x WHERE x.customer_id=c.id)=3"
        " AND EXISTS (SELECT 1 FROM crm_vas v WHERE v.subscriber_id=s.id)"
        " ORDER BY c.id LIMIT 1"
    )
    return {"customer_id": row["id"], "customer_name": row["name"], "number": row["number"]}


async def shoot(out: Path) -> None:
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.services.customer_lookup import CustomerMatch
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings
    from agentdesk.views.customer.customer_workspace import CustomerWorkspace
    from backend_stub import StubConfig, StubServer

    tmp = Path(tempfile.mkdtemp(prefix="shots-"))
    os.environ["AGENTDESK_DATA_DIR"] = str(tmp / "data")
    os.environ["AGENTDESK_SETTINGS_SCOPE"] = "screenshots"
    stub = StubServer(
        StubConfig(db_path=tmp / "stub.sqlite", customers=300, kb_articles=50, admin_token=ADMIN)
    )
    await asyncio.to_thread(stub.start)
    desk = build_desk(BackendConfig.from_base_url(stub.url), Settings(), stub.url)
    await desk.session.sign_in("demo_agent", "demo")
    demos = httpx.get(f"{stub.url}/admin/scenarios/demo", headers={"X-Admin-Token": ADMIN}).json()[
        "customers"
    ]
    by_fault = {d["fault"]: d for d in demos}
    rich = rich_customer(stub.ctx.db)
    out.mkdir(parents=True, exist_ok=True)
    try:
        for key, fault in TAB_CUSTOMERS.items():
            d = by_fault[fault] if fault else None
            made = (
                rich
                if d is None
                else {"customer_id": d["customer_id"], "customer_name": d["name"], "number": d["number"]}
            )
            w = CustomerWorkspace(
                desk, CustomerMatch(made["customer_id"], made["customer_name"], made["number"], "", "")
            )
            w.resize(1400, 900)
            w.show()
            w.load()
            await w.loaded()
            page = w.show_tab(key)
            for _ in range(20):
                await asyncio.sleep(0.02)
            path = out / f"customer_{key}.png"
            w.grab().save(str(path))
            print(path, page.state, w.marked_tabs())
            w.dispose()
            w.deleteLater()
        from agentdesk.views.main_window import MainWindow

        window = MainWindow(desk)  # the workbench around the view, for context
        window.resize(1500, 950)
        window.show()
        w = window.open_customer(
            CustomerMatch(rich["customer_id"], rich["customer_name"], rich["number"], "", "")
        )
        await w.loaded()
        for _ in range(20):
            await asyncio.sleep(0.02)
        window.grab().save(str(out / "customer_workbench.png"))
        print(out / "customer_workbench.png")
        window.close()
    finally:
        await desk.aclose()
        await asyncio.to_thread(stub.stop)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("AgentDesk")
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(shoot(out))


if __name__ == "__main__":
    main()
