"""The words for service events in the agent's language: event types, statuses, the services an event
takes away, SLA states, and times as the agent reads them (local time, "today" spelt out).

Source strings are declared with ``QT_TRANSLATE_NOOP`` under the literal context "EventWording" and
translated where shown, so ``pyside6-lupdate`` finds every one of them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from agentdesk.views.customer import wording as customer_wording

CTX = "EventWording"

EVENT_TYPES = {
    "incident": QT_TRANSLATE_NOOP("EventWording", "Major incident"),
    "planned_cutover": QT_TRANSLATE_NOOP("EventWording", "Planned cutover"),
}
STATUSES = {
    "active": QT_TRANSLATE_NOOP("EventWording", "Active"),
    "planned": QT_TRANSLATE_NOOP("EventWording", "Upcoming"),
    "resolved": QT_TRANSLATE_NOOP("EventWording", "Resolved"),
    "cancelled": QT_TRANSLATE_NOOP("EventWording", "Cancelled"),
}
SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("EventWording", "Critical"),
    "major": QT_TRANSLATE_NOOP("EventWording", "Major"),
    "minor": QT_TRANSLATE_NOOP("EventWording", "Minor"),
}
SERVICES = {
    "broadband": QT_TRANSLATE_NOOP("EventWording", "Broadband"),
    "iptv": QT_TRANSLATE_NOOP("EventWording", "IPTV"),
    "fixed_voice": QT_TRANSLATE_NOOP("EventWording", "Fixed voice"),
    "mobile_voice": QT_TRANSLATE_NOOP("EventWording", "Mobile voice"),
    "mobile_data": QT_TRANSLATE_NOOP("EventWording", "Mobile data"),
    "vas": QT_TRANSLATE_NOOP("EventWording", "Value-added services"),
}
SLA_STATES = {
    "notStarted": QT_TRANSLATE_NOOP("EventWording", "not started"),
    "running": QT_TRANSLATE_NOOP("EventWording", "on time"),
    "overdue": QT_TRANSLATE_NOOP("EventWording", "overdue"),
    "met": QT_TRANSLATE_NOOP("EventWording", "restored on time"),
    "breached": QT_TRANSLATE_NOOP("EventWording", "restored late"),
    "cancelled": QT_TRANSLATE_NOOP("EventWording", "cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventWording", text)


def _word(table: dict[str, str], key: str) -> str:
    return _tr(table[key]) if key in table else key


def event_type(key: str) -> str:
    return _word(EVENT_TYPES, key)


def status(key: str) -> str:
    return _word(STATUSES, key)


def severity(key: str) -> str:
    return _word(SEVERITIES, key)


def service(key: str) -> str:
    return _word(SERVICES, key)


def services(keys) -> str:
    return QCoreApplication.translate("EventWording", ", ").join(service(k) for k in keys)


def sla_state(key: str) -> str:
    return _word(SLA_STATES, key)


def area(cities) -> str:
    """The cities an event touches; none means the whole province."""
    if not cities:
        return QCoreApplication.translate("EventWording", "Whole province")
    return QCoreApplication.translate("EventWording", ", ").join(customer_wording.city(c) for c in cities)


def when(moment: datetime | None, now: datetime | None = None) -> str:
    """Local time: "today 18:00", "tomorrow 01:00", else the date and time; "—" when unknown."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("EventWording", "today %1").replace("%1", clock)
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("EventWording", "tomorrow %1").replace("%1", clock)
    if local.date() == today - timedelta(days=1):
        return QCoreApplication.translate("EventWording", "yesterday %1").replace("%1", clock)
    return local.strftime("%Y-%m-%d %H:%M")


def minutes(total: int | None) -> str:
    """A duration as "2 h 05 min" or "25 min"."""
    if total is None:
        return "—"
    hours, mins = divmod(max(total, 0), 60)
    if hours:
        return (
            QCoreApplication.translate("EventWording", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{mins:02d}")
        )
    return QCoreApplication.translate("EventWording", "%1 min").replace("%1", str(mins))


def public_wording(zh: str, en: str) -> tuple[str, str]:
    """The customer wording in the desk's language first, the other one second."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return (zh or en, en) if chinese else (en or zh, zh)
