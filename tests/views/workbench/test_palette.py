"""The command palette (Ctrl+K) and the shortcut overlay (F1, Ctrl+/) on the real window: the palette
finds actions by a few letters, shows their keys and runs them (a tool, a customer-view tab, a recent
customer, a number typed in, a feature's window action); the overlay lists every key; Esc gives the
keyboard back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.support.aio import wait_until

CTRL = Qt.KeyboardModifier.ControlModifier


def type_ime(widget, text: str) -> None:
    """Text committed by an input method (how Chinese reaches a field; QTest types ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


async def active(window) -> None:
    window.activateWindow()
    await wait_until(lambda: window.isActiveWindow())


def palette_of(window):
    return window.workbench.palette


def test_palette_finds_and_runs_actions_with_their_keys(make_desk, make_window, qtbot, run):
    desk = make_desk(features=("workbench", "toolbox"))
    window = make_window(desk)
    palette = palette_of(window)

    async def body():
        await active(window)
        window.focus_search()
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible() and palette.input.hasFocus())
        assert len(palette.shown()) > 20  # with nothing typed: everything, last used first
        qtbot.keyClicks(palette.input, "calc")
        first = palette.shown()[0]
        assert first.title == "Calculator" and first.shortcut == "Ctrl+Shift+C"
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        toolbox = window.docks["toolbox"].widget()
        await wait_until(lambda: not palette.isVisible())
        assert toolbox.tabs.currentWidget() is toolbox.calculator and window.docks["toolbox"].isVisible()

        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        assert palette.shown()[0].title == "Calculator"  # the last used comes first
        qtbot.keyClicks(palette.input, "larger")
        assert palette.shown()[0].title == "Larger text" and palette.shown()[0].shortcut
        size = window.font().pointSize()
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        await wait_until(lambda: window.font().pointSize() == size + 1)

        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        qtbot.keyClicks(palette.input, "zzqqxx")
        assert [c.key for c in palette.shown()] == ["typed:find"]  # only "find this as a customer"
        qtbot.keyClick(palette.input, Qt.Key.Key_Escape)
        await wait_until(lambda: not palette.isVisible())

    run(body())


def test_palette_opens_a_number_a_tab_and_a_recent_customer(make_desk, make_window, qtbot, scenario, run):
    customer = scenario("healthy")
    desk = make_desk()
    window = make_window(desk)
    palette = palette_of(window)

    async def body():
        await active(window)
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        qtbot.keyClicks(palette.input, customer["number"])
        assert palette.shown()[0].key == "typed:find" and customer["number"] in palette.shown()[0].title
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        await wait_until(lambda: window.current_customer() is not None, 15)
        workspace = window.tabs.currentWidget()
        name = window.current_customer().name

        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        qtbot.keyClicks(palette.input, "tab balance")
        first = palette.shown()[0]
        assert first.key == "tab:balance" and first.shortcut.startswith("Alt+")
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        await wait_until(lambda: workspace.current_key() == "balance")

        window.close_customer(window.tabs.currentIndex())
        await wait_until(lambda: not window.customer_workspaces())
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        type_ime(palette.input, name)  # a Chinese name comes in through the input method
        await wait_until(lambda: any(c.key == f"recent:{customer['number']}" for c in palette.shown()))
        while (
            palette.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1).key
            != f"recent:{customer['number']}"
        ):
            qtbot.keyClick(palette.input, Qt.Key.Key_Down)
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        await wait_until(lambda: window.current_customer() is not None, 15)
        assert window.current_customer().customer_id == customer["customer_id"]

    run(body())


def test_palette_offers_the_features_window_actions(make_desk, qtbot, make_window, run):
    desk = make_desk()
    ran = []
    action = QAction("Team &dashboard")
    action.setObjectName("open-dashboard")
    action.triggered.connect(lambda: ran.append(True))
    desk.extras["window_actions"] = [action]
    window = make_window(desk)
    palette = palette_of(window)
    assert action in window.tools_menu.actions()

    async def body():
        await active(window)
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: palette.isVisible())
        qtbot.keyClicks(palette.input, "dashb")
        assert palette.shown()[0].title == "Team dashboard"
        qtbot.keyClick(palette.input, Qt.Key.Key_Return)
        await wait_until(lambda: ran)

    run(body())


def test_shortcut_overlay_lists_every_key_and_any_key_closes_it(make_desk, make_window, qtbot, run):
    desk = make_desk(features=("workbench", "tickets"))
    window = make_window(desk)
    overlay = window.workbench.overlay

    async def body():
        await active(window)
        window.focus_search()
        qtbot.keyClick(window, Qt.Key.Key_F1)
        await wait_until(lambda: overlay.isVisible())
        text = overlay.text()
        for expected in ("Command palette Ctrl+K", "Find customer Ctrl+F", "Answer the call Ctrl+Shift+A",
                         "New ticket Ctrl+Shift+T", "Keyboard shortcuts F1"):  # fmt: skip
            assert expected in text, expected
        assert overlay.accessibleDescription() == text
        qtbot.keyClick(overlay, Qt.Key.Key_X)
        await wait_until(lambda: not overlay.isVisible())
        assert window.search.hasFocus()  # the keyboard is back where it was
        qtbot.keyClick(window.search, Qt.Key.Key_Slash, CTRL)
        await wait_until(lambda: overlay.isVisible())
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)
        await wait_until(lambda: not overlay.isVisible())

    run(body())
