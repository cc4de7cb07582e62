"""The network's view of a subscriber: the HLR (switch state, add-on services, VPN, CDMA data profile)
and AAA/RADIUS (wireless data accounts). "The network is the truth for whether it works"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

HLR_STATES = ("active", "barred_arrears", "barred_request", "barred_other")
WIRELESS_KINDS = ("cdma1x", "evdo", "wlan")


@dataclass(frozen=True)
class NetworkService:
    """An add-on service as activated in the HLR (code shared with CRM's add-on products)."""

    code: str
    name: str
    active: bool
    updated_at: datetime | None = None


@dataclass(frozen=True)
class VpnMembership:
    group_id: str
    short_number: str
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DataProfileEntry:
    """One wireless data service in the HLR data profile (CDMA 1X or EVDO)."""

    kind: str
    enabled: bool
    apn: str | None = None
    max_rate_kbps: int | None = None


@dataclass(frozen=True)
class HlrSubscriber:
    number: str
    subscriber_id: str
    imsi: str | None
    service_type: str | None
    state: str  # active | barred_arrears | barred_request | barred_other
    state_reason: str | None
    updated_at: datetime | None
    services: tuple[NetworkService, ...] = ()
    vpn: VpnMembership | None = None
    data_profile: tuple[DataProfileEntry, ...] = ()

    @property
    def barred(self) -> bool:
        return self.state != "active"

    def service(self, code: str) -> NetworkService | None:
        return next((s for s in self.services if s.code == code), None)

    def data_enabled(self, kind: str) -> bool:
        entry = next((e for e in self.data_profile if e.kind == kind), None)
        return bool(entry and entry.enabled)


@dataclass(frozen=True)
class WirelessLastAccess:
    at: datetime
    result: str  # success | failure
    error_code: str | None = None


@dataclass(frozen=True)
class WirelessAccount:
    """One wireless data account in AAA, next to what CRM says about that service."""

    kind: str  # cdma1x | evdo | wlan
    name: str
    username: str | None
    state: str  # active | disabled | missing
    profile: str | None
    expected_profile: str | None
    crm_state: str  # active | suspended | terminated | none
    in_sync: bool
    mismatch: tuple[str, ...] = ()  # what AAA has wrong: missing, state, password, profile
    updated_at: datetime | None = None
    last_access: WirelessLastAccess | None = None


@dataclass(frozen=True)
class WirelessAccounts:
    """All wireless data accounts of a number, compared with CRM."""

    number: str
    subscriber_id: str
    service_type: str
    crm_status: str
    crm_wireless: tuple[str, ...]
    in_sync: bool
    accounts: tuple[WirelessAccount, ...] = ()

    def account(self, kind: str) -> WirelessAccount | None:
        return next((a for a in self.accounts if a.kind == kind), None)


@dataclass(frozen=True)
class WirelessAccessRecord:
    id: str
    number: str
    kind: str
    at: datetime
    result: str
    error_code: str | None
    message: str
    meaning: str | None = None
    meaning_zh: str | None = None
    hint: str | None = None


@dataclass(frozen=True)
class ErrorCodeInfo:
    """An access-failure code explained in words (AAA error codes, RADIUS codes of broadband)."""

    code: str
    meaning: str
    meaning_zh: str
    fix: str = ""
    reason: str = ""
