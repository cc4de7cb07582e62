"""Start-up: the demo back end runs beside the desk (a child process) and stops on every way out — the
window closed, an exception, Ctrl+C, the desk killed; the desk starts with ``--demo``, with ``--demo
--backend URL`` and with ``--config FILE``."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.__main__ import parse_args
from agentdesk.app import run_startup
from agentdesk.demo_backend import DemoBackend, DemoBackendError
from agentdesk.services.settings import Settings
from agentdesk.startup import DeskStartup
from agentdesk.views.login_dialog import LoginDialog
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until

ROOT = Path(__file__).resolve().parents[1]
CUSTOMERS = "50"  # the demo database is seeded in about a second
SERVING = re.compile(r"demo back end \(pid (\d+)\) serving (http://\S+)")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "agentdesk.log"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait(predicate, timeout: float, what: str) -> None:
    """Poll another process's state (no event loop here)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {timeout} s")
        time.sleep(0.02)


def _desk(data_dir: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "--demo", "--demo-customers", CUSTOMERS, *extra],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _backend_pid_once_signed_in(data_dir: Path, desk: subprocess.Popen) -> int:
    """The demo back end's pid, once the desk says it serves and the demo agent signed in to it."""
    _wait(
        lambda: desk.poll() is not None or ("signed in as demo_agent" in _log(data_dir)),
        120,
        "the desk did not sign in",
    )
    assert desk.poll() is None, desk.stderr.read() if desk.stderr else ""
    return int(SERVING.search(_log(data_dir)).group(1))


def test_demo_start_reports_idle_and_stops_its_back_end_when_done(user_data_dir):
    desk = _desk(user_data_dir, "--exit-when-idle")
    out, err = desk.communicate(timeout=180)
    assert desk.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["idle_at"] >= report["shown_at"] > 0
    log = _log(user_data_dir)
    pid = int(SERVING.search(log).group(1))
    assert pid != desk.pid
    assert f"demo back end {pid} stopped (exit code 0)" in log  # asked to stop, and it did, cleanly
    assert not _alive(pid)
    assert "Traceback" not in err
    child_log = (user_data_dir / "logs" / "demo-backend.log").read_text(encoding="utf-8")
    assert "the desk closed its end: stopping" in child_log
    # the demo database lives with the user's data, so the next start reuses it
    assert (user_data_dir / "demo-backend" / f"backend-seed42-{CUSTOMERS}.sqlite").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_shuts_the_desk_down_with_its_back_end(user_data_dir):
    desk = _desk(user_data_dir)
    try:
        pid = _backend_pid_once_signed_in(user_data_dir, desk)
        desk.send_signal(signal.SIGINT)
        _out, err = desk.communicate(timeout=60)
    finally:
        desk.kill()
    assert desk.returncode == 130, err
    assert "Traceback" not in err
    assert f"demo back end {pid} stopped (exit code 0)" in _log(user_data_dir)
    assert not _alive(pid)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_killed_desk_takes_its_back_end_along(user_data_dir):
    desk = _desk(user_data_dir)
    try:
        pid = _backend_pid_once_signed_in(user_data_dir, desk)
    finally:
        desk.kill()  # SIGKILL: no clean-up of any kind in the desk
        desk.communicate(timeout=30)
    _wait(lambda: not _alive(pid), 15, "the orphaned demo back end did not stop")
    child_log = (user_data_dir / "logs" / "demo-backend.log").read_text(encoding="utf-8")
    assert "the desk closed its end: stopping" in child_log


def _demo_startup(qapp, *argv: str) -> DeskStartup:
    args = parse_args(["--demo", "--demo-customers", CUSTOMERS, *argv])
    return DeskStartup(qapp, args, Settings())


async def _shown_window(startup: DeskStartup, task: asyncio.Future) -> MainWindow:
    await wait_until(
        lambda: task.done() or (startup.window is not None and startup.window.isVisible()), timeout=120
    )
    if task.done():
        task.result()  # raises what stopped the start
    assert startup.window is not None
    return startup.window


def test_closing_the_window_stops_the_demo_back_end(qapp, run):
    startup = _demo_startup(qapp)

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        window = await _shown_window(startup, task)
        backend = startup.demo_backend
        assert backend is not None and backend.proc is not None and backend.proc.poll() is None
        assert "demo_agent" in window.agent_label.text()
        window.close()  # what the window's close button does
        assert await asyncio.wait_for(task, 60) == 0
        assert backend.proc.returncode == 0  # stopped when asked, not killed

    run(body())


def test_an_exception_during_start_still_stops_the_demo_back_end(qapp, run, monkeypatch):
    startup = _demo_startup(qapp)

    def broken_window(self):
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(DeskStartup, "open_window", broken_window)

    async def body() -> None:
        with pytest.raises(RuntimeError, match="could not be built"):
            await asyncio.wait_for(run_startup(startup), 120)
        backend = startup.demo_backend
        assert backend is not None and backend.url is not None  # it had started
        assert backend.proc.returncode == 0

    run(body())


def test_demo_against_a_running_back_end_starts_no_simulator(qapp, run, stub_server):
    startup = _demo_startup(qapp, "--backend", stub_server.url)

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        window = await _shown_window(startup, task)
        assert startup.demo_backend is None
        assert startup.desk.session.backend_url == stub_server.url
        assert "demo_agent" in window.agent_label.text()
        window.close()
        assert await asyncio.wait_for(task, 30) == 0

    run(body())


def test_the_desk_starts_with_a_config_file(qapp, qtbot, run, stub_server, tmp_path):
    config = tmp_path / "backend.toml"
    config.write_text(f'[backend]\nbase_url = "{stub_server.url}"\n', encoding="utf-8")
    args = parse_args(["--config", str(config)])
    startup = DeskStartup(qapp, args, Settings())

    def dialog() -> LoginDialog | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        return shown[0] if shown else None

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        await wait_until(lambda: dialog() is not None, timeout=30)
        sign_in = dialog()
        qtbot.keyClicks(sign_in.user, "demo_agent")
        qtbot.keyClicks(sign_in.password, "demo")
        qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
        window = await _shown_window(startup, task)
        assert startup.demo_backend is None
        assert window.docks["toolbox"].isVisible()
        assert "demo_agent" in window.agent_label.text()
        window.close()
        assert await asyncio.wait_for(task, 30) == 0

    run(body())


def test_a_demo_back_end_that_cannot_start_says_where_to_look(tmp_path, run):
    log = tmp_path / "demo-backend.log"
    backend = DemoBackend(tmp_path / "not-a-file", 50, log_path=log)
    (tmp_path / "not-a-file").mkdir()  # a directory where its database should be

    async def body() -> None:
        with pytest.raises(DemoBackendError, match="stopped before serving") as err:
            await backend.ready(timeout=60)
        assert str(log) in str(err.value)

    try:
        run(body())
    finally:
        backend.stop()
    assert backend.proc.returncode not in (None, 0)
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_the_desk_imports_its_storage_and_http_client_without_the_unused_extras():
    code = (
        "import sys\n"
        "from agentdesk.app import without_unused_extras\n"
        "with without_unused_extras():\n"
        "    import httpx, sqlite_utils\n"
        "assert 'numpy' not in sys.modules and 'rich' not in sys.modules, sorted(sys.modules)\n"
        "import numpy  # still there for whoever needs it (the dashboard's charts)\n"
        "print(callable(httpx.main))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
