"""The customer workspace as a whole: all tabs load at once, each on its own; a system down fails only its
tabs; late answers for a customer no longer in view never show; several customers open side by side."""

from __future__ import annotations

import asyncio
import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from agentdesk.views.main_window import MainWindow
from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.support.aio import wait_until
from tests.views.customer.conftest import match_of

BILLING_TABS = {"charges", "balance", "suspension"}
TAB_SYSTEMS = ("billing", "usage", "bims", "hlr", "aaa", "ismp")


def test_healthy_customer_every_tab_shows_a_result_and_no_marker(open_workspace, scenario, run, qtbot):
    made = scenario("healthy")
    w = open_workspace(made)
    assert all(page.state == "loading" for page in w.tab_pages.values())
    run(w.loaded())
    states = {key: page.state for key, page in w.tab_pages.items()}
    assert states.pop("broadband") == "empty"  # a mobile-only customer
    assert set(states.values()) <= {"content", "empty"}, states
    assert states["customer"] == states["subscriber"] == states["network"] == states["calls"] == "content"
    assert w.marked_tabs() == []
    assert made["customer_name"] in w.title_label.text()
    assert w.number_picker.currentData() == made["number"]
    assert "no broadband" in w.tab_pages["broadband"].stack.empty_label.text()
    assert w.tabs.count() == 12


def test_tabs_load_concurrently_close_to_the_slowest_system_not_the_sum(open_workspace, scenario, run, admin):
    """Each system answers 500 ms late; loading all tabs takes about one delay, not one per system."""
    made = scenario("healthy")
    delay_ms = 500
    for system in TAB_SYSTEMS:
        admin.put(f"/admin/faults/{system}", json={"latency_ms": delay_ms}).raise_for_status()

    async def body():
        started = time.perf_counter()
        w = open_workspace(made)
        await w.loaded()
        return time.perf_counter() - started, w

    elapsed, w = run(body())
    sequential = len(TAB_SYSTEMS) * delay_ms / 1000  # the least a one-after-the-other load would take
    assert elapsed >= delay_ms / 1000  # the latency really applied
    assert elapsed / sequential < 0.5, f"{elapsed:.2f} s for {sequential:.1f} s of latency"
    assert {p.state for p in w.tab_pages.values()} <= {"content", "empty"}
    print(f"concurrent load: {elapsed:.2f} s for {sequential:.1f} s of per-system latency")


def test_one_system_down_fails_only_its_tabs_and_retry_recovers(
    open_workspace, scenario, run, admin, qtbot, stub_server
):
    made = scenario("healthy")
    admin.put("/admin/faults/billing", json={"down": True}).raise_for_status()
    desk = run(signed_in_desk_on(stub_server.url, circuit_cooldown_s=0))  # the breaker lets the retry through
    w = open_workspace(made, desk)
    run(w.loaded())
    errors = {k for k, p in w.tab_pages.items() if p.state == "error"}
    assert errors == BILLING_TABS
    charges = w.show_tab("charges")
    assert "Billing" in charges.stack.error_label.text() and charges.stack.retry_button.isVisible()
    customer = w.tab_pages["customer"]
    assert customer.state == "content" and "Billing" in customer.billing_error.text()
    assert customer.fields["name"].text() == made["customer_name"]
    assert w.tab_pages["network"].state == "content" and w.tab_pages["calls"].state == "content"

    admin.delete("/admin/faults/billing").raise_for_status()

    async def retry():
        # the first retry is the circuit breaker's trial call; a sibling call refused meanwhile says
        # "try again shortly", as it would to the agent, who presses Retry once more
        for _ in range(3):
            qtbot.mouseClick(charges.stack.retry_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: charges.state != "loading")
            if charges.state == "content":
                return
        raise AssertionError(charges.stack.error_label.text())

    run(retry())
    assert charges.model.rowCount() > 0 and made["number"] in charges.total_label.text()
    w.dispose()
    run(desk.aclose())


