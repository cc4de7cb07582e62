"""The demo back end (``--demo``): the back-office simulator in a child process beside the desk.

Why a child process and not a thread: the simulator's start (importing FastAPI and pydantic, opening its
database) is ~0.6 s of CPU that, on a thread, would hold the GIL against the desk's own start. Launched
before the desk even imports Qt, it boots on another core while the desk builds its services; the
sign-in waits for its "ready" line.

Parent side: :class:`DemoBackend` (``launch()``, ``await ready()``, ``stop()``). Child side:
``python -m agentdesk.demo_backend --db FILE ...`` takes a free local port and says so at once (a JSON
line ``{"url": ...}``: the desk builds its clients meanwhile), prints ``{"ready": true}`` once it serves, logs to the file the parent gave as its stderr, and stops
when its standard input closes — which also happens when the desk dies without cleaning up (a crash,
``kill -9``), so a demo back end never outlives its desk. ``stop()`` closes that input, waits, then
terminates and at last kills; it is also registered with ``atexit`` for exits that skip the desk's
shutdown.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
READY_TIMEOUT_S = 900.0  # the first start seeds the demo database (5,000 customers: tens of seconds)


def demo_backend_db(customers: int) -> Path:
    """The demo simulator's database lives with the user's data, so the second start reuses it."""
    from agentdesk.paths import user_data_dir

    return user_data_dir() / "demo-backend" / f"backend-seed42-{customers}.sqlite"


def demo_backend_log() -> Path:
    from agentdesk.paths import log_dir

    return log_dir() / "demo-backend.log"


LOG_LIMIT_BYTES = 1_000_000


def _open_log(path: Path):
    """The child's log, appended to (a start that failed stays readable), started afresh past 1 MB."""
    path.parent.mkdir(parents=True, exist_ok=True)
    big = path.is_file() and path.stat().st_size > LOG_LIMIT_BYTES
    return open(path, "w" if big else "a", encoding="utf-8")  # noqa: SIM115 (handed to the child)


class DemoBackendError(RuntimeError):
    """The demo back end did not start (its log says why)."""


class DemoBackend:
    """One simulator child process; see the module docstring."""

    def __init__(
        self, db_path: Path, customers: int, password: str = DEMO_PASSWORD, log_path: Path | None = None
    ):
        self.db_path = Path(db_path)
        self.customers = customers
        self.password = password
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.url: str | None = None
        self.serving = False
        self._read_lock = threading.Lock()

    @classmethod
    def for_demo(cls, customers: int) -> DemoBackend:
        return cls(demo_backend_db(customers), customers, DEMO_PASSWORD, demo_backend_log())

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def launch(self) -> DemoBackend:
        """Start the child and return at once (it gets ready while the desk starts)."""
        if self.proc is not None:
            return self
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, *(["-B"] if sys.flags.dont_write_bytecode else []), "-m", __name__]
        cmd += ["--db", str(self.db_path), "--customers", str(self.customers)]
        cmd += ["--demo-password", self.password]
        if sys.platform == "win32":  # no console window for it; Ctrl+C in a console reaches the desk only
            flags = {"creationflags": subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP}
        else:
            flags = {"start_new_session": True}
        stderr = _open_log(self.log_path) if self.log_path else subprocess.DEVNULL
        try:
            self.proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, **flags
            )
        finally:
            if stderr is not subprocess.DEVNULL:
                stderr.close()  # the child has its own handle
        atexit.register(self.stop)
        return self

    async def address(self, timeout: float = 60.0) -> str:
        """The base URL the child will serve (known as soon as it took its port)."""
        await self._wait_for(lambda: self.url is not None, timeout)
        assert self.url is not None
        return self.url

    async def ready(self, timeout: float = READY_TIMEOUT_S) -> str:
        """The base URL, once the child serves; raises DemoBackendError if it died or took too long."""
        await self._wait_for(lambda: self.serving, timeout)
        assert self.url is not None
        return self.url

    async def _wait_for(self, done, timeout: float) -> None:
        if done():
            return
        if self.proc is None:
            self.launch()
        try:
            await asyncio.wait_for(asyncio.to_thread(self._read_until, done), timeout)
        except TimeoutError:
            self.stop()
            raise DemoBackendError(f"the demo back end did not start within {timeout:.0f} s") from None

    def _read_until(self, done) -> None:
        """Read the child's lines (blocking, in a worker thread) until ``done()``."""
        with self._read_lock:
            assert self.proc is not None and self.proc.stdout is not None
            while not done():
                line = self.proc.stdout.readline()
                try:
                    said = json.loads(line)
                except ValueError:
                    said = None
                if not isinstance(said, dict):
                    code = self.proc.poll()
                    raise DemoBackendError(
                        f"the demo back end stopped before serving (exit code {code}); see {self.log_path}"
                    )
                self.url = said.get("url", self.url)
                self.serving = self.serving or bool(said.get("ready"))

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the child to finish (its input closes), then terminate it, at last kill it. Idempotent."""
        proc = self.proc
        if proc is None:
            return
        atexit.unregister(self.stop)
        was_running = proc.poll() is None
        if was_running:
            try:
                if proc.stdin is not None:
                    proc.stdin.close()
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("demo back end %s did not stop in %.0f s: terminating it", proc.pid, timeout)
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None and not stream.closed:
                try:
                    stream.close()
                except OSError:
                    pass
        if was_running:
            log.info("demo back end %s stopped (exit code %s)", proc.pid, proc.returncode)


# -- the child --------------------------------------------------------------------------------------


def say(message: dict) -> None:
    """One line to the desk on the standard output."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _serve(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m agentdesk.demo_backend", description=__doc__)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--customers", type=int, default=5000)
    p.add_argument("--demo-password", default=DEMO_PASSWORD)
    p.add_argument("--host", default="127.0.0.1")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    import socket

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((a.host, 0))  # a free port, chosen by the system: no race with another process
    url = f"http://{a.host}:{sock.getsockname()[1]}"
    say({"url": url, "pid": os.getpid()})

    import uvicorn

    from backend_stub import StubConfig
    from backend_stub.app import create_app

    app = create_app(StubConfig(db_path=a.db, customers=a.customers, demo_password=a.demo_password))
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2, lifespan="off")
    )
    ctx = app.state.stub

    def stop_when_input_closes() -> None:
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        logging.getLogger(__name__).info("the desk closed its end: stopping")
        server.should_exit = True
        for hub in ctx.hubs.values():  # open event streams end now, not at the graceful time-out
            close = getattr(hub, "close", None)
            if close:
                close()

    async def serve() -> None:
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                await task  # raises what stopped it
                return
            await asyncio.sleep(0.005)
        logging.getLogger(__name__).info("serving %s (database %s)", url, a.db)
        say({"ready": True})
        sys.stdout = sys.stderr  # nothing more on the pipe nobody reads
        await task

    threading.Thread(target=stop_when_input_closes, name="stdin-watch", daemon=True).start()
    try:
        asyncio.run(serve())
    finally:
        ctx.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(_serve())
