"""Another agent signs in on the same desk: what belongs to a user (the toolbox's notes, the team-lead
dashboard) follows the new user, in a window made for them; the same agent signing in again keeps the
window as it was."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.__main__ import parse_args
from agentdesk.app import run_startup
from agentdesk.connectors.errors import Unauthorised
from agentdesk.services.settings import Settings
from agentdesk.startup import DeskStartup
from agentdesk.views.login_dialog import LoginDialog
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until


def _login_dialog() -> LoginDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
    return shown[0] if shown else None


def _visible_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def _menu_action(window: MainWindow, text: str):
    return next(a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.text() == text)


def _note_titles(window: MainWindow) -> list[str]:
    notepad = window.docks["toolbox"].widget().notepad
    return [notepad.model.index(i).data().split("\n")[0] for i in range(notepad.model.rowCount())]


def _has_dashboard(window: MainWindow) -> bool:
    actions = [a.text() for a in window.tools_menu.actions()]
    return "dashboard" in window.docks and "Team &dashboard" in actions


class Desk:
    """The desk as the agent sees it: its window, the sign-in dialog, the toolbox."""

    def __init__(self, startup: DeskStartup, qtbot) -> None:
        self.startup = startup
        self.qtbot = qtbot

    @property
    def window(self) -> MainWindow:
        assert self.startup.window is not None
        return self.startup.window

    async def toolbox_ready(self) -> None:
        await self.window.docks["toolbox"].widget().ready

    async def write_note(self, text: str) -> None:
        """Type into the notepad of a user without notes: the first note is made as one types."""
        notepad = self.window.docks["toolbox"].widget().notepad
        assert "start typing" in notepad.status.text()
        notepad.editor.setFocus()
        self.qtbot.keyClicks(notepad.editor, text)
        await wait_until(
            lambda: notepad.status.text().startswith("Saved") and text in _note_titles(self.window)
        )

    async def switch_to(self, user: str) -> MainWindow:
        """Desk → Sign out, then sign in as ``user`` in the dialog."""
        before = self.window
        _menu_action(before, "Sign &out").trigger()
        await wait_until(lambda: _login_dialog() is not None and not before.isVisible())
        dialog = _login_dialog()
        dialog.user.clear()
        self.qtbot.keyClicks(dialog.user, user)
        self.qtbot.keyClicks(dialog.password, "demo")
        self.qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        await wait_until(
            lambda: _login_dialog() is None and self.startup.window is not None and self.window.isVisible(),
            timeout=20,
        )
        await self.toolbox_ready()
        return self.window


def _startup(qapp, stub_server) -> DeskStartup:
    args = parse_args(["--demo", "--backend", stub_server.url])  # signs in as demo_agent, no simulator
    return DeskStartup(qapp, args, Settings())


def test_the_next_agent_gets_their_own_notes_and_dashboard(qapp, qtbot, run, stub_server):
    startup = _startup(qapp, stub_server)
    desk = Desk(startup, qtbot)

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        await wait_until(lambda: startup.window is not None and startup.window.isVisible(), timeout=30)
        await desk.toolbox_ready()
        agents_window = desk.window
        assert "demo_agent" in agents_window.agent_label.text()
        assert not _has_dashboard(agents_window)
        await desk.write_note("agent handover")

        leads_window = await desk.switch_to("demo_lead")
        assert leads_window is not agents_window
        assert _visible_windows() == [leads_window]
        assert "demo_lead" in leads_window.agent_label.text()
        assert _has_dashboard(leads_window)
        assert _note_titles(leads_window) == []  # not the agent's note
        await desk.write_note("lead coaching plan")

        back = await desk.switch_to("demo_agent")
        assert _visible_windows() == [back]
        assert not _has_dashboard(back)
        assert _note_titles(back) == ["agent handover"]

        lead_again = await desk.switch_to("demo_lead")
        assert _has_dashboard(lead_again)
        assert _note_titles(lead_again) == ["lead coaching plan"]

        lead_again.close()
        assert await asyncio.wait_for(task, 30) == 0

    run(body())


def test_the_same_agent_signing_in_again_keeps_the_window(qapp, qtbot, run, stub_server, scenario):
    number = scenario("healthy")["number"]
    startup = _startup(qapp, stub_server)
    desk = Desk(startup, qtbot)

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        await wait_until(lambda: startup.window is not None and startup.window.isVisible(), timeout=30)
        await desk.toolbox_ready()
        window = desk.window
        match = (await startup.desk.customers.find(number))[0]
        window.open_customer(match)
        assert len(window.customer_workspaces()) == 1

        again = await desk.switch_to("demo_agent")
        assert again is window  # the open customer and the drafts stay
        assert len(again.customer_workspaces()) == 1
        again.close()
        assert await asyncio.wait_for(task, 30) == 0

    run(body())


def test_a_late_401_for_a_request_sent_before_the_sign_in_asks_nothing(qapp, qtbot, run, stub_server):
    """A request sent while nobody was signed in comes back 401 after the next agent signed in: the
    token in use is fine, so the desk does not ask for the password again."""
    startup = _startup(qapp, stub_server)

    async def body() -> None:
        task = asyncio.ensure_future(run_startup(startup))
        await wait_until(lambda: startup.window is not None and startup.window.isVisible(), timeout=30)
        backoffice = startup.desk.backoffice
        session = backoffice.session
        backoffice.set_session(None)  # as between a sign-out and the next sign-in
        with pytest.raises(Unauthorised):
            await backoffice.tickets.catalogue()
        backoffice.set_session(session)  # the next sign-in is done when the 401 is handled
        await wait_until(lambda: not startup._asking_sign_in)
        assert _login_dialog() is None
        startup.window.close()
        assert await asyncio.wait_for(task, 30) == 0

    run(body())
