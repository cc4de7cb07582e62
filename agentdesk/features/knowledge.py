"""Plugs the knowledge base into the desk: the offline copy with its search, sync, announcements,
favourites and recently viewed (``desk.extras["knowledge"]``) and the knowledge dock panel.

The panel's ``send_to_note``, ``send_to_ticket`` and ``open_flow`` signals are for the lead to wire
to the notepad, the ticket editor and the pretreatment runner.
"""

from __future__ import annotations

import asyncio

from agentdesk.services.knowledge.service import KnowledgeService
from agentdesk.services.settings import KB_SYNC_MINUTES


class KnowledgeFeature:
    """The service and the panels built on it; closed with the desk."""

    def __init__(self, service: KnowledgeService) -> None:
        self.service = service
        self.panels: list = []

    async def aclose(self) -> None:
        await asyncio.gather(*(p.aclose() for p in self.panels), return_exceptions=True)
        await self.service.aclose()


def plug(desk) -> None:
    session = desk.session

    def agent() -> str:
        return session.user.username if session.signed_in else ""

    service = KnowledgeService(
        desk.backoffice.kb, desk.database, agent, audit=desk.audit, is_team_lead=lambda: session.is_team_lead
    )
    feature = KnowledgeFeature(service)
    desk.extras["knowledge"] = feature

    def make_panel(window):
        from agentdesk.views.knowledge.knowledge_panel import KnowledgePanel

        panel = KnowledgePanel(
            service,
            window,
            sync_interval_s=60.0 * desk.settings.get(KB_SYNC_MINUTES),
            signed_in=lambda: session.signed_in,
        )
        feature.panels.append(panel)
        return panel

    desk.panels["knowledge"] = make_panel
