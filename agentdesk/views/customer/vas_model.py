"""Model of the Value-added services tab: each SP subscription with ISMP's state next to CRM's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.services.customer_view.network_tabs import VasRow
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

MISMATCH_BG, RED = "#fdecea", "#c0392b"


def _date(d) -> str:
    return d.astimezone().strftime("%Y-%m-%d") if d else ""


def vas_model(parent=None) -> RecordTableModel:
    bg = lambda r: MISMATCH_BG if r.finding is not None else None  # noqa: E731
    s = lambda r: r.subscription  # noqa: E731
    columns: list[Column[VasRow]] = [
        Column(
            QCoreApplication.translate("VasModel", "Product"),
            lambda r: s(r).name,
            background=bg,
            bold=lambda r: r.finding is not None,
        ),
        Column(
            QCoreApplication.translate("VasModel", "Service provider"), lambda r: s(r).sp_name, background=bg
        ),
        Column(
            QCoreApplication.translate("VasModel", "Monthly fee"),
            lambda r: wording.money(s(r).monthly_fee),
            sort=lambda r: s(r).monthly_fee,
            align_right=True,
            background=bg,
        ),
        Column(
            QCoreApplication.translate("VasModel", "ISMP"),
            lambda r: wording.state(s(r).ismp_state),
            background=bg,
            foreground=lambda r: RED if r.finding is not None else None,
        ),
        Column(
            QCoreApplication.translate("VasModel", "CRM"),
            lambda r: wording.state(s(r).crm_state),
            background=bg,
        ),
        Column(
            QCoreApplication.translate("VasModel", "Billed"),
            lambda r: (
                QCoreApplication.translate("VasModel", "yes")
                if s(r).billable
                else QCoreApplication.translate("VasModel", "no")
            ),
            background=bg,
        ),
        Column(
            QCoreApplication.translate("VasModel", "Ordered"),
            lambda r: _date(s(r).ordered_at),
            sort=lambda r: s(r).ordered_at,
            background=bg,
        ),
        Column(QCoreApplication.translate("VasModel", "Channel"), lambda r: s(r).channel, background=bg),
        Column(
            QCoreApplication.translate("VasModel", "Explanation"),
            lambda r: wording.explain(r.finding, s(r).name) if r.finding else "",
            background=bg,
            tooltip=lambda r: wording.explain(r.finding, s(r).name) if r.finding else None,
        ),
    ]
    return RecordTableModel(columns, parent)
