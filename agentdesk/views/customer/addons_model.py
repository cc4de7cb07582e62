"""Model of the Add-ons tab: each add-on product in CRM next to its state in the network (HLR)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.comparisons import AddonComparison
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

MISMATCH_BG = "#fdecea"
RED, GREEN = "#c0392b", "#1e7d32"


def usable_text(row: AddonComparison) -> str:
    if row.network_state == "unknown":
        return QCoreApplication.translate("AddonsModel", "unknown")
    if row.crm_state == "active" and not row.usable:
        return QCoreApplication.translate("AddonsModel", "not usable yet")
    return QCoreApplication.translate("AddonsModel", "usable") if row.usable else "—"


def addons_model(addon_of, parent=None) -> RecordTableModel:
    """``addon_of(code)`` gives CRM's add-on (fee, start, attributes) or None."""

    def bg(r: AddonComparison) -> str | None:
        return MISMATCH_BG if r.finding is not None else None

    def attributes(r: AddonComparison) -> str:
        a = addon_of(r.code)
        return ", ".join(f"{k}={v}" for k, v in (a.attributes or {}).items()) if a else ""

    def since(r: AddonComparison) -> str:
        a = addon_of(r.code)
        return a.start_date.astimezone().strftime("%Y-%m-%d") if a and a.start_date else ""

    def fee(r: AddonComparison) -> int | None:
        a = addon_of(r.code)
        return a.monthly_fee if a else None

    columns = [
        Column(
            QCoreApplication.translate("AddonsModel", "Add-on product"),
            lambda r: r.name,
            background=bg,
            bold=lambda r: r.finding is not None,
        ),
        Column(QCoreApplication.translate("AddonsModel", "Code"), lambda r: r.code, background=bg),
        Column(
            QCoreApplication.translate("AddonsModel", "CRM"),
            lambda r: wording.state(r.crm_state),
            background=bg,
        ),
        Column(
            QCoreApplication.translate("AddonsModel", "Network (HLR)"),
            lambda r: wording.state(r.network_state),
            background=bg,
            foreground=lambda r: RED if r.finding is not None else None,
        ),
        Column(
            QCoreApplication.translate("AddonsModel", "Usable"),
            usable_text,
            background=bg,
            foreground=lambda r: RED if r.finding is not None else (GREEN if r.usable else None),
        ),
        Column(
            QCoreApplication.translate("AddonsModel", "Monthly fee"),
            lambda r: wording.money(fee(r)),
            sort=fee,
            align_right=True,
            background=bg,
        ),
        Column(QCoreApplication.translate("AddonsModel", "Since"), since, background=bg),
        Column(
            QCoreApplication.translate("AddonsModel", "Attributes"),
            attributes,
            background=bg,
            tooltip=attributes,
        ),
        Column(
            QCoreApplication.translate("AddonsModel", "Explanation"),
            lambda r: wording.explain(r.finding, r.name) if r.finding else "",
            background=bg,
            tooltip=lambda r: wording.explain(r.finding, r.name) if r.finding else None,
        ),
    ]
    return RecordTableModel(columns, parent)
