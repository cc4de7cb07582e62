"""Tab 10 — Value-added services: SP subscriptions with the product's details in a side panel, CRM's state
next to ISMP's, and one-click unsubscribe (confirmed and audited)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter

from agentdesk.services.customer_view.network_tabs import VasTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table
from agentdesk.views.customer.vas_model import vas_model
from agentdesk.views.widgets.scroller import scrolling


class VasTab(CustomerTab):
    key = "vas"
    TITLE = QT_TRANSLATE_NOOP("VasTab", "Value-added")

    def build(self) -> None:
        split = QSplitter(self.body)
        self.model = vas_model(self)
        self.view = table(split, self.model, "vas-subscriptions")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        split.addWidget(self.view)
        panel = QGroupBox(self.tr("Product details"), split)
        panel.setObjectName("vas-details")
        form = QFormLayout(panel)
        self.details: dict[str, QLabel] = {}
        for key, label in (
            ("product", self.tr("Product")),
            ("code", self.tr("Product code")),
            ("sp", self.tr("Service provider")),
            ("fee", self.tr("Monthly fee")),
            ("ordered", self.tr("Ordered")),
            ("channel", self.tr("Channel")),
            ("ismp", self.tr("ISMP")),
            ("crm", self.tr("CRM")),
            ("ended", self.tr("Ended")),
        ):
            value = QLabel(panel)
            value.setObjectName(f"vas-{key}")
            value.setWordWrap(True)
            self.details[key] = value
            form.addRow(label, value)
        # a splitter passes no height-for-width on: in a scroll area, wrapped values get the lines they need
        split.addWidget(scrolling(panel, split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.layout_.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.unsubscribe_button = QPushButton(self.tr("Unsubscribe"), self.body)
        self.unsubscribe_button.setObjectName("vas-unsubscribe")
        self.unsubscribe_button.clicked.connect(self._unsubscribe)
        self.sync_button = QPushButton(self.tr("Sync ISMP from CRM"), self.body)
        self.sync_button.setObjectName("vas-sync")
        self.sync_button.clicked.connect(self._sync)
        buttons.addWidget(self.unsubscribe_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

    def prefetch(self, view, opening, fetch) -> None:
        view.network.prefetch_vas(opening, fetch)

    async def fetch(self, ctx: TabContext) -> VasTabData:
        return await ctx.view.network.vas(ctx.scope, ctx.fetch)

    def empty_text(self, data: VasTabData) -> str | None:
        if data.subscriber is None:
            return self.tr("The customer has no mobile or fixed number: no value-added services.")
        if not data.rows:
            return self.tr("%1 has no value-added subscriptions.").replace("%1", data.subscriber.number)
        return None

    def subjects(self, data: VasTabData) -> dict[str, str]:
        return {r.subscription.id: r.subscription.name for r in data.rows}

    def present(self, data: VasTabData) -> None:
        self.model.set_records(data.rows)
        fit_columns(self.view)
        self.sync_button.setEnabled(bool(data.findings))
        flagged = next((i for i, r in enumerate(data.rows) if r.finding is not None), 0)
        self.view.selectRow(flagged)
        self._selection_changed()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        d = self.details
        if row is None:
            for label in d.values():
                label.clear()
            self.unsubscribe_button.setEnabled(False)
            return
        s = row.subscription
        d["product"].setText(s.name)
        d["code"].setText(s.product_code)
        d["sp"].setText(f"{s.sp_name} ({s.sp_code})")
        d["fee"].setText(wording.money(s.monthly_fee))
        d["ordered"].setText(s.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M") if s.ordered_at else "")
        d["channel"].setText(s.channel)
        d["ismp"].setText(wording.state(s.ismp_state))
        d["crm"].setText(wording.state(s.crm_state))
        ended = s.ended_at or s.crm_ended_at
        d["ended"].setText(ended.astimezone().strftime("%Y-%m-%d") if ended else "—")
        self.unsubscribe_button.setEnabled(s.active_anywhere)

    def _unsubscribe(self) -> None:
        row = self.selected()
        if row is None or self.data is None:
            return
        s = row.subscription
        action = self.workspace.view.actions.unsubscribe_vas(
            self.data.scope, self.data.subscriber.number, s.id, s.name
        )
        self.workspace.start_write(action)

    def _sync(self) -> None:
        if self.data is not None and self.data.subscriber is not None:
            self.workspace.start_write(
                self.workspace.view.actions.sync_ismp_from_crm(self.data.scope, self.data.subscriber.number)
            )
