"""A customer view opened and closed leaves (almost) nothing behind in the window: the keyboard pass over
each new customer view must not leave the window holding a Python wrapper of every table, header and
button it found (they outlived the closed views, ten for every customer of the day)."""

from __future__ import annotations

import asyncio
import gc
from collections import Counter

from PySide6.QtWidgets import QWidget

from tests.views.customer.conftest import match_of


def _widget_wrappers() -> Counter:
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, QWidget))


def test_opening_and_closing_customers_leaves_no_widget_wrappers(make_desk, make_window, scenario, run):
    desk = make_desk(features=("workbench",))
    window = make_window(desk)
    customers = [scenario("healthy") for _ in range(6)]

    async def cycle(made):
        workspace = window.open_customer(match_of(made))
        await workspace.loaded()
        window.close_customer(window.tabs.indexOf(workspace))
        for _ in range(3):  # the closed view is deleted on a later turn
            await asyncio.sleep(0.02)

    async def body():
        for made in customers[:2]:  # first views: lazily imported code, first connections
            await cycle(made)
        before = _widget_wrappers()
        for made in customers[2:]:
            await cycle(made)
        return before, _widget_wrappers()

    before, after = run(body())
    # one wrapper per closed customer stays: the close button of its tab in the window's tab bar, named
    # for screen readers (shiboken keeps what tabButton() returns referenced by the tab bar)
    assert after - before <= Counter({"QAbstractButton": 4}), f"left behind by 4 customers: {after - before}"
