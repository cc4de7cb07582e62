"""Windows wheels: resolved for Windows (uv), downloaded by hash (pip), installed, pruned and precompiled.

Resolving with `pip download --platform win_amd64` would judge environment markers for Linux and miss
Windows-only dependencies (keyring's pywin32-ctypes); uv resolves for the target platform, and the
result is the committed lock file. Everything after that is plain pip with `--require-hashes`.
"""

from __future__ import annotations

import compileall
import fnmatch
import logging
import os
import py_compile
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import config
from .tools import BuildError, pip, replace_dir, run

log = logging.getLogger("msibuild")

PURE_TAG = re.compile(r"-py[23.]*py3-none-any\.whl$|-py3-none-any\.whl$")
WINDOWS_PIP_TARGET = (
    "--platform",
    "win_amd64",
    "--python-version",
    config.TARGET_PYTHON,
    "--implementation",
    "cp",
    "--abi",
    "cp311",
    "--abi",
    "abi3",
    "--abi",
    "none",
)


@dataclass(frozen=True)
class Locked:
    """One pinned requirement of the lock file, with its hash lines."""

    name: str
    version: str
    text: str


def find_uv() -> str:
    beside = Path(sys.executable).parent / "uv"
    found = shutil.which("uv") or (str(beside) if beside.exists() else None)
    if not found:
        raise BuildError("uv is needed to resolve the Windows lock: .venv/bin/pip install uv")
    return found


def compile_lock(out: Path = config.LOCK, upgrade: bool = False) -> Path:
    """Resolve the project's dependencies and its [stub] extra for 64-bit Windows CPython 3.11.
    Pins already in the lock are kept while they still fit, unless ``upgrade``."""
    cmd = [find_uv(), "pip", "compile", "pyproject.toml", "--extra", "stub"]
    if upgrade:
        cmd.append("--upgrade")
    cmd += ["--python-platform", config.TARGET_PLATFORM, "--python-version", config.TARGET_PYTHON]
    cmd += ["--only-binary", ":all:", "--constraint", str(config.LOCK_CONSTRAINTS.relative_to(config.REPO))]
    for name in config.SOURCE_ONLY:
        cmd += ["--no-binary", name]
    cmd += ["--generate-hashes", "--custom-compile-command", "make msi-lock", "-o", str(out)]
    run(cmd, cwd=config.REPO)
    return out


def parse_lock(text: str) -> list[Locked]:
    """The pinned requirements of a hashed lock file (comments and blank lines dropped)."""
    items: list[Locked] = []
    for block in re.split(r"\n(?=\S)", text):
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", block)
        if not m:
            continue
        lines = [ln for ln in block.splitlines() if not ln.strip().startswith("#")]
        body = "\n".join(lines).rstrip().rstrip("\\").rstrip()
        if "--hash=sha256:" not in body:
            raise BuildError(f"lock entry {m[1]} has no hash: regenerate with `make msi-lock`")
        items.append(Locked(name=canonical(m[1]), version=m[2], text=body))
    if not items:
        raise BuildError("the lock file pins nothing")
    return items


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel_name(path: Path) -> str:
    return canonical(path.name.split("-")[0])


def download_wheels(lock_text: str, cache: Path = config.CACHE) -> Path:
    """One Windows wheel per locked requirement, in a cache folder keyed by the lock's hash."""
    target = cache / f"wheels-{config.lock_key(lock_text)}"
    if (target / ".complete").is_file():
        drop_stale(cache, "wheels-", keep=target)
        return target
    locked = parse_lock(lock_text)
    source_only = {canonical(n) for n in config.SOURCE_ONLY}
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        work, out = Path(tmp), Path(tmp) / "wheels"
        binary = work / "binary.txt"
        binary.write_text("\n".join(x.text for x in locked if x.name not in source_only) + "\n")
        log.info("downloading %d Windows wheels", len(locked))
        pip(
            "download",
            "--no-deps",
            "--only-binary=:all:",
            *WINDOWS_PIP_TARGET,
            "--require-hashes",
            "-r",
            binary,
            "-d",
            out,
        )
        sdists = [x for x in locked if x.name in source_only]
        if sdists:
            source = work / "source.txt"
            source.write_text("\n".join(x.text for x in sdists) + "\n")
            pip("wheel", "--no-deps", "--no-binary", ":all:", "--require-hashes", "-r", source, "-w", out)
            for name in (x.name for x in sdists):
                built = [w for w in out.glob("*.whl") if wheel_name(w) == name]
                if not built or not PURE_TAG.search(built[0].name):
                    raise BuildError(f"{name} did not build to a pure-Python wheel: {built}")
        have = {wheel_name(w) for w in out.glob("*.whl")}
        missing = sorted({x.name for x in locked} - have)
        if missing:
            raise BuildError(f"no Windows wheel for: {', '.join(missing)}")
        (out / ".complete").write_text(lock_text)
        replace_dir(out, target)
    drop_stale(cache, "wheels-", keep=target)
    return target


