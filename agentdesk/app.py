"""The composition root: Qt application, one qasync event loop, the services, sign-in, the window."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import logging.handlers
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from agentdesk import __version__
from agentdesk.i18n import install_translators
from agentdesk.main_thread_gc import MainThreadCollector
from agentdesk.paths import log_dir
from agentdesk.services.settings import BACKEND_CONFIG_PATH, LANGUAGE, Settings

log = logging.getLogger("agentdesk")


def configure_logging() -> Path:
    """Log to a rotating file in the user-data directory (secrets are never logged: see services.secrets)."""
    path = log_dir() / "agentdesk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path


def run(args: argparse.Namespace) -> int:
    configure_logging()
    app = QApplication.instance() or QApplication([sys.argv[0], *args.qt_args])
    app.setApplicationName("AgentDesk")
    app.setOrganizationName("AgentDesk")
    app.setApplicationVersion(__version__)
    collector = MainThreadCollector(app).start()  # Qt objects are freed on the GUI thread only
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(main(app, args))
    finally:
        collector.stop()


# Optional extras two libraries import when they are installed, that the desk never uses: sqlite-utils
# maps numpy/pandas values to column types (the desk stores none; numpy alone is ~100 ms to import, and
# pyqtgraph still imports it when the team dashboard is first shown), httpx imports its command-line
# client (click, rich, pygments: ~30 ms).
UNUSED_EXTRAS = ("numpy", "pandas", "httpx._main")


@contextmanager
def without_unused_extras() -> Iterator[None]:
    """Imports inside see the unused extras as not installed (each library has its own fallback for
    that); afterwards they import normally again."""
    blocked = [name for name in UNUSED_EXTRAS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # Python's "not importable" marker
    try:
        yield
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


async def main(app: QApplication, args: argparse.Namespace) -> int:
    with without_unused_extras():
        import httpx  # noqa: F401
        import sqlite_utils  # noqa: F401
    from agentdesk.startup import DeskStartup

    settings = Settings()
    install_translators(app, args.lang or settings.get(LANGUAGE))
    return await run_startup(DeskStartup(app, args, settings))


async def run_startup(startup) -> int:
    """Run the desk (or its self-check); whichever way it ends — the window closed, an exception, Ctrl+C
    (the runner cancels this task) — stop what it started: window, services, the demo back end."""
    try:
        if startup.args.check:
            report = await startup.self_check()
            print(json.dumps(report, ensure_ascii=False), flush=True)
            return 0 if report["ok"] else 1
        return await startup.run_interactive()
    finally:
        await startup.shutdown()


def backend_config_path(args: argparse.Namespace, settings: Settings) -> Path | None:
    if args.config:
        return args.config
    stored = settings.get(BACKEND_CONFIG_PATH)
    return Path(stored) if stored else None


def elapsed_ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)
