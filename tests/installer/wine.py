"""A Wine prefix as a throw-away 64-bit Windows 10 machine for the installer tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import IO

from tests.installer.pe_forwarder import write_forwarder_dll

UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall"
ROOT_NAMES = {"HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER"}
REG_LINE = re.compile(r"^    (.+?)    (REG_[A-Z_]+)(?:    (.*))?$")
# Unix exit statuses are 8 bits: Windows Installer's 1603 (fatal error) arrives as 1603 & 0xFF == 67.
ERROR_INSTALL_FAILURE = 1603
# Variables Windows processes must not inherit from the test run (its data dir and QSettings scope are
# Linux paths/names for the desk under test here; Wine drops QT_* itself).
DROPPED_ENV = ("QT_", "AGENTDESK_", "WINE", "DISPLAY", "PYTHON", "XDG_")


# Windows system DLLs Wine 8 lacks, given to the prefix as forwarders (see pe_forwarder.py).
WINE8_MISSING_SYSTEM_DLLS = {"bcryptprimitives.dll": {"ProcessPrng": "advapi32.SystemFunction036"}}


def _pump(stream: IO[bytes] | None, into: list[bytes]) -> None:
    if stream is None:
        return
    fd = stream.fileno()
    while chunk := os.read(fd, 65536):
        into.append(chunk)


def exit_code_is(returncode: int, windows_code: int) -> bool:
    return returncode in (windows_code, windows_code & 0xFF)


@dataclass
class WinePrefix:
    """One WINEPREFIX; every Windows process of it gets pipes (not files) for its standard streams."""

    path: Path
    display: str | None = None

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(DROPPED_ENV)}
        env.update(
            WINEPREFIX=str(self.path),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # no Mono/Gecko download prompts at boot (there is no network and nothing needs them), and no
            # winemenubuilder: shortcuts must not become .desktop files and icons in the real home
            WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d",
            XDG_DATA_HOME=str(self.path / "xdg" / "data"),
            XDG_CONFIG_HOME=str(self.path / "xdg" / "config"),
        )
        if self.display:
            env["DISPLAY"] = self.display
        return env

    def wine(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run a Windows program to its end. Windows python.exe needs pipes (or the null device) for its
        standard streams, not regular files; Wine's own services inherit those pipes and outlive the
        program, so the result is taken when the program exits, not when the pipes close."""
        proc = subprocess.Popen(
            ["wine", *args],
            env=self.env(),
            cwd=self.path if self.path.exists() else None,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        chunks: dict[str, list[bytes]] = {"out": [], "err": []}
        pumps = [
            threading.Thread(target=_pump, args=(proc.stdout, chunks["out"]), daemon=True),
            threading.Thread(target=_pump, args=(proc.stderr, chunks["err"]), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        try:
            returncode = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        for pump in pumps:
            pump.join(timeout=1.0)
        text = {k: b"".join(v).decode("utf-8", "replace") for k, v in chunks.items()}
        return subprocess.CompletedProcess(["wine", *args], returncode, text["out"], text["err"])

    def boot(self) -> None:
        """Create the prefix and make it report Windows 10 (Wine 8's msi says VersionNT 601 otherwise).
        One wineserver serves the calls that follow each other (it lingers 30 s after the last process,
        so an interrupted run cleans up after itself too)."""
        self.path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["wineserver", "-p30"], env=self.env(), timeout=60, check=True)
        for args in (("wineboot", "-i"), ("winecfg", "-v", "win10")):
            proc = self.wine(*args, timeout=180)
            if proc.returncode != 0:
                raise RuntimeError(f"wine {' '.join(args)} failed: {proc.stderr[-2000:]}")
        system32 = self.path / "drive_c/windows/system32"
        for name, forwards in WINE8_MISSING_SYSTEM_DLLS.items():
            if not (system32 / name).exists():
                write_forwarder_dll(system32 / name, forwards)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)

    def destroy(self) -> None:
        self.kill()
        shutil.rmtree(self.path, ignore_errors=True)

    def host_path(self, windows_path: str) -> Path:
        """``C:\\Program Files\\X`` -> the Linux path inside the prefix."""
        p = PureWindowsPath(windows_path)
        if p.drive.upper() != "C:":
            raise ValueError(f"only C: is inside the prefix: {windows_path}")
        return self.path / "drive_c" / Path(*p.parts[1:])

    @staticmethod
    def windows_path(host: Path) -> str:
        """A Linux path as Wine's Z: drive sees it."""
        return "Z:" + str(host.resolve()).replace("/", "\\")

    def msiexec(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return self.wine("msiexec", *args, timeout=timeout)

    def install(self, msi: Path, log: Path | None = None) -> subprocess.CompletedProcess[str]:
        extra = ["/l*v", self.windows_path(log)] if log else []
        return self.msiexec("/i", self.windows_path(msi), "/qn", *extra)

    def uninstall(self, msi: Path) -> subprocess.CompletedProcess[str]:
        return self.msiexec("/x", self.windows_path(msi), "/qn")

    def reg_values(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (64-bit view), or None when the key does not exist."""
        proc = self.wine("reg", "query", key, timeout=60)
        if proc.returncode != 0:
            return None
        values: dict[str, str] = {}
        for line in proc.stdout.splitlines():
            m = REG_LINE.match(line.rstrip("\r"))
            if m:
                values[m[1]] = m[3] or ""
        return values

    def reg_subkeys(self, key: str) -> list[str]:
        proc = self.wine("reg", "query", key, timeout=60)
        if proc.returncode != 0:
            return []
        root, _, rest = key.partition("\\")
        prefix = (ROOT_NAMES.get(root.upper(), root) + "\\" + rest).lower() + "\\"
        return [
            line.strip()[len(prefix) :]
            for line in proc.stdout.splitlines()
            if line.strip().lower().startswith(prefix)
        ]

    def uninstall_entries(self, display_name: str) -> dict[str, dict[str, str]]:
        """Programs-and-Features entries whose DisplayName matches, by product code."""
        out: dict[str, dict[str, str]] = {}
        for sub in self.reg_subkeys(UNINSTALL_KEY):
            values = self.reg_values(f"{UNINSTALL_KEY}\\{sub}") or {}
            if values.get("DisplayName") == display_name:
                out[sub] = values
        return out

    def start_menu_shortcuts(self, folder: str, name: str) -> list[Path]:
        """Where a per-machine shortcut landed: the common Start menu on Windows, the roaming one of the
        user under Wine (a known Wine quirk)."""
        rel = Path("Microsoft/Windows/Start Menu/Programs") / folder / f"{name}.lnk"
        candidates = [self.path / "drive_c/ProgramData" / rel]
        candidates += list((self.path / "drive_c/users").glob(f"*/AppData/Roaming/{rel.as_posix()}"))
        return [c for c in candidates if c.is_file()]

    def system_dlls(self) -> set[str]:
        return {p.name.lower() for p in (self.path / "drive_c/windows/system32").iterdir()}
