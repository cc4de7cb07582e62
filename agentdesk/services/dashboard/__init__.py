"""The team-lead dashboard: service process monitoring and quality indicators (服务过程监控)."""

from agentdesk.services.dashboard.drilldown import DrillDown, Scope
from agentdesk.services.dashboard.periods import PeriodChoice, PeriodError
from agentdesk.services.dashboard.service import (
    DashboardNotAllowed,
    DashboardQuery,
    DashboardService,
    DashboardSnapshot,
    DrillResult,
)
from agentdesk.services.dashboard.targets import TargetStore

__all__ = [
    "DashboardNotAllowed",
    "DashboardQuery",
    "DashboardService",
    "DashboardSnapshot",
    "DrillDown",
    "DrillResult",
    "PeriodChoice",
    "PeriodError",
    "Scope",
    "TargetStore",
]
