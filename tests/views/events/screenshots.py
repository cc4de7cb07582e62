"""Render the service events in the desk to docs/screenshots/events_*.png (offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.events.screenshots [OUT_DIR]

A simulator is seeded in a temporary folder; the desk signs in as demo_agent (Guangzhou). Around a
Guangzhou broadband customer an incident is opened (a few calls already linked), an overdue mobile incident
and a planned cutover join the seeded one, and the customer is opened in the window:
``events_banner.png`` is the customer view with the banner and the marked Broadband tab,
``events_panel.png`` the service-events dock.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
ADMIN = "screenshot-admin"


def iso(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


async def settle(seconds: float = 0.4) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def until(predicate, timeout: float = 60.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"events_{name}.png"
    widget.grab().save(str(path))
    print(path)


def demo_events(url: str, db) -> dict:
    """The events of the shots; returns the broadband customer to open."""
    row = db.one(
        "SELECT c.id, c.name, s.number FROM crm_customer c JOIN crm_subscriber s ON s.customer_id=c.id"
        " WHERE s.service_type='broadband' AND s.status='active' AND s.city='guangzhou'"
        " AND (SELECT COUNT(*) FROM crm_subscriber x WHERE x.customer_id=c.id)>1 ORDER BY c.id LIMIT 1"
    )
    mobile = db.scalar(
        "SELECT number FROM crm_subscriber WHERE service_type='mobile' AND status='active' AND city='guangzhou'"
        " ORDER BY id LIMIT 1"
    )
    admin = httpx.Client(base_url=url, headers={"X-Admin-Token": ADMIN}, timeout=30)
    opened = admin.post("/admin/events", json={
        "eventType": "incident", "title": "光缆被挖断，天河部分小区宽带中断", "severity": "major",
        "aroundNumber": row["number"], "affectedScope": {"serviceTypes": ["broadband", "iptv"]},
        "startDate": iso(timedelta(hours=-2)), "expectedEndDate": iso(timedelta(hours=3)),
        "publicWording": {"zh": "您所在区域因市政施工挖断光缆暂时无法上网，抢修中，预计今天18:00前恢复。",
                          "en": "Road works cut a fibre cable in your area; repairs are under way and broadband "
                                "should be back by 18:00 today."},
        "internalNote": "线路维护中心已派两组抢修", "by": "noc",
    })  # fmt: skip
    opened.raise_for_status()
    event = opened.json()
    admin.post("/admin/events", json={
        "eventType": "incident", "title": "白云区基站断电", "severity": "critical", "aroundNumber": mobile,
        "affectedScope": {"serviceTypes": ["mobile_voice", "mobile_data"]},
        "startDate": iso(timedelta(hours=-5)), "expectedEndDate": iso(timedelta(hours=-1)),
        "publicWording": {"zh": "您所在区域基站停电，通话和上网暂时受影响，正在抢修。",
                          "en": "A base station in your area has lost power; calls and data are affected while it "
                                "is repaired."},
    }).raise_for_status()  # fmt: skip
    admin.post("/admin/events", json={
        "eventType": "planned_cutover", "title": "增值业务平台升级", "severity": "minor",
        "affectedScope": {"cities": ["guangzhou"], "serviceTypes": ["vas"]},
        "startDate": iso(timedelta(hours=14)), "expectedEndDate": iso(timedelta(hours=16)),
        "publicWording": {"zh": "增值业务平台今晚升级，期间部分增值业务暂停使用。",
                          "en": "The value-added services platform is upgraded tonight; some services pause."},
    }).raise_for_status()  # fmt: skip
    token = httpx.post(f"{url}/auth/login", json={"username": "agent01", "password": "demo"}).json()["token"]
    agent = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    numbers = event["sampleNumbers"]
    for i in range(7):
        agent.post(f"/events/{event['id']}/complaint", json={"number": numbers[i % len(numbers)]})
    return {"customer_id": row["id"], "name": row["name"], "number": row["number"], "event": event["id"]}


async def main(out: Path) -> None:
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.features import events as feature
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings
    from agentdesk.views.events.banner import EventBanner
    from agentdesk.views.main_window import MainWindow
    from backend_stub import StubConfig, StubServer

    tmp = Path(tempfile.mkdtemp(prefix="events-shots-"))
    os.environ["AGENTDESK_DATA_DIR"] = str(tmp / "userdata")
    os.environ["AGENTDESK_SETTINGS_SCOPE"] = f"events-shots-{os.getpid()}"
    stub = StubServer(
        StubConfig(db_path=tmp / "backend.sqlite", customers=1500, kb_articles=50, admin_token=ADMIN)
    )
    await asyncio.to_thread(stub.start)
    try:
        shown = demo_events(stub.url, stub.ctx.db)
        desk = build_desk(BackendConfig.from_base_url(stub.url), Settings(), stub.url)
        await desk.session.sign_in("demo_agent", "demo")
        feature.plug(desk)
        window = MainWindow(desk)
        window.resize(1500, 940)
        window.show()
        panel = window.docks["events"].widget()
        window.docks["events"].raise_()
        await until(lambda: panel.board is not None and panel.model.rowCount() >= 3)
        window.open_number(shown["number"])
        await until(lambda: any(w.customer_id == shown["customer_id"] for w in window.customer_workspaces()))
        ws = next(w for w in window.customer_workspaces() if w.customer_id == shown["customer_id"])
        await ws.loaded()
        banner = ws.findChild(EventBanner)
        await until(lambda: banner.affecting is not None and ws.banner.isVisible())
        ws.show_tab("broadband")
        panel.table.selectRow(panel.model.row_of(shown["event"]))
        await settle()
        save(window, out, "banner")

        window.docks["events"].setFloating(True)
        window.docks["events"].resize(760, 640)
        await settle()
        save(window.docks["events"], out, "panel")
        window.close()
        await desk.aclose()
    finally:
        await asyncio.to_thread(stub.stop)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("TZ", "Asia/Shanghai")  # the province's clock, whatever the machine's
    __import__("time").tzset()
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(target))
