"""Tab 4 — Offers: the discounts linked to the customer's sales products, bundles apart from base products,
with validity and attributes (an expired offer is greyed: often the cause of a "why is my bill higher")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from agentdesk.services.customer_view.profile import OffersTabData
from agentdesk.views.customer.offers_model import offer_rows, offers_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table


class OffersTab(CustomerTab):
    key = "offers"
    TITLE = QT_TRANSLATE_NOOP("OffersTab", "Offers")

    def build(self) -> None:
        self.summary = QLabel(self.body)
        self.summary.setObjectName("offers-summary")
        self.layout_.addWidget(self.summary)
        self.model = offers_model(self)
        self.view = table(self.body, self.model, "offers")
        self.layout_.addWidget(self.view, 1)

    def prefetch(self, view, opening, fetch) -> None:
        view.profile.prefetch_offers(opening, fetch)

    async def fetch(self, ctx: TabContext) -> OffersTabData:
        return await ctx.view.profile.offers(ctx.scope, ctx.fetch)

    def empty_text(self, data: OffersTabData) -> str | None:
        return self.tr("The customer has no sales products.") if not data.products else None

    def present(self, data: OffersTabData) -> None:
        rows = offer_rows(data.products)
        self.model.set_records(rows)
        fit_columns(self.view)
        bundles = sum(1 for p in data.products if p.is_bundle)
        offers = sum(len(p.offers) for p in data.products)
        expired = sum(1 for r in rows if r.offer is not None and not r.valid_now)
        self.summary.setText(
            self.tr("%1 sales products (%2 bundles), %3 offers, %4 expired")
            .replace("%1", str(len(data.products)))
            .replace("%2", str(bundles))
            .replace("%3", str(offers))
            .replace("%4", str(expired))
        )
