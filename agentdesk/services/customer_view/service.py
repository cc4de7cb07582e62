"""The customer view service: the scope of a view, one loader per tab, write actions and PII reveal."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.domain.customer import Customer
from agentdesk.services.audit import OK
from agentdesk.services.customer_view.actions import CustomerActions
from agentdesk.services.customer_view.billing_tabs import BillingLoaders
from agentdesk.services.customer_view.network_tabs import NetworkLoaders
from agentdesk.services.customer_view.profile import ProfileLoaders
from agentdesk.services.customer_view.scope import Fetcher, Opening, ViewScope

# personal data shown masked until the agent reveals it (an audited action)
PII_FIELDS = ("id_card", "address", "contact_phone", "email", "manager_phone")


class CustomerView:
    """Everything the customer view asks the back office, for any number of open customers."""

    def __init__(self, backoffice, audit, agent: Callable[[], str]) -> None:
        self._crm = backoffice.crm
        self._audit = audit
        self._agent = agent
        self.profile = ProfileLoaders(backoffice)
        self.billing = BillingLoaders(backoffice, self.profile)
        self.network = NetworkLoaders(backoffice)
        self.actions = CustomerActions(backoffice, audit, agent)

    async def scope(
        self, customer_id: str, number: str | None = None, fetch: Fetcher | None = None
    ) -> ViewScope:
        """The customer, their subscribers and the number to show first (``number`` if it is theirs).
        Through ``fetch`` the two CRM answers are shared with the load round (and may be asked early)."""
        fetch = fetch or Fetcher()
        customer, page = await asyncio.gather(
            self.profile.core(fetch, customer_id), self.profile.subscribers(fetch, customer_id)
        )
        subscribers = tuple(page.items)
        chosen = next((s for s in subscribers if s.number == number), None) if number else None
        if chosen is None and subscribers:
            chosen = sorted(
                subscribers, key=lambda s: (s.status == "terminated", s.service_type != "mobile", s.id)
            )[0]
        return ViewScope(customer, subscribers, chosen)

    def prefetch(self, opening: Opening, fetch: Fetcher) -> None:
        """Start CRM's answer about who the customer is; the tabs start theirs (``prefetch`` of each)."""
        self.profile.core(fetch, opening.customer_id)
        self.profile.subscribers(fetch, opening.customer_id)

    async def reveal_pii(self, customer: Customer, field: str, number: str = "") -> str:
        """The full value of one masked field, after recording in the audit trail who saw it."""
        if field not in PII_FIELDS:
            raise ValueError(f"not a personal-data field: {field}")
        value = {
            "id_card": customer.id_card,
            "address": customer.address,
            "contact_phone": customer.contact_phone,
            "email": customer.email,
            "manager_phone": customer.manager_phone,
        }[field]
        await self._audit.record(
            agent=self._agent(),
            system="crm",
            operation="revealPersonalData",
            idempotency_key=new_idempotency_key(),
            outcome=OK,
            message=f"revealed {field}",
            customer_id=customer.id,
            number=number,
            request={"field": field},
        )
        return value or ""


def customer_view_of(desk) -> CustomerView:
    """The desk's one :class:`CustomerView`, made on first use from the desk's shared parts."""
    view = desk.extras.get("customer_view")
    if view is None:
        session = desk.session
        view = CustomerView(
            desk.backoffice, desk.audit, lambda: session.user.username if session.signed_in else ""
        )
        desk.extras["customer_view"] = view
    return view
