"""Secrets: only in a secure keyring; in memory only (and no remembered password) without one."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from agentdesk.services.secrets import (
    CredentialStore,
    CredentialStoreError,
    InsecureCredentialStoreError,
    is_secure_backend,
)
from tests.support.memory_keyring import MemoryKeyring

URL = "http://desk.example.cn:8000/"
TOKEN = "tok-7f3a9c1e5b2d4a60"
PASSWORD = "S3cret!pass-word"


class PlaintextFileKeyring(KeyringBackend):
    """What keyrings.alt's plaintext store does: ranks itself high, writes secrets to a file."""

    priority = 5

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.file_path = str(path)

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        with open(self.file_path, "a", encoding="utf-8") as f:
            f.write(f"{service} {username} {password}\n")

    def delete_password(self, service, username):
        pass


class LowRankKeyring(MemoryKeyring):
    priority = 0.5  # keyring's convention for "works, but not recommended"


class BrokenKeyring(MemoryKeyring):
    """A keyring whose errors repeat what they were given (some do): the secret must not leak."""

    def set_password(self, service, username, password):
        raise RuntimeError(f"vault locked, cannot store {password}")


class CountingKeyring(MemoryKeyring):
    """Records how many calls run at once, to prove keyring access is serialised."""

    def __init__(self) -> None:
        super().__init__()
        self.active = 0
        self.most = 0
        self.guard = threading.Lock()

    def set_password(self, service, username, password):
        with self.guard:
            self.active += 1
            self.most = max(self.most, self.active)
        time.sleep(0.002)  # widen the window in which an unserialised call would overlap
        super().set_password(service, username, password)
        with self.guard:
            self.active -= 1


def chain(*members: KeyringBackend) -> chainer.ChainerBackend:
    class Chain(chainer.ChainerBackend):
        backends = list(members)

    return Chain()


def test_memory_keyring_is_secure_and_keeps_token_and_password(memory_keyring):
    store = CredentialStore()
    assert store.secure
    store.save_token(URL, "demo_agent", TOKEN)
    store.remember_password(URL, "demo_agent", PASSWORD)

    fresh = CredentialStore()  # a restarted desk: nothing in memory, all from the keyring
    assert fresh.get_token("HTTP://Desk.Example.CN:8000", "demo_agent") == TOKEN
    assert fresh.get_password(URL.rstrip("/"), " demo_agent ") == PASSWORD
    assert fresh.get_token(URL, "demo_lead") is None
    assert fresh.get_password("http://other.example.cn", "demo_agent") is None
    assert memory_keyring.store == {
        ("AgentDesk/token/http://desk.example.cn:8000", "demo_agent"): TOKEN,
        ("AgentDesk/password/http://desk.example.cn:8000", "demo_agent"): PASSWORD,
    }

    fresh.forget_password(URL, "demo_agent")
    assert CredentialStore().get_password(URL, "demo_agent") is None
    assert CredentialStore().get_token(URL, "demo_agent") == TOKEN
    fresh.forget(URL, "demo_agent")
    fresh.forget(URL, "demo_agent")  # nothing left to forget: no error
    assert memory_keyring.store == {}
    assert CredentialStore().get_token(URL, "demo_agent") is None


def test_without_a_secure_backend_the_token_stays_in_memory_and_no_password_is_remembered():
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture restores the previous one
    store = CredentialStore()
    assert not store.secure
    assert store.backend_description == "no credential store available"

    store.save_token(URL, "demo_agent", TOKEN)
    assert store.get_token(URL, "demo_agent") == TOKEN
    assert CredentialStore().get_token(URL, "demo_agent") is None  # gone with the process
    with pytest.raises(InsecureCredentialStoreError, match="no secure credential store") as refused:
        store.remember_password(URL, "demo_agent", PASSWORD)
    assert PASSWORD not in str(refused.value)
    assert store.get_password(URL, "demo_agent") is None
    store.forget(URL, "demo_agent")
    assert store.get_token(URL, "demo_agent") is None


