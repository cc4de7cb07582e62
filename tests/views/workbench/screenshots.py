"""Render the workbench to docs/screenshots/workbench_*.png (offscreen), as an agent's shift goes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.views.workbench.screenshots [OUT_DIR]

A simulator runs on a free local port; the desk signs in as demo_agent with every feature plugged in.
A customer calls (screen pop), the agent answers (customer view, call timer), opens the command palette
and the shortcut overlay, hangs up, finishes the wrap-up, and looks at the calls of the shift; then the
preferences, the dark theme with large text, and the call bar while the phone line is down.
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
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
ADMIN = "screenshots-admin"


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
    path = out / f"workbench_{name}.png"
    widget.grab().save(str(path))
    print(path)


async def main(out: Path, tmp: Path) -> None:
    from backend_stub import StubConfig, StubServer

    out.mkdir(parents=True, exist_ok=True)
    server = StubServer(
        StubConfig(db_path=tmp / "backend.sqlite", customers=300, kb_articles=300, admin_token=ADMIN)
    )
    await asyncio.to_thread(server.start)
    try:
        await shoot(server.url, out)
    finally:
        await asyncio.to_thread(server.stop)


async def shoot(url: str, out: Path) -> None:
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.features import plug_all
    from agentdesk.services.desk import build_desk
    from agentdesk.services.settings import FONT_SIZE, THEME, Settings
    from agentdesk.views.main_window import MainWindow

    admin = httpx.Client(base_url=url, headers={"X-Admin-Token": ADMIN}, timeout=30)
    customer = admin.post("/admin/scenarios", json={"fault": "healthy"}).raise_for_status().json()
    desk = build_desk(BackendConfig.from_base_url(url), Settings(), url)
    await desk.session.sign_in("demo_agent", "demo")
    plug_all(desk)
    window = MainWindow(desk)
    window.resize(1360, 860)
    window.show()
    await window.load_recent()
    phone = desk.extras["workbench"]
    ui = window.docks["calls"].widget().on_window
    bar = ui.call_bar
    await wait_for(lambda: phone.line.status.state == "connected")

    # earlier calls of the shift, so the history has something to show
    for number, answer, end in (("13312345678", 0.2, 0.6), ("18900000000", None, 0.3)):
        admin.post("/admin/cti/call", json={"agent": "demo_agent", "number": number, "answerAfterS": answer,
                                            "endAfterS": end})  # fmt: skip
        await wait_for(lambda: phone.calls.state.current is not None)
        await wait_for(lambda: phone.calls.state.current is None, 10)
        if phone.calls.state.wrap_up is not None:
            await wait_for(lambda: ui.dialog is not None and ui.dialog.isVisible())
            ui.dialog.reject()
            await phone.calls.finish_wrap_up("consulted", "")
        await settle(0.3)

    # 1. a customer calls: the screen pop
    window.search.clear()
    window.statusBar().clearMessage()
    admin.post(
        "/admin/cti/call", json={"agent": "demo_agent", "number": customer["number"]}
    ).raise_for_status()
    await wait_for(lambda: bar.phase() == "ringing" and "looking" not in bar.caller_label.text())
    await settle(1.2)
    save(window, out, "screen_pop")

    # 2. answered: the customer's view opens, the call timer runs
    await phone.calls.answer()
    await wait_for(lambda: window.current_customer() is not None)
    workspace = window.tabs.currentWidget()
    await asyncio.wait_for(workspace.loaded(), 30)
    await settle(2.2)
    save(window, out, "call_answered")

    # 3. the command palette and the shortcut overlay
    window.workbench.open_palette()
    window.workbench.palette.input.setText("bal")
    await settle()
    save(window, out, "palette")
    window.workbench.palette.input.setText("")
    await settle()
    save(window, out, "palette_all")
    window.workbench.palette.close_palette()
    window.workbench.toggle_overlay()
    await settle()
    save(window, out, "shortcuts")
    window.workbench.toggle_overlay()

    # 4. hung up: wrap-up, then the calls of the shift
    await phone.calls.hangup()
    await wait_for(lambda: ui.dialog is not None and ui.dialog.isVisible())
    await settle()
    save(window, out, "wrap_up_bar")
    ui.dialog.reject()
    await phone.calls.finish_wrap_up("resolved_front_line", "")
    dock = window.docks["calls"]
    dock.show()
    dock.raise_()
    await settle(0.6)
    save(dock, out, "calls")

    # 5. preferences: the workbench and the keys
    dialog = window.workbench.open_preferences()
    await settle()
    save(dialog, out, "preferences")
    dialog.pages.setCurrentIndex(1)
    await settle()
    save(dialog, out, "preferences_keys")
    dialog.reject()

    # 6. dark theme, large text
    desk.settings.set(THEME, "dark")
    desk.settings.set(FONT_SIZE, 13)
    window.workbench.apply_look()
    await settle(0.5)
    save(window, out, "dark_large")
    desk.settings.set(THEME, "light")
    desk.settings.set(FONT_SIZE, 10)
    window.workbench.apply_look()

    # 7. the phone line is down: the call bar says so and when it tries again
    phone.line.initial_delay_s = 20
    phone.line.stable_s = 60
    admin.post("/admin/cti/drop", json={"agent": "demo_agent"})
    await wait_for(lambda: "down" in bar.line_label.text())
    await settle()
    save(ui.toolbar, out, "line_down")

    window.close()
    for d in window.docks.values():
        close = getattr(d.widget(), "aclose", None)
        if close is not None:
            await close()
    await desk.aclose()
    admin.close()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    app.setFont(QFont("WenQuanYi Micro Hei", 9))
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        os.environ["AGENTDESK_DATA_DIR"] = str(tmp / "userdata")
        os.environ["AGENTDESK_SETTINGS_SCOPE"] = "workbench-screenshots"
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp))
            QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp))
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(main(target, tmp))
