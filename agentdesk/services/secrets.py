"""The one place secrets go: the session token and, when asked, the password, in the OS keyring.

On Windows that is the Credential Manager. The active keyring backend is judged once: the fail and
null backends, an empty chain, file-backed stores (``keyrings.alt``) and backends ranked below 1
(keyring's own "not recommended" mark) are not secure. Then the token is kept in memory only and
``remember_password`` refuses, so the desk can say why it will not remember the password.
Secrets are never logged, and never reach a file, QSettings or the local database.

Keyring calls block (D-Bus, Win32) and some backends are not thread-safe: every call goes through
one process-wide lock, and the ``a*`` coroutines run them in ``asyncio.to_thread``.

The backend is picked per platform (``platform_backend``) instead of letting keyring probe every backend
it knows (50-90 ms of the desk's start): one set through the keyring API (tests), by
``PYTHON_KEYRING_BACKEND`` or keyring's config file is honoured as keyring itself would.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from urllib.parse import urlsplit, urlunsplit

import keyring
from keyring import core as keyring_core
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)

SERVICE_PREFIX = "AgentDesk"
_KEYRING_LOCK = threading.Lock()

# Human names of the backends agents meet; anything else shows keyring's own name.
_BACKEND_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": QT_TRANSLATE_NOOP(
        "CredentialStore", "Windows Credential Manager"
    ),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("CredentialStore", "macOS Keychain"),
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP(
        "CredentialStore", "Secret Service (desktop keyring)"
    ),
    "keyring.backends.libsecret.Keyring": QT_TRANSLATE_NOOP("CredentialStore", "libsecret (desktop keyring)"),
    "keyring.backends.kwallet.DBusKeyring": QT_TRANSLATE_NOOP("CredentialStore", "KDE Wallet"),
    "keyring.backends.fail.Keyring": QT_TRANSLATE_NOOP("CredentialStore", "no credential store available"),
    "keyring.backends.null.Keyring": QT_TRANSLATE_NOOP("CredentialStore", "credential storage switched off"),
}


class CredentialStoreError(RuntimeError):
    """The keyring failed; the message names the store and the operation, never the secret."""


class InsecureCredentialStoreError(CredentialStoreError):
    """Asked to remember a password while no secure credential store is available."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("CredentialStore", text)


