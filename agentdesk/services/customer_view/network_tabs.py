"""Loaders of the tabs where CRM meets the network: Add-ons (CRM vs HLR), Value-added services (CRM vs
ISMP), Broadband (BIMS) and Network (HLR and AAA for CDMA 1X, EVDO and WLAN).

"The network is the truth for whether it works": each result carries the comparisons of
``domain.comparisons`` so the view marks what does not work although CRM says it should.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from agentdesk.domain.broadband import AccessRecord, BroadbandAccount
from agentdesk.domain.comparisons import (
    AddonComparison,
    Finding,
    WirelessComparison,
    compare_addons,
    compare_broadband,
    compare_crm_hlr_state,
    compare_vas,
    compare_vpn,
    compare_wireless,
    discrepancies,
)
from agentdesk.domain.customer import CrmVpnMembership, Subscriber
from agentdesk.domain.network import HlrSubscriber, WirelessAccessRecord, WirelessAccounts
from agentdesk.domain.products import AddOn
from agentdesk.domain.vas import VasSubscription
from agentdesk.services.customer_view.profile import Failure, _part
from agentdesk.services.customer_view.scope import Fetcher, Opening, Shared, ViewScope

IN_NETWORK = ("mobile", "fixed")  # service types the HLR holds


@dataclass(frozen=True)
class AddonsTabData:
    scope: ViewScope
    subscriber: Subscriber | None
    addons: tuple[AddOn, ...]
    hlr: HlrSubscriber | Failure | None  # None: not a number the HLR holds (broadband)
    rows: tuple[AddonComparison, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies(r.finding for r in self.rows)

    def addon(self, code: str) -> AddOn | None:
        return next((a for a in self.addons if a.code == code), None)


@dataclass(frozen=True)
class VasRow:
    subscription: VasSubscription
    finding: Finding | None


@dataclass(frozen=True)
class VasTabData:
    scope: ViewScope
    subscriber: Subscriber | None
    rows: tuple[VasRow, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies(r.finding for r in self.rows)


@dataclass(frozen=True)
class BroadbandTabData:
    scope: ViewScope
    subscriber: Subscriber | None  # None: the customer has no broadband
    account: BroadbandAccount | None
    access_log: tuple[AccessRecord, ...] | Failure
    checks: tuple[Finding, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies(self.checks)


@dataclass(frozen=True)
class NetworkTabData:
    scope: ViewScope
    subscriber: Subscriber | None  # None: the customer has no mobile or fixed number
    hlr: HlrSubscriber | None
    state: Finding | None  # CRM status vs HLR state
    crm_vpn: CrmVpnMembership | Failure | None
    vpn: Finding | None
    aaa: WirelessAccounts | Failure | None
    wireless: tuple[WirelessComparison, ...]
    access_log: tuple[WirelessAccessRecord, ...] | Failure

    @property
    def findings(self) -> tuple[Finding, ...]:
        return discrepancies([self.state, self.vpn, *(f for w in self.wireless for f in w.findings)])


class NetworkLoaders:
    def __init__(self, backoffice) -> None:
        self._crm = backoffice.crm
        self._hlr = backoffice.hlr
        self._aaa = backoffice.aaa
        self._ismp = backoffice.ismp
        self._bims = backoffice.bims

    # -- the shared questions, all by number (known before the scope): calling one starts it ---------------
    def hlr_subscriber(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("hlr", "subscriber", number), lambda: self._hlr.subscriber(number))

    def crm_addons(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("crm", "addons", number), lambda: self._crm.addons_by_number(number))

    def crm_vpn(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("crm", "vpn", number), lambda: self._crm.vpn_by_number(number))

    def aaa_accounts(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("aaa", "accounts", number), lambda: self._aaa.accounts(number))

    def aaa_access_log(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("aaa", "access_log", number), lambda: self._aaa.access_log(number, limit=50))

    def ismp_subscriptions(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("ismp", "subscriptions", number), lambda: self._ismp.subscriptions(number))

    def bims_account(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("bims", "account", number), lambda: self._bims.account(number))

    def bims_access_log(self, fetch: Fetcher, number: str) -> Shared:
        return fetch.get(("bims", "access_log", number), lambda: self._bims.access_log(number, limit=50))

    # -- what each tab asks before the scope is known ----------------------------------------------------
    def prefetch_addons(self, opening: Opening, fetch: Fetcher) -> None:
        if opening.number:
            self.crm_addons(fetch, opening.number)
        if number := opening.number_of(*IN_NETWORK):
            self.hlr_subscriber(fetch, number)

    def prefetch_vas(self, opening: Opening, fetch: Fetcher) -> None:
        if number := opening.number_of(*IN_NETWORK):
            self.ismp_subscriptions(fetch, number)

    def prefetch_broadband(self, opening: Opening, fetch: Fetcher) -> None:
        if number := opening.number_of("broadband"):
            self.bims_account(fetch, number)
            self.bims_access_log(fetch, number)

    def prefetch_network(self, opening: Opening, fetch: Fetcher) -> None:
        if number := opening.number_of(*IN_NETWORK):
            self.hlr_subscriber(fetch, number)
        if number := opening.number_of("mobile"):
            self.crm_vpn(fetch, number)
            self.aaa_accounts(fetch, number)
            self.aaa_access_log(fetch, number)

    # -- the tabs -------------------------------------------------------------------------------------------
    async def addons(self, scope: ViewScope, fetch: Fetcher) -> AddonsTabData:
        sub = scope.subscriber
        if sub is None:
            return AddonsTabData(scope, None, (), None, ())
        in_network = sub.service_type in IN_NETWORK
        page, hlr = await asyncio.gather(
            self.crm_addons(fetch, sub.number),
            _part(self.hlr_subscriber(fetch, sub.number)) if in_network else _nothing(),
        )
        addons = tuple(page.items)
        crm = {a.code: a.status for a in addons}
        names = {a.code: a.name for a in addons}
        if isinstance(hlr, HlrSubscriber):
            network = {s.code: s.active for s in hlr.services}
            names.update({s.code: s.name for s in hlr.services if s.code not in names})
            rows = compare_addons(sub.number, crm, network, names)
        else:  # no HLR answer: show CRM's side, judge nothing
            rows = tuple(AddonComparison(a.code, a.name, a.status, "unknown", None) for a in addons)
        return AddonsTabData(scope, sub, addons, hlr, rows)

    async def vas(self, scope: ViewScope, fetch: Fetcher) -> VasTabData:
        sub = scope.pick(*IN_NETWORK)
        if sub is None:
            return VasTabData(scope, None, ())
        page = await self.ismp_subscriptions(fetch, sub.number)
        return VasTabData(scope, sub, tuple(VasRow(s, compare_vas(s)) for s in page.items))

    async def broadband(self, scope: ViewScope, fetch: Fetcher) -> BroadbandTabData:
        sub = scope.pick("broadband")
        if sub is None:
            return BroadbandTabData(scope, None, None, (), ())
        account, log = await asyncio.gather(
            self.bims_account(fetch, sub.number), _part(self.bims_access_log(fetch, sub.number))
        )
        records = log if isinstance(log, Exception) else tuple(log.items)
        return BroadbandTabData(scope, sub, account, records, compare_broadband(sub.status, account))

    async def network(self, scope: ViewScope, fetch: Fetcher) -> NetworkTabData:
        sub = scope.pick(*IN_NETWORK)
        if sub is None:
            return NetworkTabData(scope, None, None, None, None, None, None, (), ())
        mobile = sub.service_type == "mobile"
        number = sub.number
        hlr, crm_vpn, aaa, log = await asyncio.gather(
            self.hlr_subscriber(fetch, number),
            _part(self.crm_vpn(fetch, number)) if mobile else _nothing(),
            _part(self.aaa_accounts(fetch, number)) if mobile else _nothing(),
            _part(self.aaa_access_log(fetch, number)) if mobile else _nothing(),
        )
        state = compare_crm_hlr_state(sub.number, sub.status, hlr.state)
        vpn = compare_vpn(sub.number, crm_vpn, hlr.vpn) if isinstance(crm_vpn, CrmVpnMembership) else None
        known_aaa = aaa if isinstance(aaa, WirelessAccounts) else None
        hlr_data = {e.kind: e.enabled for e in hlr.data_profile}
        wireless = (
            compare_wireless(sub.number, sub.wireless_services, sub.status, known_aaa, hlr_data)
            if mobile
            else ()
        )
        records = () if log is None else (log if isinstance(log, Exception) else tuple(log.items))
        return NetworkTabData(scope, sub, hlr, state, crm_vpn, vpn, aaa, wireless, records)


async def _nothing():
    return None
