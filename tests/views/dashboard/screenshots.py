"""Render the team-lead dashboard with demo data to docs/screenshots/dashboard_*.png (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.dashboard.screenshots [OUT_DIR]

A simulator of 5,000 customers (the demo's size) is seeded in a temporary folder; the desk signs in as
demo_lead (team-a). An incident is opened around a demo customer and a few calls are linked to it, so
the service-events page has a running event beside the seeded history.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def until(predicate, timeout: float = 60.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"dashboard_{name}.png"
    widget.grab().save(str(path))
    print(path)


def demo_event(url: str) -> None:
    admin = httpx.Client(base_url=url, headers={"X-Admin-Token": "admin"}, timeout=30)
    demo = admin.get("/admin/scenarios/demo").json()
    number = next(d["number"] for d in demo["customers"] if d["fault"] == "bb_wrong_password")
    end = datetime.now().astimezone() + timedelta(hours=4)
    event = admin.post("/admin/events", json={
        "eventType": "incident", "title": "光缆中断，天河部分小区宽带中断", "aroundNumber": number,
        "affectedScope": {"serviceTypes": ["broadband", "iptv"]}, "expectedEndDate": end.isoformat(),
        "startDate": (datetime.now().astimezone() - timedelta(hours=3)).isoformat(),
        "publicWording": {"zh": "您所在区域因光缆中断暂时无法上网，预计今天恢复。", "en": "A cable cut; back today."},
    }).json()  # fmt: skip
    token = httpx.post(f"{url}/auth/login", json={"username": "demo_agent", "password": "demo"}).json()[
        "token"
    ]
    agent = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    affected = admin.get(f"/admin/events/{event['id']}/affected", params={"limit": 20}).json()
    items = affected if isinstance(affected, list) else affected.get("subscribers", affected.get("items", []))
    numbers = [s["number"] for s in items] or [number]
    for i in range(9):
        agent.post(f"/events/{event['id']}/complaint", json={"number": numbers[i % len(numbers)]})


async def main(out: Path) -> None:
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.features import dashboard as feature
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings
    from backend_stub import StubConfig, StubServer

    tmp = Path(tempfile.mkdtemp(prefix="dashboard-shots-"))
    os.environ["AGENTDESK_DATA_DIR"] = str(tmp / "userdata")
    os.environ["AGENTDESK_SETTINGS_SCOPE"] = f"dashboard-shots-{os.getpid()}"
    stub = StubServer(StubConfig(db_path=tmp / "backend.sqlite", customers=5000, kb_articles=200))
    await asyncio.to_thread(stub.start)
    try:
        demo_event(stub.url)
        desk = build_desk(BackendConfig.from_base_url(stub.url), Settings(), stub.url)
        await desk.session.sign_in("demo_lead", "demo")
        feature.plug(desk)
        opener = desk.extras["dashboard"].opener
        window = opener.open()
        window.resize(1500, 940)
        view = window.view
        await until(lambda: view.snapshot is not None)
        await settle()
        categories = view.pages["categories"]
        view.tabs.setCurrentWidget(categories)
        await settle()
        chart = categories.chart
        top = chart.categories[0]
        pos = chart.center_of(0, "complaint")
        QTest.mouseMove(chart.plot.viewport(), pos)
        QTest.mouseClick(
            chart.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        )
        await until(lambda: view.drill_panel.state.state in ("content", "empty"))
        await settle()
        print("drill-down of", top, len(view.drill_panel.ids()))
        save(window, out, "overview")
        for name in ("trend", "agents", "runs", "events"):
            view.tabs.setCurrentWidget(view.pages[name])
            await settle()
            save(window, out, name)
        panel = desk.panels["dashboard"](None)
        panel.resize(420, 420)
        panel.show()
        await until(lambda: panel.snapshot is not None)
        await settle()
        save(panel, out, "summary_dock")
        panel.dispose()
        panel.close()
        view.edit_targets()
        await settle()
        dialog = view._dialog
        save(dialog, out, "targets")
        dialog.reject()
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
