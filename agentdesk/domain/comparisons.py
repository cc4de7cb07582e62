"""Cross-system comparisons: where two back-office systems disagree about one subscriber.

These contradictions cause most "I paid but I'm still cut off" and "it's active but it doesn't work"
complaints. The customer view shows them and the pretreatment engine branches on them, so they live here
as pure functions over plain values and domain objects. Every result is a :class:`Finding` with a stable
``code`` (the view words it in the agent's language) and the ``fix`` the front line can run, if any.

CRM is the truth of what was sold; the network (HLR, AAA) is the truth of whether it works.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from agentdesk.domain.broadband import BroadbandAccount, RateShortfall, rate_shortfalls
from agentdesk.domain.customer import CrmVpnMembership
from agentdesk.domain.network import VpnMembership, WirelessAccounts
from agentdesk.domain.vas import VasSubscription

ACTIVE = "active"
NONE = "none"  # the system has no record of it


class Severity(StrEnum):
    """``problem``: the customer is affected now; ``warning``: worth a look; ``info``: context."""

    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


class FindingCode(StrEnum):
    # CRM vs billing (subscriber status)
    BILLING_SUSPENDED_CRM_ACTIVE = "billing_suspended_crm_active"
    CRM_SUSPENDED_BILLING_ACTIVE = "crm_suspended_billing_active"
    SUSPENSION_REASON_DIFFERS = "suspension_reason_differs"
    TERMINATION_DIFFERS = "termination_differs"
    MISSING_IN_BILLING = "missing_in_billing"
    # CRM vs HLR (switch state)
    BARRED_AFTER_PAYMENT = "barred_after_payment"  # CRM active, HLR still barred for arrears
    ABNORMAL_BARRING = "abnormal_barring"  # CRM active, HLR barred for another reason
    ACTIVE_IN_NETWORK_WHILE_SUSPENDED = "active_in_network_while_suspended"
    BARRING_REASON_DIFFERS = "barring_reason_differs"
    MISSING_IN_NETWORK = "missing_in_network"
    # suspension verdicts (status and arrears together)
    SUSPENDED_FOR_ARREARS = "suspended_for_arrears"  # normal: the customer owes money
    SUSPENDED_ON_REQUEST = "suspended_on_request"  # normal: the customer asked for it
    SUSPENDED_WITHOUT_ARREARS = "suspended_without_arrears"  # CRM says arrears, nothing is owed
    # CRM vs HLR (add-ons, VPN)
    ADDON_NOT_ACTIVATED_IN_NETWORK = "addon_not_activated_in_network"  # "not usable yet"
    ADDON_ACTIVE_IN_NETWORK_ONLY = "addon_active_in_network_only"
    VPN_MISSING_IN_NETWORK = "vpn_missing_in_network"
    VPN_SHORT_NUMBER_DIFFERS = "vpn_short_number_differs"
    VPN_GROUP_DIFFERS = "vpn_group_differs"
    VPN_IN_NETWORK_ONLY = "vpn_in_network_only"
    # CRM vs AAA / HLR data profile (wireless data)
    WIRELESS_MISSING_IN_AAA = "wireless_missing_in_aaa"
    WIRELESS_DISABLED_IN_AAA = "wireless_disabled_in_aaa"
    WIRELESS_PROFILE_DIFFERS = "wireless_profile_differs"
    WIRELESS_PASSWORD_DIFFERS = "wireless_password_differs"
    WIRELESS_ACTIVE_IN_AAA_ONLY = "wireless_active_in_aaa_only"
    DATA_DISABLED_IN_HLR = "data_disabled_in_hlr"
    # CRM vs ISMP (value-added services)
    VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE = "vas_active_in_ismp_after_unsubscribe"  # still billed
    VAS_ACTIVE_IN_ISMP_ONLY = "vas_active_in_ismp_only"
    VAS_NOT_DELIVERED = "vas_not_delivered"  # CRM active, ISMP ended
    # broadband: CRM vs BIMS, configured vs actual
    BROADBAND_SUSPENDED_CRM_ACTIVE = "broadband_suspended_crm_active"
    BROADBAND_ACTIVE_CRM_SUSPENDED = "broadband_active_crm_suspended"
    RATE_SHORTFALL = "rate_shortfall"
    MAC_MISMATCH = "mac_mismatch"
    SESSIONS_FULL = "sessions_full"
    PORT_FAULT = "port_fault"
    LINE_POOR = "line_poor"
    PASSWORD_NOT_OK = "password_not_ok"
    LAST_LOGIN_FAILED = "last_login_failed"
    # orders
    ORDER_STUCK = "order_stuck"


class Fix(StrEnum):
    """What clears a finding; the front line can run all but the ``dispatch_*`` and ``customer_*`` ones."""

    SYNC_BILLING_FROM_CRM = "sync_billing_from_crm"
    SYNC_HLR_FROM_CRM = "sync_hlr_from_crm"
    SET_HLR_ACTIVE = "set_hlr_active"
    ACTIVATE_ADDON_IN_HLR = "activate_addon_in_hlr"
    SYNC_VPN = "sync_vpn"
    SYNC_AAA_FROM_CRM = "sync_aaa_from_crm"
    SYNC_ISMP_FROM_CRM = "sync_ismp_from_crm"
    UNSUBSCRIBE_VAS = "unsubscribe_vas"
    RESET_PASSWORD = "reset_password"
    CLEAR_SESSIONS = "clear_sessions"
    UNBIND_MAC = "unbind_mac"
    RESTART_PORT = "restart_port"
    CUSTOMER_PAYS = "customer_pays"
    DISPATCH_LINE_FAULT = "dispatch_line_fault"
    DISPATCH_ORDER = "dispatch_order"


@dataclass(frozen=True)
class Side:
    """One system's value, e.g. ``Side("hlr", "barred_arrears")``."""

    system: str
    value: str


