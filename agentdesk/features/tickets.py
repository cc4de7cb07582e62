"""The ticket desk plugged into the desk: services in ``desk.extras["tickets"]``, the dock panel "tickets".

Pretreatment and other features reach the ticket desk through ``desk.extras["tickets"]``:
``.desk.dispatch(run_id=..., ticket_type=..., category=..., summary=..., evidence=..., ...)`` hands an
unsolved case to the back office (one ticket per run, safe to repeat), and
``.wrapups.note_run(customer_id, run_id, flow_id, outcome, ticket_id)`` links a finished run to the
call's wrap-up. Both keep working while the ticket system is down (the outbox sends later).

Known service events (issue 13): the ticket desk asks the service-events feature, looked up in
``desk.extras["events"]`` at each check (so it does not matter which feature is plugged first, and no
window is needed), whether a fault ticket's number is inside an active event; see
``services.tickets.known_events``.
"""

from __future__ import annotations

import logging

from agentdesk.services.tickets.services import build_ticket_services

log = logging.getLogger(__name__)

NAME = "tickets"


def plug(desk) -> None:
    def agent() -> str | None:
        return desk.session.user.username if desk.session.signed_in else None

    services = build_ticket_services(
        desk.backoffice.tickets, desk.database, agent, audit=desk.audit, known_events=lambda: _events(desk)
    )
    desk.extras[NAME] = services

    def panel(window):
        from agentdesk.views.tickets.ticket_panel import TicketPanel

        services.start()  # the window exists: the event loop runs and somebody is signed in
        return TicketPanel(services, window)

    desk.panels[NAME] = panel


def _events(desk):
    """The service-events service when that feature is plugged in and has an events system, else None."""
    service = getattr(desk.extras.get("events"), "service", None)
    return service if service is not None and getattr(service, "available", False) else None
