"""The words agents see for ticket types, severities, statuses, flags and dispositions (translated).

Codes stay in the data; only these functions turn them into text, so every view says the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "TicketLabels"

_TYPES = {
    "consult": QT_TRANSLATE_NOOP("TicketLabels", "Consultation"),
    "complaint": QT_TRANSLATE_NOOP("TicketLabels", "Complaint"),
    "fault": QT_TRANSLATE_NOOP("TicketLabels", "Fault"),
}
_SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("TicketLabels", "Critical"),
    "major": QT_TRANSLATE_NOOP("TicketLabels", "Major"),
    "minor": QT_TRANSLATE_NOOP("TicketLabels", "Minor"),
}
_STATUSES = {
    "acknowledged": QT_TRANSLATE_NOOP("TicketLabels", "Received"),
    "inProgress": QT_TRANSLATE_NOOP("TicketLabels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("TicketLabels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("TicketLabels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("TicketLabels", "Cancelled"),
    # drafts in the local outbox
    "pending": QT_TRANSLATE_NOOP("TicketLabels", "Waiting to send"),
    "sending": QT_TRANSLATE_NOOP("TicketLabels", "Sending…"),
    "rejected": QT_TRANSLATE_NOOP("TicketLabels", "Refused by the ticket system"),
    "delivered": QT_TRANSLATE_NOOP("TicketLabels", "Sent"),
}
_DISPOSITIONS = {
    "consulted": QT_TRANSLATE_NOOP("TicketLabels", "Consulted (question answered)"),
    "resolved_front_line": QT_TRANSLATE_NOOP("TicketLabels", "Resolved at the front line"),
    "customer_action": QT_TRANSLATE_NOOP("TicketLabels", "Customer to act (e.g. pay first)"),
    "dispatched": QT_TRANSLATE_NOOP("TicketLabels", "Dispatched to the back office"),
}
_SYSTEMS = {
    "10000": QT_TRANSLATE_NOOP("TicketLabels", "10000 (consultations and complaints)"),
    "112": QT_TRANSLATE_NOOP("TicketLabels", "112 (faults)"),
}


_FLAGS = {
    "overdue": QT_TRANSLATE_NOOP("TicketLabels", "Overdue"),
    "escalated": QT_TRANSLATE_NOOP("TicketLabels", "Escalated"),
    "stuck": QT_TRANSLATE_NOOP("TicketLabels", "Stuck"),
    "pretreated": QT_TRANSLATE_NOOP("TicketLabels", "Pretreated"),
    "front_line": QT_TRANSLATE_NOOP("TicketLabels", "Closed at the front line"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def ticket_type(code: str) -> str:
    return _t(_TYPES[code]) if code in _TYPES else code


def severity(code: str) -> str:
    return _t(_SEVERITIES[code]) if code in _SEVERITIES else code


def status(code: str) -> str:
    return _t(_STATUSES[code]) if code in _STATUSES else code


def disposition(code: str) -> str:
    return _t(_DISPOSITIONS[code]) if code in _DISPOSITIONS else code


def system(code: str) -> str:
    return _t(_SYSTEMS[code]) if code in _SYSTEMS else code


def overdue() -> str:
    return _t(_FLAGS["overdue"])


def escalated() -> str:
    return _t(_FLAGS["escalated"])


def stuck() -> str:
    return _t(_FLAGS["stuck"])


def pretreated() -> str:
    return _t(_FLAGS["pretreated"])


def front_line() -> str:
    return _t(_FLAGS["front_line"])