def _qualified(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _chained(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(getattr(backend, "backends", None) or ())


def is_secure_backend(backend: KeyringBackend) -> bool:
    """Whether secrets written to ``backend`` stay out of plain files (see the module docstring)."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        # The chain writes to the first member that accepts: every member must be secure.
        members = _chained(backend)
        return bool(members) and all(is_secure_backend(b) for b in members)
    if type(backend).__module__.startswith("keyrings.alt") or hasattr(backend, "file_path"):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend that cannot even rank itself is not viable
        return False


# The one backend that is worth asking on each platform, the rest of keyring's list is never probed.
_PLATFORM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}
_LINUX_BACKEND = "keyring.backends.SecretService.Keyring"


def platform_backend() -> KeyringBackend:
    """The keyring backend the desk uses, chosen without probing all of keyring's backends.

    A backend already set through ``keyring.set_keyring`` (the tests' memory keyring), named by
    ``PYTHON_KEYRING_BACKEND`` or by keyring's config file wins; otherwise Windows gets the Credential
    Manager, macOS the Keychain, and other systems the Secret Service when a session bus is there.
    A backend that is not viable gives keyring's ``fail`` backend (the desk then says no secure store).
    The choice is handed to keyring (``set_keyring``) so keyring's own API agrees with it.
    """
    if keyring_core._keyring_backend is not None:  # noqa: SLF001 (set by the caller; no public "is set")
        return keyring.get_keyring()
    chosen = keyring_core.load_env() or keyring_core.load_config()
    if chosen is None:
        name = _PLATFORM_BACKENDS.get(sys.platform)
        if name is None and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):  # Secret Service needs the bus
            name = _LINUX_BACKEND
        chosen = _viable(name) if name else None
    chosen = chosen or fail.Keyring()
    keyring.set_keyring(chosen)
    return chosen


def _viable(name: str) -> KeyringBackend | None:
    """The backend class ``name`` if it can work here (keyring's ``priority`` raises when it cannot)."""
    try:
        return keyring_core.load_keyring(name)
    except Exception as exc:  # ImportError, RuntimeError: the store is not there
        log.info("keyring backend %s not available: %s", name, exc)
        return None


def describe_backend(backend: KeyringBackend) -> str:
    """A translated, human-readable name of ``backend`` for the login dialog and settings."""
    if isinstance(backend, chainer.ChainerBackend):
        members = _chained(backend)
        if not members:
            return _tr(_BACKEND_NAMES["keyring.backends.fail.Keyring"])
        return ", ".join(describe_backend(b) for b in members)
    known = _BACKEND_NAMES.get(_qualified(backend))
    if known:
        return _tr(known)
    try:
        return str(backend.name)
    except Exception:
        return type(backend).__name__


def normalise_url(url: str) -> str:
    """One spelling per back end: lower-case scheme and host, no trailing slash."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not an absolute URL: {url!r}")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


class CredentialStore:
    """Token and remembered password per (back-end URL, user name); see the module docstring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else platform_backend()
        self.secure: bool = is_secure_backend(self._backend)
        self._tokens: dict[tuple[str, str], str] = {}
        if not self.secure:
            log.warning("no secure credential store (%s): tokens stay in memory", _qualified(self._backend))

    @property
    def backend_description(self) -> str:
        return describe_backend(self._backend)

    # -- blocking API (call from a worker thread, or use the a* coroutines) -------------------------
    def save_token(self, url: str, user: str, token: str) -> None:
        """Keep the session token: in memory, and in the keyring when it is secure."""
        key = self._key(url, user)
        self._tokens[key] = token
        if not self.secure:
            return
        try:
            self._call("set_password", _service("token", key[0]), key[1], token)
        except CredentialStoreError as exc:  # the session still works, only a restart will ask again
            log.warning("token kept in memory only: %s", exc)

    def get_token(self, url: str, user: str) -> str | None:
        key = self._key(url, user)
        if key in self._tokens:
            return self._tokens[key]
        if not self.secure:
            return None
        try:
            token = self._call("get_password", _service("token", key[0]), key[1])
        except CredentialStoreError as exc:
            log.warning("could not read the token: %s", exc)
            return None
        if token:
            self._tokens[key] = token
        return token or None

    def delete_token(self, url: str, user: str) -> None:
        key = self._key(url, user)
        self._tokens.pop(key, None)
        if self.secure:
            self._delete(_service("token", key[0]), key[1])

    def remember_password(self, url: str, user: str, password: str) -> None:
        """Store the password for the next sign-in; refuses when the store is not secure."""
        if not self.secure:
            raise InsecureCredentialStoreError(
                QCoreApplication.translate(
                    "CredentialStore",
                    "The password cannot be remembered: no secure credential store is available (%1).",
                ).replace("%1", self.backend_description)
            )
        key = self._key(url, user)
        self._call("set_password", _service("password", key[0]), key[1], password)

    def get_password(self, url: str, user: str) -> str | None:
        if not self.secure:
            return None
        key = self._key(url, user)
        try:
            return self._call("get_password", _service("password", key[0]), key[1]) or None
        except CredentialStoreError as exc:
            log.warning("could not read the remembered password: %s", exc)
            return None

    def forget_password(self, url: str, user: str) -> None:
        if self.secure:
            key = self._key(url, user)
            self._delete(_service("password", key[0]), key[1])

    def forget(self, url: str, user: str) -> None:
        """Sign-out with "forget me": token and password gone."""
        self.delete_token(url, user)
        self.forget_password(url, user)

    # -- async helpers ---------------------------------------------------------------------------
    async def asave_token(self, url: str, user: str, token: str) -> None:
        await asyncio.to_thread(self.save_token, url, user, token)

    async def aget_token(self, url: str, user: str) -> str | None:
        return await asyncio.to_thread(self.get_token, url, user)

    async def adelete_token(self, url: str, user: str) -> None:
        await asyncio.to_thread(self.delete_token, url, user)

    async def aremember_password(self, url: str, user: str, password: str) -> None:
        await asyncio.to_thread(self.remember_password, url, user, password)

    async def aget_password(self, url: str, user: str) -> str | None:
        return await asyncio.to_thread(self.get_password, url, user)

    async def aforget_password(self, url: str, user: str) -> None:
        await asyncio.to_thread(self.forget_password, url, user)

    async def aforget(self, url: str, user: str) -> None:
        await asyncio.to_thread(self.forget, url, user)

    # -- internals -------------------------------------------------------------------------------
    @staticmethod
    def _key(url: str, user: str) -> tuple[str, str]:
        user = user.strip()
        if not user:
            raise ValueError("a user name is required")
        return normalise_url(url), user

    def _call(self, operation: str, *args: str) -> str | None:
        with _KEYRING_LOCK:
            try:
                return getattr(self._backend, operation)(*args)
            except Exception as exc:  # the exception text may echo arguments: report its type only
                log.warning(
                    "keyring %s failed in %s: %s", operation, _qualified(self._backend), type(exc).__name__
                )
                raise CredentialStoreError(
                    QCoreApplication.translate("CredentialStore", "The credential store (%1) failed: %2.")
                    .replace("%1", self.backend_description)
                    .replace("%2", type(exc).__name__)
                ) from None

    def _delete(self, service: str, user: str) -> None:
        with _KEYRING_LOCK:
            try:
                self._backend.delete_password(service, user)
            except PasswordDeleteError:
                pass  # nothing stored: already forgotten
            except Exception as exc:
                log.warning(
                    "could not delete a credential from %s: %s", self.backend_description, type(exc).__name__
                )


def _service(kind: str, url: str) -> str:
    return f"{SERVICE_PREFIX}/{kind}/{url}"
