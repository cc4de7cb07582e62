"""Ticket desk services over the session's simulator, for the service and view tests of the ticket desk."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.services.audit import AuditTrail
from agentdesk.services.tickets.services import TicketServices, build_ticket_services
from agentdesk.storage.database import open_database


class ServicesFactory:
    """``make(user="demo_agent", **endpoint_options)`` -> signed-in TicketServices; ``close()`` after."""

    def __init__(self, url: str, run: Callable) -> None:
        self.url = url
        self.run = run
        self.made: list[tuple[BackOffice, TicketServices]] = []

    def __call__(
        self, user: str = "demo_agent", *, retry_delays=(0.05, 0.1, 0.2), directory=None, **options
    ) -> TicketServices:
        # fast retries, and a circuit that half-opens at once, so tests never wait for a cool-down
        opts = {"retry_backoff_s": 0.01, "circuit_cooldown_s": 0.0, **options}
        office = BackOffice(BackendConfig.from_base_url(self.url, **opts))
        self.run(office.login(user, "demo"))
        db = open_database(directory)
        services = build_ticket_services(
            office.tickets, db, lambda: user, audit=AuditTrail(db), retry_delays=retry_delays
        )
        services.office = office  # type: ignore[attr-defined]  (tests reach the connector for checks)
        self.made.append((office, services))
        return services

    def close(self) -> None:
        for office, services in self.made:
            self.run(services.aclose())
            self.run(office.aclose())


def creates_for_key(admin: httpx.Client, key: str) -> list[dict]:
    """The simulator's write log of ticket creations sent with ``key`` (a replay adds no entry)."""
    writes = admin.get("/admin/writes", params={"system": "tickets"}).json()["writes"]
    return [w for w in writes if w["operation"] == "createTroubleTicket" and w["idempotency_key"] == key]


def tickets_of(api: httpx.Client, customer_id: str) -> list[dict]:
    r = api.get("/tickets/troubleTicket", params={"customerId": customer_id, "limit": 1000})
    r.raise_for_status()
    return r.json()
