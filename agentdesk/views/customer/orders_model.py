"""Models of the Orders tab: the orders, and the flow steps, fees and offers of the one selected.
The abnormal (stuck) step is marked in red: that is where the order waits and which unit owns it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.domain.orders import Order, OrderFee, OrderStep
from agentdesk.views.customer import wording
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED, STUCK_BG = "#c0392b", "#fdecea"


def _when(d) -> str:
    return d.astimezone().strftime("%Y-%m-%d %H:%M") if d else ""


def orders_model(parent=None) -> RecordTableModel:
    stuck_bg = lambda o: STUCK_BG if o.stuck_step is not None and o.open else None  # noqa: E731

    def stuck(o: Order) -> str:
        step = o.stuck_step
        return f"⚠ {step.name} ({step.unit})" if step is not None and o.open else ""

    columns: list[Column[Order]] = [
        Column(
            QCoreApplication.translate("OrdersModel", "Accepted"),
            lambda o: _when(o.accepted_at or o.order_date),
            sort=lambda o: o.accepted_at or o.order_date,
            background=stuck_bg,
        ),
        Column(QCoreApplication.translate("OrdersModel", "Order"), lambda o: o.id, background=stuck_bg),
        Column(
            QCoreApplication.translate("OrdersModel", "Type"),
            lambda o: o.order_type_name or o.order_type,
            background=stuck_bg,
        ),
        Column(
            QCoreApplication.translate("OrdersModel", "Description"),
            lambda o: o.description,
            tooltip=lambda o: o.description,
            background=stuck_bg,
        ),
        Column(
            QCoreApplication.translate("OrdersModel", "Number"), lambda o: o.number or "", background=stuck_bg
        ),
        Column(
            QCoreApplication.translate("OrdersModel", "State"),
            lambda o: wording.state(o.state),
            background=stuck_bg,
            foreground=lambda o: RED if o.open else None,
        ),
        Column(
            QCoreApplication.translate("OrdersModel", "Stuck at"),
            stuck,
            background=stuck_bg,
            foreground=lambda o: RED,
            bold=lambda o: bool(stuck(o)),
        ),
        Column(
            QCoreApplication.translate("OrdersModel", "Completed"),
            lambda o: _when(o.completion_date),
            background=stuck_bg,
        ),
    ]
    return RecordTableModel(columns, parent)


def steps_model(parent=None) -> RecordTableModel:
    abnormal = lambda s: s.abnormal or s.state == "stuck"  # noqa: E731
    columns: list[Column[OrderStep]] = [
        Column(
            QCoreApplication.translate("OrdersModel", "Flow step"),
            lambda s: s.name,
            bold=abnormal,
            foreground=lambda s: RED if abnormal(s) else None,
        ),
        Column(QCoreApplication.translate("OrdersModel", "Unit"), lambda s: s.unit),
        Column(
            QCoreApplication.translate("OrdersModel", "State"),
            lambda s: wording.state(s.state),
            foreground=lambda s: RED if abnormal(s) else None,
            background=lambda s: STUCK_BG if abnormal(s) else None,
        ),
        Column(QCoreApplication.translate("OrdersModel", "Time"), lambda s: _when(s.at)),
        Column(
            QCoreApplication.translate("OrdersModel", "Note"),
            lambda s: s.note or "",
            tooltip=lambda s: s.note,
        ),
    ]
    return RecordTableModel(columns, parent)


def fees_model(parent=None) -> RecordTableModel:
    columns: list[Column[OrderFee]] = [
        Column(QCoreApplication.translate("OrdersModel", "Fee"), lambda f: f.name),
        Column(
            QCoreApplication.translate("OrdersModel", "Amount"),
            lambda f: wording.money(f.amount),
            sort=lambda f: f.amount,
            align_right=True,
        ),
        Column(QCoreApplication.translate("OrdersModel", "State"), lambda f: wording.state(f.state)),
    ]
    return RecordTableModel(columns, parent)


def offer_text(offer) -> str:
    return offer.name or offer.id
