"""Service events plugged into the desk: the feature (``desk.extras["events"]``, its ``.service`` is the
:class:`ServiceEventsService`), the service-events dock panel (``desk.panels["events"]``) and, through the
panel's ``attach``, the banner and tab marker on every customer view touched by an active incident or cutover.

The events system is reached beside the other systems (``connect_events``); a deployment whose
configuration gives it no place gets a panel that says so, and no banners.
"""

from __future__ import annotations

import asyncio

from agentdesk.connectors.events import connect_events
from agentdesk.services.events import ServiceEventsService
from agentdesk.services.settings import EVENTS_REFRESH_SECONDS

NAME = "events"



class EventsFeature:
    """The service and the panels built on it; closed with the desk."""

    def __init__(self, service: ServiceEventsService) -> None:
        self.service = service
        self.panels: list = []

    async def aclose(self) -> None:
        await asyncio.gather(*(p.aclose() for p in self.panels), return_exceptions=True)
        await self.service.aclose()


def plug(desk) -> None:
    session = desk.session
    existing = getattr(desk.backoffice, "events", None)
    connector = existing or connect_events(desk.backoffice)

    def agent() -> str | None:
        return session.user.username if session.signed_in else None

    def region() -> str | None:
        return session.user.region if session.signed_in else None

    service = ServiceEventsService(
        connector, audit=desk.audit, agent=agent, region=region, owns_connector=existing is None
    )
    feature = EventsFeature(service)
    desk.extras[NAME] = feature

    def panel(window):
        from agentdesk.views.events.events_panel import EventsPanel

        made = EventsPanel(service, window, refresh_s=desk.settings.get(EVENTS_REFRESH_SECONDS))
        feature.panels.append(made)
        return made

    desk.panels[NAME] = panel