@dataclass(frozen=True)
class Finding:
    """One contradiction (or a fact worth the agent's eye) about ``subject`` (a number, add-on code,
    wireless kind, subscription id, ...), with both sides as the systems report them."""

    code: FindingCode
    subject: str
    left: Side
    right: Side
    severity: Severity = Severity.PROBLEM
    fix: Fix | None = None

    @property
    def is_discrepancy(self) -> bool:
        """Two systems (or configured and actual) disagree: the tab header shows a marker."""
        return self.severity is not Severity.INFO


def discrepancies(findings: Iterable[Finding | None]) -> tuple[Finding, ...]:
    """The findings that call for a marker, in the order given (``None`` entries are skipped)."""
    return tuple(f for f in findings if f is not None and f.is_discrepancy)


def _finding(
    code: FindingCode,
    subject: str,
    left: tuple[str, str],
    right: tuple[str, str],
    fix: Fix | None = None,
    severity: Severity = Severity.PROBLEM,
) -> Finding:
    return Finding(code, subject, Side(*left), Side(*right), severity, fix)


C = FindingCode
WARNING, INFO = Severity.WARNING, Severity.INFO


# -- CRM vs billing ---------------------------------------------------------------------------------
def compare_crm_billing_status(number: str, crm_status: str, billing_status: str | None) -> Finding | None:
    """CRM and billing must hold the same subscriber status; billing follows CRM when they differ."""
    crm = ("crm", crm_status)
    if billing_status is None:
        return _finding(C.MISSING_IN_BILLING, number, crm, ("billing", NONE), severity=WARNING)
    if crm_status == billing_status:
        return None
    if "terminated" in (crm_status, billing_status):
        code = C.TERMINATION_DIFFERS
    elif crm_status == ACTIVE:
        code = C.BILLING_SUSPENDED_CRM_ACTIVE
    elif billing_status == ACTIVE:
        code = C.CRM_SUSPENDED_BILLING_ACTIVE
    else:
        code = C.SUSPENSION_REASON_DIFFERS
    return _finding(code, number, crm, ("billing", billing_status), Fix.SYNC_BILLING_FROM_CRM)


# -- CRM vs HLR: the switch state ----------------------------------------------------------------------
_HLR_STATE_FOR = {
    "active": "active",
    "suspended_arrears": "barred_arrears",
    "suspended_request": "barred_request",
}


def expected_hlr_state(crm_status: str) -> str | None:
    """The switch state CRM's status calls for (``None``: a terminated number is not in the network)."""
    return _HLR_STATE_FOR.get(crm_status)


