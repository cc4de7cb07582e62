"""The agent's own workbench, kept across restarts: rebound keys (and the keys the desk refuses),
customer-view tab order and visibility, docks, start page, text size and theme; reset layout."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from agentdesk.services.settings import SHORTCUTS, Settings
from agentdesk.services.shortcuts import (
    NEEDS_MODIFIER,
    RESERVED_BY_SYSTEM,
    RESERVED_FOR_EDITING,
    TAKEN,
    ShortcutConflict,
    Shortcuts,
    normalise,
)
from agentdesk.views.workbench.tab_layout import shown_tabs
from agentdesk.views.workbench.theme import DARK
from tests.support.aio import wait_until
from tests.views.workbench.conftest import shut_down

CTRL = Qt.KeyboardModifier.ControlModifier
DEFAULT_TABS = ["customer", "subscriber", "addons", "offers", "charges", "balance", "orders", "suspension",
                "calls", "vas", "broadband", "network"]  # fmt: skip


# -- the shortcut service -------------------------------------------------------------------------------
def test_rebinding_is_kept_and_refused_keys_say_why():
    shortcuts = Shortcuts(Settings())
    assert shortcuts.keys("view.palette") == ("Ctrl+K",)
    assert shortcuts.rebind("view.palette", ["ctrl+j"]) == ("Ctrl+J",)
    cases = [
        ("Ctrl+F", TAKEN, "customer.find"),  # Find customer has it
        ("Alt+F4", RESERVED_BY_SYSTEM, None),
        ("Meta+D", RESERVED_BY_SYSTEM, None),
        ("Ctrl+C", RESERVED_FOR_EDITING, None),
        ("Shift+Tab", RESERVED_FOR_EDITING, None),
        ("Q", NEEDS_MODIFIER, None),
        ("Shift+Q", NEEDS_MODIFIER, None),
    ]
    for keys, template, other in cases:
        with pytest.raises(ShortcutConflict) as refused:
            shortcuts.rebind("view.palette", [keys])
        assert refused.value.template == template, keys
        assert (refused.value.other.id if refused.value.other else None) == other
        assert normalise(keys) in refused.value.translated()
    assert shortcuts.keys("view.palette") == ("Ctrl+J",)  # a refused binding changes nothing
    shortcuts.rebind("phone.reconnect", ["F9"])  # a function key needs no modifier

    again = Shortcuts(Settings())  # the next start of the desk
    assert again.keys("view.palette") == ("Ctrl+J",) and again.keys("phone.reconnect") == ("F9",)
    assert again.is_custom("view.palette") and not again.is_custom("customer.find")
    again.reset("view.palette")
    assert Shortcuts(Settings()).keys("view.palette") == ("Ctrl+K",)
    again.rebind("customer.find", [])  # no key at all
    assert Shortcuts(Settings()).keys("customer.find") == ()
    again.reset_all()
    assert Shortcuts(Settings()).keys("customer.find") == ("Ctrl+F",)


def test_unreadable_stored_shortcuts_fall_back_to_the_defaults():
    Settings().set(SHORTCUTS, "{not json")
    assert Shortcuts(Settings()).keys("view.palette") == ("Ctrl+K",)
    Settings().set(SHORTCUTS, json.dumps({"view.palette": ["Ctrl+J"], "gone.action": ["Ctrl+9"]}))
    assert Shortcuts(Settings()).keys("view.palette") == ("Ctrl+J",)


def test_default_keys_do_not_clash():
    shortcuts = Shortcuts(Settings())
    seen: dict[str, str] = {}
    for spec in shortcuts.specs():
        for keys in shortcuts.keys(spec.id):
            assert keys not in seen, f"{keys}: {spec.id} and {seen[keys]}"
            seen[keys] = spec.id
            shortcuts.check(spec.id, keys)  # and none is one the desk would refuse


# -- the preferences dialog on the real window ------------------------------------------------------------
async def active(window) -> None:
    window.activateWindow()
    await wait_until(lambda: window.isActiveWindow())


async def open_preferences(qtbot, window):
    await active(window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    await wait_until(
        lambda: window.workbench.preferences is not None and window.workbench.preferences.isVisible()
    )
    dialog = window.workbench.preferences
    dialog.activateWindow()
    await wait_until(lambda: dialog.isActiveWindow())
    return dialog


def test_rebinding_in_the_preferences_persists_across_restarts(make_desk, make_window, qtbot, run):
    window = make_window(make_desk())

    async def rebind():
        dialog = await open_preferences(qtbot, window)
        qtbot.keyClick(dialog.pages, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # the Keyboard page
        page = dialog.shortcuts_page
        await wait_until(lambda: dialog.pages.currentWidget() is page)
        page.table.setFocus()
        while page.current_id() != "view.palette":
            qtbot.keyClick(page.table, Qt.Key.Key_Down)
        page.key_edit.setFocus()
        qtbot.keyClick(page.key_edit, Qt.Key.Key_F, CTRL)  # taken by Find customer: refused, with the reason
        qtbot.keyClick(page.assign_button, Qt.Key.Key_Space)
        assert page.problem.text() == "Ctrl+F is already used by “Find customer”."
        page.key_edit.clear()
        page.key_edit.setFocus()
        qtbot.keyClick(page.key_edit, Qt.Key.Key_J, CTRL)
        qtbot.keyClick(page.assign_button, Qt.Key.Key_Space)
        assert page.problem.text() == ""
        assert page.keys_shown("view.palette") == "Ctrl+J"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await wait_until(lambda: not dialog.isVisible())
        await active(window)
        qtbot.keyClick(window, Qt.Key.Key_J, CTRL)
        await wait_until(lambda: window.workbench.palette.isVisible())

    run(rebind())
    shut_down(window, run)

    again = make_window(make_desk())  # a new desk and window: the next morning

    async def after_restart():
        await active(again)
        palette = again.workbench.palette
        qtbot.keyClick(again, Qt.Key.Key_K, CTRL)
        await wait_until(lambda: QApplication.focusWidget() is not None)
        assert not palette.isVisible()  # Ctrl+K is free now
        qtbot.keyClick(again, Qt.Key.Key_J, CTRL)
        await wait_until(lambda: palette.isVisible())
        assert any(c.title == "Command palette" and c.shortcut == "Ctrl+J" for c in palette.shown())

    run(after_restart())


def test_tab_order_and_visibility_persist_across_restarts(make_desk, make_window, qtbot, scenario, run):
    customer = scenario("healthy")
    window = make_window(make_desk())

    async def open_customer(win):
        matches = await win.desk.customers.find(customer["number"])
        return win.open_customer(matches[0])

    async def arrange():
        dialog = await open_preferences(qtbot, window)
        page = dialog.workbench_page
        tabs = page.tab_list
        tabs.setFocus()
        while tabs.currentItem().data(Qt.ItemDataRole.UserRole + 1) != "balance":
            qtbot.keyClick(tabs, Qt.Key.Key_Down)
        for _ in range(5):
            qtbot.keyClick(tabs, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Balance to the front
        while tabs.currentItem().data(Qt.ItemDataRole.UserRole + 1) != "orders":
            qtbot.keyClick(tabs, Qt.Key.Key_Down)
        qtbot.keyClick(tabs, Qt.Key.Key_Space)  # untick: not shown
        assert page.tab_layout().order[0] == "balance" and page.tab_layout().hidden == {"orders"}
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        workspace = await open_customer(window)
        expected = ["balance", *[k for k in DEFAULT_TABS if k not in ("balance", "orders")]]
        assert shown_tabs(workspace) == expected
        assert workspace.current_key() == "balance"

    run(arrange())
    shut_down(window, run)
    again = make_window(make_desk())

    async def after_restart():
        workspace = await open_customer(again)
        assert shown_tabs(workspace) == [
            "balance",
            *[k for k in DEFAULT_TABS if k not in ("balance", "orders")],
        ]
        again.workbench.reset_layout()
        assert shown_tabs(workspace) == DEFAULT_TABS

    run(after_restart())


def test_docks_start_page_text_size_and_theme_persist(make_desk, make_window, qtbot, run):
    window = make_window(make_desk())

    async def choose():
        dialog = await open_preferences(qtbot, window)
        page = dialog.workbench_page
        page.dock_checks["audit"].setChecked(False)
        page.start_page.setCurrentIndex(page.start_page.findData("calls"))
        page.font_size.setValue(14)
        page.theme.setCurrentIndex(page.theme.findData(DARK))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        await wait_until(lambda: not dialog.isVisible())
        assert window.docks["audit"].isHidden()
        assert QApplication.font().pointSize() == 14
        assert QApplication.palette().window().color().lightness() < 80
        assert window.start_page.calls_view.isVisible() and not window.start_page.recent.isVisible()

    run(choose())
    shut_down(window, run)
    again = make_window(make_desk())
    assert again.docks["audit"].isHidden() and not again.docks["tickets"].isHidden()
    assert QApplication.font().pointSize() == 14
    assert QApplication.palette().window().color().lightness() < 80
    assert again.tabs.currentWidget() is again.start_page and again.start_page.section == "calls"
    again.workbench.reset_layout()
    assert not again.docks["audit"].isHidden()
