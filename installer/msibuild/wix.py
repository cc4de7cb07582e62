"""From a payload folder to an MSI: wixl-heat lists the files, wixl builds, osslsigncode signs if asked."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import config
from .tools import BuildError, run

log = logging.getLogger("msibuild")


def heat(payload: Path, out: Path) -> Path:
    """The payload's component group ("Payload"): one component per file, GUIDs derived by wixl from
    the install path (Guid="*"), so they stay the same across rebuilds and versions."""
    files = sorted(p.relative_to(payload).as_posix() for p in payload.rglob("*") if p.is_file())
    if not files:
        raise BuildError(f"{payload} is empty")
    prefix = "payload/"
    listing = "".join(f"{prefix}{f}\n" for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(payload.resolve(), Path(tmp) / "payload")
        proc = run(
            ["wixl-heat", "--directory-ref", "INSTALLDIR", "--component-group", "Payload"]
            + ["--var", "var.PayloadDir", "-p", prefix, "--win64"],
            cwd=Path(tmp),
            input=listing,
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(proc.stdout, encoding="utf-8")
    return out


@dataclass(frozen=True)
class Signing:
    """Authenticode signing of the MSI with a PKCS#12 certificate (optional; see docs/INSTALL.md)."""

    pkcs12: Path
    password: str
    timestamp_url: str | None = None

    @classmethod
    def from_env(cls, env: os._Environ[str] | dict[str, str] = os.environ) -> Signing | None:
        pfx = env.get("AGENTDESK_SIGN_PKCS12", "").strip()
        if not pfx:
            return None
        password = env.get("AGENTDESK_SIGN_PASSWORD", "")
        pw_file = env.get("AGENTDESK_SIGN_PASSWORD_FILE", "").strip()
        if pw_file:
            password = Path(pw_file).read_text(encoding="utf-8").strip()
        return cls(Path(pfx), password, env.get("AGENTDESK_SIGN_TIMESTAMP_URL", "").strip() or None)


def sign(msi: Path, signing: Signing) -> Path:
    """Sign in place (via a temporary file), then verify the signature is intact."""
    signed = msi.with_suffix(".signed.msi")
    cmd = ["osslsigncode", "sign", "-pkcs12", signing.pkcs12, "-pass", signing.password]
    cmd += ["-n", config.PRODUCT_NAME, "-i", config.HELP_LINK, "-h", "sha256"]
    if signing.timestamp_url:
        cmd += ["-ts", signing.timestamp_url]
    run([*cmd, "-in", msi, "-out", signed])
    signed.replace(msi)
    return msi


def build_msi(
    payload: Path,
    version: str,
    out: Path,
    work: Path | None = None,
    signing: Signing | None = None,
) -> Path:
    """Build ``out`` from the payload folder; version is the MSI ProductVersion (major.minor.build)."""
    version = config.msi_version(version)
    work = work or out.parent / f".wix-{version}"
    fragment = heat(payload, work / "payload.wxs")
    # wixl resolves sources against its include path and rejects absolute names: pass them relative
    # to the folder it runs in.
    cwd = config.REPO
    defines = {
        "Version": version,
        "VersionCeiling": config.bump_version(version),
        "PayloadDir": os.path.relpath(payload.resolve(), cwd),
        "IconFile": os.path.relpath(config.ICON, cwd),
        "Manufacturer": config.MANUFACTURER,
        "HelpLink": config.HELP_LINK,
        "Win64": "yes",
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.resolve().with_suffix(".tmp.msi")
    cmd = ["wixl", "-a", "x64", "-I", ".", "-o", tmp_out]
    for key, value in defines.items():
        cmd += ["-D", f"{key}={value}"]
    log.info("wixl: building %s", out.name)
    run([*cmd, config.WXS, fragment.resolve()], cwd=cwd)
    tmp_out.replace(out)
    if signing:
        sign(out, signing)
    return out