def compare_crm_hlr_state(number: str, crm_status: str, hlr_state: str | None) -> Finding | None:
    """Is the number barred (or open) in the switch the way CRM says it should be?"""
    expected = expected_hlr_state(crm_status)
    crm, hlr = ("crm", crm_status), ("hlr", hlr_state or NONE)
    if hlr_state is None:
        return (
            None
            if expected is None
            else _finding(C.MISSING_IN_NETWORK, number, crm, hlr, Fix.SYNC_HLR_FROM_CRM)
        )
    if expected is None or hlr_state == expected:
        return None
    if crm_status == ACTIVE:
        code = C.BARRED_AFTER_PAYMENT if hlr_state == "barred_arrears" else C.ABNORMAL_BARRING
        return _finding(code, number, crm, hlr, Fix.SET_HLR_ACTIVE)
    code = C.ACTIVE_IN_NETWORK_WHILE_SUSPENDED if hlr_state == ACTIVE else C.BARRING_REASON_DIFFERS
    return _finding(code, number, crm, hlr, Fix.SYNC_HLR_FROM_CRM, WARNING)


def judge_suspension(number: str, crm_status: str, arrears_fen: int | None) -> Finding | None:
    """Why is the number suspended, and is that "normal"? (how an agent judges a suspension complaint)"""
    crm, owed = ("crm", crm_status), ("billing", str(arrears_fen) if arrears_fen is not None else NONE)
    if crm_status == "suspended_arrears":
        if arrears_fen is not None and arrears_fen <= 0:
            return _finding(C.SUSPENDED_WITHOUT_ARREARS, number, crm, owed, Fix.SYNC_HLR_FROM_CRM)
        return _finding(C.SUSPENDED_FOR_ARREARS, number, crm, owed, Fix.CUSTOMER_PAYS, INFO)
    if crm_status == "suspended_request":
        return _finding(C.SUSPENDED_ON_REQUEST, number, crm, owed, None, INFO)
    return None


# -- CRM vs HLR: add-ons and VPN --------------------------------------------------------------------
@dataclass(frozen=True)
class AddonComparison:
    """One add-on in CRM next to its state in the network (``active``, ``inactive`` or ``none``)."""

    code: str
    name: str
    crm_state: str  # active | cancelled | none
    network_state: str  # active | inactive | none
    finding: Finding | None

    @property
    def usable(self) -> bool:
        return self.network_state == ACTIVE


def compare_addons(
    number: str,
    crm_addons: Mapping[str, str],
    network_services: Mapping[str, bool],
    names: Mapping[str, str] | None = None,
) -> tuple[AddonComparison, ...]:
    """``crm_addons``: code -> CRM status; ``network_services``: code -> active in the HLR.

    An add-on active in CRM but not activated in the network is "not usable yet". CRM's add-ons come
    first, then what only the network has.
    """
    names = names or {}
    rows = []
    for code in sorted(set(crm_addons) | set(network_services), key=lambda c: (c not in crm_addons, c)):
        crm_state = crm_addons.get(code, NONE)
        net = network_services.get(code)
        network_state = NONE if net is None else (ACTIVE if net else "inactive")
        crm, hlr = ("crm", crm_state), ("hlr", network_state)
        finding = None
        if crm_state == ACTIVE and network_state != ACTIVE:
            finding = _finding(C.ADDON_NOT_ACTIVATED_IN_NETWORK, code, crm, hlr, Fix.ACTIVATE_ADDON_IN_HLR)
        elif crm_state != ACTIVE and network_state == ACTIVE:
            finding = _finding(C.ADDON_ACTIVE_IN_NETWORK_ONLY, code, crm, hlr, Fix.SYNC_HLR_FROM_CRM, WARNING)
        rows.append(AddonComparison(code, names.get(code, code), crm_state, network_state, finding))
    return tuple(rows)


