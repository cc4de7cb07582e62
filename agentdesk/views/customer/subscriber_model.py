"""Models of the Subscriber tab: every number with CRM and billing status side by side, and the sales
products of the number in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.services.customer_view.profile import SubscriberRow
from agentdesk.views.customer import wording
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

MISMATCH_BG = "#fdecea"
RED = "#c0392b"


def _billing_text(r: SubscriberRow) -> str:
    return wording.state(r.billing_status) if r.billing_status else describe(r.billing)


def _note(r: SubscriberRow) -> str:
    if r.status_finding is not None:
        return wording.explain(r.status_finding)
    if r.suspension is not None:
        return wording.explain(r.suspension)
    return ""


def subscribers_model(parent=None) -> RecordTableModel:
    def bg(r: SubscriberRow) -> str | None:
        return MISMATCH_BG if r.status_finding is not None else None

    arrears = lambda r: getattr(r.billing, "arrears", None)  # noqa: E731
    columns = [
        Column(
            QCoreApplication.translate("SubscriberModel", "Service"),
            lambda r: wording.service_type(r.subscriber.service_type),
            background=bg,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "Number"),
            lambda r: r.subscriber.number,
            background=bg,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "Sales product"),
            lambda r: r.subscriber.product.name if r.subscriber.product else "",
            background=bg,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "CRM status"),
            lambda r: wording.state(r.subscriber.status),
            background=bg,
            bold=lambda r: r.status_finding is not None,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "Billing status"),
            _billing_text,
            background=bg,
            bold=lambda r: r.status_finding is not None,
            foreground=lambda r: RED if r.status_finding is not None or r.billing_status is None else None,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "Arrears"),
            lambda r: wording.money(arrears(r)),
            sort=arrears,
            align_right=True,
            background=bg,
            foreground=lambda r: RED if (arrears(r) or 0) > 0 else None,
        ),
        Column(
            QCoreApplication.translate("SubscriberModel", "Explanation"), _note, background=bg, tooltip=_note
        ),
    ]
    return RecordTableModel(columns, parent)


def products_model(parent=None) -> RecordTableModel:
    def validity(p) -> str:
        start = p.valid_for.start.astimezone().strftime("%Y-%m-%d") if p.valid_for.start else ""
        end = (
            p.valid_for.end.astimezone().strftime("%Y-%m-%d")
            if p.valid_for.end
            else QCoreApplication.translate("SubscriberModel", "open-ended")
        )
        return f"{start} – {end}"

    columns = [
        Column(QCoreApplication.translate("SubscriberModel", "Sales product"), lambda p: p.name),
        Column(QCoreApplication.translate("SubscriberModel", "Kind"), lambda p: wording.term(p.kind)),
        Column(
            QCoreApplication.translate("SubscriberModel", "Monthly fee"),
            lambda p: wording.money(p.monthly_fee),
            sort=lambda p: p.monthly_fee,
            align_right=True,
        ),
        Column(QCoreApplication.translate("SubscriberModel", "Status"), lambda p: wording.state(p.status)),
        Column(QCoreApplication.translate("SubscriberModel", "Valid"), validity),
        Column(
            QCoreApplication.translate("SubscriberModel", "Offers"),
            lambda p: str(len(p.offers)),
            sort=lambda p: len(p.offers),
            align_right=True,
        ),
    ]
    return RecordTableModel(columns, parent)
