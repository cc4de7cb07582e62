"""A customer view closed in the main window leaves nothing of that customer alive: the workspace, its
twelve tabs and their models are collectable once Qt has deleted the view, however far the agent got
(every tab shown, a page of call records still on its way), and closing raises nothing in the loop."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import weakref

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject

from agentdesk.services.customer_lookup import CustomerMatch
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
