"""All connectors of the desk in one object: shared sign-in token, health registry and 401 listeners.

The desk builds one :class:`BackOffice` at start-up (inside the running event loop), hands it to the
services, and awaits :meth:`BackOffice.aclose` on shutdown.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from agentdesk.connectors.aaa import AaaConnector
from agentdesk.connectors.auth import AuthConnector
from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.billing import BillingConnector
from agentdesk.connectors.bims import BimsConnector
from agentdesk.connectors.config import SYSTEMS, BackendConfig, ConfigError
from agentdesk.connectors.crm import CrmConnector
from agentdesk.connectors.cti import CtiConnector
from agentdesk.connectors.errors import Unauthorised
from agentdesk.connectors.events import EventsConnector, events_endpoint
from agentdesk.connectors.health import HealthRegistry
from agentdesk.connectors.hlr import HlrConnector
from agentdesk.connectors.ismp import IsmpConnector
from agentdesk.connectors.kb import KnowledgeConnector
from agentdesk.connectors.tickets import TicketsConnector
from agentdesk.connectors.usage import UsageConnector
from agentdesk.domain.session import Session

log = logging.getLogger("agentdesk.connectors")


class BackOffice:
    """One :class:`SystemClient` per system and the typed connectors over them."""

    def __init__(self, config: BackendConfig, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.health = HealthRegistry()
        self._session: Session | None = None
        self._unauthorised_listeners: list[Callable[[Unauthorised], None]] = []
        self.clients: dict[str, SystemClient] = {
            name: SystemClient(
                config.endpoint(name),
                token_provider=self._token,
                health=self.health,
                on_unauthorised=self._unauthorised,
                clock=clock,
            )
            for name in SYSTEMS
            if name in config.endpoints
        }
        if "events" not in self.clients:  # older configurations: the events system sits beside tickets
            try:
                self.clients["events"] = SystemClient(
                    events_endpoint(config),
                    token_provider=self._token,
                    health=self.health,
                    on_unauthorised=self._unauthorised,
                    clock=clock,
                )
            except ConfigError:
                log.warning("no endpoint for the service-events system; the desk runs without it")
        self.auth = AuthConnector(self.clients["auth"])
        self.crm = CrmConnector(self.clients["crm"])
        self.billing = BillingConnector(self.clients["billing"])
        self.usage = UsageConnector(self.clients["usage"])
        self.hlr = HlrConnector(self.clients["hlr"])
        self.bims = BimsConnector(self.clients["bims"])
        self.aaa = AaaConnector(self.clients["aaa"])
        self.ismp = IsmpConnector(self.clients["ismp"])
        self.tickets = TicketsConnector(self.clients["tickets"])
        self.kb = KnowledgeConnector(self.clients["kb"])
        self.cti = CtiConnector(self.clients["cti"])
        self.events = EventsConnector(self.clients["events"]) if "events" in self.clients else None

    # -- the session -------------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    def set_session(self, session: Session | None) -> None:
        """Use this sign-in for every later call (e.g. one restored from the credential store)."""
        self._session = session

    def _token(self) -> str | None:
        return self._session.token if self._session else None

    async def login(self, username: str, password: str) -> Session:
        session = await self.auth.login(username, password)
        self._session = session
        return session

    async def logout(self) -> None:
        if self._session is not None:
            try:
                await self.auth.logout()
            finally:
                self._session = None

    def on_unauthorised(self, listener: Callable[[Unauthorised], None]) -> Callable[[], None]:
        """``listener(error)`` runs whenever any system answers 401 (the desk shows the login again)."""
        self._unauthorised_listeners.append(listener)
        return lambda: (
            self._unauthorised_listeners.remove(listener)
            if listener in self._unauthorised_listeners
            else None
        )

    def _unauthorised(self, error: Unauthorised) -> None:
        if error.system == "auth" and self._session is None:
            return  # a wrong password at sign-in is not a lost session
        for listener in list(self._unauthorised_listeners):
            try:
                listener(error)
            except Exception:
                log.exception("unauthorised listener failed")

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()
