"""Settings: declared once, typed round trip over QSettings, defaults, bad values refused or ignored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from agentdesk.services import settings as S
from agentdesk.services.settings import Settings, open_qsettings


@pytest.fixture
def settings():
    """The desk's settings in this test's scope; the backing file is removed afterwards."""
    store = Settings()
    yield store
    q = store.qsettings
    q.clear()
    q.sync()
    Path(q.fileName()).unlink(missing_ok=True)


def ini_settings(tmp_path: Path, text: str) -> Settings:
    """Settings over an INI file written by hand, as a registry/INI value comes back: as text."""
    path = tmp_path / "hand.ini"
    path.write_text(text, encoding="utf-8")
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_scope_comes_from_the_environment():
    q = open_qsettings()
    assert q.organizationName() == "AgentDesk"
    assert q.applicationName() == os.environ["AGENTDESK_SETTINGS_SCOPE"]


def test_every_declaration_has_a_valid_default_and_a_label(settings):
    assert len({s.key for s in S.ALL}) == len(S.ALL)
    for setting in S.ALL:
        assert setting.validate(setting.default) == setting.default
        assert setting.translated_label() == setting.label != ""
    assert settings.get(S.LANGUAGE) == "system"
    assert settings.get(S.THEME) == "light"
    assert settings.get(S.FONT_SIZE) == 10
    assert settings.get(S.REMEMBER_ME) is False
    assert settings.get(S.REMEMBERED_USER) == ""
    assert settings.get(S.WINDOW_GEOMETRY) == b""
    assert settings.get(S.SYSTEM_BASE_URL, system="crm") == ""
    assert settings.base_url_overrides() == {}
    assert list(S.LANGUAGE.translated_choices()) == ["system", "zh_CN", "en"]


def test_values_round_trip_through_qsettings(settings):
    geometry = bytes(range(256)) + b"\x00tail"
    settings.set(S.LANGUAGE, "zh_CN")
    settings.set(S.THEME, "dark")
    settings.set(S.FONT_SIZE, 14)
    settings.set(S.BACKEND_CONFIG_PATH, r"C:\AgentDesk\backends.toml")
    settings.set(S.SYSTEM_BASE_URL, "https://crm.example.cn:8443/api", system="crm")
    settings.set(S.REMEMBER_ME, True)
    settings.set(S.REMEMBERED_USER, "zhang.wei")
    settings.set("window_geometry", geometry)
    settings.set(S.WINDOW_STATE, QByteArray(b"\x01\x02"))
    settings.sync()

    again = Settings()
    assert again.get(S.LANGUAGE) == "zh_CN"
    assert again.get(S.THEME) == "dark"
    assert again.get(S.FONT_SIZE) == 14
    assert again.get(S.BACKEND_CONFIG_PATH) == r"C:\AgentDesk\backends.toml"
    assert again.base_url_overrides() == {"crm": "https://crm.example.cn:8443/api"}
    assert again.get(S.REMEMBER_ME) is True
    assert again.get(S.REMEMBERED_USER) == "zhang.wei"
    assert again.get(S.WINDOW_GEOMETRY) == geometry
    assert again.get("window_state") == b"\x01\x02"
    # Bytes are stored as a QByteArray, not as a pickled Python object.
    text = Path(settings.qsettings.fileName()).read_bytes()
    assert b"@ByteArray(" in text and b"PyObjectWrapper" not in text

    again.reset(S.THEME)
    assert not again.is_set(S.THEME) and again.get(S.THEME) == "light"


def test_values_stored_as_text_come_back_typed(tmp_path):
    store = ini_settings(
        tmp_path,
        "[ui]\nfont_size=16\nlanguage=en\n[login]\nremember_me=true\nuser_name=li.na\n",
    )
    assert store.get(S.FONT_SIZE) == 16
    assert store.get(S.LANGUAGE) == "en"
    assert store.get(S.REMEMBER_ME) is True
    assert store.get(S.REMEMBERED_USER) == "li.na"


def test_hand_edited_or_outdated_values_fall_back_to_the_default(tmp_path):
    store = ini_settings(
        tmp_path,
        "[ui]\nfont_size=huge\nlanguage=fr\ntheme=neon\n[login]\nremember_me=perhaps\n"
        "[backend]\nbase_url\\crm=ftp://crm.example.cn\nbase_url\\bims=http://bims.example.cn\n",
    )
    assert store.get(S.FONT_SIZE) == 10
    assert store.get(S.LANGUAGE) == "system"
    assert store.get(S.THEME) == "light"
    assert store.get(S.REMEMBER_ME) is False
    assert store.base_url_overrides() == {"bims": "http://bims.example.cn"}


@pytest.mark.parametrize(
    ("setting", "value", "params", "error"),
    [
        (S.LANGUAGE, "fr", {}, ValueError),
        (S.THEME, "", {}, ValueError),
        (S.FONT_SIZE, 4, {}, ValueError),
        (S.FONT_SIZE, 40, {}, ValueError),
        (S.FONT_SIZE, "12", {}, ValueError),
        (S.FONT_SIZE, True, {}, ValueError),
        (S.REMEMBER_ME, 1, {}, ValueError),
        (S.WINDOW_GEOMETRY, "abc", {}, ValueError),
        (S.SYSTEM_BASE_URL, "ftp://crm.example.cn", {"system": "crm"}, ValueError),
        (S.SYSTEM_BASE_URL, "crm.example.cn", {"system": "crm"}, ValueError),
        (S.SYSTEM_BASE_URL, "http://x.cn", {"system": "nosuch"}, ValueError),
        (S.SYSTEM_BASE_URL, "http://x.cn", {}, TypeError),
        (S.THEME, "dark", {"system": "crm"}, TypeError),
        ("no_such_setting", "x", {}, KeyError),
    ],
)
def test_values_the_declaration_does_not_allow_are_refused(settings, setting, value, params, error):
    with pytest.raises(error):
        settings.set(setting, value, **params)
    assert settings.qsettings.allKeys() == []


def test_the_password_is_not_a_setting():
    assert not [s for s in S.ALL if "password" in s.key.lower() or "token" in s.key.lower()]
