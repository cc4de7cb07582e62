"""The start-up floor: a bare PySide6 main window, started like the desk (``python -m``, same Qt
platform, one qasync loop), that prints when it is shown and idle and exits.

The idle rule is the desk's (``agentdesk.startup.wait_until_idle``), repeated here so this process
imports nothing of the desk.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import qasync
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

TICK_S = 0.005
QUIET_S = 0.05


async def wait_until_idle(tick_s: float = TICK_S, quiet_s: float = QUIET_S) -> float:
    """Wall-clock time at which ``quiet_s`` of timer ticks began to come back within 2 ms."""
    quiet_since: float | None = None
    quiet_for = 0.0
    while quiet_for < quiet_s:
        wall, t0 = time.time(), time.perf_counter()
        await asyncio.sleep(tick_s)
        elapsed = time.perf_counter() - t0
        if elapsed - tick_s < 0.002:
            quiet_since = wall if quiet_since is None else quiet_since
            quiet_for += elapsed
        else:
            quiet_since, quiet_for = None, 0.0
    return quiet_since if quiet_since is not None else time.time()


async def main() -> dict:
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QLabel("bare window", window))
    window.resize(1360, 860)
    window.show()
    shown_at = time.time()
    return {"shown_at": shown_at, "idle_at": await wait_until_idle()}


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        report = runner.run(main())
    print(json.dumps(report), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(run())
