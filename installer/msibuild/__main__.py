"""``PYTHONPATH=installer python -m msibuild {lock,payload,msi}`` (the Makefile's msi targets call this)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from . import config
from .payload import build_payload
from .tools import BuildError, ensure_debian_tools
from .wheels import compile_lock
from .wix import Signing, build_msi


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="msibuild", description="Build the AgentDesk Windows MSI on Linux")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)
    lock = sub.add_parser(
        "lock", help="resolve the Windows lock file (installer/requirements-win.lock) with uv"
    )
    lock.add_argument("--upgrade", action="store_true", help="re-resolve every pin to the newest that fits")
    pay = sub.add_parser("payload", help="assemble the payload folder only")
    pay.add_argument("--dest", type=Path, default=config.BUILD / "payload")
    msi = sub.add_parser("msi", help="build dist/AgentDesk-<version>-x64.msi")
    msi.add_argument("--version", help="ProductVersion (default: pyproject.toml's version)")
    msi.add_argument("--payload", type=Path, default=config.BUILD / "payload")
    msi.add_argument("--reuse-payload", action="store_true", help="do not rebuild an existing payload folder")
    msi.add_argument("--out", type=Path, help="output file (default: dist/AgentDesk-<version>-x64.msi)")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="msibuild: %(message)s")
    t0 = time.perf_counter()
    try:
        if args.command == "lock":
            print(compile_lock(upgrade=args.upgrade))
        elif args.command == "payload":
            ensure_debian_tools(["osslsigncode"])
            print(build_payload(args.dest).root)
        else:
            ensure_debian_tools()
            version = config.msi_version(args.version) if args.version else config.read_project().version
            if not (args.reuse_payload and args.payload.is_dir()):
                build_payload(args.payload)
            out = args.out or config.DIST / f"AgentDesk-{version}-x64.msi"
            build_msi(args.payload, version, out, work=config.BUILD / "wix", signing=Signing.from_env())
            print(out)
    except BuildError as exc:
        print(f"msibuild: {exc}", file=sys.stderr)
        return 1
    logging.getLogger("msibuild").info("done in %.0f s", time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
