"""What the agent reads before and after a back-office write: the confirmation names the customer, the
number and the effect; the outcome says what the back end did (and what to tell the customer)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.domain.broadband import BroadbandOperation, DialTest, LineTest
from agentdesk.domain.common import Activation
from agentdesk.views.customer import wording

CTX = "WriteWording"

# kind -> (button/title, effect sentence)
ACTIONS = {
    "sync_billing_from_crm": (
        QT_TRANSLATE_NOOP("WriteWording", "Sync billing from CRM"),
        QT_TRANSLATE_NOOP(
            "WriteWording", "Billing takes CRM's status for this number (CRM is the truth of what was sold)."
        ),
    ),
    "sync_hlr_from_crm": (
        QT_TRANSLATE_NOOP("WriteWording", "Sync the network from CRM"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "The HLR takes CRM's state, add-on products, VPN membership and data profile for this number.",
        ),
    ),
    "set_hlr_active": (
        QT_TRANSLATE_NOOP("WriteWording", "Restore the network state"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "The HLR un-bars this number: calls and data work again (restore service first, find the cause after).",
        ),
    ),
    "activate_addon": (
        QT_TRANSLATE_NOOP("WriteWording", "Activate in the network"),
        QT_TRANSLATE_NOOP("WriteWording", "The HLR activates the add-on product %1, as sold in CRM."),
    ),
    "sync_vpn": (
        QT_TRANSLATE_NOOP("WriteWording", "Sync the VPN"),
        QT_TRANSLATE_NOOP("WriteWording", "The network takes the VPN group and short number from CRM."),
    ),
    "sync_aaa_from_crm": (
        QT_TRANSLATE_NOOP("WriteWording", "Sync AAA from CRM"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "AAA/RADIUS takes CRM's wireless data services (%1): accounts are created, enabled or corrected.",
        ),
    ),
    "unsubscribe_vas": (
        QT_TRANSLATE_NOOP("WriteWording", "Unsubscribe"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "The value-added service %1 ends in ISMP and CRM; it is not charged from the next month.",
        ),
    ),
    "sync_ismp_from_crm": (
        QT_TRANSLATE_NOOP("WriteWording", "Sync ISMP from CRM"),
        QT_TRANSLATE_NOOP(
            "WriteWording", "ISMP takes CRM's value-added subscriptions: what CRM ended stops being billed."
        ),
    ),
    "reset_password": (
        QT_TRANSLATE_NOOP("WriteWording", "Reset password"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "BIMS sets a new broadband password; the customer must enter it in the modem. The old one stops working.",
        ),
    ),
    "change_password": (
        QT_TRANSLATE_NOOP("WriteWording", "Change password"),
        QT_TRANSLATE_NOOP(
            "WriteWording", "BIMS sets the password the customer chose; the old one stops working."
        ),
    ),
    "unbind_mac": (
        QT_TRANSLATE_NOOP("WriteWording", "Unbind MAC"),
        QT_TRANSLATE_NOOP(
            "WriteWording", "BIMS forgets the bound router; the next router that dials in is bound."
        ),
    ),
    "clear_sessions": (
        QT_TRANSLATE_NOOP("WriteWording", "Clear online sessions"),
        QT_TRANSLATE_NOOP(
            "WriteWording",
            "Every online session of the account is ended; devices online now are disconnected.",
        ),
    ),
    "restart_port": (
        QT_TRANSLATE_NOOP("WriteWording", "Restart port"),
        QT_TRANSLATE_NOOP("WriteWording", "The access port restarts; the line drops for about a minute."),
    ),
    "dial_test": (
        QT_TRANSLATE_NOOP("WriteWording", "Dial test"),
        QT_TRANSLATE_NOOP(
            "WriteWording", "A test login from the network side, as the customer's modem would dial."
        ),
    ),
    "line_test": (
        QT_TRANSLATE_NOOP("WriteWording", "Line test"),
        QT_TRANSLATE_NOOP("WriteWording", "Measures the line's attenuation and signal-to-noise ratio."),
    ),
}

# tests change nothing a customer notices: they run at once, keyed and audited like any write
NO_CONFIRMATION = frozenset({"dial_test", "line_test"})


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def title(kind: str) -> str:
    entry = ACTIONS.get(kind)
    return tr(entry[0]) if entry else kind


def _subject(action) -> str:
    if action.kind == "sync_aaa_from_crm":
        return (
            wording.wireless(action.subject)
            if action.subject
            else QCoreApplication.translate("WriteWording", "all")
        )
    return action.subject


def confirmation(action) -> tuple[str, str, str]:
    """Title, the question (naming the customer, the number and the effect) and a detail line."""
    effect = tr(ACTIONS[action.kind][1]).replace("%1", _subject(action)) if action.kind in ACTIONS else ""
    question = (
        QCoreApplication.translate("WriteWording", "%1 for <b>%2</b>, %3?")
        .replace("%1", escape(title(action.kind)))
        .replace("%2", escape(action.customer_name))
        .replace("%3", escape(action.number))
    )
    detail = QCoreApplication.translate(
        "WriteWording",
        "Effect: %1 The back office is changed at once; the action is recorded in the audit trail.",
    ).replace("%1", effect)
    return title(action.kind), f"{question}<br><br>{escape(detail)}", ""


def failure_note() -> str:
    return QCoreApplication.translate(
        "WriteWording", "Retrying sends the same request with the same key: the back office acts only once."
    )


def outcome(action, result) -> str:
    """A sentence for the outcome line of the view."""
    name = title(action.kind)
    if isinstance(result, DialTest):
        if result.succeeded:
            return (
                QCoreApplication.translate("WriteWording", "Dial test of %1 succeeded in %2 ms.")
                .replace("%1", action.number)
                .replace("%2", str(result.duration_ms))
            )
        meaning = wording.meaning(result.reason or result.message, result.meaning_zh)
        return (
            QCoreApplication.translate("WriteWording", "Dial test of %1 failed in %2 ms: code %3, %4.")
            .replace("%1", action.number)
            .replace("%2", str(result.duration_ms))
            .replace("%3", result.radius_code or "?")
            .replace("%4", meaning or "")
        )
    if isinstance(result, LineTest):
        return (
            QCoreApplication.translate("WriteWording", "Line test of %1: %2 (attenuation %3 dB, SNR %4 dB).")
            .replace("%1", action.number)
            .replace("%2", wording.state(result.verdict))
            .replace("%3", f"{result.attenuation_db:g}")
            .replace("%4", f"{result.snr_db:g}")
        )
    if isinstance(result, BroadbandOperation) and result.new_password:
        return (
            QCoreApplication.translate(
                "WriteWording", "%1 done for %2. Read the new password to the customer: %3"
            )
            .replace("%1", name)
            .replace("%2", action.number)
            .replace("%3", result.new_password)
        )
    replayed = (
        QCoreApplication.translate(
            "WriteWording", " (the back office had already done it; nothing was done twice)"
        )
        if getattr(result, "replayed", False)
        else ""
    )
    if isinstance(result, Activation) and not result.changed:
        return (
            QCoreApplication.translate("WriteWording", "%1 for %2: nothing needed changing.")
            .replace("%1", name)
            .replace("%2", action.number)
            + replayed
        )
    return (
        QCoreApplication.translate("WriteWording", "%1 done for %2.")
        .replace("%1", name)
        .replace("%2", action.number)
        + replayed
    )
