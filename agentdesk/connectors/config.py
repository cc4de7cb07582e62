"""Where each back-office system lives and how patiently the desk talks to it.

Real deployments point every system at its own host (or at the service bus); the simulator serves all
of them under per-system prefixes of one URL. A config file (TOML or INI) looks like::

    [backend]                       # defaults for every system
    base_url = "https://esb.example.cn"   # optional: <base_url>/<system> for systems not listed
    connect_timeout = 3
    read_timeout = 10
    ca_bundle = "/etc/agentdesk/ca.pem"   # optional extra trust for a company CA

    [systems.crm]                   # INI: [crm]
    url = "https://crm.example.cn/api"
    read_timeout = 20

TLS certificates are always verified for non-local hosts. Switching verification off needs
``insecure_skip_tls_verify = true`` and is logged as an error every time a client is made; plain
``http://`` to a non-local host needs ``allow_plain_http = true`` (the bearer token would travel in clear).
"""

from __future__ import annotations

import configparser
import ipaddress
import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger("agentdesk.connectors.config")

SYSTEMS: tuple[str, ...] = (
    "auth",
    "crm",
    "billing",
    "usage",
    "bims",
    "hlr",
    "aaa",
    "ismp",
    "tickets",
    "kb",
    "cti",
    "events",
)

# systems a configuration may leave out (the desk derives or goes without them)
OPTIONAL_SYSTEMS = frozenset({"events"})

_FLOAT_KEYS = ("connect_timeout", "read_timeout", "retry_backoff_s", "circuit_cooldown_s", "slow_ms")
_INT_KEYS = ("retry_attempts", "circuit_failures")
_BOOL_KEYS = ("insecure_skip_tls_verify", "allow_plain_http")
_STR_KEYS = ("url", "base_url", "ca_bundle")


class ConfigError(ValueError):
    """The back-end configuration is unusable; the message names the file, section and key."""


