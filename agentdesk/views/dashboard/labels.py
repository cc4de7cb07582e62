"""The words and number formats of the team-lead dashboard (translated), so every part says the same.

Codes stay in the data (indicator keys, series, outcomes, SLA states); only these functions turn them
into text for the screen and the exported files.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agentdesk.domain.indicators import (
    AMBER,
    BY_KEY,
    COUNT,
    DURATION,
    GREEN,
    HIGHER,
    NO_DATA,
    PER_10K,
    RATE,
    RED,
    SCORE,
    IndicatorValue,
    Target,
)
from agentdesk.i18n import TranslationContext

_CONTEXT = "DashboardLabels"

_INDICATORS = {
    "pretreatment_rate": QT_TRANSLATE_NOOP("DashboardLabels", "Pretreatment rate"),
    "front_line_resolution_rate": QT_TRANSLATE_NOOP("DashboardLabels", "Front-line resolution rate"),
    "flow_resolved_rate": QT_TRANSLATE_NOOP("DashboardLabels", "Pretreatment runs resolved"),
    "dispatched": QT_TRANSLATE_NOOP("DashboardLabels", "Tickets dispatched"),
    "overdue": QT_TRANSLATE_NOOP("DashboardLabels", "Overdue tickets"),
    "escalated": QT_TRANSLATE_NOOP("DashboardLabels", "Escalated tickets"),
    "stuck": QT_TRANSLATE_NOOP("DashboardLabels", "Stuck tickets"),
    "average_handling": QT_TRANSLATE_NOOP("DashboardLabels", "Average handling time"),
    "complaints_per_10k": QT_TRANSLATE_NOOP("DashboardLabels", "Complaints per 10,000 subscribers"),
    "satisfaction": QT_TRANSLATE_NOOP("DashboardLabels", "Satisfaction"),
}
_EXPLANATIONS = {
    "pretreatment_rate": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Complaint and fault tickets that went through a pretreatment flow first."
    ),
    "front_line_resolution_rate": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Tickets closed by the agent without handing them to the back office."
    ),
    "flow_resolved_rate": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Pretreatment runs that solved the problem while the customer was on the line."
    ),
    "dispatched": QT_TRANSLATE_NOOP("DashboardLabels", "Tickets handed to the back office (target per day)."),
    "overdue": QT_TRANSLATE_NOOP("DashboardLabels", "Open tickets past their due time, as of now."),
    "escalated": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Tickets the customer escalated over the hotline's head (target per day)."
    ),
    "stuck": QT_TRANSLATE_NOOP("DashboardLabels", "Open tickets without a status change for 48 hours."),
    "average_handling": QT_TRANSLATE_NOOP(
        "DashboardLabels", "From creation to resolution, over the dispatched tickets that are resolved."
    ),
    "complaints_per_10k": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Complaint tickets per 10,000 subscribers in service (target per day)."
    ),
    "satisfaction": QT_TRANSLATE_NOOP(
        "DashboardLabels", "Mean score (1 to 5) of the callback surveys, where the back end has one."
    ),
}
_LIGHTS = {
    GREEN: QT_TRANSLATE_NOOP("DashboardLabels", "On target"),
    AMBER: QT_TRANSLATE_NOOP("DashboardLabels", "Watch"),
    RED: QT_TRANSLATE_NOOP("DashboardLabels", "Off target"),
    NO_DATA: QT_TRANSLATE_NOOP("DashboardLabels", "No data"),
}
LIGHT_COLOURS = {GREEN: "#d3f2dc", AMBER: "#fff0c2", RED: "#ffd9d6", NO_DATA: "#eeeeee"}
LIGHT_DOTS = {GREEN: "#2b9348", AMBER: "#e09f00", RED: "#c92a2a", NO_DATA: "#9e9e9e"}
_PERIODS = {
    "today": QT_TRANSLATE_NOOP("DashboardLabels", "Today"),
    "yesterday": QT_TRANSLATE_NOOP("DashboardLabels", "Yesterday"),
    "last_7_days": QT_TRANSLATE_NOOP("DashboardLabels", "Last 7 days"),
    "last_30_days": QT_TRANSLATE_NOOP("DashboardLabels", "Last 30 days"),
    "this_month": QT_TRANSLATE_NOOP("DashboardLabels", "This month"),
    "last_month": QT_TRANSLATE_NOOP("DashboardLabels", "Last month"),
    "custom": QT_TRANSLATE_NOOP("DashboardLabels", "Chosen days"),
}
_SERIES = {
    "total": QT_TRANSLATE_NOOP("DashboardLabels", "All tickets"),
    "consult": QT_TRANSLATE_NOOP("DashboardLabels", "Consultations"),
    "complaint": QT_TRANSLATE_NOOP("DashboardLabels", "Complaints"),
    "fault": QT_TRANSLATE_NOOP("DashboardLabels", "Faults"),
    "pretreated": QT_TRANSLATE_NOOP("DashboardLabels", "Pretreated"),
    "closed_at_front_line": QT_TRANSLATE_NOOP("DashboardLabels", "Closed at the front line"),
    "dispatched": QT_TRANSLATE_NOOP("DashboardLabels", "Dispatched"),
    "overdue": QT_TRANSLATE_NOOP("DashboardLabels", "Overdue"),
    "escalated": QT_TRANSLATE_NOOP("DashboardLabels", "Escalated"),
    "stuck": QT_TRANSLATE_NOOP("DashboardLabels", "Stuck"),
}
SERIES_COLOURS = {
    "total": "#1f4e79", "consult": "#5b8def", "complaint": "#d9480f", "fault": "#7048e8",
    "pretreated": "#2f9e44", "closed_at_front_line": "#1098ad", "dispatched": "#e8590c",
    "overdue": "#c92a2a", "escalated": "#ae3ec9", "stuck": "#868e96",
    "resolved": "#2f9e44", "customer_action": "#f59f00", "dispatch": "#e8590c",
}  # fmt: skip
_OUTCOMES = {
    "resolved": QT_TRANSLATE_NOOP("DashboardLabels", "Resolved"),
    "customer_action": QT_TRANSLATE_NOOP("DashboardLabels", "Customer to act"),
    "dispatch": QT_TRANSLATE_NOOP("DashboardLabels", "Dispatched"),
    "total": QT_TRANSLATE_NOOP("DashboardLabels", "All runs"),
}
_FLOWS = {
    "billing-dispute": QT_TRANSLATE_NOOP("DashboardLabels", "Billing dispute"),
    "barred-after-payment": QT_TRANSLATE_NOOP("DashboardLabels", "Barred after payment"),
    "broadband-login": QT_TRANSLATE_NOOP("DashboardLabels", "Broadband login"),
    "wireless-data": QT_TRANSLATE_NOOP("DashboardLabels", "Wireless data"),
    "vas-dispute": QT_TRANSLATE_NOOP("DashboardLabels", "Value-added service dispute"),
    "addon-not-working": QT_TRANSLATE_NOOP("DashboardLabels", "Add-on not working"),
    "mobile-vpn": QT_TRANSLATE_NOOP("DashboardLabels", "Group VPN"),
    "order-not-completed": QT_TRANSLATE_NOOP("DashboardLabels", "Order not completed"),
}
_SLA = {
    "notStarted": QT_TRANSLATE_NOOP("DashboardLabels", "Not started"),
    "running": QT_TRANSLATE_NOOP("DashboardLabels", "Running"),
    "overdue": QT_TRANSLATE_NOOP("DashboardLabels", "Past promised end"),
    "met": QT_TRANSLATE_NOOP("DashboardLabels", "Met"),
    "breached": QT_TRANSLATE_NOOP("DashboardLabels", "Breached"),
    "cancelled": QT_TRANSLATE_NOOP("DashboardLabels", "Cancelled"),
}
SLA_COLOURS = {"met": LIGHT_DOTS[GREEN], "breached": LIGHT_DOTS[RED], "overdue": LIGHT_DOTS[RED]}
_EVENT_TYPES = {
    "incident": QT_TRANSLATE_NOOP("DashboardLabels", "Incident"),
    "planned_cutover": QT_TRANSLATE_NOOP("DashboardLabels", "Planned cutover"),
}
_EVENT_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("DashboardLabels", "Planned"),
    "active": QT_TRANSLATE_NOOP("DashboardLabels", "Active"),
    "resolved": QT_TRANSLATE_NOOP("DashboardLabels", "Restored"),
    "cancelled": QT_TRANSLATE_NOOP("DashboardLabels", "Cancelled"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _pick(table: dict[str, str], code: str) -> str:
    return _t(table[code]) if code in table else code


def indicator(key: str) -> str:
    return _pick(_INDICATORS, key)


def explanation(key: str) -> str:
    return _pick(_EXPLANATIONS, key)


def light(code: str) -> str:
    return _pick(_LIGHTS, code)


def period(kind: str) -> str:
    return _pick(_PERIODS, kind)


def series(key: str) -> str:
    return _pick(_SERIES, key)


def outcome(code: str) -> str:
    return _pick(_OUTCOMES, code)


def flow(flow_id: str) -> str:
    return _pick(_FLOWS, flow_id)


def sla_state(code: str) -> str:
    return _pick(_SLA, code)


def event_type(code: str) -> str:
    return _pick(_EVENT_TYPES, code)


def event_status(code: str) -> str:
    return _pick(_EVENT_STATUSES, code)


def no_value() -> str:
    return "—"


def percent(value: float | None) -> str:
    return no_value() if value is None else f"{value * 100:.1f} %"


def hours(seconds: float | None) -> str:
    return (
        no_value()
        if seconds is None
        else QCoreApplication.translate("DashboardLabels", "%1 h").replace("%1", f"{seconds / 3600:.1f}")
    )


def minutes(value: int | None) -> str:
    return (
        no_value()
        if value is None
        else QCoreApplication.translate("DashboardLabels", "%1 min").replace("%1", str(value))
    )


def number(value: float | None, digits: int = 0) -> str:
    if value is None:
        return no_value()
    return f"{value:,.{digits}f}" if digits else f"{round(value):,}"


def value_text(key: str, value: float | None) -> str:
    """An indicator's value in its unit (a rate in per cent, a time in hours, a score out of 5)."""
    unit = BY_KEY[key].unit
    if value is None:
        return no_value()
    if unit == RATE:
        return percent(value)
    if unit == DURATION:
        return hours(value)
    if unit == PER_10K:
        return number(value, 2)
    if unit == SCORE:
        return QCoreApplication.translate("DashboardLabels", "%1 / 5").replace("%1", f"{value:.2f}")
    return number(value)


