"""The built MSI read back with msitools (no Wine): identity, upgrade rules, shortcut, payload, runtime."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from msibuild import config, msitables
from msibuild.payload import Payload
from msibuild.runtime import extract_runtime, fetch_python_embed, verify_signatures
from msibuild.tools import BuildError
from msibuild.wheels import canonical, check_pruned_imports, parse_lock
from msibuild.wix import Signing, sign

from tests.installer.conftest import BuiltMsi

pytestmark = pytest.mark.timeout(900)

UPGRADE_MIGRATE_FEATURES = 1
UPGRADE_ONLY_DETECT = 2
UPGRADE_INCLUDE_MINIMUM = 256


def test_msiinfo_prints_crlf(msi_v1: BuiltMsi) -> None:
    raw = subprocess.run(
        ["msiinfo", "export", str(msi_v1.path), "Property"], capture_output=True, check=True
    ).stdout
    assert raw.count(b"\r\n") >= 4 and raw.count(b"\n") == raw.count(b"\r\n")


def test_product_identity(msi_v1: BuiltMsi, product: config.Project) -> None:
    props = msitables.properties(msi_v1.path)
    assert props["ProductName"] == "AgentDesk"
    assert props["ProductVersion"] == product.version
    assert props["UpgradeCode"] == config.UPGRADE_CODE
    assert props["Manufacturer"] == config.MANUFACTURER
    assert props["ALLUSERS"] == "1"  # per-machine
    assert props["ARPPRODUCTICON"] == "AgentDesk.ico"
    assert props["ARPHELPLINK"] == config.HELP_LINK
    assert props["ARPNOMODIFY"] == "1"
    icons = msitables.export_table(msi_v1.path, "Icon")
    assert [r["Name"] for r in icons] == ["AgentDesk.ico"]
    suminfo = msitables.summary(msi_v1.path)
    assert suminfo["Template"] == "x64;1033"
    assert suminfo["Author"] == config.MANUFACTURER


def test_product_version_comes_from_pyproject(product: config.Project) -> None:
    import tomllib

    declared = tomllib.loads((config.REPO / "pyproject.toml").read_text())["project"]["version"]
    assert product.version == config.msi_version(declared)
    assert product.msi_name == f"AgentDesk-{product.version}-x64.msi"
    with pytest.raises(ValueError):
        config.msi_version("1.0.0rc1")
    assert config.bump_version("0.1.0") == "0.1.1"


def test_upgrade_rows_upgrade_in_place_and_block_downgrades(msi_v1: BuiltMsi) -> None:
    rows = msitables.export_table(msi_v1.path, "Upgrade")
    assert {r["UpgradeCode"] for r in rows} == {config.UPGRADE_CODE}
    older = [r for r in rows if r["VersionMax"] == msi_v1.version and not r["VersionMin"]]
    assert older and int(older[0]["Attributes"]) & UPGRADE_MIGRATE_FEATURES
    assert older[0]["ActionProperty"] == "WIX_UPGRADE_DETECTED"
    same = [r for r in rows if r["VersionMin"] == msi_v1.version and r["VersionMax"]]
    assert same == [same[0]] and same[0]["VersionMax"] == config.bump_version(msi_v1.version)
    assert int(same[0]["Attributes"]) & UPGRADE_INCLUDE_MINIMUM
    newer = [r for r in rows if r["ActionProperty"] == "WIX_DOWNGRADE_DETECTED"]
    assert newer[0]["VersionMin"] == msi_v1.version and not newer[0]["VersionMax"]
    assert int(newer[0]["Attributes"]) & UPGRADE_ONLY_DETECT
    sequence = {
        r["Action"]: int(r["Sequence"]) for r in msitables.export_table(msi_v1.path, "InstallExecuteSequence")
    }
    assert sequence["FindRelatedProducts"] < sequence["LaunchConditions"]
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]


def test_launch_conditions(msi_v1: BuiltMsi) -> None:
    conditions = {
        r["Condition"]: r["Description"] for r in msitables.export_table(msi_v1.path, "LaunchCondition")
    }
    assert "newer version of AgentDesk" in conditions["NOT WIX_DOWNGRADE_DETECTED"]
    windows = conditions["Installed OR (VersionNT64 AND VersionNT >= 603)"]
    assert "64-bit Windows 10" in windows
    assert not msitables.export_table(msi_v1.path, "CustomAction")  # declarative: no custom actions


def test_start_menu_shortcut_runs_the_desk_without_a_console(msi_v1: BuiltMsi) -> None:
    (shortcut,) = msitables.export_table(msi_v1.path, "Shortcut")
    assert shortcut["Target"] == "[INSTALLDIR]pythonw.exe"
    assert shortcut["Arguments"] == "-B -m agentdesk"
    assert shortcut["WkDir"] == "INSTALLDIR" and shortcut["Icon_"] == "AgentDesk.ico"
    dirs = {r["Directory"]: r for r in msitables.export_table(msi_v1.path, "Directory")}
    assert dirs[shortcut["Directory_"]]["Directory_Parent"] == "ProgramMenuFolder"
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"] == config.INSTALL_FOLDER
    removed = msitables.export_table(msi_v1.path, "RemoveFile")
    assert any(r["DirProperty"] == shortcut["Directory_"] and r["InstallMode"] == "2" for r in removed)
    files = msitables.installed_files(msi_v1.path)
    assert "pythonw.exe" in files and "python.exe" in files


def test_registry_values(msi_v1: BuiltMsi) -> None:
    rows = msitables.export_table(msi_v1.path, "Registry")
    hklm = {
        r["Name"]: r["Value"]
        for r in rows
        if r["Root"] == "2" and r["Key"].rstrip("\\") == r"Software\AgentDesk"
    }
    assert hklm["InstallDir"] == "[INSTALLDIR]"
    assert hklm["Version"] == msi_v1.version


def test_every_payload_file_is_in_the_file_table(msi_v1: BuiltMsi, payload: Payload) -> None:
    files = payload.files()
    assert len(files) > 1000
    assert sorted(msitables.installed_files(msi_v1.path)) == files
    components = msitables.export_table(msi_v1.path, "Component")
    guids = [r["ComponentId"] for r in components]
    assert len(set(guids)) == len(guids) and all(g.startswith("{") for g in guids)
    assert all(int(r["Attributes"]) & 256 for r in components)  # msidbComponentAttributes64bit


def test_msiextract_lists_the_payload(msi_v1: BuiltMsi, payload: Payload) -> None:
    listed = msitables.extract_listing(msi_v1.path)
    assert listed == sorted(f"{config.INSTALL_FOLDER}/{f}" for f in payload.files())


def test_component_guids_are_stable_across_builds_and_versions(msi_v1: BuiltMsi, msi_v2: BuiltMsi) -> None:
    one = {r["Component"]: r["ComponentId"] for r in msitables.export_table(msi_v1.path, "Component")}
    two = {r["Component"]: r["ComponentId"] for r in msitables.export_table(msi_v2.path, "Component")}
    assert one == two
    p1, p2 = msitables.properties(msi_v1.path), msitables.properties(msi_v2.path)
    assert p1["ProductCode"] != p2["ProductCode"]
    assert p1["UpgradeCode"] == p2["UpgradeCode"]
    assert p2["ProductVersion"] == config.bump_version(p1["ProductVersion"])


def test_payload_layout_and_runtime_path(payload: Payload) -> None:
    root = payload.root
    for name in ("python.exe", "pythonw.exe", "python311.dll", "python311.zip", "vcruntime140.dll"):
        assert (root / name).is_file(), name
    assert (root / "python311._pth").read_bytes() == b"python311.zip\r\n.\r\nLib\\site-packages\r\n"
    assert (root / "agentdesk" / "__main__.py").is_file()
    assert (root / "backend_stub" / "__init__.py").is_file()
    assert (root / "resources").is_dir()  # beside the package, where agentdesk.resources looks
    site = root / "Lib" / "site-packages"
    for dist in ("pyside6_essentials-6.9.3", "pywin32_ctypes-", "fastapi-", "uvicorn-", "numpy-2.0."):
        assert any(p.name.lower().startswith(dist) for p in site.glob("*.dist-info")), dist
    assert not (site / "bin").exists() and not list(site.glob("PySide6/*.exe"))
    qm = sorted(p.name for p in (site / "PySide6" / "translations").iterdir())
    assert "qtbase_zh_CN.qm" in qm and all(config.QT_TRANSLATIONS_KEEP.match(n) for n in qm)
    ts = sorted(p.stem for p in (config.REPO / "resources" / "translations").glob("*.ts"))
    assert sorted(p.stem for p in (root / "resources" / "translations").glob("*.qm")) == ts
    assert not list((root / "resources").rglob("*.ts")) and not list((root / "resources").rglob("*.py"))


def _pyc_flags(pyc: Path) -> int:
    return struct.unpack("<I", pyc.read_bytes()[4:8])[0]


def test_every_module_has_unchecked_hash_bytecode(payload: Payload) -> None:
    """Python never needs to write bytecode at run time, whatever time stamps the installer sets."""
    sources = [p for p in payload.root.rglob("*.py") if "Lib" not in p.relative_to(payload.root).parts[:1]]
    sources += list((payload.root / "Lib" / "site-packages").rglob("*.py"))
    missing, checked = [], []
    for src in sources:
        pyc = src.parent / "__pycache__" / f"{src.stem}.cpython-311.pyc"
        if not pyc.is_file():
            missing.append(str(src.relative_to(payload.root)))
        elif _pyc_flags(pyc) != 0b01:  # hash-based, check_source off
            checked.append(str(pyc.relative_to(payload.root)))
    assert not missing[:10] and not checked[:10]
    assert len(sources) > 1000


def test_windows_lock_is_resolved_for_windows_and_pins_the_product_versions() -> None:
    locked = {x.name: x.version for x in parse_lock(config.LOCK.read_text())}
    assert "pywin32-ctypes" in locked  # keyring's Windows-only dependency: a Linux-judged resolve misses it
    assert "colorama" in locked  # click's Windows-only dependency
    assert locked["pyside6-essentials"] == "6.9.3" and locked["shiboken6"] == "6.9.3"
    assert locked["numpy"].startswith("2.0.")
    for dep in ("fastapi", "uvicorn", "httpx", "qasync", "keyring", "platformdirs", "sqlite-utils"):
        assert dep in locked, dep


def test_windows_lock_covers_every_dependency_of_pyproject() -> None:
    """A dependency added to pyproject.toml without `make msi-lock` would be missing from the MSI."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((config.REPO / "pyproject.toml").read_text())["project"]
    locked = {x.name: x.version for x in parse_lock(config.LOCK.read_text())}
    stale = []
    for spec in [*project["dependencies"], *project["optional-dependencies"]["stub"]]:
        req = Requirement(spec)
        if req.marker and not req.marker.evaluate({"sys_platform": "win32", "platform_system": "Windows"}):
            continue
        name = canonical(req.name)
        if name not in locked or not req.specifier.contains(locked[name], prereleases=True):
            stale.append(f"{spec} (lock: {locked.get(name)})")
    assert not stale, f"run `make msi-lock`: {stale}"


