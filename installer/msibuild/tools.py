"""External tools of the build: run them loudly on failure, install Debian's packages when missing."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

log = logging.getLogger("msibuild")

# command -> Debian package providing it (wixl and wixl-heat are a package of their own on Debian 12)
DEBIAN_TOOLS = {
    "wixl": "wixl",
    "wixl-heat": "wixl",
    "msiinfo": "msitools",
    "msiextract": "msitools",
    "osslsigncode": "osslsigncode",
}


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


def run(
    cmd: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its output; on failure raise with the tail of what it said."""
    args = [str(c) for c in cmd]
    log.debug("$ %s", " ".join(args))
    proc = subprocess.run(
        args,
        cwd=cwd,
        env=None if env is None else {**os.environ, **env},
        input=input,
        capture_output=True,
        text=True,
        errors="replace",
    )
    if check and proc.returncode != 0:
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-25:]
        raise BuildError(f"{args[0]} failed (exit {proc.returncode}):\n" + "\n".join(tail))
    return proc


def pip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The build venv's own pip (the ordinary PyPI client)."""
    return run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args])


def missing_debian_packages(commands: Sequence[str] = tuple(DEBIAN_TOOLS)) -> list[str]:
    return sorted({DEBIAN_TOOLS[c] for c in commands if shutil.which(c) is None})


def ensure_debian_tools(commands: Sequence[str] = tuple(DEBIAN_TOOLS)) -> None:
    """Install msitools, wixl and osslsigncode from Debian when a command is missing (root only)."""
    need = missing_debian_packages(commands)
    if not need:
        return
    if os.geteuid() != 0:
        raise BuildError(f"missing tools; run: sudo apt-get install --no-install-recommends {' '.join(need)}")
    log.info("installing Debian packages: %s", " ".join(need))
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *need], env=env)
    still = missing_debian_packages(commands)
    if still:
        raise BuildError(f"Debian packages still missing after install: {' '.join(still)}")


def replace_dir(src: Path, dst: Path) -> None:
    """Move a finished temporary folder into place (the cache only ever holds complete entries)."""
    if dst.exists():
        shutil.rmtree(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    src.rename(dst)
