"""The composition root: Qt application, one qasync event loop, the services, sign-in, the window."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import logging.handlers
import sys
import time
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from agentdesk import __version__
from agentdesk.i18n import install_translators
from agentdesk.paths import log_dir, user_data_dir
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
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main(app, args))


async def main(app: QApplication, args: argparse.Namespace) -> int:
    from agentdesk.startup import DeskStartup

    settings = Settings()
    install_translators(app, args.lang or settings.get(LANGUAGE))
    startup = DeskStartup(app, args, settings)
    try:
        if args.check:
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


def demo_backend_db(customers: int) -> Path:
    """The demo simulator's database lives with the user's data, so the second start reuses it."""
    return user_data_dir() / "demo-backend" / f"backend-seed42-{customers}.sqlite"


def elapsed_ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)
