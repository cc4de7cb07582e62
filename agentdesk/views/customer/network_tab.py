"""Tab 12 — Network (C-network): the subscriber's state and services in the HLR and AAA for CDMA 1X, EVDO
and WLAN, compared with CRM. The network is the truth for whether it works; CRM is the truth for what was
sold, so the repairs make the network follow CRM."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from agentdesk.domain.comparisons import Fix
from agentdesk.domain.customer import CrmVpnMembership
from agentdesk.services.customer_view.network_tabs import NetworkTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.network_model import (
    ComparisonRow,
    aaa_log_model,
    comparison_model,
    services_model,
)
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.error_text import describe


class NetworkTab(CustomerTab):
    key = "network"
    TITLE = QT_TRANSLATE_NOOP("NetworkTab", "Network")

    def build(self) -> None:
        truth = QLabel(
            self.tr(
                "The network is the truth for whether it works: CRM says what was sold, the HLR and AAA decide "
                "whether calls and data get through."
            ),
            self.body,
        )
        truth.setObjectName("network-truth")
        truth.setWordWrap(True)
        truth.setStyleSheet("color: #555; font-style: italic;")
        self.layout_.addWidget(truth)
        self.facts = QLabel(self.body)
        self.facts.setObjectName("network-facts")
        self.facts.setWordWrap(True)
        self.layout_.addWidget(self.facts)
        self.model = comparison_model(self)
        self.view = table(self.body, self.model, "network-comparison", sortable=False)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.layout_.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore the network state"), self.body)
        self.restore_button.setObjectName("net-restore")
        self.restore_button.clicked.connect(lambda: self._write("set_hlr_active"))
        self.sync_hlr_button = QPushButton(self.tr("Sync the network from CRM"), self.body)
        self.sync_hlr_button.setObjectName("net-sync-hlr")
        self.sync_hlr_button.clicked.connect(lambda: self._write("sync_hlr_from_crm"))
        self.sync_vpn_button = QPushButton(self.tr("Sync the VPN"), self.body)
        self.sync_vpn_button.setObjectName("net-sync-vpn")
        self.sync_vpn_button.clicked.connect(lambda: self._write("sync_vpn"))
        self.sync_aaa_button = QPushButton(self.tr("Sync AAA from CRM"), self.body)
        self.sync_aaa_button.setObjectName("net-sync-aaa")
        self.sync_aaa_button.clicked.connect(lambda: self._write("sync_aaa_from_crm"))
        for b in (self.restore_button, self.sync_hlr_button, self.sync_vpn_button, self.sync_aaa_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        split = QSplitter(self.body)
        left = QWidget(split)
        lb = QVBoxLayout(left)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(heading(self.tr("Services in the HLR"), left))
        self.services = services_model(self)
        self.services_view = table(left, self.services, "hlr-services")
        lb.addWidget(self.services_view)
        right = QWidget(split)
        rb = QVBoxLayout(right)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(heading(self.tr("Wireless data access records (AAA)"), right))
        self.log = aaa_log_model(self)
        self.log_view = table(right, self.log, "aaa-access-log")
        rb.addWidget(self.log_view)
        self.log_error = QLabel(right)
        self.log_error.setStyleSheet("color: #b03a2e;")
        rb.addWidget(self.log_error)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 840])
        self.layout_.addWidget(split, 2)

    def prefetch(self, view, opening, fetch) -> None:
        view.network.prefetch_network(opening, fetch)

    async def fetch(self, ctx: TabContext) -> NetworkTabData:
        return await ctx.view.network.network(ctx.scope, ctx.fetch)

    def empty_text(self, data: NetworkTabData) -> str | None:
        if data.subscriber is None:
            return self.tr("The customer has no mobile or fixed number in the network.")
        return None

    def rows(self, data: NetworkTabData) -> list[ComparisonRow]:
        sub, hlr = data.subscriber, data.hlr
        rows = [
            ComparisonRow(
                self.tr("Switch state (HLR)"),
                wording.state(sub.status),
                wording.state(hlr.state) + (f" — {hlr.state_reason}" if hlr.state_reason else ""),
                hlr.state == "active",
                (data.state,) if data.state else (),
            )
        ]
        if sub.service_type == "mobile":
            crm_vpn = data.crm_vpn
            if isinstance(crm_vpn, CrmVpnMembership):
                crm_text = (
                    f"{crm_vpn.group_name or crm_vpn.group_id} / {crm_vpn.short_number}"
                    if crm_vpn.member
                    else "—"
                )
            else:
                crm_text = describe(crm_vpn) if crm_vpn is not None else "—"
            net_text = f"{hlr.vpn.group_id} / {hlr.vpn.short_number}" if hlr.vpn else "—"
            if crm_text != "—" or net_text != "—":
                rows.append(
                    ComparisonRow(
                        self.tr("Mobile VPN (group / short number)"),
                        crm_text,
                        net_text,
                        None if data.vpn is None else False,
                        (data.vpn,) if data.vpn else (),
                    )
                )
            aaa_error = describe(data.aaa) if isinstance(data.aaa, Exception) else None
            for w in data.wireless:
                network = self.tr("AAA: %1").replace("%1", aaa_error or wording.state(w.aaa_state))
                if w.hlr_data is not None:
                    network += "; " + self.tr("HLR data: %1").replace("%1", wording.state(w.hlr_data))
                rows.append(
                    ComparisonRow(
                        self.tr("%1 data").replace("%1", wording.wireless(w.kind)),
                        wording.state(w.crm_state),
                        network,
                        None if aaa_error else w.works,
                        w.findings,
                        w.kind,
                    )
                )
        return rows

    def present(self, data: NetworkTabData) -> None:
        hlr = data.hlr
        self.facts.setText(
            self.tr("%1 · IMSI %2 · HLR updated %3")
            .replace("%1", data.subscriber.number)
            .replace("%2", hlr.imsi or "—")
            .replace("%3", hlr.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if hlr.updated_at else "—")
        )
        rows = self.rows(data)
        self.model.set_records(rows)
        fit_columns(self.view)
        self.services.set_records(hlr.services)
        fit_columns(self.services_view)
        if isinstance(data.access_log, Exception):
            self.log.set_records([])
            self.log_error.setText(describe(data.access_log))
        else:
            self.log.set_records(data.access_log)
            self.log_error.clear()
        fit_columns(self.log_view)
        fixes = {f.fix for f in data.findings}
        mobile = data.subscriber.service_type == "mobile"
        self.restore_button.setEnabled(Fix.SET_HLR_ACTIVE in fixes)
        self.sync_vpn_button.setEnabled(Fix.SYNC_VPN in fixes)
        self.sync_aaa_button.setEnabled(mobile)
        flagged = next((i for i, r in enumerate(rows) if r.findings), None)
        if flagged is not None:
            self.view.selectRow(flagged)
        self._selection_changed()

    def selected(self) -> ComparisonRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        kind = row.kind if row is not None else None
        self.sync_aaa_button.setText(
            self.tr("Sync AAA from CRM (%1)").replace("%1", wording.wireless(kind))
            if kind
            else self.tr("Sync AAA from CRM")
        )

    def _write(self, kind: str) -> None:
        if self.data is None or self.data.subscriber is None:
            return
        actions, scope, number = self.workspace.view.actions, self.data.scope, self.data.subscriber.number
        if kind == "sync_aaa_from_crm":
            row = self.selected()
            action = actions.sync_aaa_from_crm(scope, number, row.kind if row is not None else None)
        else:
            action = getattr(actions, kind)(scope, number)
        self.workspace.start_write(action)
