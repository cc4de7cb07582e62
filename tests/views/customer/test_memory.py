"""What an open or closed customer view holds. Closed in the main window, it leaves nothing of that
customer alive: the workspace, its twelve tabs and their models are collectable once Qt has deleted the
view, however far the agent got (every tab shown, a page of call records still on its way), and closing
raises nothing in the loop. Open in the background (beyond the few most recently shown), it keeps its
results and the tab in view, not the widgets of every tab it has shown; a tab shown again is made again
from what was kept, with the agent's filters, at once and without asking the back office."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import weakref

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QWidget

from agentdesk.services.customer_lookup import CustomerMatch
from agentdesk.views.customer.customer_workspace import KEEP_WHOLE
from tests.support.aio import wait_until
from tests.views.customer.conftest import match_of


def busy_customer(stub_server) -> CustomerMatch:
    """A customer whose mobile has thousands of CDRs a month (the simulator's busy lines)."""
    rows = stub_server.ctx.db.query(
        "SELECT c.id, c.name, s.number FROM crm_subscriber s JOIN crm_customer c ON c.id=s.customer_id"
        " WHERE s.service_type='mobile' AND s.status='active' ORDER BY s.number"
    )
    row = next(r for r in rows if hashlib.sha256(r["number"].encode()).digest()[0] < 20)
    return CustomerMatch(row["id"], row["name"], row["number"], "", "")


@pytest.fixture
def window(fast_desk, qapp):
    from agentdesk.views.main_window import MainWindow

    w = MainWindow(fast_desk)
    w.show()
    yield w
    w.close()
    w.deleteLater()
    qapp.processEvents()


@pytest.fixture
def loop_errors(aloop):
    """What the event loop reports as unhandled (an exception in a callback, a task never retrieved)."""
    errors: list[dict] = []
    aloop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield errors
    aloop.set_exception_handler(None)


def own_objects(workspace) -> list[weakref.ref]:
    """The workspace, its tabs and every model of the customer view (Python objects of ours)."""
    objects = [workspace, *workspace.tab_pages.values(), *workspace.findChildren(QAbstractItemModel)]
    return [weakref.ref(o) for o in objects if type(o).__module__.startswith("agentdesk.")]


def test_a_closed_customer_leaves_nothing_alive(window, stub_server, scenario, run, loop_errors):
    busy, healthy = busy_customer(stub_server), match_of(scenario("healthy"))

    async def visit(match, every_tab: bool) -> list[weakref.ref]:
        workspace = window.open_customer(match)
        await workspace.loaded()
        if every_tab:
            for key in workspace.tab_pages:
                workspace.show_tab(key)
            calls = workspace.tab_pages["calls"].model
            assert calls.canFetchMore()
            calls.fetchMore()  # the agent scrolled: a page is on its way when the customer is closed
            assert calls.busy
        refs = own_objects(workspace)
        window.close_customer(window.tabs.indexOf(workspace))
        return refs

    async def body() -> list[weakref.ref]:
        refs = await visit(busy, every_tab=True)
        refs += await visit(healthy, every_tab=False)
        for _ in range(3):  # Qt deletes the closed views on a later turn; the cancelled fetch ends
            await asyncio.sleep(0.02)
        return refs

    refs = run(body())
    gc.collect()
    assert len(refs) > 20  # the workspaces, 24 tabs and the models of the tabs that were made
    assert loop_errors == [], [str(c.get("exception") or c.get("message")) for c in loop_errors]
    alive = [type(ref()).__name__ for ref in refs if ref() is not None]
    assert alive == [], f"still alive after closing: {alive}"
    assert window.customer_workspaces() == []


def test_a_customer_opened_again_after_closing_is_a_fresh_view(window, scenario, run):
    made = match_of(scenario("healthy"))

    async def body():
        first = window.open_customer(made)
        await first.loaded()
        first_ref = weakref.ref(first)
        window.close_customer(window.tabs.indexOf(first))
        del first
        for _ in range(3):
            await asyncio.sleep(0.02)
        again = window.open_customer(made)
        await again.loaded()
        return first_ref, again

    first_ref, again = run(body())
    gc.collect()
    assert first_ref() is None
    assert again.tab_pages["customer"].fields["name"].text() == made.name
    assert len(window.customer_workspaces()) == 1


def test_objects_of_ours_are_found(window, scenario, run):
    """The census the leak test relies on sees the models of a tab once it is made (it cannot pass
    vacuously if models moved elsewhere)."""
    made = match_of(scenario("healthy"))

    async def body():
        workspace = window.open_customer(made)
        await workspace.loaded()
        workspace.show_tab("charges")
        return workspace

    workspace = run(body())
    names = {type(ref()).__name__ for ref in own_objects(workspace)}
    assert {"CustomerWorkspace", "ChargesTab", "RecordTableModel"} <= names
    assert all(isinstance(ref(), QObject) for ref in own_objects(workspace))


def test_customer_views_in_the_background_keep_results_not_widgets(window, scenario, stub_server, run):
    customers = [busy_customer(stub_server)] + [match_of(scenario("healthy")) for _ in range(KEEP_WHOLE)]

    async def open_every_tab(match):
        workspace = window.open_customer(match)
        await workspace.loaded()
        for key in workspace.tab_pages:
            workspace.show_tab(key)
        return workspace

    async def body():
        first = await open_every_tab(customers[0])
        calls = first.show_tab("calls")
        calls.type_boxes["sms"].setChecked(True)  # the agent's filter: only SMS
        await wait_until(lambda: calls.state == "content" and calls.data.query.types == frozenset({"sms"}))
        subscriber_rows = first.tab_pages["subscriber"].model.rows_text()
        first.show_tab("customer")
        old_models = [weakref.ref(m) for m in calls.findChildren(QAbstractItemModel) if m.parent() is calls]
        full = len(first.findChildren(QWidget))
        others = [await open_every_tab(match) for match in customers[1:]]
        await wait_until(lambda: not first.tab_pages["subscriber"].built)  # after the view was switched
        for _ in range(3):  # Qt deletes the dropped widgets on a later turn
            await asyncio.sleep(0.02)
        return first, others, subscriber_rows, old_models, full

    first, others, subscriber_rows, old_models, full = run(body())
    gc.collect()
    # the oldest view keeps the tab in view; the KEEP_WHOLE most recently shown keep all they made
    assert [key for key, page in first.tab_pages.items() if page.built] == ["customer"]
    assert all(page.built for other in others for page in other.tab_pages.values())
    assert all(page.state in ("content", "empty") for page in first.tab_pages.values())
    assert [ref() for ref in old_models] == [None] * len(old_models) and old_models
    assert len(first.findChildren(QWidget)) < full / 4

    # back to the first customer: a tab shown again presents what was kept, at once (nothing to await)
    window.tabs.setCurrentWidget(first)
    subscriber = first.show_tab("subscriber")
    assert subscriber.state == "content" and subscriber.model.rows_text() == subscriber_rows
    calls = first.show_tab("calls")
    assert calls.type_boxes["sms"].isChecked() and calls.model.rowCount() > 0
    assert {calls.model.record(i).usage_type for i in range(calls.model.rowCount())} == {"sms"}
    assert calls.stack.state == "content" and calls.view.isVisible()


def test_a_tab_with_a_reveal_on_its_way_keeps_its_widgets(window, scenario, run, admin):
    made = match_of(scenario("healthy"))

    async def body():
        workspace = window.open_customer(made)
        await workspace.loaded()
        page = workspace.show_tab("customer")
        admin.put("/admin/latency", json={"latency_ms": 300, "jitter_ms": 0}).raise_for_status()
        try:
            page.pii["id_card"].button.click()  # the reveal is audited first: it takes a while
            workspace.show_tab("orders")
            assert not page.release() and page.built  # its field is written when the reveal is done
            await wait_until(lambda: page.pii["id_card"].revealed, timeout=10)
        finally:
            admin.put("/admin/latency", json={"latency_ms": 0, "jitter_ms": 0}).raise_for_status()
        await wait_until(page.releasable)  # the reveal's task has ended
        assert page.release() and not page.built
        return workspace

    workspace = run(body())
    page = workspace.show_tab("customer")
    assert page.fields["name"].text() == made.name and not page.pii["id_card"].revealed  # masked again
