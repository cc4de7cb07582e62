"""Storage tests close every database they opened, so no test sees another's connection."""

from __future__ import annotations

import pytest

from agentdesk.storage import close_all


@pytest.fixture(autouse=True)
def _close_databases():
    yield
    close_all()
