"""Back-end configuration: per-system URLs and time-outs from TOML or INI, TLS that cannot be switched off
quietly, and plain http refused for remote hosts."""

from __future__ import annotations

import logging

import pytest

from agentdesk.connectors.config import SYSTEMS, BackendConfig, ConfigError, SystemEndpoint, is_local_url
from agentdesk.connectors.errors import ERROR_KINDS, CircuitOpen, NotFound, RequestRejected, SystemUnavailable


def test_one_base_url_serves_every_system_under_its_prefix():
    config = BackendConfig.from_base_url("http://127.0.0.1:8765/", read_timeout=4)
    assert set(config.endpoints) == set(SYSTEMS)
    crm = config.endpoint("crm")
    assert crm.base_url == "http://127.0.0.1:8765/crm" and crm.read_timeout == 4
    assert crm.url("/customer") == "http://127.0.0.1:8765/crm/customer"
    assert crm.verify is True
    with pytest.raises(ConfigError):
        config.endpoint("nosuch")


def test_toml_file_per_system(tmp_path):
    path = tmp_path / "backend.toml"
    path.write_text(
        """
[backend]
base_url = "https://esb.example.cn/api"
connect_timeout = 2
read_timeout = 8

[systems.crm]
url = "https://crm.example.cn/tmf"
read_timeout = 20

[systems.usage]
retry_attempts = 1
""",
        encoding="utf-8",
    )
    config = BackendConfig.load(path)
    assert config.endpoint("crm").base_url == "https://crm.example.cn/tmf"
    assert config.endpoint("crm").read_timeout == 20 and config.endpoint("crm").connect_timeout == 2
    assert config.endpoint("billing").base_url == "https://esb.example.cn/api/billing"
    assert config.endpoint("usage").retry_attempts == 1
    assert all(ep.verify is True for ep in config.endpoints.values())
    assert config.source == str(path)


def test_ini_file(tmp_path):
    path = tmp_path / "backend.ini"
    path.write_text(
        "[backend]\nbase_url = http://localhost:9000\nread_timeout = 5\n\n[hlr]\nurl = http://127.0.0.1:9001/hlr\n",
        encoding="utf-8",
    )
    config = BackendConfig.load(path)
    assert config.endpoint("hlr").base_url == "http://127.0.0.1:9001/hlr"
    assert config.endpoint("kb").base_url == "http://localhost:9000/kb"
    assert config.endpoint("kb").read_timeout == 5


@pytest.mark.parametrize(
    "text, message",
    [
        ("[backend]\nread_timeout = 5\n", "no url for system"),
        ('[backend]\nbase_url = "https://x.cn"\ncolour = "red"\n', "unknown key 'colour'"),
        ('[backend]\nbase_url = "https://x.cn"\nread_timeout = "soon"\n', "read_timeout"),
        ('[backend]\nbase_url = "https://x.cn"\n[systems.billling]\nurl = "https://b.cn"\n', "billling"),
        ('[backend]\nbase_url = "ftp://x.cn"\n', "not an http(s) URL"),
        ("[backend\n", "backend.toml"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "backend.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        BackendConfig.load(path)
    assert message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        BackendConfig.load(tmp_path / "none.toml")


def test_plain_http_to_a_remote_host_needs_an_explicit_flag(caplog):
    with pytest.raises(ConfigError, match="plain http"):
        BackendConfig.from_base_url("http://crm.example.cn")
    caplog.set_level(logging.ERROR)
    config = BackendConfig.from_mapping({"base_url": "http://crm.example.cn", "allow_plain_http": "true"}, {})
    assert config.endpoint("crm").base_url == "http://crm.example.cn/crm"
    assert "plain http" in caplog.text


def test_tls_verification_is_only_off_when_asked_and_then_loudly(caplog, tmp_path):
    assert SystemEndpoint("crm", "https://crm.example.cn").verify is True
    assert SystemEndpoint("crm", "https://crm.example.cn", ca_bundle="/etc/ca.pem").verify == "/etc/ca.pem"
    caplog.set_level(logging.ERROR)
    path = tmp_path / "b.toml"
    path.write_text('[backend]\nbase_url = "https://esb.example.cn"\ninsecure_skip_tls_verify = true\n')
    config = BackendConfig.load(path)
    assert "turns TLS verification OFF" in caplog.text
    caplog.clear()
    assert config.endpoint("crm").verify is False
    assert "TLS CERTIFICATE VERIFICATION IS OFF for crm" in caplog.text


def test_local_urls():
    assert (
        is_local_url("http://127.0.0.1:1234/x")
        and is_local_url("http://localhost")
        and is_local_url("http://[::1]:80")
    )
    assert not is_local_url("http://10.1.2.3") and not is_local_url("https://crm.example.cn")


def test_error_kinds_are_stable_and_grouped():
    assert set(ERROR_KINDS) == {
        "error", "unavailable", "circuit_open", "timeout", "malformed", "rejected", "not_found", "forbidden",
        "unauthorised",
    }  # fmt: skip
    assert issubclass(CircuitOpen, SystemUnavailable) and issubclass(NotFound, RequestRejected)
    err = NotFound("crm", "customer 'x' not found", status=404)
    assert str(err) == "CRM: customer 'x' not found" and not err.system_fault
    assert CircuitOpen("bims", "paused", retry_in_s=3).system_fault
