"""Tab 7 — Orders: orders with acceptance data and contacts, the flow steps passed and the abnormal
(stuck) step marked with the unit that owns it, fees and offers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from agentdesk.domain.masking import mask_phone
from agentdesk.services.customer_view.profile import OrdersTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.orders_model import fees_model, offer_text, orders_model, steps_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.widgets.scroller import scrolling


class OrdersTab(CustomerTab):
    key = "orders"
    TITLE = QT_TRANSLATE_NOOP("OrdersTab", "Orders")

    def build(self) -> None:
        split = QSplitter(self.body)
        split.setOrientation(split.orientation().Vertical)
        self.model = orders_model(self)
        self.view = table(split, self.model, "orders")
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        split.addWidget(self.view)
        detail = QWidget(split)
        row = QHBoxLayout(detail)
        row.setContentsMargins(0, 0, 0, 0)
        accept = QGroupBox(self.tr("Acceptance and contact"), detail)
        form = QFormLayout(accept)
        self.detail: dict[str, QLabel] = {}
        for key, label in (
            ("accepted", self.tr("Accepted")),
            ("by", self.tr("Accepted by")),
            ("channel", self.tr("Channel")),
            ("contact", self.tr("Contact")),
            ("phone", self.tr("Contact phone")),
            ("offers", self.tr("Offers")),
        ):
            value = QLabel(accept)
            value.setObjectName(f"order-{key}")
            value.setWordWrap(True)
            self.detail[key] = value
            form.addRow(label, value)
        row.addWidget(accept, 1)
        steps_box = QWidget(detail)
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(heading(self.tr("Flow steps"), steps_box))
        self.steps = steps_model(self)
        self.steps_view = table(steps_box, self.steps, "order-steps", sortable=False)
        steps_layout.addWidget(self.steps_view, 2)
        steps_layout.addWidget(heading(self.tr("Fees"), steps_box))
        self.fees = fees_model(self)
        self.fees_view = table(steps_box, self.fees, "order-fees", sortable=False)
        steps_layout.addWidget(self.fees_view, 1)
        row.addWidget(steps_box, 2)
        # a splitter passes no height-for-width on: in a scroll area, a long offer gets the lines it needs
        split.addWidget(scrolling(detail, split))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(split, 1)

    def prefetch(self, view, opening, fetch) -> None:
        view.profile.prefetch_orders(opening, fetch)

    async def fetch(self, ctx: TabContext) -> OrdersTabData:
        return await ctx.view.profile.orders(ctx.scope, ctx.fetch)

    def empty_text(self, data: OrdersTabData) -> str | None:
        return self.tr("The customer has no orders.") if not data.orders else None

    def present(self, data: OrdersTabData) -> None:
        self.model.set_records(data.orders)
        fit_columns(self.view)
        stuck = next((i for i, o in enumerate(data.orders) if o.stuck_step is not None and o.open), 0)
        self.view.selectRow(stuck)
        self._show_selected()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_selected(self, *_args) -> None:
        order = self.selected()
        if order is None:
            return
        d = self.detail
        d["accepted"].setText(
            order.accepted_at.astimezone().strftime("%Y-%m-%d %H:%M") if order.accepted_at else ""
        )
        d["by"].setText(order.accepted_by or "")
        d["channel"].setText(order.channel or "")
        d["contact"].setText(order.contact_name or "")
        d["phone"].setText(mask_phone(order.contact_phone))
        d["offers"].setText(", ".join(offer_text(o) for o in order.offers) or "—")
        self.steps.set_records(order.steps)
        fit_columns(self.steps_view)
        self.fees.set_records(order.fees)
        fit_columns(self.fees_view)
        total = sum(f.amount for f in order.fees)
        self.fees_view.setToolTip(self.tr("Total fees: %1").replace("%1", wording.money(total)))
