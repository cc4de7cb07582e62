"""``python -m agentdesk.flows``: run and check pretreatment flows without the desk's window.

    python -m agentdesk.flows --list
    python -m agentdesk.flows check [--flows-dir DIR]
    python -m agentdesk.flows vocabulary
    python -m agentdesk.flows --backend URL --user U --password P run FLOW_ID --number N [--auto]

``run`` prints one JSON object (``outcome``, the ``steps`` taken, the ``ticket`` if dispatched, the
customer script) and exits 0 when the flow ran to an end state. ``--auto`` answers "yes" to every
confirmation and takes the first choice at every question; without it the questions are put on the
terminal. The password may come from ``AGENTDESK_PASSWORD`` instead of the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from agentdesk.flows.console import ConsoleDriver

EXIT_ENDED = 0
EXIT_ERROR = 1
EXIT_NOT_ENDED = 2


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m agentdesk.flows", description="Run and check pretreatment flows"
    )
    p.add_argument("--list", action="store_true", help="print the ids of the available flows and exit")
    p.add_argument("--backend", help="one base URL serving every system under /<system> (e.g. the simulator)")
    p.add_argument(
        "--config", type=Path, help="back-end configuration file (TOML or INI) instead of --backend"
    )
    p.add_argument("--user", help="the agent's user name")
    p.add_argument("--password", help="the agent's password (or set AGENTDESK_PASSWORD)")
    p.add_argument("--flows-dir", type=Path, help="read flow files from here instead of resources/flows")
    sub = p.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run one flow for a service number")
    run.add_argument("flow_id")
    run.add_argument(
        "--number", required=True, help="the service number (mobile, fixed line, broadband account)"
    )
    run.add_argument("--auto", action="store_true", help="confirm every action and take every first choice")
    sub.add_parser("list", help="print the ids of the available flows")
    sub.add_parser("check", help="check every flow file; print the problems as JSON")
    sub.add_parser("vocabulary", help="print the queries, actions and facts flow files may use, as JSON")
    return p.parse_args(argv)


def _catalog(args: argparse.Namespace):
    from agentdesk.services.pretreatment.loader import load_catalog

    return load_catalog(args.flows_dir)


def list_flows(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    for flow_id in catalog.ids():
        print(flow_id)
    for broken in catalog.unavailable:
        print(f"unavailable: {broken.file}: {broken.problems[0]}", file=sys.stderr)
    return EXIT_ENDED


def check_flows(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    out = {
        "available": catalog.ids(),
        "unavailable": [
            {"file": u.file, "flowId": u.flow_id, "problems": [str(p) for p in u.problems]}
            for u in catalog.unavailable
        ],
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return EXIT_ENDED if not catalog.unavailable else EXIT_ERROR


def print_vocabulary() -> int:
    """What a flow author may name: each query and action with its facts, each fact with its type."""
    from agentdesk.services.pretreatment.vocabulary import standard_vocabulary

    v = standard_vocabulary()
    out = {
        "queries": {
            q.name: {"provides": sorted(q.provides), "needs": list(q.needs), "serviceTypes": list(q.service_types),
                     "test": q.test_system is not None, "doc": q.doc}
            for q in v.queries.values()
        },
        "actions": {
            a.name: {"system": a.system, "operation": a.operation, "needs": list(a.needs),
                     "provides": sorted(a.provides), "serviceTypes": list(a.service_types)}
            for a in v.actions.values()
        },
        "facts": {
            name: {"type": t.kind, **({"values": list(t.values)} if t.values else {}),
                   **({"secret": True} if t.secret else {}), **({"doc": t.doc} if t.doc else {})}
            for name, t in sorted(v.facts.items())
        },
    }  # fmt: skip
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return EXIT_ENDED


async def run_flow(args: argparse.Namespace) -> tuple[int, dict[str, Any]]:
    from agentdesk.connectors.backoffice import BackOffice
    from agentdesk.connectors.config import BackendConfig
    from agentdesk.services.audit import AuditTrail
    from agentdesk.services.errors import DeskError
    from agentdesk.services.pretreatment.runs import AutoDriver
    from agentdesk.services.pretreatment.service import PretreatmentService
    from agentdesk.storage.database import open_database

    if args.backend:
        config = BackendConfig.from_base_url(args.backend)
    elif args.config:
        config = BackendConfig.load(args.config)
    else:
        return EXIT_ERROR, {"error": "give --backend URL or --config FILE"}
    password = args.password or os.environ.get("AGENTDESK_PASSWORD", "")
    if not args.user or not password:
        return EXIT_ERROR, {"error": "give --user and --password (or AGENTDESK_PASSWORD)"}
    backoffice = BackOffice(config)
    database = open_database()
    service = PretreatmentService(
        backoffice, database, agent=lambda: args.user, audit=AuditTrail(database), flows_dir=args.flows_dir
    )
    try:
        try:
            await backoffice.login(args.user, password)
            driver = AutoDriver() if args.auto else ConsoleDriver()
            result = await service.run(args.flow_id, args.number, driver)
            await service.flush_reports()
        except DeskError as exc:
            return EXIT_ERROR, {"error": str(exc), "kind": getattr(exc, "kind", "error")}
        out = result.as_json()
        out["outcome"] = result.outcome
        return (EXIT_ENDED if result.ended else EXIT_NOT_ENDED), out
    finally:
        await service.aclose()
        await backoffice.aclose()
        database.close()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list or args.command == "list":
        return list_flows(args)
    if args.command == "check":
        return check_flows(args)
    if args.command == "vocabulary":
        return print_vocabulary()
    if args.command != "run":
        print(json.dumps({"error": "nothing to do: give --list, check, or run FLOW_ID --number N"}))
        return EXIT_ERROR
    code, out = asyncio.run(run_flow(args))
    print(json.dumps(out, ensure_ascii=False))
    return code


if __name__ == "__main__":
    sys.exit(main())
