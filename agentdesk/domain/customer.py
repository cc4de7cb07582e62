"""CRM's view of a customer: who they are, their contracts and their subscribers (service numbers).

PII (ID card, address, contact phone) is held in full here; views show it through ``domain.masking``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from agentdesk.domain.masking import mask_address, mask_id_card, mask_phone

CUSTOMER_LEVELS = ("normal", "silver", "gold", "platinum", "diamond")
SUBSCRIBER_STATUSES = ("active", "suspended_arrears", "suspended_request", "terminated")


@dataclass(frozen=True)
class ContactMedium:
    medium_type: str  # mobile | phone | email
    value: str  # the phone number or e-mail address
    preferred: bool = False


@dataclass(frozen=True)
class AccountRef:
    """A contract (billing account) of the customer, as listed with the customer."""

    id: str
    contract_no: str
    payment_method: str | None = None  # prepaid | cash | bank


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    customer_type: str  # individual | organization
    status: str
    level: str  # normal | silver | gold | platinum | diamond
    credit_class: str  # A | B | C | D
    id_card: str
    address: str
    city: str
    district: str
    contacts: tuple[ContactMedium, ...] = ()
    manager_name: str | None = None
    manager_phone: str | None = None
    created_at: datetime | None = None
    accounts: tuple[AccountRef, ...] = ()

    @property
    def contact_phone(self) -> str | None:
        """The preferred phone number (else the first one)."""
        phones = [c for c in self.contacts if c.medium_type in ("mobile", "phone")]
        preferred = [c for c in phones if c.preferred]
        return (preferred or phones)[0].value if phones else None

    @property
    def email(self) -> str | None:
        return next((c.value for c in self.contacts if c.medium_type == "email"), None)

    @property
    def masked_id_card(self) -> str:
        return mask_id_card(self.id_card)

    @property
    def masked_address(self) -> str:
        return mask_address(self.address)

    @property
    def masked_contact_phone(self) -> str:
        return mask_phone(self.contact_phone)


@dataclass(frozen=True)
class Contract:
    """A billing account as CRM knows it: contract number, payment method and the numbers on it."""

    id: str
    contract_no: str
    customer_id: str
    name: str
    payment_method: str
    bill_cycle_day: int
    created_at: datetime | None = None
    numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProductRef:
    """The subscriber's current sales product, in brief."""

    id: str
    name: str
    is_bundle: bool
    monthly_fee: int  # fen


@dataclass(frozen=True)
class Subscriber:
    """One service instance (a mobile number, fixed line or broadband account) with its CRM status."""

    id: str
    customer_id: str
    account_id: str
    contract_no: str | None
    service_type: str  # mobile | fixed | broadband
    number: str
    status: str  # active | suspended_arrears | suspended_request | terminated
    status_reason: str | None
    activated_at: datetime | None
    city: str
    district: str
    access_point: str | None = None
    wireless_services: tuple[str, ...] = ()  # cdma1x | evdo | wlan, as sold
    product: ProductRef | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class CrmVpnMembership:
    """Mobile VPN group membership as sold (compare with the HLR's)."""

    subscriber_id: str
    member: bool
    group_id: str | None = None
    group_name: str | None = None
    short_number: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class MarketingHint:
    """A product the customer may take up, and why (for the agent to offer)."""

    id: str
    product_name: str
    reason: str
    score: int
