"""A signed-in desk over the session's simulator with the service-events feature plugged in."""

from __future__ import annotations

import pytest

from tests.services.customer_view.desk_fixture import signed_in_desk_on
from tests.services.events.support import events_admin  # noqa: F401 (fixture)


@pytest.fixture
def desk(stub_server, run):
    d = run(signed_in_desk_on(stub_server.url))
    yield d
    run(d.aclose())


@pytest.fixture
def events(desk):
    from agentdesk.features.events import plug

    plug(desk)
    return desk.extras["events"].service