def test_runtime_signatures_are_checked_and_tampering_is_refused(tmp_path: Path, msi_tools: None) -> None:
    runtime = tmp_path / "runtime"
    extract_runtime(fetch_python_embed(), runtime)
    signers = verify_signatures(runtime)
    assert signers["python.exe"] == signers["python311.dll"] == "Python Software Foundation"
    assert signers["vcruntime140.dll"].startswith("Microsoft Corporation")
    dll = runtime / "python3.dll"
    data = bytearray(dll.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dll.write_bytes(bytes(data))
    with pytest.raises(BuildError, match="python3.dll"):
        verify_signatures(runtime)


def test_pruning_guard_catches_a_removed_dll_that_is_still_imported(payload: Payload) -> None:
    qt = payload.root / "Lib" / "site-packages" / "PySide6"
    check_pruned_imports(qt, ["Qt6Quick.dll", "Qt6Qml.dll"])  # really pruned: nothing kept imports them
    with pytest.raises(BuildError, match="qt6core.dll"):
        check_pruned_imports(qt, ["Qt6Core.dll"])


def test_optional_signing_with_a_pkcs12_certificate(msi_v1: BuiltMsi, tmp_path: Path) -> None:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a throw-away certificate")
    key, cert, pfx = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "sign.pfx"
    subj = "/CN=AgentDesk Test Signing/O=AgentDesk Project"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", subj]
        + ["-addext", "extendedKeyUsage=codeSigning", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            "-inkey",
            str(key),
            "-in",
            str(cert),
            "-out",
            str(pfx),
            "-passout",
            "pass:s3cret",
        ],
        check=True,
        capture_output=True,
    )
    signing = Signing.from_env({"AGENTDESK_SIGN_PKCS12": str(pfx), "AGENTDESK_SIGN_PASSWORD": "s3cret"})
    assert signing is not None and Signing.from_env({}) is None
    msi = tmp_path / "signed.msi"
    shutil.copyfile(msi_v1.path, msi)
    sign(msi, signing)
    verify = subprocess.run(
        ["osslsigncode", "verify", "-CAfile", str(cert), "-ignore-crl", "-in", str(msi)],
        capture_output=True,
        text=True,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "AgentDesk Test Signing" in verify.stdout
    assert msitables.properties(msi)["ProductVersion"] == msi_v1.version
