"""The desk's user settings, each declared once and read and written through that declaration.

Settings live in QSettings: organisation "AgentDesk", application "AgentDesk" (or the value of
``AGENTDESK_SETTINGS_SCOPE``, so tests never share settings); on Windows that is the registry under
``HKEY_CURRENT_USER\\Software\\AgentDesk``. Values read back are checked against the declaration,
so a hand-edited or outdated value falls back to the default instead of breaking the desk.
Never a password or token here: those belong to ``agentdesk.services.secrets``.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

ORGANISATION = "AgentDesk"
APPLICATION = "AgentDesk"
SCOPE_ENV = "AGENTDESK_SETTINGS_SCOPE"
CONTEXT = "Settings"

# The back-office systems whose base URL can be overridden one by one (the simulator's prefixes).
SYSTEMS = ("crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "cti")

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: QSettings key (may hold ``{placeholders}``), default, type and label."""

    key: str
    default: T
    type: type
    label: str  # English source text, marked with QT_TRANSLATE_NOOP("Settings", ...)
    choices: dict[Any, str] = field(default_factory=dict)  # value -> English label, when closed
    minimum: int | None = None
    maximum: int | None = None
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)  # placeholder -> allowed values
    url: bool = False  # an http(s) URL or empty

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def translated_choices(self) -> dict[Any, str]:
        """Choice values with their labels in the desk's language, in declaration order."""
        return {value: QCoreApplication.translate(CONTEXT, text) for value, text in self.choices.items()}

    def key_for(self, **params: str) -> str:
        names = {name for _, name, _, _ in string.Formatter().parse(self.key) if name}
        if set(params) != names:
            raise TypeError(f"setting {self.key!r} needs exactly the parameters {sorted(names)}")
        for name, value in params.items():
            if value not in self.params.get(name, ()):
                raise ValueError(f"{value!r} is not a valid {name} for setting {self.key!r}")
        return self.key.format(**params)

    def validate(self, value: Any) -> T:
        """The value in its declared type, or ``ValueError`` saying what is wrong with it."""
        if self.type is bytes and isinstance(value, QByteArray):
            value = bytes(value.data())
        if (self.type is int and isinstance(value, bool)) or not isinstance(value, self.type):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {', '.join(map(str, self.choices))}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.key}: {value} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.key}: {value} is above {self.maximum}")
        if self.url and value:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"{self.key}: {value!r} is not an http(s) URL")
        return value


LANGUAGE: Setting[str] = Setting(
    "ui/language",
    "system",
    str,
    QT_TRANSLATE_NOOP("Settings", "Language"),
    choices={
        "system": QT_TRANSLATE_NOOP("Settings", "Same as the system"),
        "zh_CN": QT_TRANSLATE_NOOP("Settings", "Chinese (Simplified)"),
        "en": QT_TRANSLATE_NOOP("Settings", "English"),
    },
)
THEME: Setting[str] = Setting(
    "ui/theme",
    "light",
    str,
    QT_TRANSLATE_NOOP("Settings", "Theme"),
    choices={"light": QT_TRANSLATE_NOOP("Settings", "Light"), "dark": QT_TRANSLATE_NOOP("Settings", "Dark")},
)
FONT_SIZE: Setting[int] = Setting(
    "ui/font_size", 10, int, QT_TRANSLATE_NOOP("Settings", "Font size (points)"), minimum=8, maximum=24
)
BACKEND_CONFIG_PATH: Setting[str] = Setting(
    "backend/config_path", "", str, QT_TRANSLATE_NOOP("Settings", "Back-office configuration file")
)
SYSTEM_BASE_URL: Setting[str] = Setting(
    "backend/base_url/{system}",
    "",
    str,
    QT_TRANSLATE_NOOP("Settings", "Base URL override"),
    params={"system": SYSTEMS},
    url=True,
)
REMEMBER_ME: Setting[bool] = Setting(
    "login/remember_me", False, bool, QT_TRANSLATE_NOOP("Settings", "Remember me")
)
REMEMBERED_USER: Setting[str] = Setting(
    "login/user_name", "", str, QT_TRANSLATE_NOOP("Settings", "Remembered user name")
)
WINDOW_GEOMETRY: Setting[bytes] = Setting(
    "window/geometry", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window position and size")
)
WINDOW_STATE: Setting[bytes] = Setting(
    "window/state", b"", bytes, QT_TRANSLATE_NOOP("Settings", "Window layout (docks and toolbars)")
)