def is_local_url(url: str) -> bool:
    """True for loopback hosts (the simulator on this machine), where TLS is not needed."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SystemEndpoint:
    """One system: its base URL, time-outs, retry and circuit-breaker policy, TLS trust."""

    name: str
    base_url: str
    connect_timeout: float = 3.0
    read_timeout: float = 10.0
    retry_attempts: int = 3  # attempts in all for an idempotent request (1 = no retry)
    retry_backoff_s: float = 0.2  # first back-off; doubles, with jitter
    circuit_failures: int = 5  # consecutive failures that open the circuit
    circuit_cooldown_s: float = 30.0  # open -> half-open after this long
    slow_ms: float = 2000.0  # a latency above this shows the system amber
    ca_bundle: str | None = None
    insecure_skip_tls_verify: bool = False
    allow_plain_http: bool = False

    def __post_init__(self) -> None:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{self.name}: base URL {self.base_url!r} is not an http(s) URL")
        if parts.scheme == "http" and not is_local_url(self.base_url) and not self.allow_plain_http:
            raise ConfigError(
                f"{self.name}: {self.base_url!r} is plain http to a remote host; use https "
                "(or set allow_plain_http = true if you really mean it)"
            )
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            raise ConfigError(f"{self.name}: time-outs must be positive")
        if self.retry_attempts < 1 or self.circuit_failures < 1 or self.circuit_cooldown_s < 0:
            raise ConfigError(f"{self.name}: retry_attempts and circuit_failures must be at least 1")

    @property
    def verify(self) -> bool | str:
        """What httpx gets as ``verify``: a CA bundle path, True, or (explicitly, loudly) False."""
        if self.insecure_skip_tls_verify and urlsplit(self.base_url).scheme == "https":
            log.error(
                "TLS CERTIFICATE VERIFICATION IS OFF for %s (%s) because insecure_skip_tls_verify is set: "
                "anyone on the network path can read and change this traffic",
                self.name,
                self.base_url,
            )
            return False
        return self.ca_bundle or True

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")


@dataclass(frozen=True)
class BackendConfig:
    """The endpoints of all systems; ``endpoint(name)`` is what a connector is built from."""

    endpoints: Mapping[str, SystemEndpoint] = field(default_factory=dict)
    source: str = ""  # where it came from (a file path or a base URL), for the about box and logs

    def endpoint(self, system: str) -> SystemEndpoint:
        try:
            return self.endpoints[system]
        except KeyError:
            raise ConfigError(f"no endpoint configured for system {system!r}") from None

    @classmethod
    def from_base_url(cls, base_url: str, **options: Any) -> BackendConfig:
        """Every system under ``<base_url>/<system>`` (the simulator); ``options`` apply to all."""
        base = base_url.rstrip("/")
        eps = {name: SystemEndpoint(name=name, base_url=f"{base}/{name}", **options) for name in SYSTEMS}
        return cls(endpoints=eps, source=base)

    def with_options(self, systems: tuple[str, ...] | None = None, **options: Any) -> BackendConfig:
        """A copy with ``options`` (e.g. ``read_timeout=0.2``) changed for some or all systems."""
        chosen = systems or tuple(self.endpoints)
        eps = {n: (replace(e, **options) if n in chosen else e) for n, e in self.endpoints.items()}
        return BackendConfig(endpoints=eps, source=self.source)

    @classmethod
    def load(cls, path: str | Path) -> BackendConfig:
        """Read a ``.toml`` file, or an INI file (any other extension)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read back-end config {path}: {exc.strerror or exc}") from exc
        if path.suffix.lower() == ".toml":
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: {exc}") from exc
            defaults = data.get("backend", {})
            systems = data.get("systems", {})
        else:
            parser = configparser.ConfigParser(interpolation=None)
            try:
                parser.read_string(text, source=str(path))
            except configparser.Error as exc:
                raise ConfigError(f"{path}: {exc}") from exc
            defaults = dict(parser["backend"]) if parser.has_section("backend") else {}
            systems = {s: dict(parser[s]) for s in parser.sections() if s != "backend"}
        if not isinstance(defaults, dict) or not isinstance(systems, dict):
            raise ConfigError(f"{path}: [backend] and [systems.*] must be tables")
        return cls.from_mapping(defaults, systems, source=str(path))

    @classmethod
    def from_mapping(
        cls, defaults: Mapping[str, Any], systems: Mapping[str, Mapping[str, Any]], source: str = ""
    ) -> BackendConfig:
        unknown = sorted(set(systems) - set(SYSTEMS))
        if unknown:
            raise ConfigError(
                f"{source}: unknown system(s) {', '.join(unknown)}; known: {', '.join(SYSTEMS)}"
            )
        base_opts = _options(defaults, f"{source} [backend]")
        base_url = base_opts.pop("base_url", None)
        base_opts.pop("url", None)
        eps: dict[str, SystemEndpoint] = {}
        for name in SYSTEMS:
            section = systems.get(name, {})
            if not isinstance(section, Mapping):
                raise ConfigError(f"{source}: [{name}] must be a table")
            opts = {**base_opts, **_options(section, f"{source} [{name}]")}
            url = opts.pop("url", None)
            opts.pop("base_url", None)
            if url is None and base_url:
                url = f"{str(base_url).rstrip('/')}/{name}"
            if url is None and name in OPTIONAL_SYSTEMS:
                continue
            if url is None:
                raise ConfigError(f"{source}: no url for system {name!r} and no [backend] base_url")
            try:
                eps[name] = SystemEndpoint(name=name, base_url=str(url), **opts)
            except ConfigError as exc:
                raise ConfigError(f"{source}: {exc}") from None
        config = cls(endpoints=eps, source=source)
        for ep in eps.values():
            if ep.insecure_skip_tls_verify:
                log.error("back-end config %s turns TLS verification OFF for %s", source, ep.name)
            if ep.allow_plain_http and not is_local_url(ep.base_url):
                log.error(
                    "back-end config %s sends %s traffic over plain http to %s", source, ep.name, ep.base_url
                )
        return config


def _options(section: Mapping[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in section.items():
        try:
            if key in _FLOAT_KEYS:
                out[key] = float(value)
            elif key in _INT_KEYS:
                out[key] = int(value)
            elif key in _BOOL_KEYS:
                out[key] = _boolean(value)
            elif key in _STR_KEYS:
                out[key] = str(value)
            else:
                raise ConfigError(f"{where}: unknown key {key!r}")
        except (TypeError, ValueError) as exc:
            if isinstance(exc, ConfigError):
                raise
            raise ConfigError(f"{where}: {key} = {value!r} is not valid ({exc})") from None
    return out


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")