def drop_stale(cache: Path, prefix: str, keep: Path) -> None:
    """Keep one cache entry of a kind (the current lock's): old ones would only fill the disk."""
    for entry in cache.glob(f"{prefix}*"):
        if entry != keep and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def install_wheels(wheels: Path, target: Path) -> None:
    """Unpack every wheel for Windows into ``target`` without running or compiling anything."""
    files = sorted(wheels.glob("*.whl"))
    pip(
        "install",
        "--no-deps",
        "--no-compile",
        "--no-index",
        "--only-binary=:all:",
        *WINDOWS_PIP_TARGET,
        "--target",
        target,
        *files,
    )


def prune(site: Path) -> list[str]:
    """Remove what the desk never loads (config.PRUNE); returns the removed relative paths."""
    removed: list[str] = []
    for dirpath, dirnames, filenames in os.walk(site, topdown=True):
        base = Path(dirpath)
        for name in list(dirnames) + filenames:
            path = base / name
            rel = path.relative_to(site).as_posix()
            if any(fnmatch.fnmatchcase(rel, pat) for pat in config.PRUNE):
                removed.append(rel)
                if path.is_dir():
                    shutil.rmtree(path)
                    dirnames.remove(name)
                else:
                    path.unlink()
    translations = site / config.QT_TRANSLATIONS
    if translations.is_dir():
        for qm in sorted(translations.iterdir()):
            if not config.QT_TRANSLATIONS_KEEP.match(qm.name):
                removed.append(qm.relative_to(site).as_posix())
                qm.unlink()
    return sorted(removed)


def pe_imports(path: Path) -> set[str]:
    """The DLL names a Windows executable module imports, directly or delay-loaded (lower case).

    Walks the import descriptors itself: pefile's own import parsing stops at 8192 symbols, and
    PySide6's modules import more than that."""
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    try:
        names: set[str] = set()
        directories = pe.OPTIONAL_HEADER.DATA_DIRECTORY
        for index, size, name_at in ((1, 20, 12), (13, 32, 4)):  # IMPORT, DELAY_IMPORT descriptors
            if len(directories) <= index or not directories[index].VirtualAddress:
                continue
            rva = directories[index].VirtualAddress
            while len(desc := pe.get_data(rva, size)) == size and any(desc):
                name_rva = int.from_bytes(desc[name_at : name_at + 4], "little")
                if index == 13 and not desc[0] & 1:  # old-style delay descriptor: a VA, not an RVA
                    name_rva -= pe.OPTIONAL_HEADER.ImageBase
                if name_rva <= 0:
                    break
                names.add(pe.get_string_at_rva(name_rva).decode("ascii", "replace").lower())
                rva += size
        return names
    finally:
        pe.close()


def check_pruned_imports(site: Path, removed: list[str]) -> None:
    """Fail when a kept DLL/.pyd imports a DLL that pruning removed (an over-eager PRUNE pattern)."""
    gone = {Path(r).name.lower() for r in removed if r.lower().endswith(".dll")}
    if not gone:
        return
    broken: list[str] = []
    for path in sorted(site.rglob("*")):
        if path.suffix.lower() in (".dll", ".pyd") and path.is_file():
            bad = pe_imports(path) & gone
            if bad:
                broken.append(f"{path.relative_to(site).as_posix()} -> {', '.join(sorted(bad))}")
    if broken:
        raise BuildError("pruning removed DLLs that kept modules import:\n" + "\n".join(broken))


def precompile(root: Path) -> None:
    """Write unchecked-hash .pyc beside every module: Python then never compiles (or writes) at run time,
    whatever time stamps Windows Installer gives the files."""
    if sys.version_info[:2] != (3, 11):
        raise BuildError(f"bytecode must be written by CPython 3.11 (this is {sys.version.split()[0]})")
    ok = compileall.compile_dir(
        str(root),
        quiet=2,
        workers=0,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if not ok:
        bad = []
        for path in sorted(root.rglob("*.py")):
            try:
                py_compile.compile(str(path), doraise=True, cfile=os.devnull)
            except py_compile.PyCompileError as exc:
                bad.append(f"{path.relative_to(root)}: {exc.msg.strip().splitlines()[-1]}")
        raise BuildError("bytecode compilation failed:\n" + "\n".join(bad[:20]))


def site_packages(lock_text: str, cache: Path = config.CACHE) -> Path:
    """Installed, pruned, precompiled Windows site-packages for this lock (built once, then cached)."""
    target = cache / f"site-{config.site_cache_key(lock_text)}"
    if (target / ".complete").is_file():
        return target
    wheels = download_wheels(lock_text, cache)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        site = Path(tmp) / "site"
        install_wheels(wheels, site)
        removed = prune(site)
        check_pruned_imports(site, removed)
        precompile(site)
        (site / ".complete").write_text("\n".join(removed) + "\n")
        replace_dir(site, target)
    drop_stale(cache, "site-", keep=target)
    log.info("site-packages for lock %s ready", config.lock_key(lock_text))
    return target
