"""The MSI under Wine: install, run the installed desk's self-check, upgrade in place, refuse a downgrade,
uninstall without leftovers. Each prefix is a fresh 64-bit Windows 10 (Wine 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from msibuild import config
from msibuild.payload import Payload
from msibuild.wheels import pe_imports

from tests.installer.conftest import BuiltMsi
from tests.installer.wine import ERROR_INSTALL_FAILURE, WinePrefix, exit_code_is

pytestmark = [pytest.mark.wine, pytest.mark.slow, pytest.mark.timeout(900)]

INSTALL_DIR = r"C:\Program Files\AgentDesk"
PRODUCT_KEY = r"HKLM\Software\AgentDesk"
DEMO_CUSTOMERS = "300"
# After an upgrade the upgraded runtime must load the desk, Qt and numpy (the full self-check runs in
# test_installed_desk_passes_its_self_check on the same payload); it prints the registered version.
SMOKE = (
    "import winreg, agentdesk.app, numpy, PySide6.QtWidgets, backend_stub.app;"
    "k = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r'Software\\AgentDesk');"
    "print(winreg.QueryValueEx(k, 'Version')[0])"
)


def installed_files(prefix: WinePrefix) -> list[str]:
    root = prefix.host_path(INSTALL_DIR)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def run_self_check(prefix: WinePrefix) -> dict:
    """``python.exe -m agentdesk --demo --check`` from the install folder, offscreen (Wine drops QT_*
    variables, so the platform goes on the command line), with pipes for the standard streams."""
    proc = prefix.wine(
        f"{INSTALL_DIR}\\python.exe",
        "-B",
        "-m",
        "agentdesk",
        "--demo",
        "--check",
        "--demo-customers",
        DEMO_CUSTOMERS,
        "-platform",
        "offscreen",
        timeout=600,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    assert lines, f"no JSON line (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    report = json.loads(lines[-1])
    assert proc.returncode == 0 and report["ok"], json.dumps(report, indent=1) + "\n" + proc.stderr[-3000:]
    return report


@pytest.fixture(scope="module")
def installed(make_prefix, msi_v1: BuiltMsi, tmp_path_factory: pytest.TempPathFactory) -> WinePrefix:
    """A prefix with this version installed silently, as IT would (msiexec /i ... /qn)."""
    prefix = make_prefix("installed")
    log = tmp_path_factory.mktemp("msilog") / "install.log"
    proc = prefix.install(msi_v1.path, log=log)
    assert proc.returncode == 0, log.read_text(errors="replace")[-3000:] if log.exists() else proc.stderr
    return prefix


def test_install_puts_every_payload_file_in_program_files(installed: WinePrefix, payload: Payload) -> None:
    assert installed_files(installed) == payload.files()
    pth = installed.host_path(INSTALL_DIR + r"\python311._pth")
    assert pth.read_bytes() == (payload.root / "python311._pth").read_bytes()


def test_install_writes_registry_uninstall_entry_and_shortcut(
    installed: WinePrefix, msi_v1: BuiltMsi
) -> None:
    values = installed.reg_values(PRODUCT_KEY)
    assert values == {"InstallDir": INSTALL_DIR + "\\", "Version": msi_v1.version, "StartMenuShortcut": "0x1"}
    entries = installed.uninstall_entries("AgentDesk")
    assert len(entries) == 1
    (entry,) = entries.values()
    assert entry["DisplayVersion"] == msi_v1.version
    assert entry["Publisher"] == config.MANUFACTURER
    assert entry["HelpLink"] == config.HELP_LINK
    assert entry["NoModify"] == "0x1"
    assert entry["UninstallString"].lower().startswith("msiexec.exe /x{")
    # Wine quirk: per-machine shortcuts land in the user's roaming Start menu, not ProgramData's.
    (lnk,) = installed.start_menu_shortcuts("AgentDesk", "AgentDesk")
    blob = lnk.read_bytes()
    assert "pythonw.exe".encode("utf-16-le") in blob or b"pythonw.exe" in blob
    assert "-m agentdesk".encode("utf-16-le") in blob


def test_every_dll_import_resolves_under_wine(installed: WinePrefix) -> None:
    """Each .exe/.dll/.pyd finds its imports in the payload or in Wine's system32 (API sets are
    resolved by the loader): a DLL Wine 8 lacks (e.g. bcryptprimitives.dll) shows up here by name."""
    root = installed.host_path(INSTALL_DIR)
    modules = [p for p in root.rglob("*") if p.suffix.lower() in (".exe", ".dll", ".pyd") and p.is_file()]
    available = installed.system_dlls() | {p.name.lower() for p in modules}
    unresolved = {}
    for module in modules:
        missing = {
            d
            for d in pe_imports(module)
            if d not in available and not d.startswith(("api-ms-win-", "ext-ms-"))
        }
        if missing:
            unresolved[module.relative_to(root).as_posix()] = sorted(missing)
    assert not unresolved


def test_installed_desk_passes_its_self_check(installed: WinePrefix, payload: Payload) -> None:
    report = run_self_check(installed)
    assert report["version"]
    # nothing was written into Program Files at run time (no bytecode, no data): uninstall leaves it empty
    assert installed_files(installed) == payload.files()
    data = list((installed.path / "drive_c/users").glob("*/AppData/Local/AgentDesk"))
    assert data, "the desk keeps its data in the user's local app data"


def test_upgrade_in_place_refuse_downgrade_and_uninstall_everything(
    make_prefix, msi_v1: BuiltMsi, msi_v2: BuiltMsi, payload: Payload
) -> None:
    prefix = make_prefix("lifecycle")
    assert prefix.install(msi_v1.path).returncode == 0
    (first_code,) = prefix.uninstall_entries("AgentDesk")

    upgrade = prefix.install(msi_v2.path)
    assert upgrade.returncode == 0, upgrade.stderr[-2000:]
    entries = prefix.uninstall_entries("AgentDesk")
    assert len(entries) == 1, f"upgrade left {len(entries)} entries: {entries}"
    ((code, entry),) = entries.items()
    assert code != first_code and entry["DisplayVersion"] == msi_v2.version
    assert (prefix.reg_values(PRODUCT_KEY) or {}).get("Version") == msi_v2.version
    assert installed_files(prefix) == payload.files()
    smoke = prefix.wine(f"{INSTALL_DIR}\\python.exe", "-B", "-c", SMOKE, timeout=300)
    assert smoke.stdout.strip() == msi_v2.version, smoke.stdout + smoke.stderr[-2000:]

    downgrade = prefix.install(msi_v1.path)
    assert exit_code_is(downgrade.returncode, ERROR_INSTALL_FAILURE), downgrade.returncode
    assert list(prefix.uninstall_entries("AgentDesk")) == [code]
    assert (prefix.reg_values(PRODUCT_KEY) or {}).get("Version") == msi_v2.version

    removal = prefix.uninstall(msi_v2.path)
    assert removal.returncode == 0, removal.stderr[-2000:]
    assert not prefix.host_path(INSTALL_DIR).exists(), installed_files(prefix)[:20]
    assert prefix.reg_values(PRODUCT_KEY) is None
    assert prefix.uninstall_entries("AgentDesk") == {}
    assert prefix.start_menu_shortcuts("AgentDesk", "AgentDesk") == []
    menus = [
        *(prefix.path / "drive_c/users").glob(
            "*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/AgentDesk"
        ),
        prefix.path / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/AgentDesk",
    ]
    assert not [m for m in menus if m.exists()]
    assert Path(prefix.host_path(r"C:\Program Files")).is_dir()
