"""``startup_ratio``: from starting the process to the main window shown and idle, against a bare PySide6
window process started the same way (``benchmarks/bare_window.py``).

The desk runs ``python -m agentdesk --demo --exit-when-idle``: the demo back end (the simulator, a child
process of the desk) on a demo database seeded by a warm-up run (so every measured start reuses it, as an
agent's second start does), sign-in, features, the window, its recent-customers list. Runs of the two are
interleaved and the medians kept.

``startup_backend_ratio`` (same target) is the same start against a simulator already
running (``--demo --backend URL``, the demo agent signing in there): the desk's own start, without the
simulator's. The difference of the two lines is what the embedded simulator still costs.

Python's byte code is cached between runs (a temporary ``PYTHONPYCACHEPREFIX``, filled by the warm-up runs,
even when the caller set ``PYTHONDONTWRITEBYTECODE``): the installed desk starts from byte code compiled by
the MSI build, never from source, so compiling ~600 modules at each start is not what an agent waits for.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import emit, median, note, result

TARGET = 1.5


def time_to_idle(args: list[str], env: dict[str, str], timeout: float = 300) -> float:
    """Seconds from just before the process starts to the moment it reported its window idle."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])["idle_at"] - started


def bench_env(pycache: Path) -> dict[str, str]:
    """The caller's environment, with byte code cached in ``pycache`` (see the module docstring)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


class RunningBackend:
    """A simulator started before the measured runs, on a copy of the demo database."""

    def __init__(self, demo_db: Path, customers: int, workdir: Path) -> None:
        from agentdesk.demo_backend import DemoBackend

        copy = workdir / "running-backend.sqlite"
        shutil.copyfile(demo_db, copy)
        self.backend = DemoBackend(copy, customers, log_path=workdir / "running-backend.log").launch()
        self.url = asyncio.run(self.backend.ready())

    def stop(self) -> None:
        self.backend.stop()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--demo-customers", type=int, default=5000)
    a = p.parse_args(argv)
    from agentdesk.demo_backend import demo_backend_db

    with tempfile.TemporaryDirectory(prefix="agentdesk-startup-") as tmp:
        workdir = Path(tmp)
        env = bench_env(workdir / "pycache")
        desk = ["-m", "agentdesk", "--demo", "--demo-customers", str(a.demo_customers), "--exit-when-idle"]
        bare = ["-m", "benchmarks.bare_window"]
        t0 = time.monotonic()
        time_to_idle(desk, env, timeout=600)  # seeds the demo database; later starts reuse it
        time_to_idle(bare, env)
        note(
            f"startup: warm-up (demo database of {a.demo_customers} customers, byte code) took "
            f"{time.monotonic() - t0:.1f} s"
        )
        running = RunningBackend(demo_backend_db(a.demo_customers), a.demo_customers, workdir)
        try:
            on_running = ["-m", "agentdesk", "--demo", "--backend", running.url, "--exit-when-idle"]
            time_to_idle(on_running, env)  # warm-up: its first sign-in
            desk_s, bare_s, on_running_s = [], [], []
            for _ in range(a.runs):
                bare_s.append(time_to_idle(bare, env))
                desk_s.append(time_to_idle(desk, env))
                on_running_s.append(time_to_idle(on_running, env))
        finally:
            running.stop()
    note(f"startup: desk {[round(x, 2) for x in desk_s]} s, bare window {[round(x, 2) for x in bare_s]} s")
    note(f"startup: desk on a running back end {[round(x, 2) for x in on_running_s]} s")
    emit(result("startup_ratio", median(desk_s), "s", median(bare_s), TARGET))
    emit(result("startup_backend_ratio", median(on_running_s), "s", median(bare_s), TARGET))


if __name__ == "__main__":
    main()
