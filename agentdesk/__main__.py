"""``python -m agentdesk`` / ``agentdesk``: start the desk.

``--demo`` starts the back-office simulator beside the desk (a child process, launched first thing so
it boots while the desk starts; see ``agentdesk.demo_backend``) and signs in as the demo agent;
``--demo --backend URL`` signs the demo agent in to a simulator already running there instead;
``--demo --check`` does all of that offscreen-capable, loads a demo customer, prints one JSON line and
exits 0 only when every step passed (tests, benchmarks and the installer's post-install check use it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="agentdesk", description="AgentDesk service-front workbench")
    p.add_argument(
        "--demo",
        action="store_true",
        help="start the embedded back-office simulator and sign in as the demo agent",
    )
    p.add_argument(
        "--check", action="store_true", help="with --demo: run the start-up self-check, print JSON, exit"
    )
    p.add_argument(
        "--config", type=Path, help="back-end configuration file (TOML or INI): each system's base URL"
    )
    p.add_argument(
        "--backend",
        help="one base URL serving every system under /<system> (e.g. a simulator); with --demo: sign in "
        "as the demo user there instead of starting the embedded simulator",
    )
    p.add_argument("--user", help="user name to pre-fill in the sign-in dialog")
    p.add_argument(
        "--lang", choices=["system", "zh_CN", "en"], help="interface language (overrides the setting)"
    )
    p.add_argument("--demo-customers", type=int, default=5000, help=argparse.SUPPRESS)
    # benchmarks: print when the shown window first went idle (JSON) and exit; see benchmarks/startup.py
    p.add_argument("--exit-when-idle", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--demo-as",
        default="demo_agent",
        help="with --demo: the seeded user to sign in as (demo_agent, demo_lead)",
    )
    args, qt_args = p.parse_known_args(argv)
    args.qt_args = qt_args  # e.g. -platform offscreen
    if args.check and not args.demo and not (args.backend or args.config):
        p.error("--check needs --demo (or a back end to check against)")
    return args


def cli(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.demo_backend = None
    if args.demo and not args.backend:  # before Qt and the desk are imported: it boots meanwhile
        from agentdesk.demo_backend import DemoBackend

        args.demo_backend = DemoBackend.for_demo(args.demo_customers).launch()
    try:
        from agentdesk.app import run

        return run(args)
    except KeyboardInterrupt:  # Ctrl+C: the desk has shut down (agentdesk.app.run_startup); no traceback
        return 130
    finally:  # every way out (an exception, Ctrl+C) stops it; a normal exit already did
        if args.demo_backend is not None:
            args.demo_backend.stop()


if __name__ == "__main__":
    sys.exit(cli())
