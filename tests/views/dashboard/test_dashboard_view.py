"""The team-lead dashboard as a team lead uses it, over the simulator: indicators and when the data was
taken, a click on a bar lists exactly its tickets, exports to CSV and PNG, a refresh that does not freeze
the window, targets, the dock; and no dashboard on an agent's desk."""

from __future__ import annotations

import asyncio
import csv
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from agentdesk.features.dashboard import dashboard_action
from agentdesk.services.errors import Forbidden
from agentdesk.views.dashboard.indicator_model import PERIOD, STATE, TODAY
from tests.services.dashboard.support import AGENT, make_known_set, new_shift_hours
from tests.support.aio import wait_until


def open_dashboard(desk, qtbot):
    """Through the menu action the feature hands to the window (Ctrl+Shift+D)."""
    actions = desk.extras["window_actions"]
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+Shift+D"]
    actions[0].trigger()
    window = desk.extras["dashboard"].opener.window
    qtbot.addWidget(window)
    return window


async def opened(desk, qtbot, known=None, size=(1400, 900)):
    """The dashboard opened and loaded (inside the running loop, as in the desk), on ``known``'s days."""
    window = open_dashboard(desk, qtbot)
    window.resize(*size)
    view = window.view
    await wait_until(lambda: view.snapshot is not None and not view.loading)
    if known is not None:
        await show_known(view, known)
    return view


async def show_known(view, known) -> None:
    first, last = known.local_days()
    view.set_custom_period(first, last)
    await wait_until(
        lambda: view.snapshot is not None and view.snapshot.interval.first_day == first and not view.loading
    )


def cell(view, key: str, column: int) -> str:
    model = view.indicators
    return model.index(model.row_of(key), column).data()


def choose_file(view, path) -> None:
    [dialog] = [d for d in view.findChildren(QFileDialog, "dashboard-save-dialog") if d.isVisible()]
    dialog.selectFile(str(path))
    dialog.accept()


def test_an_agents_desk_has_no_dashboard_and_the_simulator_refuses_the_route(agent_desk, run, qtbot):
    assert "dashboard" not in agent_desk.panels and "dashboard" not in agent_desk.extras
    assert not agent_desk.extras.get("window_actions")

    class Window:
        desk = agent_desk

    assert dashboard_action(Window()) is None
    with pytest.raises(Forbidden):
        run(agent_desk.backoffice.tickets.statistics())


def test_indicators_of_a_known_set_and_when_the_data_was_taken(
    lead_desk, agent01, admin, customer, run, qtbot
):
    known = make_known_set(agent01, admin, customer, new_shift_hours())

    async def body():
        view = await opened(lead_desk, qtbot)  # the first load: the last 30 days
        assert view.window().windowTitle() == "Team dashboard — service process monitoring"
        assert view.taken.text().startswith("Data taken at ")
        await show_known(view, known)
        return view

    view = run(body())
    assert cell(view, "pretreatment_rate", PERIOD) == "60.0 %  (3 of 5)"
    assert cell(view, "front_line_resolution_rate", PERIOD) == "28.6 %  (2 of 7)"
    assert cell(view, "flow_resolved_rate", PERIOD) == "25.0 %  (1 of 4)"
    assert cell(view, "dispatched", PERIOD) == "5"
    assert cell(view, "overdue", PERIOD) == "3" and cell(view, "stuck", PERIOD) == "3"
    assert cell(view, "escalated", PERIOD) == "1"
    assert cell(view, "average_handling", PERIOD) == "7.5 h"
    assert cell(view, "satisfaction", PERIOD) == "4.00 / 5  (2 rated)"
    assert cell(view, "complaints_per_10k", PERIOD).endswith(
        "(3 complaint(s))"
    )  # the source text; English says "3 complaints"
    assert cell(view, "front_line_resolution_rate", STATE) == "Off target"
    assert cell(view, "overdue", STATE) == "Watch"
    assert cell(view, "pretreatment_rate", TODAY)  # today's column is filled from today's figures
    when = view.snapshot.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert view.taken.text() == f"Data taken at {when}"
    assert AGENT in [view.agent.itemData(i) for i in range(view.agent.count())]
    # the breakdowns of the same set
    assert view.pages["categories"].chart.categories == ["计费争议", "停复机"]
    assert view.pages["agents"].rows()[0][:3] == [AGENT, "林晓彤", "7"]
    assert sum(int(r[1]) for r in view.pages["trend"].rows()) == 7


