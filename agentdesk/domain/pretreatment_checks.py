"""Judgements the pretreatment flows need that ``domain.comparisons`` does not make: which flow a
discrepancy calls for, which value-added subscription a customer is likely not to recognise, whether
roaming records explain a roaming charge, and how a broadband dial-test code is read. Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from agentdesk.domain.comparisons import Finding, FindingCode
from agentdesk.domain.usage import UsageRecord
from agentdesk.domain.vas import VasSubscription

C = FindingCode

#: which flow answers which discrepancy of the customer view (flow ids are fixed: scripts use them)
FLOW_FOR_FINDING: dict[FindingCode, str] = {
    C.BARRED_AFTER_PAYMENT: "barred-after-payment",
    C.ABNORMAL_BARRING: "barred-after-payment",
    C.SUSPENDED_WITHOUT_ARREARS: "barred-after-payment",
    C.SUSPENDED_FOR_ARREARS: "barred-after-payment",
    C.MISSING_IN_NETWORK: "barred-after-payment",
    C.ACTIVE_IN_NETWORK_WHILE_SUSPENDED: "barred-after-payment",
    C.BARRING_REASON_DIFFERS: "barred-after-payment",
    C.BILLING_SUSPENDED_CRM_ACTIVE: "billing-dispute",
    C.CRM_SUSPENDED_BILLING_ACTIVE: "billing-dispute",
    C.SUSPENSION_REASON_DIFFERS: "billing-dispute",
    C.TERMINATION_DIFFERS: "billing-dispute",
    C.MISSING_IN_BILLING: "billing-dispute",
    C.ADDON_NOT_ACTIVATED_IN_NETWORK: "addon-not-working",
    C.ADDON_ACTIVE_IN_NETWORK_ONLY: "addon-not-working",
    C.VPN_MISSING_IN_NETWORK: "mobile-vpn",
    C.VPN_SHORT_NUMBER_DIFFERS: "mobile-vpn",
    C.VPN_GROUP_DIFFERS: "mobile-vpn",
    C.VPN_IN_NETWORK_ONLY: "mobile-vpn",
    C.WIRELESS_MISSING_IN_AAA: "wireless-data",
    C.WIRELESS_DISABLED_IN_AAA: "wireless-data",
    C.WIRELESS_PROFILE_DIFFERS: "wireless-data",
    C.WIRELESS_PASSWORD_DIFFERS: "wireless-data",
    C.WIRELESS_ACTIVE_IN_AAA_ONLY: "wireless-data",
    C.DATA_DISABLED_IN_HLR: "wireless-data",
    C.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE: "vas-dispute",
    C.VAS_ACTIVE_IN_ISMP_ONLY: "vas-dispute",
    C.VAS_NOT_DELIVERED: "vas-dispute",
    C.BROADBAND_SUSPENDED_CRM_ACTIVE: "broadband-login",
    C.BROADBAND_ACTIVE_CRM_SUSPENDED: "broadband-login",
    C.MAC_MISMATCH: "broadband-login",
    C.SESSIONS_FULL: "broadband-login",
    C.PORT_FAULT: "broadband-login",
    C.LINE_POOR: "broadband-login",
    C.PASSWORD_NOT_OK: "broadband-login",
    C.LAST_LOGIN_FAILED: "broadband-login",
    C.RATE_SHORTFALL: "broadband-login",
    C.ORDER_STUCK: "order-not-completed",
}


def suggest_flows(findings: Iterable[Finding | FindingCode | str | None]) -> list[str]:
    """The flows that answer the customer view's discrepancies, most pressing first, each once.

    Accepts findings, their codes, or code strings (as facts carry them); unknown codes are ignored.
    Problems come before warnings; info findings (e.g. a normal suspension for arrears) still suggest
    their flow, after the others, because the customer may be calling about exactly that.
    """
    ranked: list[tuple[int, int, str]] = []
    for order, item in enumerate(findings):
        if item is None:
            continue
        if isinstance(item, Finding):
            code, weight = item.code, {"problem": 0, "warning": 1}.get(item.severity.value, 2)
        else:
            try:
                code, weight = FindingCode(str(item)), 1
            except ValueError:
                continue
        flow = FLOW_FOR_FINDING.get(code)
        if flow is not None:
            ranked.append((weight, order, flow))
    out: list[str] = []
    for _w, _o, flow in sorted(ranked):
        if flow not in out:
            out.append(flow)
    return out


# -- value-added services ------------------------------------------------------------------------------
SMS_CHANNEL = "短信"
SUSPECT_WINDOW_DAYS = 92  # ordered within about three months before the latest bill's period began
SETTLING_DAYS = 14  # subscriptions taken with the line itself (first two weeks) are the customer's own


def suspect_subscriptions(
    subscriptions: Iterable[VasSubscription],
    latest_bill_start: datetime | None,
    activated_at: datetime | None = None,
) -> list[VasSubscription]:
    """Subscriptions a customer disputing an SP charge most likely did not knowingly take.

    The operator's pattern (短信订购的"暗扣"): active in ISMP (so billed), ordered by SMS, recently, and
    not together with the line itself. Newest first. ``latest_bill_start`` anchors "recently" to the
    bills the customer is looking at rather than to today.
    """
    if latest_bill_start is None:
        return []
    since = latest_bill_start - timedelta(days=SUSPECT_WINDOW_DAYS)
    out = []
    for s in subscriptions:
        if s.ismp_state != "active" or s.channel != SMS_CHANNEL or s.ordered_at is None:
            continue
        if s.ordered_at < since:
            continue
        if activated_at is not None and s.ordered_at < activated_at + timedelta(days=SETTLING_DAYS):
            continue
        out.append(s)
    return sorted(out, key=lambda s: s.ordered_at or since, reverse=True)


def charge_names_product(description: str, subscription: VasSubscription) -> bool:
    """Billing words a VAS line ``<SP name>-<product name>``: does this line charge that subscription?"""
    return subscription.name in description and (
        not subscription.sp_name or subscription.sp_name in description
    )


# -- billing ---------------------------------------------------------------------------------------------
def roaming_explains(charge_fen: int, cdr_amounts_fen: Iterable[int], tolerance_fen: int = 1) -> bool:
    """The roaming records add up to the roaming charge (to the fen, allowing rounding)."""
    amounts = list(cdr_amounts_fen)
    return bool(amounts) and charge_fen > 0 and abs(sum(amounts) - charge_fen) <= tolerance_fen


def roaming_trip(
    charge_fen: int, records: Iterable[UsageRecord], tolerance_fen: int = 1
) -> list[UsageRecord]:
    """The roaming records that make up a roaming charge: the month's records of one place (a trip
    abroad is billed as one line, domestic roaming is mostly inside the package), else all of them
    when only their sum matches. Empty when no such set is found."""
    records = list(records)
    if roaming_explains(charge_fen, [r.amount for r in records], tolerance_fen):
        return records
    by_place: dict[str, list[UsageRecord]] = {}
    for r in records:
        by_place.setdefault(r.location, []).append(r)
    for group in by_place.values():
        if roaming_explains(charge_fen, [r.amount for r in group], tolerance_fen):
            return group
    return []


# -- broadband -------------------------------------------------------------------------------------------
DIAL_CODES = ("success", "647", "678", "734", "649", "691", "629", "718")


def dial_code(result: str, radius_code: str | None) -> str:
    """A dial test's outcome as one of ``DIAL_CODES`` (``other`` for a code the flows do not know)."""
    if result == "success":
        return "success"
    code = (radius_code or "").strip()
    return code if code in DIAL_CODES else "other"
