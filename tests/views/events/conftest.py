"""The real workbench window over the session's simulator with the service-events feature plugged in,
as the app plugs it; events opened for a test are ended after it (see tests/services/events/support.py)."""

from __future__ import annotations

import gc

import pytest

from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.services.events.support import events_admin  # noqa: F401 (fixture)


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Sockets and futures of a test are collected while its own qasync loop still exists."""
    yield
    gc.collect()


@pytest.fixture
def desk(stub_server, run):
    from agentdesk.features import events as events_feature

    d = run(signed_in_desk_on(stub_server.url))
    events_feature.plug(d)
    yield d
    run(d.aclose())


@pytest.fixture
def window(desk, qtbot):
    """The main window, shown; its customers are closed and the window with them after the test."""
    from agentdesk.views.main_window import MainWindow

    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    yield w
    w.close()


def panel_of(window):
    from agentdesk.views.events.events_panel import EventsPanel

    panel = window.docks["events"].widget()
    assert isinstance(panel, EventsPanel)
    return panel
