"""Models of the Customer tab: live broadband status per account and marketing hints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.services.customer_view.profile import BroadbandStatus
from agentdesk.views.customer import wording
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED = "#c0392b"


def _account(s: BroadbandStatus):
    return s.account if not isinstance(s.account, Exception) else None


def broadband_status_model(parent=None) -> RecordTableModel:
    def status(s: BroadbandStatus) -> str:
        a = _account(s)
        return wording.state(a.status) if a else describe(s.account)

    def sessions(s: BroadbandStatus) -> str:
        a = _account(s)
        return f"{a.online_session_count} / {a.session_limit}" if a else ""

    def last_login(s: BroadbandStatus) -> str:
        a = _account(s)
        if not a or a.last_access is None:
            return ""
        last = a.last_access
        when = last.at.astimezone().strftime("%m-%d %H:%M") if last.at else ""
        code = f" {last.radius_code}" if last.radius_code else ""
        return f"{when} {wording.state(last.result)}{code}"

    columns = [
        Column(QCoreApplication.translate("CustomerModel", "Account"), lambda s: s.subscriber.number),
        Column(
            QCoreApplication.translate("CustomerModel", "CRM"), lambda s: wording.state(s.subscriber.status)
        ),
        Column(
            QCoreApplication.translate("CustomerModel", "BIMS"),
            status,
            foreground=lambda s: None if _account(s) and _account(s).status == "active" else RED,
        ),
        Column(QCoreApplication.translate("CustomerModel", "Online / limit"), sessions),
        Column(
            QCoreApplication.translate("CustomerModel", "Port"),
            lambda s: wording.state(_account(s).port_state) if _account(s) else "",
        ),
        Column(QCoreApplication.translate("CustomerModel", "Last login"), last_login),
    ]
    return RecordTableModel(columns, parent)


def hints_model(parent=None) -> RecordTableModel:
    columns = [
        Column(
            QCoreApplication.translate("CustomerModel", "Offer to the customer"), lambda h: h.product_name
        ),
        Column(
            QCoreApplication.translate("CustomerModel", "Score"),
            lambda h: str(h.score),
            sort=lambda h: h.score,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CustomerModel", "Why"), lambda h: h.reason, tooltip=lambda h: h.reason
        ),
    ]
    return RecordTableModel(columns, parent)