def test_stale_answers_never_show_under_the_next_customer(open_workspace, scenario, run, admin):
    """Random latencies; the agent switches customer while loads are in flight, again and again."""
    customers = [scenario("healthy"), scenario("bb_port_fault"), scenario("addon_not_in_hlr")]
    admin.put("/admin/latency", json={"latency_ms": 10, "jitter_ms": 250}).raise_for_status()
    rng = random.Random(4)
    w = open_workspace(customers[0])

    async def body():
        try:
            for round_ in range(6):
                await asyncio.sleep(rng.uniform(0, 0.25))  # some tabs answered, others still in flight
                made = customers[(round_ + 1) % len(customers)]
                w.switch_customer(match_of(made))
                if rng.random() < 0.5:
                    continue  # switch again before this one finished
                await w.loaded()
                check(made)
            await w.loaded()
            check(customers[6 % len(customers)])
        finally:
            admin.put("/admin/latency", json={"latency_ms": 0, "jitter_ms": 0}).raise_for_status()

    def check(made):
        others = [c["number"] for c in customers if c is not made]
        assert made["customer_name"] in w.title_label.text()
        for key, page in w.tab_pages.items():
            assert page.state in ("content", "empty"), (key, page.state)
            assert page.data.scope.customer_id == made["customer_id"], key
        shown = " ".join(" ".join(r) for r in w.tab_pages["subscriber"].model.rows_text())
        assert made["number"] in shown and not any(n in shown for n in others)

    run(body(), timeout=90)


def test_switching_number_reloads_the_tabs_for_it(open_workspace, api, run, stub_server):
    row = stub_server.ctx.db.one(
        "SELECT c.id, c.name, m.number AS mobile, b.number AS bb FROM crm_customer c"
        " JOIN crm_subscriber m ON m.customer_id=c.id AND m.service_type='mobile'"
        " JOIN crm_subscriber b ON b.customer_id=c.id AND b.service_type='broadband' LIMIT 1"
    )
    made = {"customer_id": row["id"], "customer_name": row["name"], "number": row["mobile"]}
    w = open_workspace(made)
    run(w.loaded())
    assert w.tab_pages["calls"].data.query.number == row["mobile"]
    assert w.tab_pages["broadband"].state == "content"  # the customer's broadband, whatever number is in view
    index = w.number_picker.findData(row["bb"])
    w.number_picker.setCurrentIndex(index)
    w.number_picker.activated.emit(index)
    run(w.loaded())
    assert w.scope.number == row["bb"]
    assert all(p.data.scope.number == row["bb"] for p in w.tab_pages.values())
    addons = w.tab_pages["addons"]
    assert row["bb"] in addons.note.text() + addons.stack.empty_label.text()
    assert w.tab_pages["calls"].data.query.number == row["mobile"]  # call records stay on the mobile


def test_several_customers_open_and_closing_one_frees_it(fast_desk, scenario, run, qtbot):
    a, b = scenario("healthy"), scenario("bb_port_fault")
    window = MainWindow(fast_desk)
    qtbot.addWidget(window)
    window.show()

    async def body():
        for made in (a, b):
            window.search.setText(made["number"])
            qtbot.keyClick(window.search, Qt.Key.Key_Return)
            await wait_until(
                lambda made=made: any(
                    w.customer_id == made["customer_id"] for w in window.customer_workspaces()
                )
            )
        workspaces = window.customer_workspaces()
        await asyncio.gather(*(w.loaded() for w in workspaces))
        return workspaces

    first, second = run(body())
    assert window.tabs.count() == 3  # the start page and two customers
    assert second.tab_pages["broadband"].state == "content" and first.tab_pages["broadband"].state == "empty"
    window.tabs.setCurrentWidget(first)
    window.close_customer(window.tabs.indexOf(first))

    async def freed():
        await wait_until(lambda: not isValid(first), timeout=5)

    QApplication.sendPostedEvents(None, 0)  # deleteLater
    run(freed())
    assert window.customer_workspaces() == [second]
    window.close()


def test_go_to_menu_lists_shortcuts_and_they_switch_tabs(open_workspace, scenario, run, qtbot):
    w = open_workspace(scenario("healthy"))
    run(w.loaded())
    menu_texts = {a.text(): a.shortcut().toString() for a in w.view_menu.actions() if a.text()}
    assert menu_texts["Add-ons"] == "Alt+3" and menu_texts["Network"] == "Alt+="
    assert menu_texts["Next section"] == QKeySequence("Alt+PgDown").toString()
    w.activateWindow()
    w.goto_actions["network"].trigger()
    assert w.current_key() == "network"
    w.next_action.trigger()
    assert w.current_key() == "customer"
    w.previous_action.trigger()
    assert w.current_key() == "network"


@pytest.mark.parametrize("fault", ["healthy"])
def test_refresh_reloads_every_tab(open_workspace, scenario, run, fault):
    w = open_workspace(scenario(fault))
    run(w.loaded())
    before = {k: id(p.data) for k, p in w.tab_pages.items()}
    w.refresh_action.trigger()
    assert all(p.state == "loading" for p in w.tab_pages.values())
    run(w.loaded())
    assert all(id(p.data) != before[k] for k, p in w.tab_pages.items())
