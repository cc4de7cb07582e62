"""Back-office write operations in the agent's words ("Reset broadband password", not ``resetPassword``).

The raw operation names are the ones the desk records in its audit trail and the back office in its write
log (``GET /admin/writes``); support staff still need them, so views keep them as a tooltip. An operation
not listed here is shown by its raw name rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "OperationNames"

# raw operation -> label (translated at use). Several systems share a name (syncFromCrm): the system is
# shown beside the label, so the label says what was done, not where.
OPERATION_NAMES = {
    # CRM is the truth, the other systems follow it
    "syncFromCrm": QT_TRANSLATE_NOOP("OperationNames", "Sync from CRM"),
    "revealPersonalData": QT_TRANSLATE_NOOP("OperationNames", "Show personal data in full"),
    # billing
    "payment": QT_TRANSLATE_NOOP("OperationNames", "Payment"),
    # HLR / network elements
    "setState": QT_TRANSLATE_NOOP("OperationNames", "Set the network state (bar or restore)"),
    "activateService": QT_TRANSLATE_NOOP("OperationNames", "Activate add-on product in the network"),
    "deactivateService": QT_TRANSLATE_NOOP("OperationNames", "Deactivate add-on product in the network"),
    "vpnSync": QT_TRANSLATE_NOOP("OperationNames", "Sync mobile VPN"),
    "syncVpn": QT_TRANSLATE_NOOP("OperationNames", "Sync mobile VPN"),
    # value-added services (ISMP)
    "subscribe": QT_TRANSLATE_NOOP("OperationNames", "Subscribe value-added service"),
    "unsubscribe": QT_TRANSLATE_NOOP("OperationNames", "Unsubscribe value-added service"),
    # broadband (BIMS)
    "resetPassword": QT_TRANSLATE_NOOP("OperationNames", "Reset broadband password"),
    "changePassword": QT_TRANSLATE_NOOP("OperationNames", "Change broadband password"),
    "unbindMac": QT_TRANSLATE_NOOP("OperationNames", "Unbind MAC address"),
    "clearSessions": QT_TRANSLATE_NOOP("OperationNames", "Clear online sessions"),
    "restartPort": QT_TRANSLATE_NOOP("OperationNames", "Restart port"),
    "dialTest": QT_TRANSLATE_NOOP("OperationNames", "Dial test"),
    "lineTest": QT_TRANSLATE_NOOP("OperationNames", "Line test"),
    "repairLine": QT_TRANSLATE_NOOP("OperationNames", "Repair line"),
    # tickets (10000 and 112)
    "createTroubleTicket": QT_TRANSLATE_NOOP("OperationNames", "Create ticket"),
    "addNote": QT_TRANSLATE_NOOP("OperationNames", "Add note to ticket"),
    "closeAtFrontLine": QT_TRANSLATE_NOOP("OperationNames", "Close ticket at the front line"),
    "reportFlowRun": QT_TRANSLATE_NOOP("OperationNames", "Report pretreatment run"),
    # service events, knowledge, phone
    "registerComplaint": QT_TRANSLATE_NOOP("OperationNames", "Count call against service event"),
    "publishAnnouncement": QT_TRANSLATE_NOOP("OperationNames", "Publish announcement"),
    "answer": QT_TRANSLATE_NOOP("OperationNames", "Answer call"),
    "hangup": QT_TRANSLATE_NOOP("OperationNames", "End call"),
}


def operation_display_name(operation: str) -> str:
    """The operation in the agent's language; an unknown operation keeps its raw name."""
    source = OPERATION_NAMES.get(operation)
    return QCoreApplication.translate(CONTEXT, source) if source else operation
