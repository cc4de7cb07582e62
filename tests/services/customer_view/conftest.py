"""Fixtures of the customer-view service tests: a signed-in desk and its CustomerView."""

from __future__ import annotations

import gc

import pytest

from agentdesk.services.customer_view import customer_view_of
from tests.services.customer_view.desk_fixture import signed_in_desk_on


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Sockets and futures of a test are collected while its own qasync loop still exists."""
    yield
    gc.collect()


@pytest.fixture
def desk(stub_server, run):
    d = run(signed_in_desk_on(stub_server.url))
    yield d
    run(d.aclose())


@pytest.fixture
def view(desk):
    return customer_view_of(desk)