def compare_vpn(number: str, crm: CrmVpnMembership | None, network: VpnMembership | None) -> Finding | None:
    """Group and short number must be in the network as CRM sold them (else short numbers fail)."""
    member = crm if crm is not None and crm.member and crm.status in (None, ACTIVE) else None
    left = ("crm", f"{member.group_id}/{member.short_number}" if member else NONE)
    right = ("hlr", f"{network.group_id}/{network.short_number}" if network else NONE)
    if member is None:
        return (
            None
            if network is None
            else _finding(C.VPN_IN_NETWORK_ONLY, number, left, right, Fix.SYNC_VPN, WARNING)
        )
    if network is None:
        code = C.VPN_MISSING_IN_NETWORK
    elif network.group_id != member.group_id:
        code = C.VPN_GROUP_DIFFERS
    elif network.short_number != member.short_number:
        code = C.VPN_SHORT_NUMBER_DIFFERS
    else:
        return None
    return _finding(code, number, left, right, Fix.SYNC_VPN)


# -- CRM vs AAA and the HLR data profile (wireless data) ----------------------------------------------------
@dataclass(frozen=True)
class WirelessComparison:
    """One wireless data service: CRM, AAA and (for CDMA 1X/EVDO) the HLR data profile side by side."""

    kind: str  # cdma1x | evdo | wlan
    crm_state: str  # active | suspended | none
    aaa_state: str  # active | disabled | missing
    hlr_data: str | None  # enabled | disabled | None (WLAN has no HLR profile, or the HLR is unknown)
    findings: tuple[Finding, ...]

    @property
    def works(self) -> bool:
        """The network's view: AAA active and (where it applies) data enabled in the HLR."""
        return self.aaa_state == ACTIVE and self.hlr_data in (None, "enabled")


WIRELESS_KINDS = ("cdma1x", "evdo", "wlan")
_HLR_DATA_KINDS = ("cdma1x", "evdo")


def _aaa_findings(subject: str, crm_state: str, account) -> list[Finding]:
    crm = ("crm", crm_state)
    fix = Fix.SYNC_AAA_FROM_CRM
    if account is None or account.state == "missing":
        return [_finding(C.WIRELESS_MISSING_IN_AAA, subject, crm, ("aaa", "missing"), fix)]
    if account.state != ACTIVE:
        return [_finding(C.WIRELESS_DISABLED_IN_AAA, subject, crm, ("aaa", account.state), fix)]
    out = []
    if account.expected_profile and account.profile != account.expected_profile:
        sides = ("crm", account.expected_profile), ("aaa", account.profile or NONE)
        out.append(_finding(C.WIRELESS_PROFILE_DIFFERS, subject, *sides, fix))
    if "password" in account.mismatch:
        out.append(_finding(C.WIRELESS_PASSWORD_DIFFERS, subject, crm, ("aaa", "password"), fix))
    return out


def compare_wireless(
    number: str,
    crm_wireless: Collection[str],
    crm_status: str,
    aaa: WirelessAccounts | None,
    hlr_data: Mapping[str, bool] | None = None,
    kinds: Iterable[str] = WIRELESS_KINDS,
) -> tuple[WirelessComparison, ...]:
    """Each wireless kind CRM sold (or AAA holds): is the AAA account there, enabled and right, and is
    data enabled in the HLR profile? ``aaa``/``hlr_data`` ``None``: that system is not known (not loaded)."""
    rows = []
    for kind in kinds:
        sold = kind in crm_wireless
        account = aaa.account(kind) if aaa is not None else None
        aaa_state = account.state if account is not None else "missing"
        if not sold and aaa_state != ACTIVE:
            continue
        crm_state = (ACTIVE if crm_status == ACTIVE else "suspended") if sold else NONE
        subject = f"{number}:{kind}"
        findings: list[Finding] = []
        if crm_state == ACTIVE and aaa is not None:
            findings += _aaa_findings(subject, crm_state, account)
        elif crm_state == NONE:
            sides = ("crm", NONE), ("aaa", aaa_state)
            findings.append(
                _finding(C.WIRELESS_ACTIVE_IN_AAA_ONLY, subject, *sides, Fix.SYNC_AAA_FROM_CRM, WARNING)
            )
        hlr_value = None
        if kind in _HLR_DATA_KINDS and hlr_data is not None:
            hlr_value = "enabled" if hlr_data.get(kind, False) else "disabled"
            if crm_state == ACTIVE and hlr_value == "disabled":
                sides = ("crm", crm_state), ("hlr", hlr_value)
                findings.append(_finding(C.DATA_DISABLED_IN_HLR, subject, *sides, Fix.SYNC_HLR_FROM_CRM))
        rows.append(WirelessComparison(kind, crm_state, aaa_state, hlr_value, tuple(findings)))
    return tuple(rows)


