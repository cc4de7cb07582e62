"""The unified customer view's use-cases: one loader per tab, the write actions, the audited PII reveal.

Views get the service with :func:`customer_view_of` and never see a connector.
"""

from __future__ import annotations

from agentdesk.services.customer_view.actions import CustomerActions, WriteAction
from agentdesk.services.customer_view.billing_tabs import (
    BY_CONTRACT,
    BY_NUMBER,
    ChargeFilter,
    Period,
    UsageQuery,
)
from agentdesk.services.customer_view.scope import Fetcher, Opening, ViewScope
from agentdesk.services.customer_view.service import PII_FIELDS, CustomerView, customer_view_of

__all__ = [
    "BY_CONTRACT",
    "BY_NUMBER",
    "PII_FIELDS",
    "ChargeFilter",
    "CustomerActions",
    "CustomerView",
    "Fetcher",
    "Opening",
    "Period",
    "UsageQuery",
    "ViewScope",
    "WriteAction",
    "customer_view_of",
]
