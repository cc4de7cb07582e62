"""Test harness: offscreen Qt, one QApplication, a qasync loop, the simulator on a free port,
an in-memory keyring and a temporary user-data directory for every test."""

from __future__ import annotations

import asyncio
import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
import qasync  # noqa: E402

from tests.support.memory_keyring import MemoryKeyring  # noqa: E402
from tests.support.stub_fixtures import (  # noqa: E402,F401
    ADMIN,
    admin,
    agent_token,
    api,
    lead_api,
    lead_token,
    scenario,
    stub_server,
)


@pytest.fixture(scope="session", autouse=True)
def settings_home(tmp_path_factory):
    """QSettings files of the whole run live in a temporary folder, never in the real home."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(home))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def gc_on_the_gui_thread():
    """As in the desk (agentdesk/main_thread_gc.py): no automatic collection, which could run in the
    simulator's server thread and free a test's Qt objects there (a timer left registered on freed memory
    crashed the run); each test's garbage is collected on this thread when it ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_the_tests_garbage():
    """A test's windows and panels die with it, not in a later test where their timers would fire."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch):
    """Each test gets its own user-data directory (local database, logs) and QSettings scope."""
    from agentdesk.storage import database

    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(data))
    monkeypatch.setenv("AGENTDESK_SETTINGS_SCOPE", f"test-{os.getpid()}-{tmp_path.name}")
    yield data
    database.close_all()


@pytest.fixture(autouse=True)
def close_leftover_windows():
    """A window or dialog a test left open must not become the next test's active (modal) window."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def aloop(qapp):
    """A qasync event loop over the session's QApplication; pending tasks are cancelled afterwards."""
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    # collect this test's sockets and futures now, while their loop is alive: collected later, inside
    # another test's loop, they crash Qt (seen as an intermittent segfault)
    gc.collect()
    asyncio.set_event_loop(None)
    loop.close()


@pytest.fixture
def run(aloop):
    """``run(coro)`` runs a coroutine to completion on the qasync loop (60 s limit)."""

    def _run(coro, timeout: float = 60.0):
        return aloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return _run