# The workbench the agent arranges (agentdesk.views.workbench): shortcuts, customer-view tabs, start page.
SHORTCUTS: Setting[str] = Setting(
    "ui/shortcuts", "", str, QT_TRANSLATE_NOOP("Settings", "Keyboard shortcuts (the agent's own bindings)")
)
CUSTOMER_TABS: Setting[str] = Setting(
    "ui/customer_tabs",
    "",
    str,
    QT_TRANSLATE_NOOP("Settings", "Customer view tabs: order and which are shown"),
)
START_PAGE: Setting[str] = Setting(
    "ui/start_page",
    "recent",
    str,
    QT_TRANSLATE_NOOP("Settings", "Start page"),
    choices={
        "recent": QT_TRANSLATE_NOOP("Settings", "Recent customers"),
        "calls": QT_TRANSLATE_NOOP("Settings", "Calls of this shift"),
        "search": QT_TRANSLATE_NOOP("Settings", "Customer search only"),
    },
)

KB_SYNC_MINUTES: Setting[int] = Setting(
    "knowledge/syncMinutes",
    10,
    int,
    QT_TRANSLATE_NOOP("Settings", "Knowledge base: minutes between syncs"),
    minimum=1,
    maximum=240,
)
EVENTS_REFRESH_SECONDS: Setting[int] = Setting(
    "events/refreshSeconds",
    60,
    int,
    QT_TRANSLATE_NOOP("Settings", "Service events: seconds between refreshes"),
    minimum=15,
    maximum=900,
)

# Every declared setting by its Python name, so callers may also say ``settings.get("theme")``.
BY_NAME: dict[str, Setting[Any]] = {
    "language": LANGUAGE,
    "theme": THEME,
    "font_size": FONT_SIZE,
    "backend_config_path": BACKEND_CONFIG_PATH,
    "system_base_url": SYSTEM_BASE_URL,
    "remember_me": REMEMBER_ME,
    "remembered_user": REMEMBERED_USER,
    "window_geometry": WINDOW_GEOMETRY,
    "window_state": WINDOW_STATE,
    "shortcuts": SHORTCUTS,
    "customer_tabs": CUSTOMER_TABS,
    "start_page": START_PAGE,
    "kb_sync_minutes": KB_SYNC_MINUTES,
    "events_refresh_seconds": EVENTS_REFRESH_SECONDS,
}
ALL: tuple[Setting[Any], ...] = tuple(BY_NAME.values())


def declared(setting: Setting[T] | str) -> Setting[T]:
    """The declaration itself, or the one named ``setting`` (``KeyError`` for an unknown name)."""
    if isinstance(setting, Setting):
        return setting
    try:
        return BY_NAME[setting]
    except KeyError:
        raise KeyError(f"no setting is declared as {setting!r}") from None


def open_qsettings() -> QSettings:
    """The desk's QSettings: the registry on Windows, an INI file elsewhere."""
    return QSettings(ORGANISATION, os.environ.get(SCOPE_ENV, "").strip() or APPLICATION)


class Settings:
    """Typed access to the declared settings over one QSettings object (main thread only)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else open_qsettings()

    @property
    def qsettings(self) -> QSettings:
        return self._q

    def get(self, setting: Setting[T] | str, **params: str) -> T:
        """The stored value, or the default when unset or no longer valid."""
        setting = declared(setting)
        raw = self._q.value(setting.key_for(**params))
        if raw is None:
            return setting.default
        try:
            return setting.validate(_convert(setting.type, raw))
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T] | str, value: T, **params: str) -> None:
        """Store ``value`` (``ValueError`` if the declaration does not allow it)."""
        setting = declared(setting)
        value = setting.validate(value)
        key = setting.key_for(**params)
        self._q.setValue(key, QByteArray(value) if setting.type is bytes else value)

    def reset(self, setting: Setting[Any] | str, **params: str) -> None:
        """Back to the default (the key is removed)."""
        self._q.remove(declared(setting).key_for(**params))

    def is_set(self, setting: Setting[Any] | str, **params: str) -> bool:
        return self._q.contains(declared(setting).key_for(**params))

    def base_url_overrides(self) -> dict[str, str]:
        """The systems whose base URL the agent or administrator has overridden."""
        return {s: url for s in SYSTEMS if (url := self.get(SYSTEM_BASE_URL, system=s))}

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes them lazily)."""
        self._q.sync()

    def __iter__(self) -> Iterator[Setting[Any]]:
        return iter(ALL)


def _convert(kind: type, raw: Any) -> Any:
    """QSettings hands back strings from INI files and the registry: restore the declared type."""
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        return raw if isinstance(raw, bytes) else None
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        return None
    if kind is int:
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else int(str(raw).strip())
    return raw if isinstance(raw, str) else str(raw)