def test_a_file_backed_keyring_is_not_secure_and_never_written(tmp_path):
    secrets_file = tmp_path / "keyring_pass.cfg"
    store = CredentialStore(PlaintextFileKeyring(secrets_file))
    assert not store.secure
    store.save_token(URL, "demo_agent", TOKEN)
    with pytest.raises(InsecureCredentialStoreError):
        store.remember_password(URL, "demo_agent", PASSWORD)
    assert not secrets_file.exists()


@pytest.mark.parametrize(
    ("backend", "secure"),
    [
        (fail.Keyring(), False),
        (null.Keyring(), False),
        (LowRankKeyring(), False),
        (MemoryKeyring(), True),
        (chain(), False),
        (chain(MemoryKeyring()), True),
        (chain(MemoryKeyring(), LowRankKeyring()), False),
    ],
)
def test_backend_judgement(backend, secure):
    assert is_secure_backend(backend) is secure
    assert CredentialStore(backend).backend_description


def test_a_failing_keyring_is_reported_without_the_secret(caplog):
    caplog.set_level(logging.DEBUG)
    store = CredentialStore(BrokenKeyring())
    assert store.secure
    store.save_token(URL, "demo_agent", TOKEN)  # the session goes on with the token in memory
    assert store.get_token(URL, "demo_agent") == TOKEN
    with pytest.raises(CredentialStoreError) as failed:
        store.remember_password(URL, "demo_agent", PASSWORD)
    assert "RuntimeError" in str(failed.value)
    assert PASSWORD not in str(failed.value) and failed.value.__cause__ is None
    assert TOKEN not in caplog.text and PASSWORD not in caplog.text


def test_secrets_are_never_logged(caplog, memory_keyring):
    caplog.set_level(logging.DEBUG)
    store = CredentialStore()
    store.save_token(URL, "demo_agent", TOKEN)
    store.remember_password(URL, "demo_agent", PASSWORD)
    store.get_token(URL, "demo_agent")
    store.get_password(URL, "demo_agent")
    store.forget(URL, "demo_agent")
    keyring.set_keyring(fail.Keyring())
    CredentialStore().save_token(URL, "demo_agent", TOKEN)
    assert TOKEN not in caplog.text and PASSWORD not in caplog.text


def test_async_helpers_run_off_the_loop_and_serialise_keyring_access():
    backend = CountingKeyring()
    store = CredentialStore(backend)

    async def main():
        await asyncio.gather(*(store.asave_token(URL, f"agent{i}", f"{TOKEN}{i}") for i in range(12)))
        await store.aremember_password(URL, "agent1", PASSWORD)
        fresh = CredentialStore(backend)
        token = await fresh.aget_token(URL, "agent3")
        password = await fresh.aget_password(URL, "agent1")
        await fresh.aforget_password(URL, "agent1")
        await fresh.adelete_token(URL, "agent3")
        await fresh.aforget(URL, "agent4")
        return token, password

    token, password = asyncio.run(main())
    assert (token, password) == (f"{TOKEN}3", PASSWORD)
    assert backend.most == 1
    assert len(backend.store) == 10


@pytest.mark.parametrize(("url", "user"), [("desk.example.cn", "a"), ("", "a"), (URL, "  ")])
def test_url_and_user_are_required(url, user):
    with pytest.raises(ValueError):
        CredentialStore().save_token(url, user, TOKEN)


