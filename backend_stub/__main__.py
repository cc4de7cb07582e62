"""``python -m backend_stub --port 8765``: serve the back-office simulator."""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import uvicorn

from backend_stub.app import create_app
from backend_stub.config import StubConfig


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m backend_stub", description=__doc__)
    p.add_argument(
        "--host", default="127.0.0.1", help="listen address (default 127.0.0.1; trusted machines only)"
    )
    p.add_argument("--port", type=int, default=8765)
    p.add_argument(
        "--db",
        type=Path,
        default=Path("var/backend_stub.sqlite"),
        help="SQLite file (created and seeded on first start)",
    )
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--customers", type=int, default=5000)
    p.add_argument("--kb-articles", type=int, default=2000)
    p.add_argument("--latency-ms", type=int, default=0)
    p.add_argument("--jitter-ms", type=int, default=0)
    p.add_argument("--admin-token", default="admin", help="X-Admin-Token for /admin (default 'admin')")
    p.add_argument(
        "--demo-password", default="demo", help="password of demo_agent, demo_lead and the seeded agents"
    )
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    t0 = time.monotonic()
    cfg = StubConfig(
        db_path=a.db,
        seed=a.seed,
        customers=a.customers,
        kb_articles=a.kb_articles,
        latency_ms=a.latency_ms,
        jitter_ms=a.jitter_ms,
        admin_token=a.admin_token,
        demo_password=a.demo_password,
    )
    try:
        app = create_app(cfg)
    except RuntimeError as exc:  # e.g. a database seeded with other options
        raise SystemExit(f"backend_stub: {exc}") from None
    logging.getLogger("backend_stub").info(
        "%s database %s in %.1f s; serving http://%s:%d",
        "seeded" if app.state.seeded_now else "reused",
        a.db,
        time.monotonic() - t0,
        a.host,
        a.port,
    )
    uvicorn.run(app, host=a.host, port=a.port, log_level="warning", timeout_graceful_shutdown=2)


if __name__ == "__main__":
    main()