# -- CRM vs ISMP (value-added services) ---------------------------------------------------------------
def compare_vas(subscription: VasSubscription) -> Finding | None:
    """ISMP delivers (and bills) what it has active; CRM records what the customer agreed to."""
    crm, ismp = ("crm", subscription.crm_state), ("ismp", subscription.ismp_state)
    ismp_active, crm_active = subscription.ismp_state == ACTIVE, subscription.crm_state == ACTIVE
    if ismp_active and not crm_active:
        code = (
            C.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE
            if subscription.crm_state == "unsubscribed"
            else C.VAS_ACTIVE_IN_ISMP_ONLY
        )
        return _finding(code, subscription.id, crm, ismp, Fix.SYNC_ISMP_FROM_CRM)
    if crm_active and not ismp_active:
        return _finding(C.VAS_NOT_DELIVERED, subscription.id, crm, ismp, Fix.SYNC_ISMP_FROM_CRM, WARNING)
    return None


# -- broadband -------------------------------------------------------------------------------------------
def compare_rate(account: str, shortfalls: Iterable[RateShortfall]) -> tuple[Finding, ...]:
    """Configured vs actual rate: a clear shortfall is a line or port problem, not the plan."""
    return tuple(
        _finding(
            C.RATE_SHORTFALL,
            f"{account}:{s.direction}",
            ("bims", str(s.configured_kbps)),
            ("line", str(s.actual_kbps)),
        )
        for s in shortfalls
    )


def compare_broadband(crm_status: str | None, account: BroadbandAccount) -> tuple[Finding, ...]:
    """Everything the Broadband tab marks: CRM vs BIMS status, password, MAC, sessions, port, line, rate."""
    a = account.account
    out: list[Finding] = []
    crm, bims = ("crm", crm_status or NONE), ("bims", account.status)
    if crm_status == ACTIVE and account.status != ACTIVE:
        out.append(_finding(C.BROADBAND_SUSPENDED_CRM_ACTIVE, a, crm, bims))
    elif crm_status is not None and crm_status != ACTIVE and account.status == ACTIVE:
        out.append(_finding(C.BROADBAND_ACTIVE_CRM_SUSPENDED, a, crm, bims, None, WARNING))
    if account.password_state != "ok":
        sides = ("bims", "ok"), ("bims", account.password_state)
        out.append(_finding(C.PASSWORD_NOT_OK, a, *sides, Fix.RESET_PASSWORD, WARNING))
    if account.mac_mismatch:
        sides = ("bims", account.bound_mac or NONE), ("modem", account.last_dialing_mac or NONE)
        out.append(_finding(C.MAC_MISMATCH, a, *sides, Fix.UNBIND_MAC))
    if account.sessions_full:
        sides = ("bims", str(account.session_limit)), ("bims", str(account.online_session_count))
        out.append(_finding(C.SESSIONS_FULL, a, *sides, Fix.CLEAR_SESSIONS))
    if account.port_state != "up":
        out.append(_finding(C.PORT_FAULT, a, ("bims", "up"), ("port", account.port_state), Fix.RESTART_PORT))
    if account.line.state != "good":
        sides = ("bims", "good"), ("line", account.line.state)
        out.append(_finding(C.LINE_POOR, a, *sides, Fix.DISPATCH_LINE_FAULT))
    out.extend(compare_rate(a, rate_shortfalls(account.configured_rate, account.actual_rate)))
    last = account.last_access
    if last is not None and last.failed:
        sides = ("bims", "success"), ("radius", last.radius_code or "failure")
        out.append(_finding(C.LAST_LOGIN_FAILED, a, *sides, None, WARNING))
    return tuple(out)


# -- orders ------------------------------------------------------------------------------------------------
def order_stuck(order_id: str, state: str, stuck_step: str | None, unit: str | None) -> Finding | None:
    """An order held at a step waits for a back-office unit: explain and dispatch to that unit."""
    if not stuck_step or state in ("completed", "cancelled"):
        return None
    return _finding(C.ORDER_STUCK, order_id, ("crm", state), (unit or "crm", stuck_step), Fix.DISPATCH_ORDER)
