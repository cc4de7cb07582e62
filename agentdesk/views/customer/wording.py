"""The customer view's words for back-office values: statuses, systems, findings and their fixes.

Source strings are declared with ``QT_TRANSLATE_NOOP`` and translated where shown, so every state the
systems report reads in the agent's language, and each finding is one line that says what is wrong,
what it means for the customer and what fixes it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.domain.comparisons import Finding, FindingCode, Fix
from agentdesk.domain.money import format_fen
from agentdesk.views.widgets.health_indicator import system_display_name

CTX = "CustomerWording"

STATES = {
    "active": QT_TRANSLATE_NOOP("CustomerWording", "active"),
    "suspended_arrears": QT_TRANSLATE_NOOP("CustomerWording", "suspended (arrears)"),
    "suspended_request": QT_TRANSLATE_NOOP("CustomerWording", "suspended (on request)"),
    "terminated": QT_TRANSLATE_NOOP("CustomerWording", "terminated"),
    "barred_arrears": QT_TRANSLATE_NOOP("CustomerWording", "barred (arrears)"),
    "barred_request": QT_TRANSLATE_NOOP("CustomerWording", "barred (on request)"),
    "barred_other": QT_TRANSLATE_NOOP("CustomerWording", "barred (other reason)"),
    "suspended": QT_TRANSLATE_NOOP("CustomerWording", "suspended"),
    "none": QT_TRANSLATE_NOOP("CustomerWording", "no record"),
    "unknown": QT_TRANSLATE_NOOP("CustomerWording", "unknown"),
    "unsubscribed": QT_TRANSLATE_NOOP("CustomerWording", "unsubscribed"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerWording", "cancelled"),
    "inactive": QT_TRANSLATE_NOOP("CustomerWording", "not activated"),
    "missing": QT_TRANSLATE_NOOP("CustomerWording", "missing"),
    "disabled": QT_TRANSLATE_NOOP("CustomerWording", "disabled"),
    "enabled": QT_TRANSLATE_NOOP("CustomerWording", "enabled"),
    "completed": QT_TRANSLATE_NOOP("CustomerWording", "completed"),
    "inProgress": QT_TRANSLATE_NOOP("CustomerWording", "in progress"),
    "held": QT_TRANSLATE_NOOP("CustomerWording", "held"),
    "done": QT_TRANSLATE_NOOP("CustomerWording", "done"),
    "current": QT_TRANSLATE_NOOP("CustomerWording", "current"),
    "stuck": QT_TRANSLATE_NOOP("CustomerWording", "stuck"),
    "pending": QT_TRANSLATE_NOOP("CustomerWording", "pending"),
    "up": QT_TRANSLATE_NOOP("CustomerWording", "up"),
    "down": QT_TRANSLATE_NOOP("CustomerWording", "down"),
    "fault": QT_TRANSLATE_NOOP("CustomerWording", "fault"),
    "good": QT_TRANSLATE_NOOP("CustomerWording", "good"),
    "poor": QT_TRANSLATE_NOOP("CustomerWording", "poor"),
    "ok": QT_TRANSLATE_NOOP("CustomerWording", "ok"),
    "expired": QT_TRANSLATE_NOOP("CustomerWording", "expired"),
    "reset_pending": QT_TRANSLATE_NOOP("CustomerWording", "reset, not yet used"),
    "success": QT_TRANSLATE_NOOP("CustomerWording", "success"),
    "failure": QT_TRANSLATE_NOOP("CustomerWording", "failure"),
    "settled": QT_TRANSLATE_NOOP("CustomerWording", "settled"),
    "unpaid": QT_TRANSLATE_NOOP("CustomerWording", "unpaid"),
    "partiallyPaid": QT_TRANSLATE_NOOP("CustomerWording", "partly paid"),
    "paid": QT_TRANSLATE_NOOP("CustomerWording", "paid"),
    "waived": QT_TRANSLATE_NOOP("CustomerWording", "waived"),
}

SERVICE_TYPES = {
    "mobile": QT_TRANSLATE_NOOP("CustomerWording", "Mobile"),
    "fixed": QT_TRANSLATE_NOOP("CustomerWording", "Fixed line"),
    "broadband": QT_TRANSLATE_NOOP("CustomerWording", "Broadband"),
}

LEVELS = {
    "normal": QT_TRANSLATE_NOOP("CustomerWording", "normal"),
    "silver": QT_TRANSLATE_NOOP("CustomerWording", "silver"),
    "gold": QT_TRANSLATE_NOOP("CustomerWording", "gold"),
    "platinum": QT_TRANSLATE_NOOP("CustomerWording", "platinum"),
    "diamond": QT_TRANSLATE_NOOP("CustomerWording", "diamond"),
}

CITIES = {
    "guangzhou": QT_TRANSLATE_NOOP("CustomerWording", "Guangzhou"),
    "shenzhen": QT_TRANSLATE_NOOP("CustomerWording", "Shenzhen"),
    "foshan": QT_TRANSLATE_NOOP("CustomerWording", "Foshan"),
    "dongguan": QT_TRANSLATE_NOOP("CustomerWording", "Dongguan"),
    "zhuhai": QT_TRANSLATE_NOOP("CustomerWording", "Zhuhai"),
    "shantou": QT_TRANSLATE_NOOP("CustomerWording", "Shantou"),
    "huizhou": QT_TRANSLATE_NOOP("CustomerWording", "Huizhou"),
    "jiangmen": QT_TRANSLATE_NOOP("CustomerWording", "Jiangmen"),
}

WIRELESS = {
    "cdma1x": QT_TRANSLATE_NOOP("CustomerWording", "CDMA 1X"),
    "evdo": QT_TRANSLATE_NOOP("CustomerWording", "EVDO"),
    "wlan": QT_TRANSLATE_NOOP("CustomerWording", "WLAN"),
}

ITEM_TYPES = {
    "monthly_fee": QT_TRANSLATE_NOOP("CustomerWording", "monthly fee"),
    "local_call": QT_TRANSLATE_NOOP("CustomerWording", "local calls"),
    "long_distance": QT_TRANSLATE_NOOP("CustomerWording", "long distance"),
    "roaming": QT_TRANSLATE_NOOP("CustomerWording", "roaming"),
    "data": QT_TRANSLATE_NOOP("CustomerWording", "data"),
    "sms": QT_TRANSLATE_NOOP("CustomerWording", "SMS"),
    "vas": QT_TRANSLATE_NOOP("CustomerWording", "value-added services"),
    "addon": QT_TRANSLATE_NOOP("CustomerWording", "add-on products"),
    "other": QT_TRANSLATE_NOOP("CustomerWording", "other"),
}

CHARGE_TYPES = {
    "recurring": QT_TRANSLATE_NOOP("CustomerWording", "recurring"),
    "usage": QT_TRANSLATE_NOOP("CustomerWording", "usage"),
    "one_time": QT_TRANSLATE_NOOP("CustomerWording", "one-time"),
    "discount": QT_TRANSLATE_NOOP("CustomerWording", "discount"),
}

USAGE_TYPES = {
    "local": QT_TRANSLATE_NOOP("CustomerWording", "local"),
    "long_distance": QT_TRANSLATE_NOOP("CustomerWording", "long distance"),
    "roaming": QT_TRANSLATE_NOOP("CustomerWording", "roaming"),
    "data": QT_TRANSLATE_NOOP("CustomerWording", "data"),
    "sms": QT_TRANSLATE_NOOP("CustomerWording", "SMS"),
    "vas": QT_TRANSLATE_NOOP("CustomerWording", "value-added"),
}

TERMS = {  # reasons, book types, payment methods, product kinds, discount types
    "arrears": QT_TRANSLATE_NOOP("CustomerWording", "arrears"),
    "credit_limit": QT_TRANSLATE_NOOP("CustomerWording", "credit limit exceeded"),
    "payment": QT_TRANSLATE_NOOP("CustomerWording", "payment received"),
    "request": QT_TRANSLATE_NOOP("CustomerWording", "customer's request"),
    "other": QT_TRANSLATE_NOOP("CustomerWording", "other"),
    "suspend": QT_TRANSLATE_NOOP("CustomerWording", "suspension"),
    "resume": QT_TRANSLATE_NOOP("CustomerWording", "resumption"),
    "income": QT_TRANSLATE_NOOP("CustomerWording", "income"),
    "expense": QT_TRANSLATE_NOOP("CustomerWording", "expense"),
    "cash": QT_TRANSLATE_NOOP("CustomerWording", "cash"),
    "gift": QT_TRANSLATE_NOOP("CustomerWording", "gift"),
    "deposit": QT_TRANSLATE_NOOP("CustomerWording", "deposit"),
    "special": QT_TRANSLATE_NOOP("CustomerWording", "special purpose"),
    "prepaid": QT_TRANSLATE_NOOP("CustomerWording", "prepaid"),
    "bank": QT_TRANSLATE_NOOP("CustomerWording", "bank transfer"),
    "base": QT_TRANSLATE_NOOP("CustomerWording", "base product"),
    "bundle": QT_TRANSLATE_NOOP("CustomerWording", "bundle"),
    "percent": QT_TRANSLATE_NOOP("CustomerWording", "percent off"),
    "amount": QT_TRANSLATE_NOOP("CustomerWording", "amount off"),
    "free_minutes": QT_TRANSLATE_NOOP("CustomerWording", "free minutes"),
    "free_data": QT_TRANSLATE_NOOP("CustomerWording", "free data"),
}

FINDINGS = {
    FindingCode.BILLING_SUSPENDED_CRM_ACTIVE: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1: billing has it %3 although CRM says %2 — calls are cut off wrongly. Sync billing from CRM.",
    ),
    FindingCode.CRM_SUSPENDED_BILLING_ACTIVE: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1: CRM says %2 but billing has it %3 — billing should follow CRM. Sync billing from CRM.",
    ),
    FindingCode.SUSPENSION_REASON_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: CRM says %2, billing says %3 — different reasons. Sync billing from CRM."
    ),
    FindingCode.TERMINATION_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: CRM says %2, billing says %3. Sync billing from CRM."
    ),
    FindingCode.MISSING_IN_BILLING: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: billing has no record of this number."
    ),
    FindingCode.BARRED_AFTER_PAYMENT: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1: CRM and billing say %2, but the network still has it %3 — the customer paid and is still "
        "cut off. Restore the network state.",
    ),
    FindingCode.ABNORMAL_BARRING: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1: CRM says %2, but the network has it %3 — an abnormal suspension. Restore the network state.",
    ),
    FindingCode.ACTIVE_IN_NETWORK_WHILE_SUSPENDED: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1: CRM says %2, but the network still lets it work (%3). Sync the network from CRM.",
    ),
    FindingCode.BARRING_REASON_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: CRM says %2, the network %3 — different reasons. Sync the network from CRM."
    ),
    FindingCode.MISSING_IN_NETWORK: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: the network has no record although CRM says %2. Sync the network from CRM."
    ),
    FindingCode.SUSPENDED_FOR_ARREARS: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 is suspended for arrears and owes %3: a normal suspension. It resumes when the customer pays.",
    ),
    FindingCode.SUSPENDED_ON_REQUEST: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is suspended at the customer's request: a normal suspension."
    ),
    FindingCode.SUSPENDED_WITHOUT_ARREARS: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 is suspended for arrears but nothing is owed: resume it (sync the network from CRM).",
    ),
    FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 is active in CRM but %3 in the network: not usable yet. Activate it in the network.",
    ),
    FindingCode.ADDON_ACTIVE_IN_NETWORK_ONLY: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is %2 in CRM but still active in the network. Sync the network from CRM."
    ),
    FindingCode.VPN_MISSING_IN_NETWORK: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "VPN group %2 is sold in CRM but missing in the network: short numbers fail. Sync the VPN.",
    ),
    FindingCode.VPN_SHORT_NUMBER_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "VPN short number differs: CRM %2, network %3. Sync the VPN."
    ),
    FindingCode.VPN_GROUP_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "VPN group differs: CRM %2, network %3. Sync the VPN."
    ),
    FindingCode.VPN_IN_NETWORK_ONLY: QT_TRANSLATE_NOOP(
        "CustomerWording", "The network has VPN membership %3 that CRM does not. Sync the VPN."
    ),
    FindingCode.WIRELESS_MISSING_IN_AAA: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is sold in CRM but AAA has no account: logins fail. Sync AAA from CRM."
    ),
    FindingCode.WIRELESS_DISABLED_IN_AAA: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is sold in CRM but the AAA account is %3: logins fail. Sync AAA from CRM."
    ),
    FindingCode.WIRELESS_PROFILE_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: AAA has profile %3 instead of %2. Sync AAA from CRM."
    ),
    FindingCode.WIRELESS_PASSWORD_DIFFERS: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: the AAA password is not the one CRM provisioned. Sync AAA from CRM."
    ),
    FindingCode.WIRELESS_ACTIVE_IN_AAA_ONLY: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is active in AAA although CRM has not sold it. Sync AAA from CRM."
    ),
    FindingCode.DATA_DISABLED_IN_HLR: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 data is %3 in the HLR although CRM sold it: data fails. Sync the network from CRM.",
    ),
    FindingCode.VAS_ACTIVE_IN_ISMP_AFTER_UNSUBSCRIBE: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 was unsubscribed in CRM but is still active in ISMP, so it is still billed. Sync ISMP from CRM.",
    ),
    FindingCode.VAS_ACTIVE_IN_ISMP_ONLY: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%1 is active in ISMP but CRM has no record of it. Sync ISMP from CRM or unsubscribe it.",
    ),
    FindingCode.VAS_NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1 is active in CRM but %3 in ISMP: not delivered. Sync ISMP from CRM."
    ),
    FindingCode.BROADBAND_SUSPENDED_CRM_ACTIVE: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: CRM says %2 but BIMS has the account %3: logins are refused."
    ),
    FindingCode.BROADBAND_ACTIVE_CRM_SUSPENDED: QT_TRANSLATE_NOOP(
        "CustomerWording", "%1: CRM says %2 but BIMS still has the account active."
    ),
    FindingCode.RATE_SHORTFALL: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "Actual rate %3 kbit/s is far below the configured %2 kbit/s (%1): a line or port problem.",
    ),
    FindingCode.MAC_MISMATCH: QT_TRANSLATE_NOOP(
        "CustomerWording", "The modem dials with MAC %3 but %2 is bound: a new router. Unbind the MAC."
    ),
    FindingCode.SESSIONS_FULL: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "%3 of %2 online sessions are in use: new logins are refused. Clear the online sessions.",
    ),
    FindingCode.PORT_FAULT: QT_TRANSLATE_NOOP("CustomerWording", "The access port is %3. Restart the port."),
    FindingCode.LINE_POOR: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "The line quality is %3: a port restart does not help. Run a line test and dispatch a fault.",
    ),
    FindingCode.PASSWORD_NOT_OK: QT_TRANSLATE_NOOP(
        "CustomerWording", "The broadband password is %3. Reset it if logins fail."
    ),
    FindingCode.LAST_LOGIN_FAILED: QT_TRANSLATE_NOOP(
        "CustomerWording", "The last login failed with code %3: see the login records below."
    ),
    FindingCode.ORDER_STUCK: QT_TRANSLATE_NOOP(
        "CustomerWording",
        "Order %1 is held at step “%3” with %4: explain to the customer and dispatch to that unit.",
    ),
}

FIXES = {
    Fix.SYNC_BILLING_FROM_CRM: QT_TRANSLATE_NOOP("CustomerWording", "Sync billing from CRM"),
    Fix.SYNC_HLR_FROM_CRM: QT_TRANSLATE_NOOP("CustomerWording", "Sync the network from CRM"),
    Fix.SET_HLR_ACTIVE: QT_TRANSLATE_NOOP("CustomerWording", "Restore the network state"),
    Fix.ACTIVATE_ADDON_IN_HLR: QT_TRANSLATE_NOOP("CustomerWording", "Activate in the network"),
    Fix.SYNC_VPN: QT_TRANSLATE_NOOP("CustomerWording", "Sync the VPN"),
    Fix.SYNC_AAA_FROM_CRM: QT_TRANSLATE_NOOP("CustomerWording", "Sync AAA from CRM"),
    Fix.SYNC_ISMP_FROM_CRM: QT_TRANSLATE_NOOP("CustomerWording", "Sync ISMP from CRM"),
    Fix.UNSUBSCRIBE_VAS: QT_TRANSLATE_NOOP("CustomerWording", "Unsubscribe"),
    Fix.RESET_PASSWORD: QT_TRANSLATE_NOOP("CustomerWording", "Reset password"),
    Fix.CLEAR_SESSIONS: QT_TRANSLATE_NOOP("CustomerWording", "Clear online sessions"),
    Fix.UNBIND_MAC: QT_TRANSLATE_NOOP("CustomerWording", "Unbind MAC"),
    Fix.RESTART_PORT: QT_TRANSLATE_NOOP("CustomerWording", "Restart port"),
    Fix.CUSTOMER_PAYS: QT_TRANSLATE_NOOP("CustomerWording", "The customer pays the arrears"),
    Fix.DISPATCH_LINE_FAULT: QT_TRANSLATE_NOOP("CustomerWording", "Dispatch a line fault"),
    Fix.DISPATCH_ORDER: QT_TRANSLATE_NOOP("CustomerWording", "Dispatch to the owning unit"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _lookup(table: dict, value: str | None) -> str:
    if value is None or value == "":
        return ""
    source = table.get(value)
    return tr(source) if source else value


def state(value: str | None) -> str:
    return _lookup(STATES, value)


def service_type(value: str | None) -> str:
    return _lookup(SERVICE_TYPES, value)


def level(value: str | None) -> str:
    return _lookup(LEVELS, value)


def city(value: str | None) -> str:
    return _lookup(CITIES, value)


def wireless(kind: str | None) -> str:
    return _lookup(WIRELESS, kind)


def item_type(value: str | None) -> str:
    return _lookup(ITEM_TYPES, value)


def charge_type(value: str | None) -> str:
    return _lookup(CHARGE_TYPES, value)


def usage_type(value: str | None) -> str:
    return _lookup(USAGE_TYPES, value)


def term(value: str | None) -> str:
    return _lookup(TERMS, value)


def system(value: str) -> str:
    return system_display_name(value)


def money(fen: int | None) -> str:
    return "" if fen is None else format_fen(fen)


def fix(value: Fix | None) -> str:
    return _lookup(FIXES, value) if value is not None else ""


def _subject(finding: Finding) -> str:
    subject = finding.subject
    if ":" in subject and not subject.startswith("http"):
        head, _, tail = subject.partition(":")
        if tail in WIRELESS:
            return wireless(tail)
        if tail in ("down", "up"):
            return (
                QCoreApplication.translate("CustomerWording", "downstream")
                if tail == "down"
                else QCoreApplication.translate("CustomerWording", "upstream")
            )
    return subject


def explain(finding: Finding, subject: str | None = None) -> str:
    """One line: what disagrees, what it means, what fixes it (``%1`` subject, ``%2``/``%3`` the sides)."""
    template = FINDINGS.get(finding.code)
    if template is None:
        return f"{finding.code}: {finding.left.system} {finding.left.value} / {finding.right.system} {finding.right.value}"
    left, right = finding.left.value, finding.right.value
    if finding.code is FindingCode.SUSPENDED_FOR_ARREARS:
        right = money(int(right)) if right.lstrip("-").isdigit() else right
    else:
        left, right = state(left) or left, state(right) or right
    return (
        tr(template)
        .replace("%1", subject or _subject(finding))
        .replace("%2", left)
        .replace("%3", right)
        .replace("%4", finding.right.system)
    )


def chinese() -> bool:
    """The desk runs in Chinese (``i18n`` sets the default locale to the chosen language)."""
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Chinese


def meaning(english: str | None, chinese_text: str | None) -> str:
    """A back end's explanation in the desk's language, whichever it has."""
    if chinese() and chinese_text:
        return chinese_text
    return english or chinese_text or ""
