"""The folder the MSI installs: runtime + site-packages + the app and its resources, all precompiled.

Layout (== C:\\Program Files\\AgentDesk after install):
    python.exe, pythonw.exe, python311.dll, python311.zip, python311._pth, ...   the runtime
    Lib\\site-packages\\...                                                     the Windows wheels
    agentdesk\\, backend_stub\\                                                 the app (and its simulator)
    resources\\ (translations as .qm, flows, icons, qss)                        beside the package
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .runtime import prepare_runtime
from .tools import BuildError, run
from .wheels import precompile, site_packages

log = logging.getLogger("msibuild")


@dataclass
class Payload:
    """A finished payload folder and what the build learnt while making it."""

    root: Path
    lock_key: str
    signers: dict[str, str] = field(default_factory=dict)

    def files(self) -> list[str]:
        """Every file, as a '/'-separated path relative to the install folder, sorted."""
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file())


def link_tree(src: Path, dst: Path) -> None:
    """Copy a cached tree cheaply: hard links on the same file system, copies elsewhere."""

    def link_or_copy(s: str, d: str) -> object:
        try:
            os.link(s, d)
            return d
        except OSError:
            return shutil.copy2(s, d)

    shutil.copytree(src, dst, copy_function=link_or_copy, ignore=shutil.ignore_patterns(".complete"))


def copy_app(repo: Path, dest: Path) -> None:
    """The app's packages and resources from the work tree, without caches or translation sources."""
    ignore = shutil.ignore_patterns(*config.APP_EXCLUDE)
    for name in config.APP_PACKAGES:
        if not (repo / name / "__init__.py").is_file():
            raise BuildError(f"{repo / name} is not a package")
        shutil.copytree(repo / name, dest / name, ignore=ignore)
    # resources/ may hold only empty folders, which a fresh clone does not have
    resources = repo / config.APP_RESOURCES
    if resources.is_dir():
        shutil.copytree(
            resources, dest / config.APP_RESOURCES, ignore=shutil.ignore_patterns(*config.RESOURCES_EXCLUDE)
        )
    compile_translations(
        repo / config.APP_RESOURCES / "translations", dest / config.APP_RESOURCES / "translations"
    )


def compile_translations(src: Path, dest: Path) -> list[Path]:
    """Compile every .ts into the payload's .qm (fresh from source, whatever the work tree holds)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out: list[Path] = []
    dest.mkdir(parents=True, exist_ok=True)
    for ts in sorted(src.glob("*.ts")):
        qm = dest / f"{ts.stem}.qm"
        run([lrelease if lrelease.exists() else "pyside6-lrelease", "-silent", ts, "-qm", qm])
        if not qm.is_file():
            raise BuildError(f"lrelease wrote no {qm.name}")
        out.append(qm)
    return out


def build_payload(dest: Path, repo: Path = config.REPO, cache: Path = config.CACHE) -> Payload:
    """Assemble a fresh payload folder at ``dest`` (cached parts: the runtime sdist, wheels, site-packages)."""
    lock_text = config.LOCK.read_text(encoding="utf-8")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    signers = prepare_runtime(dest, cache)
    link_tree(site_packages(lock_text, cache), dest / config.SITE_PACKAGES)
    copy_app(repo, dest)
    for name in config.APP_PACKAGES:
        precompile(dest / name)
    payload = Payload(root=dest, lock_key=config.lock_key(lock_text), signers=signers)
    log.info("payload: %d files in %s", len(payload.files()), dest)
    return payload
