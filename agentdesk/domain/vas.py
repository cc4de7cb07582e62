"""Value-added services (ISMP/VSOP): SP subscriptions as ISMP and CRM each record them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class VasOffering:
    """A product of a service provider (SP) a customer can subscribe to."""

    code: str
    name: str
    sp_code: str
    sp_name: str
    monthly_fee: int  # fen
    lifecycle_status: str = "Launched"


@dataclass(frozen=True)
class VasSubscription:
    """One SP subscription; ``ismp_state`` and ``crm_state`` are ``active``, ``unsubscribed`` or ``none``."""

    id: str
    number: str
    name: str
    product_code: str
    sp_code: str
    sp_name: str
    monthly_fee: int  # fen
    ismp_state: str
    crm_state: str
    in_sync: bool
    ordered_at: datetime | None
    channel: str
    ended_at: datetime | None = None  # unsubscribed in ISMP
    crm_ended_at: datetime | None = None

    @property
    def billable(self) -> bool:
        """ISMP still delivers (and so bills) it."""
        return self.ismp_state == "active"

    @property
    def active_anywhere(self) -> bool:
        return "active" in (self.ismp_state, self.crm_state)