class DashboardCounts(TranslationContext):
    """Texts with a count (numerus) of the dashboard's labels."""


def detail_text(v: IndicatorValue) -> str:
    """What the value is made of: "12 of 20" for a rate, "3 complaints" for the ratio, "8 rated"."""
    unit = BY_KEY[v.key].unit
    if unit == RATE and v.whole is not None:
        return (
            QCoreApplication.translate("DashboardLabels", "%1 of %2")
            .replace("%1", str(v.part or 0))
            .replace("%2", str(v.whole))
        )
    if v.key == "complaints_per_10k" and v.part is not None:
        return DashboardCounts.tr("%n complaint(s)", "", v.part)
    if v.key == "satisfaction" and v.part is not None:
        return QCoreApplication.translate("DashboardLabels", "%1 rated").replace("%1", str(v.part))
    return ""


def target_text(key: str, target: Target) -> str:
    """ "≥ 60.0 % (watch ≥ 45.0 %)" or "≤ 5 (watch ≤ 8)"."""
    definition = BY_KEY[key]
    sign = "≥" if definition.better == HIGHER else "≤"
    unit = definition.unit

    def fmt(v: float) -> str:
        if unit == COUNT:
            return number(v, 0 if float(v).is_integer() else 1)
        return value_text(key, v)

    return (
        QCoreApplication.translate("DashboardLabels", "%1 %2 (watch %1 %3)")
        .replace("%1", sign)
        .replace("%2", fmt(target.good))
        .replace("%3", fmt(target.acceptable))
    )


def local_time(moment: datetime | None, zone: tzinfo | None, with_date: bool = True) -> str:
    if moment is None:
        return no_value()
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M:%S")