def test_clicking_a_bar_lists_exactly_the_tickets_behind_it(lead_desk, agent01, admin, customer, run, qtbot):
    known = make_known_set(agent01, admin, customer, new_shift_hours())

    async def click(view, page_name: str, index: int, series: str) -> list[str]:
        page = view.pages[page_name]
        view.tabs.setCurrentWidget(page)
        await asyncio.sleep(0.05)
        pos = page.chart.center_of(index, series)
        qtbot.mouseMove(page.chart.plot.viewport(), pos)
        before = view.drill_panel.title.text()
        qtbot.mouseClick(page.chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        await wait_until(
            lambda: view.drill_panel.title.text() != before and view.drill_panel.state.state == "content"
        )
        return view.drill_panel.ids()

    async def body():
        view = await opened(lead_desk, qtbot, known)
        billing = await click(view, "categories", 0, "complaint")
        assert view.pages["categories"].chart.hover_text.startswith("计费争议")
        assert sorted(billing) == sorted(known.ids("billing_pretreated_closed", "billing_escalated"))
        assert view.drill_panel.title.text() == "Complaints · 计费争议"
        dispatched = await click(view, "agents", 0, "dispatched")
        assert sorted(dispatched) == sorted(
            known.ids(
                "consult_open",
                "billing_escalated",
                "barred_open",
                "broadband_resolved",
                "broadband_in_progress",
            )
        )
        flows = view.pages["runs"].chart.categories
        runs = await click(view, "runs", flows.index("Broadband login"), "dispatch")
        assert runs == [known.runs["r2"]]
        day = view.snapshot.period.by_day[0]
        on_day = await click(view, "trend", 0, "total")
        assert len(on_day) == day.counts.total and set(on_day) <= set(known.tickets.values())

    run(body())


def test_an_indicator_lists_what_it_counts(lead_desk, agent01, admin, customer, run, qtbot):
    known = make_known_set(agent01, admin, customer, new_shift_hours())

    async def body():
        view = await opened(lead_desk, qtbot, known)
        table = view.indicator_table
        index = view.indicators.index(view.indicators.row_of("overdue"), PERIOD)
        table.scrollTo(index)
        rect = table.visualRect(index)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        await wait_until(lambda: view.drill_panel.state.state == "content")
        return view

    view = run(body())
    assert sorted(view.drill_panel.ids()) == sorted(
        known.ids("consult_open", "barred_open", "broadband_in_progress")
    )
    assert view.drill_panel.title.text().startswith("Overdue tickets · ")
    assert view.drill_panel.count.text() == "3 listed"


def test_exports_the_indicator_table_the_list_and_a_chart(
    lead_desk, agent01, admin, customer, run, qtbot, tmp_path
):
    known = make_known_set(agent01, admin, customer, new_shift_hours())
    saved: list[str] = []

    async def export(view, button, path) -> None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        choose_file(view, path)
        await wait_until(lambda: str(path) in saved)

    async def body():
        view = await opened(lead_desk, qtbot, known)
        view.saved.connect(saved.append)
        await export(view, view.export_button, tmp_path / "indicators.csv")
        categories = view.pages["categories"]
        view.tabs.setCurrentWidget(categories)
        await asyncio.sleep(0.05)
        pos = categories.chart.center_of(0, "complaint")
        qtbot.mouseClick(categories.chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        await wait_until(lambda: view.drill_panel.state.state == "content")
        await export(view, view.drill_panel.export_button, tmp_path / "list.csv")
        await export(view, categories.png_button, tmp_path / "chart.png")
        await export(view, categories.csv_button, tmp_path / "categories.csv")
        assert "saved to" in view.message.text()

    run(body())
    with open(tmp_path / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Indicator" and rows[0][1] == "Today" and rows[0][2].startswith("Chosen days (")
    by_name = {r[0]: r for r in rows[1:]}
    assert len(by_name) == 10
    assert by_name["Pretreatment rate"][2] == "60.0 %  (3 of 5)"
    assert by_name["Overdue tickets"][2:] == ["3", "≤ 0 (watch ≤ 3)", "Watch"]
    with open(tmp_path / "list.csv", encoding="utf-8-sig", newline="") as f:
        listed = list(csv.reader(f))
    assert listed[0][:3] == ["Ticket", "Type", "Category"]
    assert sorted(r[0] for r in listed[1:]) == sorted(
        known.ids("billing_pretreated_closed", "billing_escalated")
    )
    assert all(r[2] == "计费争议" for r in listed[1:])
    with open(tmp_path / "categories.csv", encoding="utf-8-sig", newline="") as f:
        assert [r[:2] for r in csv.reader(f)] == [
            ["Category", "Complaints"],
            ["计费争议", "2"],
            ["停复机", "1"],
        ]
    png = (tmp_path / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() == 1600 and image.height() > 300


def test_refresh_keeps_the_window_responsive_and_says_when(lead_desk, run, qtbot, admin):
    ticks = []
    timer = QTimer()
    timer.setInterval(20)

    async def body():
        view = await opened(lead_desk, qtbot)
        first = view.snapshot
        timer.timeout.connect(lambda: ticks.append(view.loading))
        admin.put("/admin/faults/tickets", json={"latency_ms": 1200}).raise_for_status()
        timer.start()
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
        assert view.loading and view.busy.isVisible() and view.taken.text().endswith("refreshing…")
        await asyncio.sleep(0.3)
        assert view.indicators.rowCount() == 10 and view.snapshot is first  # the last figures stay meanwhile
        await wait_until(lambda: view.snapshot is not first, timeout=20)
        timer.stop()
        return view, first

    view, first = run(body())
    assert sum(1 for loading in ticks if loading) >= 20  # the event loop kept turning during the load
    assert not view.busy.isVisible() and view.taken.text().startswith("Data taken at ")
    assert view.snapshot.taken_at >= first.taken_at


def test_latest_refresh_wins(lead_desk, run, qtbot, admin):
    shown = []

    async def body():
        view = await opened(lead_desk, qtbot)
        view.loaded.connect(shown.append)
        admin.put("/admin/faults/tickets", json={"latency_ms": 300}).raise_for_status()
        view.refresh()
        view.period.setCurrentIndex(view.period.findData("yesterday"))  # starts a newer load
        await wait_until(lambda: shown and not view.loading, timeout=20)
        await asyncio.sleep(0.4)

    run(body())
    assert [s.query.period.kind for s in shown] == ["yesterday"]


def test_targets_change_the_lights(lead_desk, agent01, admin, customer, run, qtbot):
    known = make_known_set(agent01, admin, customer, new_shift_hours())
    loaded = []

    async def body():
        view = await opened(lead_desk, qtbot, known)
        assert cell(view, "front_line_resolution_rate", STATE) == "Off target"
        qtbot.mouseClick(view.targets_button, Qt.MouseButton.LeftButton)
        dialog = view._dialog
        good = dialog.good["front_line_resolution_rate"]
        good.selectAll()
        qtbot.keyClicks(good, "25")
        watch = dialog.acceptable["front_line_resolution_rate"]
        watch.selectAll()
        qtbot.keyClicks(watch, "30")  # "on target" below "watch": refused
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert "Front-line resolution rate" in dialog.error.text() and dialog.isVisible()
        watch.selectAll()
        qtbot.keyClicks(watch, "20")
        view.loaded.connect(loaded.append)
        closed = []
        dialog.finished.connect(closed.append)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK: stored, and the dashboard loads again
        await wait_until(lambda: loaded)
        assert closed == [1]  # accepted
        return view

    view = run(body())
    assert cell(view, "front_line_resolution_rate", STATE) == "On target"
    assert cell(view, "front_line_resolution_rate", 3) == "≥ 25.0 % (watch ≥ 20.0 %)"


def test_the_dock_shows_today_and_opens_the_dashboard(lead_desk, run, qtbot):
    panel = lead_desk.panels["dashboard"](None)
    qtbot.addWidget(panel)
    [action] = lead_desk.extras["window_actions"]

    async def body():
        panel.show()
        await wait_until(lambda: panel.snapshot is not None)
        assert panel.model.rowCount() == 10 and panel.taken.text().startswith("Data taken at ")
        assert panel.snapshot.interval.days == 1  # today
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
        window = lead_desk.extras["dashboard"].opener.window
        qtbot.addWidget(window)
        assert window.isVisible()
        await wait_until(lambda: window.view.snapshot is not None)
        action.trigger()  # again: the same window comes to the front
        assert lead_desk.extras["dashboard"].opener.window is window
        panel.dispose()

    run(body())


def test_the_workbench_of_a_team_lead_has_the_dock_and_one_menu_entry(lead_desk, agent_desk, run, qtbot):
    from agentdesk.views.main_window import MainWindow

    window = MainWindow(lead_desk)
    qtbot.addWidget(window)
    entries = [a for a in window.tools_menu.actions() if a.objectName() == "open-dashboard"]
    assert len(entries) == 1 and entries[0].shortcut().toString() == "Ctrl+Shift+D"
    assert "dashboard" in window.docks
    plain = MainWindow(agent_desk)
    qtbot.addWidget(plain)
    assert "dashboard" not in plain.docks
    assert not [a for a in plain.tools_menu.actions() if a.objectName() == "open-dashboard"]

    async def body():
        window.show()
        window.activateWindow()
        await wait_until(lambda: window.isActiveWindow())
        qtbot.keyClick(
            window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        opener = lead_desk.extras["dashboard"].opener
        await wait_until(lambda: opener.window is not None and opener.window.isVisible())
        qtbot.addWidget(opener.window)
        assert opener.window.parent() is window  # closes with the workbench
        await wait_until(lambda: opener.window.view.snapshot is not None)

    run(body())


def test_pyqtgraph_waits_until_the_dashboard_is_shown():
    code = (
        "import sys\n"
        "import agentdesk.features.dashboard, agentdesk.views.dashboard.summary_panel\n"
        "import agentdesk.views.dashboard.dashboard_window\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
