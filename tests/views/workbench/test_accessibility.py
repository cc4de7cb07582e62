"""Keyboard and screen-reader access on the real window with every feature in: each visible control is
reached by Tab (Ctrl+Tab out of a text area that takes Tab) in the order of the screen's regions, no
icon-only button lacks a name, and the focused control is visibly outlined."""

from __future__ import annotations

import asyncio
import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QTextEdit, QWidget

from agentdesk.views.workbench.theme import FOCUS_DARK, FOCUS_LIGHT
from tests.support.aio import wait_until
from tests.views.workbench.conftest import AGENT

FEATURES = ("workbench", "tickets", "toolbox", "knowledge")


def focusable(window) -> list[QWidget]:
    """What a keyboard user must be able to reach now: shown, enabled, takes Tab focus."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not isinstance(w.parentWidget(), QPlainTextEdit | QTextEdit)
    ]


async def walk(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; the widgets in the order reached."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order = [start]
    for _ in range(limit):
        here = QApplication.focusWidget()
        takes_tab = isinstance(here, QPlainTextEdit | QTextEdit) and not here.tabChangesFocus()
        qtbot.keyClick(
            here,
            Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ControlModifier if takes_tab else Qt.KeyboardModifier.NoModifier,
        )
        await asyncio.sleep(0)
        now = QApplication.focusWidget()
        if now is start:
            return order
        order.append(now)
    raise AssertionError(f"Tab did not come back to the start within {limit} presses: stuck at {order[-1]!r}")


def region(window, widget: QWidget) -> str:
    for name, root in (("search", window.search.parentWidget()), ("calls", window.findChild(QWidget, "toolbar-phone")),
                       ("centre", window.tabs)):  # fmt: skip
        if root is not None and (root is widget or root.isAncestorOf(widget)):
            return name
    return "docks"


def test_every_control_is_reached_by_tab_in_screen_order(make_desk, make_window, qtbot, admin, scenario, run):
    customer = scenario("healthy")
    desk = make_desk(features=FEATURES)
    window = make_window(desk)

    async def body():
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        matches = await desk.customers.find(customer["number"])
        workspace = window.open_customer(matches[0])
        await workspace.loaded()
        number = "1897" + "".join(random.choice("0123456789") for _ in range(7))
        admin.post("/admin/cti/call", json={"agent": AGENT, "number": number}).raise_for_status()
        bar = window.docks["calls"].widget().on_window.call_bar
        await wait_until(
            lambda: bar.answer_button.isVisible()
        )  # the screen pop's buttons are in the walk too
        for key in workspace.tab_pages:  # every section of the customer view in turn
            workspace.show_tab(key)
            await wait_until(lambda k=key: workspace.tabs.currentWidget() is workspace.tab_pages[k])
            order = await walk(qtbot, window.search)
            missing = [f"{type(w).__name__}#{w.objectName()}" for w in focusable(window) if w not in order]
            assert not missing, f"not reached by Tab on the {key} tab: {missing}"
            regions = [region(window, w) for w in order]
            firsts = [r for i, r in enumerate(regions) if r not in regions[:i]]
            assert firsts == ["search", "calls", "centre", "docks"], firsts
            assert bar.answer_button in order and bar.hangup_button in order

    run(body())


def test_icon_only_buttons_have_names(make_desk, make_window, scenario, run):
    customer = scenario("healthy")
    desk = make_desk(features=FEATURES)
    window = make_window(desk)

    async def body():
        matches = await desk.customers.find(customer["number"])
        await window.open_customer(matches[0]).loaded()
        nameless = [
            f"{type(b).__name__}#{b.objectName()} in {type(b.parentWidget()).__name__}"
            for b in window.findChildren(QAbstractButton)
            if not b.text().strip() and not b.accessibleName().strip()
        ]
        assert not nameless
        close = window.tabs.tabBar().tabButton(1, window.tabs.tabBar().ButtonPosition.RightSide)
        assert close.accessibleName().lower() == "close tab"
        for widget in (window.workbench.palette, window.workbench.overlay, window.search):
            assert widget.accessibleName()

    run(body())


def test_the_focused_control_is_outlined(make_desk, make_window, run):
    window = make_window(make_desk(features=("workbench", "tickets")))
    accent = QColor(FOCUS_LIGHT)

    def accent_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(image.height())
            if QColor(image.pixel(x, y)) == accent
        )

    async def body():
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        refresh = window.findChild(QWidget, "ticket-refresh")
        for widget in (window.search, refresh):
            window.tabs.setFocus()
            await wait_until(lambda w=widget: not w.hasFocus())
            before = accent_pixels(widget)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            await wait_until(lambda w=widget: w.hasFocus())
            assert accent_pixels(widget) > before + 20, widget.objectName()

    run(body())


def test_the_focus_ring_takes_the_dark_theme_accent(make_desk, make_window, run):
    window = make_window(make_desk(features=("workbench",)))
    dark = QColor(FOCUS_DARK)

    def dark_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if QColor(image.pixel(x, y)) == dark
        )

    async def body():
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        window.workbench.toggle_theme()
        window.search.setFocus(Qt.FocusReason.TabFocusReason)
        await wait_until(lambda: window.search.hasFocus())
        assert dark_pixels(window.search) > 20
        window.tabs.setFocus()
        await wait_until(lambda: not window.search.hasFocus())
        assert dark_pixels(window.search) == 0  # the ring left with the keyboard

    run(body())
