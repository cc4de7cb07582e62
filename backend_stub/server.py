"""Run the simulator in this process on a background thread (demo mode, tests, benchmarks)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import uvicorn

from backend_stub.app import create_app
from backend_stub.config import StubConfig


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class StubServer:
    """``with StubServer(StubConfig(...)) as stub: stub.url`` — started, seeded and listening."""

    def __init__(self, config: StubConfig | None = None, host: str = "127.0.0.1", port: int = 0):
        self.config = config or StubConfig()
        self.host = host
        self.port = port or free_port(host)
        self.app = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def ctx(self):
        return self.app.state.stub

    def start(self, timeout: float = 120.0) -> StubServer:
        self.app = create_app(self.config)
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level="warning",
                                timeout_graceful_shutdown=2, lifespan="off")
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(target=self._run, name="backend-stub", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("backend stub failed to start")
            if time.monotonic() > deadline:
                raise TimeoutError("backend stub did not start in time")
            time.sleep(0.01)
        return self

    def _run(self) -> None:
        asyncio.run(self._server.serve())

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            for hub in self.ctx.hubs.values():
                close = getattr(hub, "close", None)
                if close:
                    close()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.app is not None:
            self.ctx.db.close()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
