"""A fresh local database (all registered migrations) for each toolbox service test."""

from __future__ import annotations

import pytest

from agentdesk.storage.database import LocalDatabase


@pytest.fixture
def local_db(user_data_dir):
    db = LocalDatabase(user_data_dir / "agentdesk.sqlite")
    yield db
    db.close()
