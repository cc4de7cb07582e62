"""The dashboard's services built from the desk's shared parts (used by the feature plug-in and by tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.connectors.events import connect_events
from agentdesk.domain.session import AgentUser
from agentdesk.services.dashboard.local_runs import LocalRunRecords
from agentdesk.services.dashboard.service import DashboardService
from agentdesk.services.dashboard.targets import TargetStore
from agentdesk.services.settings import Settings
from agentdesk.storage.database import LocalDatabase


@dataclass
class DashboardServices:
    service: DashboardService
    owned_events: Any = None  # an events connector built here, closed with the desk
    opener: Any = None  # the view's window opener, kept alive with the desk (set by the feature)

    async def aclose(self) -> None:
        if self.owned_events is not None:
            await self.owned_events.aclose()
            self.owned_events = None


def build_dashboard_services(
    backoffice: Any,
    database: LocalDatabase | None,
    user: Callable[[], AgentUser | None],
    is_team_lead: Callable[[], bool],
    *,
    settings: Settings | None = None,
    clock: Callable[[], datetime] | None = None,
) -> DashboardServices:
    events = connect_events(backoffice)
    owned = events if events is not None and getattr(backoffice, "events", None) is None else None
    service = DashboardService(
        backoffice.tickets,
        is_team_lead=is_team_lead,
        targets=TargetStore(settings),
        events=events,
        local_runs=LocalRunRecords(database, user) if database is not None else None,
        clock=clock,
    )
    return DashboardServices(service, owned)
