"""Toolbox widgets run on the real local database with a manual clock for reminders."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agentdesk.services.toolbox.clock import ManualClock
from agentdesk.services.toolbox.toolbox_services import ToolboxServices
from agentdesk.storage.database import LocalDatabase

SH = ZoneInfo("Asia/Shanghai")
# Monday 16 November 2026, 09:00 Beijing time: the toolbox tests' "now"
NOW = datetime(2026, 11, 16, 9, 0, tzinfo=SH)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def services(user_data_dir, aloop, clock):
    db = LocalDatabase(user_data_dir / "agentdesk.sqlite")
    toolbox = ToolboxServices.create(db, owner="demo_agent", tz="Asia/Shanghai", clock=clock)
    yield toolbox
    aloop.run_until_complete(toolbox.aclose())
    db.close()
