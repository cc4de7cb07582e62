"""Render the knowledge panel with Chinese results to docs/screenshots/knowledge_*.png (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.knowledge.screenshots [OUT_DIR]

A simulator with 2,000 generated articles runs on a free local port; the desk syncs it, searches
and opens an article as an agent would, and as a team lead writes an announcement.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def wait_for(predicate, timeout: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(str(predicate))
        await asyncio.sleep(0.05)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"knowledge_{name}.png"
    widget.grab().save(str(path))
    print(path)


async def panel_for(url: str, user: str):
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.features import knowledge
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import Settings

    desk = build_desk(BackendConfig.from_base_url(url), Settings(), url)
    await desk.session.sign_in(user, "demo")
    knowledge.plug(desk)
    host = QMainWindow()
    host.docks = {}
    host.setWindowTitle("AgentDesk — knowledge base")
    panel = desk.panels["knowledge"](host)
    host.setCentralWidget(panel)
    panel.attach(host)
    host.resize(620, 900)
    host.show()
    return desk, host, panel


async def main(out: Path) -> None:
    from backend_stub import StubConfig, StubServer

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kb-shots-"))
    os.environ["AGENTDESK_DATA_DIR"] = str(work / "desk")
    os.environ["AGENTDESK_SETTINGS_SCOPE"] = "kb-screenshots"
    stub = StubServer(StubConfig(db_path=work / "backend.sqlite", customers=50, kb_articles=2000))
    await asyncio.to_thread(stub.start)
    try:
        desk, host, panel = await panel_for(stub.url, "demo_agent")
        await wait_for(lambda: panel.service.sync.status.last_synced_at is not None)
        await settle()
        panel.search.setText("宽带账号密码重置")
        await wait_for(lambda: panel.results.results.rowCount() > 0)
        panel.results.setCurrentIndex(panel.results.results.index(0))
        panel.open_article(panel.results.results.item(0).id)
        await wait_for(lambda: panel.article.article is not None)
        await settle()
        save(host, out, "search")

        panel.search.setText("彩铃")
        await settle(0.5)
        panel.tabs.setCurrentWidget(panel.catalogue)
        panel.catalogue.expandAll()
        await settle()
        save(host, out, "catalogue")

        panel.tabs.setCurrentWidget(panel.announcements)
        panel.announcements.view.setCurrentIndex(panel.announcements.model.index(0))
        await settle()
        save(host, out, "announcements")
        await desk.aclose()
        host.close()

        lead, lead_host, lead_panel = await panel_for(stub.url, "demo_lead")
        await wait_for(lambda: lead_panel.announcements.write.isVisible() or lead_panel.tabs.count() > 0)
        lead_panel.tabs.setCurrentWidget(lead_panel.announcements)
        lead_panel.write_announcement()
        editor = lead_panel.editor
        editor.title.setText("部分小区宽带中断抢修通知")
        editor.body.setPlainText(
            "福州部分小区因光缆被挖断，宽带业务中断，预计今晚22点前恢复，请客户耐心等待，勿重复派单。"
        )
        editor.priority.setCurrentIndex(2)
        await settle()
        save(editor, out, "announcement_editor")
        editor.reject()
        await lead.aclose()
        lead_host.close()
    finally:
        await asyncio.to_thread(stub.stop)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication(sys.argv[:1])
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(target))
