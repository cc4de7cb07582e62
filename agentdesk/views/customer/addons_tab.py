"""Tab 3 — Add-on products: CRM's add-ons with their attributes next to their state in the network; one
active in CRM but not activated in the HLR is flagged "not usable yet" and can be activated from here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from agentdesk.domain.comparisons import FindingCode
from agentdesk.services.customer_view.network_tabs import AddonsTabData
from agentdesk.views.customer.addons_model import addons_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table
from agentdesk.views.error_text import describe


class AddonsTab(CustomerTab):
    key = "addons"
    TITLE = QT_TRANSLATE_NOOP("AddonsTab", "Add-ons")

    def build(self) -> None:
        self.note = QLabel(self.body)
        self.note.setObjectName("addons-note")
        self.note.setWordWrap(True)
        self.layout_.addWidget(self.note)
        self.model = addons_model(lambda code: self.data.addon(code) if self.data else None, self)
        self.view = table(self.body, self.model, "addons")
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.layout_.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.activate_button = QPushButton(self.tr("Activate in the network"), self.body)
        self.activate_button.setObjectName("activate-addon")
        self.activate_button.clicked.connect(self._activate)
        self.sync_button = QPushButton(self.tr("Sync the network from CRM"), self.body)
        self.sync_button.setObjectName("sync-hlr")
        self.sync_button.clicked.connect(self._sync)
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)

    def prefetch(self, view, opening, fetch) -> None:
        view.network.prefetch_addons(opening, fetch)

    async def fetch(self, ctx: TabContext) -> AddonsTabData:
        return await ctx.view.network.addons(ctx.scope, ctx.fetch)

    def empty_text(self, data: AddonsTabData) -> str | None:
        if data.subscriber is None:
            return self.tr("The customer has no number.")
        if not data.rows:
            return self.tr("%1 has no add-on products.").replace("%1", data.subscriber.number)
        return None

    def subjects(self, data: AddonsTabData) -> dict[str, str]:
        return {r.code: r.name for r in data.rows}

    def present(self, data: AddonsTabData) -> None:
        self.model.set_records(data.rows)
        fit_columns(self.view)
        in_network = data.hlr is not None
        if data.hlr is None:
            self.note.setText(
                self.tr("Add-ons of %1 (broadband) are not held in the HLR: CRM's view only.").replace(
                    "%1", data.subscriber.number
                )
            )
        elif isinstance(data.hlr, Exception):
            self.note.setText(self.tr("The network's side is unknown: %1").replace("%1", describe(data.hlr)))
        else:
            self.note.setText(
                self.tr(
                    "Add-ons of %1 in CRM and in the network (HLR). The network decides whether it works."
                ).replace("%1", data.subscriber.number)
            )
        self.sync_button.setEnabled(in_network and not isinstance(data.hlr, Exception))
        flagged = next((i for i, r in enumerate(data.rows) if r.finding is not None), None)
        if flagged is not None:
            self.view.selectRow(flagged)
        self._selection_changed()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.activate_button.setEnabled(
            row is not None
            and row.finding is not None
            and row.finding.code is FindingCode.ADDON_NOT_ACTIVATED_IN_NETWORK
        )

    def _activate(self) -> None:
        row = self.selected()
        if row is None or self.data is None:
            return
        action = self.workspace.view.actions.activate_addon(
            self.data.scope, self.data.subscriber.number, row.code
        )
        action.subject = row.name
        self.workspace.start_write(action)

    def _sync(self) -> None:
        if self.data is None or self.data.subscriber is None:
            return
        self.workspace.start_write(
            self.workspace.view.actions.sync_hlr_from_crm(self.data.scope, self.data.subscriber.number)
        )
