"""CRM orders (TMF622 ProductOrder): acceptance data, contacts, the flow steps passed, the stuck step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class OrderStep:
    name: str  # e.g. 受理, 外线施工, 装机 (the operator's step names)
    unit: str  # the back-office unit that owns the step
    state: str  # done | current | stuck | pending
    at: datetime | None = None
    note: str | None = None
    abnormal: bool = False


@dataclass(frozen=True)
class OrderFee:
    name: str
    amount: int  # fen
    state: str  # paid | waived


@dataclass(frozen=True)
class OrderOffer:
    """An offer taken with the order (see the product's offers for its terms)."""

    id: str
    name: str


@dataclass(frozen=True)
class Order:
    id: str
    customer_id: str
    subscriber_id: str | None
    number: str | None
    order_type: str  # new_install | change_product | move | addon
    order_type_name: str
    description: str
    state: str  # completed | inProgress | held | cancelled
    order_date: datetime | None
    completion_date: datetime | None
    accepted_at: datetime | None = None
    accepted_by: str | None = None
    channel: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    steps: tuple[OrderStep, ...] = ()
    fees: tuple[OrderFee, ...] = ()
    offers: tuple[OrderOffer, ...] = ()

    @property
    def stuck_step(self) -> OrderStep | None:
        return next((s for s in self.steps if s.abnormal or s.state == "stuck"), None)

    @property
    def open(self) -> bool:
        return self.state in ("inProgress", "held")
