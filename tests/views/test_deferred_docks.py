"""Docks tabbed behind others (audit trail, pretreatment) are built when the agent first shows them, and
look and work as if they had been there from the start: the same docks, titles, menu entries and keys,
and a restored layout that shows one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from agentdesk.features import pretreatment
from agentdesk.views.main_window import MainWindow
from tests.support.aio import wait_until

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(signed_in_desk, qtbot):
    pretreatment.plug(signed_in_desk)
    made = MainWindow(signed_in_desk)
    qtbot.addWidget(made)
    made.show()
    return made


def in_front(dock: QWidget) -> bool:
    """Whether the agent sees ``dock`` (a dock tabbed behind another is "visible" to Qt, but covered)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def texts(widget: QWidget) -> list[str]:
    """What the agent can read in ``widget``: the text of its visible labels."""
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_a_dock_behind_another_shows_its_panel_when_raised(window, run):
    audit = window.docks["audit"]
    assert audit.windowTitle() == "Audit trail"

    async def body():
        await wait_until(lambda: in_front(window.docks["tickets"]))  # laid out: audit behind the tickets
        assert not in_front(audit)
        assert not texts(audit)  # nothing built there
        audit.raise_()
        await wait_until(lambda: "Back-office changes made from this desk" in texts(audit))

    run(body())
    assert window.panel("audit") is audit.widget()


def test_hiding_the_docks_in_front_through_the_view_menu_reveals_a_built_panel(window, run):
    dock = window.docks["pretreatment"]

    async def body():
        await wait_until(lambda: in_front(window.docks["toolbox"]))
        for key in ("toolbox", "knowledge"):  # the agent unticks them in the View menu
            window.docks[key].toggleViewAction().trigger()
        await wait_until(lambda: in_front(dock))
        await wait_until(
            lambda: "Start a flow…" in [b.text() for b in dock.findChildren(QWidget, "pretreatment-start")]
        )
        window.docks["toolbox"].toggleViewAction().trigger()  # back, tabbed with the pretreatment again
        await wait_until(lambda: window.docks["toolbox"].isVisible())
        assert set(window.tabifiedDockWidgets(dock)) >= {window.docks["toolbox"]}

    run(body())


def test_the_panels_key_works_before_its_dock_was_shown(window, qtbot, run):
    dock = window.docks["pretreatment"]
    assert dock.windowTitle() == "Pretreatment"
    assert "&Pretreatment flow…" in [a.text() for a in window.tools_menu.actions()]

    async def body():
        await wait_until(lambda: in_front(window.docks["toolbox"]))
        assert not in_front(dock)
        assert not dock.findChildren(QWidget, "pretreatment-start")  # not built yet
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
        panel = window.panel("pretreatment")
        await wait_until(lambda: panel.wizards and panel.wizards[-1].isVisible())
        panel.wizards[-1].close()

    run(body())


def test_a_restored_layout_that_shows_a_deferred_dock_builds_it(signed_in_desk, qtbot, run):
    pretreatment.plug(signed_in_desk)
    first = MainWindow(signed_in_desk)
    qtbot.addWidget(first)
    first.show()
    first.docks["pretreatment"].raise_()
    first.docks["audit"].raise_()
    first.close()  # saves the layout
    again = MainWindow(signed_in_desk)
    qtbot.addWidget(again)
    again.show()

    async def body():
        await wait_until(lambda: in_front(again.docks["pretreatment"]) and in_front(again.docks["audit"]))
        await wait_until(lambda: "Back-office changes made from this desk" in texts(again.docks["audit"]))
        assert not in_front(again.docks["toolbox"])  # the pretreatment tab is in front, as it was left
        assert "Start a flow…" in [b.text() for b in again.findChildren(QWidget, "pretreatment-start")]

    run(body())


def test_the_palettes_show_command_builds_and_focuses_a_deferred_panel(window, run):
    audit = window.docks["audit"]

    async def body():
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        command = next(c for c in window.workbench.commands() if c.key == "dock:audit")
        assert command.title == "Show Audit trail"
        command.run()
        await wait_until(lambda: in_front(audit))
        assert "Back-office changes made from this desk" in texts(audit)
        await wait_until(lambda: audit.isAncestorOf(QApplication.focusWidget()))

    run(body())
