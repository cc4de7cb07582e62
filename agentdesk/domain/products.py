"""What the customer bought in CRM: sales products (base products and bundles) with their offers
(discounts), add-on products, and CRM's own record of value-added subscriptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Validity:
    start: datetime | None
    end: datetime | None = None

    def covers(self, when: datetime) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Offer:
    """A discount bound to a sales product; ``discount_value`` is as CRM writes it (e.g. "20" percent off)."""

    id: str
    name: str
    discount_type: str  # percent | amount | free_minutes | free_data
    discount_value: str
    attributes: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    valid_for: Validity = Validity(None)


@dataclass(frozen=True)
class SalesProduct:
    id: str
    name: str
    kind: str  # base | bundle
    status: str  # active | suspended | terminated
    subscriber_id: str
    number: str | None
    monthly_fee: int  # fen
    valid_for: Validity = Validity(None)
    offers: tuple[Offer, ...] = ()

    @property
    def is_bundle(self) -> bool:
        return self.kind == "bundle"


@dataclass(frozen=True)
class AddOn:
    """An add-on product in CRM (caller ID, call waiting, data pack...): compare with the HLR's services."""

    id: str
    code: str
    name: str
    status: str  # active | cancelled
    start_date: datetime | None
    monthly_fee: int  # fen
    attributes: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class CrmVasRecord:
    """A value-added subscription as CRM records it (ISMP keeps its own; they can disagree)."""

    id: str
    sp_code: str
    sp_name: str
    product_code: str
    product_name: str
    monthly_fee: int  # fen
    status: str  # active | unsubscribed
    ordered_at: datetime | None
    channel: str
    unsubscribed_at: datetime | None = None
