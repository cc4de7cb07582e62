"""Signing in as a person would: type, press Enter, read what the dialog says."""

from __future__ import annotations

import argparse
import asyncio

import keyring.backends.fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.services.secrets import CredentialStore
from agentdesk.services.settings import Settings
from agentdesk.startup import DeskStartup
from agentdesk.views.login_dialog import LoginDialog
from tests.support.aio import wait_until


def _startup(qapp, desk) -> DeskStartup:
    args = argparse.Namespace(demo=False, check=False, user=None, backend=None, config=None, lang=None)
    startup = DeskStartup(qapp, args, Settings())
    startup.desk = desk
    return startup


def _dialog() -> LoginDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible())


def test_wrong_password_then_right_one(desk, qapp, qtbot, run):
    startup = _startup(qapp, desk)

    async def body():
        result = asyncio.ensure_future(startup.sign_in_with_dialog())
        await wait_until(
            lambda: any(isinstance(w, LoginDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        dialog = _dialog()
        qtbot.keyClicks(dialog.user, "demo_agent")
        qtbot.keyClicks(dialog.password, "wrong")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        await wait_until(lambda: dialog.error.isVisible() and dialog.error.text())
        assert "Wrong user name or password" in dialog.error.text()
        assert not result.done()
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, "demo")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert await asyncio.wait_for(result, 20) is True

    run(body())
    assert desk.session.user.username == "demo_agent"


def test_empty_fields_are_explained(desk, qapp, qtbot, run):
    startup = _startup(qapp, desk)

    async def body():
        result = asyncio.ensure_future(startup.sign_in_with_dialog())
        await wait_until(
            lambda: any(isinstance(w, LoginDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        dialog = _dialog()
        qtbot.keyClick(dialog.user, Qt.Key.Key_Return)
        assert "Enter your user name and password" in dialog.error.text()
        dialog.reject()
        assert await asyncio.wait_for(result, 5) is False

    run(body())
    assert not desk.session.signed_in


def test_no_secure_store_means_no_remember_me(desk, qapp, qtbot, run):
    desk.credentials = CredentialStore(keyring.backends.fail.Keyring())
    desk.session.credentials = desk.credentials
    startup = _startup(qapp, desk)

    async def body():
        result = asyncio.ensure_future(startup.sign_in_with_dialog())
        await wait_until(
            lambda: any(isinstance(w, LoginDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
        dialog = _dialog()
        assert not dialog.remember.isEnabled()
        assert dialog.remember_note.isVisible()
        assert "secure credential store" in dialog.remember_note.text()
        dialog.reject()
        await asyncio.wait_for(result, 5)

    run(body())
