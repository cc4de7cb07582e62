"""``make bench`` = ``python -m benchmarks``: run every benchmark, one JSON line per figure.

Each line is ``{"bench", "value", "unit", "floor", "ratio", "target", "pass"}``; floors are measured in
the same run on the same machine. Each bench runs in its own process (its memory and start-up are its
own) with its own user-data directory and settings scope; the ones that need a back end share one
simulator process (``benchmarks/stub_host.py``). A bench that fails or is missing still gets its lines,
with ``value`` null and ``pass`` false, and the reason on stderr. The exit code is 0 when the run
happened: a missed target is reported, not an error.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import KEYS, STUB_ENV, emit, note, result

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Bench:
    module: str  # benchmarks.<module>
    lines: tuple[tuple[str, str, float | None, str], ...]  # (bench, unit, target, judge) it must print
    needs_stub: bool = True
    timeout_s: float = 240.0
    args: tuple[str, ...] = ()


BENCHES = [
    Bench(
        "startup",
        (("startup_ratio", "s", 1.5, "ratio"), ("startup_backend_ratio", "s", 1.5, "ratio")),
        needs_stub=False,
        timeout_s=300,
    ),
    Bench("customer_view", (("customer_view_ratio", "ms", 1.3, "ratio"),)),
    Bench("ui_stall", (("ui_stall_ms", "ms", 50.0, "value"),)),
    Bench(
        "kb_search",
        (("kb_search_p95_ms", "ms", 30.0, "value"), ("kb_sync_articles_per_s", "articles/s", None, "value")),
        needs_stub=False,  # it seeds its own simulator with 50,000 articles
        timeout_s=360,
    ),
    Bench(
        "memory",
        (("memory_growth_ratio", "MB", 1.05, "ratio"), ("rss_mb", "MB", 300.0, "value")),
        timeout_s=300,
    ),
    Bench("flow_overhead", (("flow_overhead_ratio", "ms", 1.2, "ratio"),)),
]


def normalise(line: dict) -> dict:
    """Exactly the agreed keys, in the agreed order."""
    return {k: line.get(k) for k in KEYS}


class StubHost:
    """The shared simulator process; stopped by closing its standard input."""

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.stub_host", "--db", str(workdir / "backend.sqlite")],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.info = self._read_info(timeout=300)

    def _read_info(self, timeout: float) -> str:
        box: list[str] = []
        reader = threading.Thread(target=lambda: box.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not box or not box[0].strip():
            self.stop()
            raise RuntimeError("the benchmark simulator did not start")
        json.loads(box[0])
        return box[0].strip()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


def run_bench(bench: Bench, env: dict[str, str], workdir: Path) -> list[dict]:
    """Run one bench process; return its lines plus a failed line for every figure it did not print."""
    data = workdir / f"data-{bench.module}"
    config = workdir / f"config-{bench.module}"
    data.mkdir()
    config.mkdir()
    child_env = {
        **env,
        "AGENTDESK_DATA_DIR": str(data),
        "AGENTDESK_SETTINGS_SCOPE": f"bench-{bench.module}-{os.getpid()}",
        "XDG_CONFIG_HOME": str(config),  # QSettings files of the bench stay in the work directory
    }
    seen: dict[str, dict] = {}
    reason = ""
    if importlib.util.find_spec(f"benchmarks.{bench.module}") is None:
        reason = f"benchmarks/{bench.module}.py does not exist yet"
    else:
        t0 = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", f"benchmarks.{bench.module}", *bench.args],
                cwd=ROOT,
                env=child_env,
                capture_output=True,
                text=True,
                timeout=bench.timeout_s,
                check=False,
            )
            out, err, code = done.stdout, done.stderr, done.returncode
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            err, code = f"timed out after {bench.timeout_s:.0f} s", -1
        for raw in out.splitlines():
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            if isinstance(line, dict) and "bench" in line:
                seen[line["bench"]] = normalise(line)
        for text in err.splitlines():
            if text.startswith("[bench]"):
                print(text, file=sys.stderr, flush=True)
        note(f"{bench.module}: exit {code} in {time.monotonic() - t0:.1f} s")
        if code != 0:
            reason = f"exit {code}: {err.strip()[-1500:]}"
    lines = list(seen.values())
    for name, unit, target, judge in bench.lines:
        if name not in seen:
            note(f"{name}: not measured ({reason or 'the bench printed no line for it'})")
            lines.append(result(name, None, unit, None, target, judge=judge))
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", action="append", help="run only this bench module (repeatable)")
    p.add_argument("--list", action="store_true", help="list the bench modules and their figures")
    a = p.parse_args(argv)
    if a.list:
        for b in BENCHES:
            print(b.module, ", ".join(name for name, *_ in b.lines))
        return 0
    selected = [b for b in BENCHES if not a.only or b.module in a.only]
    note(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="agentdesk-bench-") as tmp:
        workdir = Path(tmp)
        stub = None
        try:
            if any(b.needs_stub for b in selected):
                stub_env = {**env, "AGENTDESK_DATA_DIR": str(workdir / "stub-data")}
                try:
                    stub = StubHost(workdir, stub_env)
                    env[STUB_ENV] = stub.info
                    note(f"simulator ready after {time.monotonic() - t0:.1f} s")
                except Exception as exc:  # the benches that need it report themselves as not measured
                    note(f"the simulator could not start: {exc}")
            for bench in selected:
                for line in run_bench(bench, env, workdir):
                    emit(line)
        finally:
            if stub is not None:
                stub.stop()
    note(f"all benchmarks took {time.monotonic() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
