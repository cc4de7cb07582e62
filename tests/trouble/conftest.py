"""The trouble suite's shared parts: a whole desk (features plugged, main window) over the simulator,
and a log capture that sees what the desk's log file would hold."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import pytest

from agentdesk.connectors.config import BackendConfig
from agentdesk.services.desk import build_desk
from agentdesk.services.settings import Settings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Sockets and futures of a test are collected while its own qasync loop still exists."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def windows_close_without_quitting(qapp):
    """Closing a test's main window (as shutdown does) must not stop the loop the test runs on."""
    before = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(before)


async def whole_desk(url: str, user: str = "demo_agent", password: str = "demo", **endpoint_options):
    """A desk built and signed in as the app does it, with every feature plugged in."""
    from agentdesk.features import plug_all

    options = {"retry_backoff_s": 0.01, **endpoint_options}
    desk = build_desk(BackendConfig.from_base_url(url, **options), Settings(), url)
    await desk.session.sign_in(user, password)
    assert plug_all(desk) == [], "a feature failed to plug in"
    return desk


async def shut_down(desk, window=None) -> None:
    """As ``DeskStartup.shutdown``: the window, each panel's pending work, then the services."""
    if window is not None:
        window.close()
        for dock in window.docks.values():
            close = getattr(dock.widget(), "aclose", None)
            if close is not None:
                await close()
    await desk.aclose()


class LogCapture(logging.Handler):
    """Every record of the run, as the desk's log file would get it (``agentdesk`` even at DEBUG, the
    rest at INFO, httpx at WARNING as the app sets it), written to ``path`` too so a failing test
    leaves the log to read."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.path = path
        self.file = logging.FileHandler(path, encoding="utf-8")
        self.file.setFormatter(logging.Formatter(LOG_FORMAT))
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.file.emit(record)

    def text(self) -> str:
        """The whole log as the file holds it, tracebacks included."""
        self.file.flush()
        return self.path.read_text(encoding="utf-8")

    def errors(self) -> list[logging.LogRecord]:
        return [r for r in self.records if r.levelno >= logging.ERROR]


@pytest.fixture
def desk_log(user_data_dir):
    root = logging.getLogger()
    desk_logger = logging.getLogger("agentdesk")
    capture = LogCapture(user_data_dir / "trouble.log")
    httpx_logger = logging.getLogger("httpx")
    old_root, old_desk, old_httpx = root.level, desk_logger.level, httpx_logger.level
    root.addHandler(capture)
    root.setLevel(logging.INFO)
    desk_logger.setLevel(logging.DEBUG)
    httpx_logger.setLevel(logging.WARNING)  # as agentdesk.app.configure_logging sets it
    yield capture
    root.removeHandler(capture)
    root.setLevel(old_root)
    desk_logger.setLevel(old_desk)
    httpx_logger.setLevel(old_httpx)
    capture.file.close()
