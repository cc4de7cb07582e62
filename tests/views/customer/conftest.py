"""Customer-view GUI tests: a signed-in desk on the simulator and a helper that opens a customer."""

from __future__ import annotations

import gc

import pytest

from agentdesk.services.customer_lookup import CustomerMatch
from agentdesk.views.customer.customer_workspace import CustomerWorkspace
from tests.services.customer_view.desk_fixture import signed_in_desk_on


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Sockets and futures of a test are collected while its own qasync loop still exists."""
    yield
    gc.collect()


@pytest.fixture
def fast_desk(stub_server, run):
    d = run(signed_in_desk_on(stub_server.url))
    yield d
    run(d.aclose())


def match_of(made: dict) -> CustomerMatch:
    """The search result an agent would pick for a scenario the admin API created."""
    return CustomerMatch(made["customer_id"], made["customer_name"], made["number"], "", "")


@pytest.fixture
def open_workspace(fast_desk, qtbot):
    """``open_workspace(made)`` -> a shown CustomerWorkspace loading that customer."""
    made_workspaces: list[CustomerWorkspace] = []

    def make(made: dict, desk=None) -> CustomerWorkspace:
        workspace = CustomerWorkspace(desk or fast_desk, match_of(made))
        qtbot.addWidget(workspace)
        workspace.resize(1300, 800)
        workspace.show()
        workspace.load()
        made_workspaces.append(workspace)
        return workspace

    yield make
    for w in made_workspaces:
        w.dispose()