def test_no_secret_reaches_disk_after_a_remembered_sign_in(
    stub_server, agent_token, user_data_dir, memory_keyring
):
    """Everything the desk keeps for a remembered sign-in and a day's work, then grep it all."""
    from agentdesk import paths
    from agentdesk.services import settings as S
    from agentdesk.services.audit import OK, AuditTrail
    from agentdesk.services.recent_customers import RecentCustomers
    from agentdesk.storage import close_all, open_database

    password = "Remember-Me-Pw-9421"
    root = logging.getLogger()
    handler = logging.FileHandler(paths.log_dir() / "agentdesk.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    settings = S.Settings()
    try:
        store = CredentialStore()
        assert store.secure
        store.save_token(stub_server.url, "demo_agent", agent_token)
        store.remember_password(stub_server.url, "demo_agent", password)
        settings.set(S.REMEMBER_ME, True)
        settings.set(S.REMEMBERED_USER, "demo_agent")
        settings.set(S.SYSTEM_BASE_URL, stub_server.url, system="crm")
        settings.sync()

        db = open_database()

        async def day_of_work():
            trail = AuditTrail(db)
            await trail.record(
                agent="demo_agent",
                system="bims",
                operation="changePassword",
                idempotency_key="k-1",
                outcome=OK,
                number="13300000001",
                request={"newPassword": password, "token": agent_token},
            )
            await RecentCustomers(db, "demo_agent").add("13300000001", "张伟", "C1")

        asyncio.run(day_of_work())
        assert CredentialStore().get_password(stub_server.url, "demo_agent") == password  # it was remembered
        close_all()
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)

    files = [p for p in user_data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"agentdesk.sqlite", "agentdesk.log"}
    assert (user_data_dir / "logs" / "agentdesk.log").read_text(encoding="utf-8")  # something was logged
    qsettings_file = Path(settings.qsettings.fileName())
    try:
        assert qsettings_file.is_file()
        for path in [*files, qsettings_file]:
            data = path.read_bytes()
            for secret in (agent_token, password):
                for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):  # registry strings
                    assert encoded not in data, f"a secret reached {path}"
        q = settings.qsettings
        values = {key: q.value(key) for key in q.allKeys()}
        assert values  # the remembered user name is there...
        for key, value in values.items():  # ...and nothing secret
            text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
            assert agent_token not in text and password not in text, key
    finally:
        settings.qsettings.clear()
        settings.qsettings.sync()
        qsettings_file.unlink(missing_ok=True)


@pytest.fixture
def undecided_keyring(monkeypatch, tmp_path):
    """keyring as a fresh process finds it: no backend set, no environment variable, no config file;
    probing every backend (what made the start slow) fails the test."""
    from keyring import backend as keyring_backend
    from keyring import core as keyring_core

    monkeypatch.setattr(keyring_core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring_core, "_config_path", lambda: tmp_path / "no-keyringrc.cfg")

    def no_probing():
        raise AssertionError("every keyring backend was probed")

    monkeypatch.setattr(keyring_backend, "get_all_keyring", no_probing)
    return keyring_core


def test_an_explicitly_set_backend_is_used(memory_keyring):
    from agentdesk.services.secrets import platform_backend

    assert platform_backend() is memory_keyring
    store = CredentialStore()
    store.save_token(URL, "agent1", TOKEN)
    assert TOKEN in memory_keyring.store.values()


def test_without_a_session_bus_linux_gets_no_secure_store_without_probing(undecided_keyring, monkeypatch):
    from agentdesk.services.secrets import platform_backend

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    chosen = platform_backend()
    assert isinstance(chosen, fail.Keyring)
    assert keyring.get_keyring() is chosen  # keyring's own API agrees with the desk
    store = CredentialStore()
    assert not store.secure
    with pytest.raises(InsecureCredentialStoreError, match="no credential store available"):
        store.remember_password(URL, "agent1", PASSWORD)


def test_the_platform_backend_is_asked_alone(undecided_keyring, monkeypatch):
    """Windows: the Credential Manager only; here it is not viable, so the desk says no secure store."""
    from agentdesk.services import secrets

    asked = []
    real = secrets.keyring_core.load_keyring
    monkeypatch.setattr(secrets.keyring_core, "load_keyring", lambda name: asked.append(name) or real(name))
    monkeypatch.setattr("sys.platform", "win32")
    assert isinstance(secrets.platform_backend(), fail.Keyring)
    assert asked == ["keyring.backends.Windows.WinVaultKeyring"]


def test_the_environment_variable_names_the_backend(undecided_keyring, monkeypatch):
    from agentdesk.services.secrets import platform_backend

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
    assert isinstance(platform_backend(), MemoryKeyring)
    assert CredentialStore().secure
