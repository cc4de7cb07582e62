"""``memory_growth_ratio``: resident memory after opening and closing 100 customers, divided by the same
after the first 10 (a leak grows with every customer; a cache that is bounded does not).
``rss_mb``: resident memory with 20 customers open at once; its floor is the desk with its window shown
and no customer open, measured in the same process.

Each customer is opened in the main window as an agent does, every tab loaded, then closed.

On stderr, for the engineers: what one open customer costs (MB and widgets; a tab's widgets are made when
it is first shown, so an open customer costs most when the agent has looked at every tab), and the RSS
once every tab of the 20 open customers has been shown (``--every-tab``, on by default; measured after
``rss_mb``, which it does not change).
"""

from __future__ import annotations

import argparse
import asyncio
import gc

from benchmarks.common import (
    StubInfo,
    close_desk,
    emit,
    match_of,
    new_scenarios,
    note,
    result,
    rss_mb,
    run_qt,
    signed_in_desk,
)

GROWTH_TARGET = 1.05
RSS_TARGET_MB = 300.0


async def settled_rss() -> float:
    """RSS once closed tabs are deleted (Qt deletes them on a later loop turn) and garbage collected."""
    for _ in range(3):
        await asyncio.sleep(0.05)
        gc.collect()
    return rss_mb()


def widget_count() -> int:
    from PySide6.QtWidgets import QApplication

    return len(QApplication.allWidgets())


async def measure(
    stub: StubInfo, customers: list[dict], cycles: int, open_at_once: int, every_tab: bool = True
) -> dict:
    from agentdesk.views.main_window import MainWindow

    desk = await signed_in_desk(stub.url)
    window = MainWindow(desk)
    window.show()
    figures: dict[str, float] = {}
    try:
        figures["empty"] = await settled_rss()
        for i in range(cycles):
            workspace = window.open_customer(match_of(customers[i % len(customers)]))
            await workspace.loaded()
            window.close_customer(window.tabs.indexOf(workspace))
            if i + 1 == 10:
                figures["after_10"] = await settled_rss()
        figures[f"after_{cycles}"] = await settled_rss()
        widgets = widget_count()
        opened = []
        for made in customers[:open_at_once]:  # one after another, each in view while it loads
            opened.append(window.open_customer(match_of(made)))
            await opened[-1].loaded()
        figures[f"open_{open_at_once}"] = await settled_rss()
        per = (figures[f"open_{open_at_once}"] - figures[f"after_{cycles}"]) / open_at_once
        note(
            f"memory: one open customer (its first tab shown) {per:.2f} MB, "
            f"{(widget_count() - widgets) / open_at_once:.0f} widgets"
        )
        if every_tab:
            for workspace in opened:
                window.tabs.setCurrentWidget(workspace)
                for key in workspace.tab_pages:
                    workspace.show_tab(key)
                    await asyncio.sleep(0)
            figures[f"open_{open_at_once}_every_tab"] = await settled_rss()
            per = (figures[f"open_{open_at_once}_every_tab"] - figures[f"after_{cycles}"]) / open_at_once
            note(
                f"memory: one open customer with every tab shown {per:.2f} MB, "
                f"{(widget_count() - widgets) / open_at_once:.0f} widgets"
            )
    finally:
        await close_desk(desk, window)
    return figures


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--cycles", type=int, default=100)
    p.add_argument("--open", type=int, default=20)
    p.add_argument("--every-tab", action=argparse.BooleanOptionalAction, default=True)
    a = p.parse_args(argv)
    stub = StubInfo.from_env()
    customers = new_scenarios(stub, "healthy", a.cycles)
    figures = run_qt(lambda: measure(stub, customers, a.cycles, a.open, a.every_tab))
    note(f"memory: {', '.join(f'{k} {v:.1f} MB' for k, v in figures.items())}")
    emit(
        result("memory_growth_ratio", figures[f"after_{a.cycles}"], "MB", figures["after_10"], GROWTH_TARGET)
    )
    emit(result("rss_mb", figures[f"open_{a.open}"], "MB", figures["empty"], RSS_TARGET_MB, judge="value"))


if __name__ == "__main__":
    main()
