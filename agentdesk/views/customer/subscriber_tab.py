"""Tab 2 — Subscriber: each number with CRM's status next to billing's (how a suspension complaint is
judged), a mismatch highlighted with a one-line explanation, and the number's sales products."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from agentdesk.services.customer_view.profile import SubscriberTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.subscriber_model import products_model, subscribers_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.error_text import describe


class SubscriberTab(CustomerTab):
    key = "subscriber"
    TITLE = QT_TRANSLATE_NOOP("SubscriberTab", "Subscriber")

    def build(self) -> None:
        self.layout_.addWidget(heading(self.tr("Numbers: CRM and billing side by side"), self.body))
        self.model = subscribers_model(self)
        self.view = table(self.body, self.model, "subscribers")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.layout_.addWidget(self.view, 2)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync billing from CRM"), self.body)
        self.sync_button.setObjectName("sync-billing")
        self.sync_button.setToolTip(self.tr("Billing takes CRM's status for the selected number"))
        self.sync_button.clicked.connect(self._sync)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.products_heading = heading("", self.body)
        self.layout_.addWidget(self.products_heading)
        self.products = products_model(self)
        self.products_view = table(self.body, self.products, "sales-products")
        self.layout_.addWidget(self.products_view, 1)
        self.products_error = QLabel(self.body)
        self.products_error.setStyleSheet("color: #b03a2e;")
        self.layout_.addWidget(self.products_error)

    def prefetch(self, view, opening, fetch) -> None:
        view.profile.prefetch_subscriber(opening, fetch)

    async def fetch(self, ctx: TabContext) -> SubscriberTabData:
        return await ctx.view.profile.subscriber(ctx.scope, ctx.fetch)

    def present(self, data: SubscriberTabData) -> None:
        self.model.set_records(data.rows)
        fit_columns(self.view)
        number = data.scope.number
        row = next((i for i, r in enumerate(data.rows) if r.subscriber.number == number), 0)
        if data.rows:
            self.view.selectRow(row)
        self.products_heading.setText("<b>" + self.tr("Sales products of %1").replace("%1", number) + "</b>")
        if isinstance(data.products, Exception):
            self.products.set_records([])
            self.products_error.setText(describe(data.products))
        else:
            self.products.set_records(data.products)
            self.products_error.clear()
        fit_columns(self.products_view)
        self._selection_changed()

    def selected_row(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected_row()
        self.sync_button.setEnabled(row is not None and row.status_finding is not None)
        if row is not None and row.status_finding is not None:
            self.sync_button.setToolTip(wording.explain(row.status_finding))

    def _sync(self) -> None:
        row = self.selected_row()
        if row is None or self.data is None:
            return
        action = self.workspace.view.actions.sync_billing_from_crm(self.data.scope, row.subscriber.number)
        self.workspace.start_write(action)
