"""Render each toolbox tool with demo data to docs/screenshots/toolbox_*.png (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.toolbox.screenshots [OUT_DIR]

Time is fixed (Monday 16 November 2026, 09:00 Beijing time) by a manual clock, so the pictures
are the same on every run.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QTime  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from agentdesk.services.toolbox.clock import ManualClock  # noqa: E402
from agentdesk.services.toolbox.events import EventDraft, Recurrence  # noqa: E402
from agentdesk.services.toolbox.toolbox_services import ToolboxServices  # noqa: E402
from agentdesk.storage.database import LocalDatabase  # noqa: E402
from agentdesk.toolbox.toolbox_panel import ToolboxPanel  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 16, 9, 0, tzinfo=SH)
ROOT = Path(__file__).resolve().parents[2]


async def settle(seconds: float = 0.2) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"toolbox_{name}.png"
    widget.grab().save(str(path))
    print(path)


async def demo_data(services: ToolboxServices) -> None:
    cal = services.calendar
    await cal.create(
        EventDraft(
            title="回访 张三 宽带掉线",
            start=NOW + timedelta(minutes=20),
            reminder=timedelta(minutes=30),
            customer_number="13800138000",
            customer_name="张三",
            ticket_id="T-20261116-0042",
            notes="线路检测有噪声，已派单；回访确认是否恢复",
        )
    )
    await cal.create(
        EventDraft(
            title="Call 李四 about the bill",
            start=NOW - timedelta(hours=20),
            customer_number="13900000001",
            customer_name="李四",
            reminder=timedelta(minutes=10),
        )
    )
    await cal.create(
        EventDraft(
            title="Team huddle",
            start=datetime(2026, 11, 2, 8, 45, tzinfo=SH),
            recurrence=Recurrence.WORKDAYS,
            duration=timedelta(minutes=15),
        )
    )
    await cal.create(
        EventDraft(
            title="Shift report", start=datetime(2026, 11, 2, 17, 30, tzinfo=SH), recurrence=Recurrence.WEEKLY
        )
    )
    await cal.create(
        EventDraft(
            title="Follow up complaint", start=datetime(2026, 11, 18, 14, 0, tzinfo=SH), ticket_id="C-7781"
        )
    )
    await cal.create(
        EventDraft(
            title="Training: new broadband plans",
            start=datetime(2026, 11, 20, 10, 0, tzinfo=SH),
            duration=timedelta(hours=2),
        )
    )
    notes = services.notes
    await notes.create("Shift handover 11-15\nOpen: 3 broadband faults, 1 billing complaint")
    await notes.create(
        "回访 13800138000 张三\n宽带每晚 20 点后掉线，光猫 LOS 灯闪。\n已做线路检测：噪声大，派单 T-20261116-0042。\n"
        "约定 09:20 回访确认。"
    )


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = LocalDatabase(Path(tmp) / "agentdesk.sqlite")
        clock = ManualClock(NOW - timedelta(days=1))
        services = ToolboxServices.create(db, owner="demo_agent", tz="Asia/Shanghai", clock=clock)
        await services.reminders.check()  # the desk ran yesterday morning, then was closed
        await services.aclose()
        clock.set(NOW)
        services = ToolboxServices.create(db, owner="demo_agent", tz="Asia/Shanghai", clock=clock)
        await demo_data(services)
        panel = ToolboxPanel(services)
        panel.set_current_customer("13800138000", "张三")
        panel.resize(820, 660)
        panel.show()
        await panel.ready
        await settle()

        panel.show_tool("notepad")
        await settle()
        save(panel, out, "notepad")
        save(panel.banner, out, "reminder_banner")

        panel.show_tool("calculator")
        calc = panel.calculator
        for expression in ["19.99*3", "ans+10%", "(128-30)/3"]:
            calc.expression.setText(expression)
            calc.calculate()
        calc.memory_add()
        calc.expression.setText("1/0")
        calc.calculate()
        await settle()
        save(panel, out, "calculator")
        calc.tabs.setCurrentIndex(1)
        calc.bill_helper.input.setPlainText(
            "月租费 ¥39.00\n来电显示 ￥6.00\n\n流量包\t¥1,234.50\n调账 (12.50)\n合计见下\n"
        )
        await settle()
        save(panel, out, "bill_helper")
        calc.tabs.setCurrentIndex(0)

        panel.show_tool("calendar")
        calendar = panel.calendar
        calendar.selected = date(2026, 10, 1)
        await calendar.refresh()
        await settle()
        save(panel, out, "calendar_holidays")
        calendar.go_today()
        await calendar.wait_loaded()
        await settle()
        save(panel, out, "calendar_month")
        calendar.set_mode("week")
        await calendar.wait_loaded()
        await settle()
        save(panel, out, "calendar_week")
        calendar.set_mode("day")
        await calendar.wait_loaded()
        await settle()
        save(panel, out, "calendar_day")
        dialog = calendar.new_event()
        dialog.title.setText("回访 王五：宽带测速")
        dialog.time.setTime(QTime(15, 30))
        dialog.use_customer.click()
        dialog.customer_number.setText("13700000002")
        dialog.customer_name.setText("王五")
        dialog.recurrence.setCurrentIndex(0)
        await settle()
        save(dialog, out, "event_dialog")
        dialog.reject()

        panel.show_tool("callbacks")
        await panel.callbacks.wait_loaded()
        await settle()
        save(panel, out, "callbacks")

        await panel.aclose()
        await services.aclose()
        db.close()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main(target))
