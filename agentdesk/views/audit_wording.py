"""What became of a back-office write, in the agent's words: confirmed, failed or waiting, and why.

The audit trail keeps the words the desk had at the time (the back end's own message of a failure, a
short English summary of a success). The panel shows a translated reason where those words have a known
shape (the connector layer writes its time-outs, unreachable systems and unreadable answers the same way
every time) and the recorded words otherwise; the recorded words stay in the tooltip for support.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.views.customer import wording

CONTEXT = "AuditWording"

RESULTS = {
    "ok": QT_TRANSLATE_NOOP("AuditWording", "confirmed"),
    "failed": QT_TRANSLATE_NOOP("AuditWording", "failed"),
    "waiting": QT_TRANSLATE_NOOP("AuditWording", "waiting to send"),
}

# Failure messages the connectors write (agentdesk/connectors/base.py) and the back ends' usual words,
# first match wins: the more particular shapes come first.
_FAILURES = (
    (
        re.compile(r"paused after repeated failures", re.I),
        QT_TRANSLATE_NOOP("AuditWording", "the desk paused calls to this system after repeated failures"),
    ),
    (
        re.compile(r"did not answer within|timed out|could not connect to .+ within|went silent", re.I),
        QT_TRANSLATE_NOOP("AuditWording", "the system did not answer in time"),
    ),
    (
        re.compile(
            r"cannot connect to|the connection to .+ failed|is busy|shutting down|\bis down\b|unavailable"
            r"|broke off|failed \(5\d\d\)",
            re.I,
        ),
        QT_TRANSLATE_NOOP("AuditWording", "the system could not be reached"),
    ),
    (
        re.compile(r"sign-in required or expired", re.I),
        QT_TRANSLATE_NOOP("AuditWording", "the sign-in had expired"),
    ),
    (
        re.compile(r"not allowed for this sign-in", re.I),
        QT_TRANSLATE_NOOP("AuditWording", "not allowed for this sign-in"),
    ),
    (
        re.compile(
            r"not valid JSON|cannot be decoded|redirected too often|unexpected (answer|redirect)|nested too deeply",
            re.I,
        ),
        QT_TRANSLATE_NOOP("AuditWording", "the system's answer could not be read"),
    ),
)

_TICKET = re.compile(r"^(?P<id>\S+) \((?P<system>10000|112)\)$")
# the summaries services.customer_view.actions.outcome_summary writes of a change, a dial and a line test
_CHANGE = re.compile(r"^(?P<field>[\w.]+): (?P<before>.*?) -> (?P<after>.*)$")
_DIAL = re.compile(r"^dial test (?P<result>\w+)(?: (?P<code>\S+))? in (?P<ms>\d+) ms$")
_LINE = re.compile(r"^line test (?P<verdict>\w+): (?P<att>[-\d.]+) dB, SNR (?P<snr>[-\d.]+) dB$")
_HIDDEN = "(hidden)"
_FIELDS = {
    "status": QT_TRANSLATE_NOOP("AuditWording", "status"),
    "state": QT_TRANSLATE_NOOP("AuditWording", "network state"),
    "password": QT_TRANSLATE_NOOP("AuditWording", "password"),
    "boundMac": QT_TRANSLATE_NOOP("AuditWording", "bound MAC"),
    "onlineSessionCount": QT_TRANSLATE_NOOP("AuditWording", "online sessions"),
    "portState": QT_TRANSLATE_NOOP("AuditWording", "port"),
    "line.state": QT_TRANSLATE_NOOP("AuditWording", "line"),
}
_REPLAYED = " (replayed)"
_PERSONAL_DATA = {
    "id_card": QT_TRANSLATE_NOOP("AuditWording", "ID card number"),
    "address": QT_TRANSLATE_NOOP("AuditWording", "address"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditWording", "contact phone"),
    "email": QT_TRANSLATE_NOOP("AuditWording", "e-mail"),
    "manager_phone": QT_TRANSLATE_NOOP("AuditWording", "account manager's phone"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def result_label(outcome: str) -> str:
    """``ok`` / ``failed`` / ``waiting`` as the agent reads it."""
    source = RESULTS.get(outcome)
    return _tr(source) if source else outcome


def _joined(*parts: str) -> str:
    """Reasons one after the other, with the language's own separator ("；" in Chinese)."""
    out = ""
    for part in filter(None, parts):
        out = (
            QCoreApplication.translate("AuditWording", "%1; %2").replace("%1", out).replace("%2", part)
            if out
            else part
        )
    return out


