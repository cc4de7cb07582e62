"""``startup_ratio``: from starting the process to the main window shown and idle, against a bare PySide6
window process started the same way (``benchmarks/bare_window.py``).

The desk runs ``python -m agentdesk --demo --exit-when-idle``: the embedded simulator on a demo database
seeded by a warm-up run (so every measured start reuses it, as an agent's second start does), sign-in,
features, the window, its recent-customers list. Runs of the two are interleaved and the medians kept.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

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


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--demo-customers", type=int, default=5000)
    a = p.parse_args(argv)
    env = dict(os.environ)
    desk = ["-m", "agentdesk", "--demo", "--demo-customers", str(a.demo_customers), "--exit-when-idle"]
    bare = ["-m", "benchmarks.bare_window"]
    t0 = time.monotonic()
    time_to_idle(desk, env, timeout=600)  # seeds the demo database; later starts reuse it
    time_to_idle(bare, env)
    note(
        f"startup: warm-up (demo database of {a.demo_customers} customers) took {time.monotonic() - t0:.1f} s"
    )
    desk_s, bare_s = [], []
    for _ in range(a.runs):
        bare_s.append(time_to_idle(bare, env))
        desk_s.append(time_to_idle(desk, env))
    note(f"startup: desk {[round(x, 2) for x in desk_s]} s, bare window {[round(x, 2) for x in bare_s]} s")
    emit(result("startup_ratio", median(desk_s), "s", median(bare_s), TARGET))


if __name__ == "__main__":
    main()
