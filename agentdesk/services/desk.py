"""The desk's services in one container, built once after start-up inside the running event loop.

Views receive this object and call its services; they never see a connector or the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.services.health_monitor import HealthMonitor
from agentdesk.services.secrets import CredentialStore
from agentdesk.services.session import SessionService
from agentdesk.services.settings import Settings
from agentdesk.storage.database import LocalDatabase, open_database

log = logging.getLogger(__name__)


@dataclass
class Desk:
    settings: Settings
    credentials: CredentialStore
    backoffice: BackOffice
    session: SessionService
    health: HealthMonitor
    database: LocalDatabase
    audit: Any
    recent: Any
    customers: Any
    extras: dict[str, Any] = field(
        default_factory=dict
    )  # services of plugged-in features (agentdesk.features)
    panels: dict[str, Callable[[Any], Any]] = field(
        default_factory=dict
    )  # dock key -> widget factory(window)

    async def aclose(self) -> None:
        """Close network clients; the local database closes last, after every writer stopped."""
        for name, extra in list(self.extras.items()):
            close = getattr(extra, "aclose", None)
            if close is not None:
                try:
                    await close()
                except Exception:
                    log.exception("closing %s failed", name)
        self.health.close()
        await self.backoffice.aclose()
        self.database.close()


def build_desk(config: BackendConfig, settings: Settings, backend_url: str) -> Desk:
    from agentdesk.services.audit import AuditTrail
    from agentdesk.services.customer_lookup import CustomerLookup
    from agentdesk.services.recent_customers import RecentCustomers

    backoffice = BackOffice(config)
    credentials = CredentialStore()
    session = SessionService(backoffice, credentials, settings, backend_url)
    database = open_database()
    return Desk(
        settings=settings,
        credentials=credentials,
        backoffice=backoffice,
        session=session,
        health=HealthMonitor(backoffice.health),
        database=database,
        audit=AuditTrail(database),
        recent=RecentCustomers(database, agent=lambda: session.user.username if session.signed_in else None),
        customers=CustomerLookup(backoffice),
    )