def _value(text: str) -> str:
    return "—" if text in ("", "None") else wording.state(text)


def _change(part: str) -> str:
    """``portState: fault -> up`` as "port: fault → up" in the agent's language; other shapes as they are."""
    m = _CHANGE.match(part)
    if m is None:
        return part
    field = _tr(_FIELDS[m["field"]]) if m["field"] in _FIELDS else m["field"]
    if m["before"] == _HIDDEN:  # a secret: only that it changed
        return QCoreApplication.translate("AuditWording", "%1 changed").replace("%1", field)
    return (
        QCoreApplication.translate("AuditWording", "%1: %2 → %3")
        .replace("%1", field)
        .replace("%2", _value(m["before"]))
        .replace("%3", _value(m["after"]))
    )


def failure_reason(message: str) -> str:
    """Why a write failed: a translated reason for the known shapes, else the recorded words."""
    text = (message or "").strip()
    for pattern, reason in _FAILURES:
        if pattern.search(text):
            return _tr(reason)
    return text


def success_reason(message: str) -> str:
    """What a confirmed write did, where the recorded summary says more than "done"."""
    text = (message or "").strip()
    replayed = text.endswith(_REPLAYED)
    if replayed:
        text = text[: -len(_REPLAYED)].strip()
    if text in ("", "done"):
        reason = ""
    elif text == "nothing to change":
        reason = QCoreApplication.translate("AuditWording", "nothing needed changing")
    elif m := _TICKET.match(text):
        reason = (
            QCoreApplication.translate("AuditWording", "ticket %1 (%2)")
            .replace("%1", m["id"])
            .replace("%2", m["system"])
        )
    elif text.startswith("revealed "):
        field = text.removeprefix("revealed ")
        reason = QCoreApplication.translate("AuditWording", "shown: %1").replace(
            "%1", _tr(_PERSONAL_DATA[field]) if field in _PERSONAL_DATA else field
        )
    elif m := _DIAL.match(text):
        reason = (
            QCoreApplication.translate("AuditWording", "dial test: %1 in %2 ms")
            .replace("%1", " ".join(filter(None, (wording.state(m["result"]), m["code"]))))
            .replace("%2", m["ms"])
        )
    elif m := _LINE.match(text):
        reason = (
            QCoreApplication.translate("AuditWording", "line test: %1, attenuation %2 dB, SNR %3 dB")
            .replace("%1", wording.state(m["verdict"]))
            .replace("%2", m["att"])
            .replace("%3", m["snr"])
        )
    else:
        reason = _joined(*(_change(part) for part in text.split("; ")))
    if replayed:
        already = QCoreApplication.translate("AuditWording", "already done by an earlier attempt")
        reason = _joined(reason, already)
    return reason


def result_text(outcome: str, message: str, *, confirmed_later: bool = False) -> str:
    """The Result cell: "confirmed — ticket 10000-123 (10000)", "failed — the system did not answer in
    time; confirmed on a later attempt", "waiting to send — the system could not be reached; …"."""
    if outcome == "ok":
        reason = success_reason(message)
    elif outcome == "waiting":
        tried = failure_reason(message)
        keeps = QCoreApplication.translate("AuditWording", "the desk keeps trying")
        reason = _joined(tried, keeps)
    else:
        reason = failure_reason(message)
        if confirmed_later:
            later = QCoreApplication.translate("AuditWording", "confirmed on a later attempt")
            reason = _joined(reason, later)
    label = result_label(outcome)
    return f"{label} — {reason}" if reason else label
