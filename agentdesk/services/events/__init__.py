"""Service events in the desk: the region's active and upcoming incidents and cutovers, whether a customer
is inside one, and calls counted against an event (issue 13)."""

from agentdesk.services.events.service import (
    CallLink,
    EventBoard,
    EventsUnavailable,
    ServiceEventsService,
)

__all__ = ["CallLink", "EventBoard", "EventsUnavailable", "ServiceEventsService"]
