"""Tab 1 — Customer: CRM core data (personal data masked until revealed), billing's view of the contract,
live broadband status, and the marketing hints the agent may offer."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from agentdesk.domain.masking import mask_email, mask_phone
from agentdesk.services.customer_view.profile import CustomerTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.customer_model import broadband_status_model, hints_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.masked_field import MaskedField

RED = "color: #c0392b; font-weight: bold;"


class CustomerInfoTab(CustomerTab):
    key = "customer"
    TITLE = QT_TRANSLATE_NOOP("CustomerInfoTab", "Customer")

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self._reveal_tasks: set[asyncio.Task] = set()

    def build(self) -> None:
        grid = QGridLayout()
        self.layout_.addLayout(grid, 1)

        core = QGroupBox(self.tr("Customer (CRM)"), self.body)
        form = QFormLayout(core)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("type", self.tr("Type")),
            ("level", self.tr("Level")),
            ("credit", self.tr("Credit class")),
            ("status", self.tr("Status")),
            ("city", self.tr("City")),
            ("since", self.tr("Customer since")),
            ("manager", self.tr("Account manager")),
        ):
            value = QLabel(core)
            value.setObjectName(f"field-{key}")
            self.fields[key] = value
            form.addRow(label, value)
        self.pii: dict[str, MaskedField] = {}
        for key, label in (
            ("id_card", self.tr("ID card")),
            ("address", self.tr("Address")),
            ("contact_phone", self.tr("Contact phone")),
            ("email", self.tr("E-mail")),
            ("manager_phone", self.tr("Manager's phone")),
        ):
            field = MaskedField(core)
            field.setObjectName(f"pii-{key}")
            field.reveal_requested.connect(lambda k=key: self._reveal(k))
            self.pii[key] = field
            form.addRow(label, field)
        grid.addWidget(core, 0, 0, 2, 1)

        billing = QGroupBox(self.tr("Billing (contract)"), self.body)
        bform = QFormLayout(billing)
        self.billing: dict[str, QLabel] = {}
        for key, label in (
            ("contract", self.tr("Contract")),
            ("payment", self.tr("Payment method")),
            ("balance", self.tr("Balance")),
            ("arrears", self.tr("Arrears")),
            ("credit_limit", self.tr("Credit limit")),
            ("available", self.tr("Available credit")),
            ("last_bill", self.tr("Last bill")),
        ):
            value = QLabel(billing)
            value.setObjectName(f"billing-{key}")
            self.billing[key] = value
            bform.addRow(label, value)
        self.billing_error = QLabel(billing)
        self.billing_error.setObjectName("billing-error")
        self.billing_error.setWordWrap(True)
        self.billing_error.setStyleSheet("color: #b03a2e;")
        bform.addRow(self.billing_error)
        grid.addWidget(billing, 0, 1)

        side = QWidget(self.body)
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Broadband now (BIMS)"), side))
        self.broadband_model = broadband_status_model(self)
        self.broadband_view = table(side, self.broadband_model, "broadband-status", sortable=False)
        self.broadband_view.setMaximumHeight(110)
        box.addWidget(self.broadband_view)
        box.addWidget(QLabel(self.tr("Marketing hints"), side))
        self.hints_model = hints_model(self)
        self.hints_view = table(side, self.hints_model, "marketing-hints")
        box.addWidget(self.hints_view)
        self.hints_error = QLabel(side)
        self.hints_error.setStyleSheet("color: #b03a2e;")
        box.addWidget(self.hints_error)
        grid.addWidget(side, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def releasable(self) -> bool:
        return super().releasable() and not self._reveal_tasks  # a reveal writes to its field when done

    def prefetch(self, view, opening, fetch) -> None:
        view.profile.prefetch_customer(opening, fetch)

    async def fetch(self, ctx: TabContext) -> CustomerTabData:
        return await ctx.view.profile.customer(ctx.scope, ctx.fetch)

    def present(self, data: CustomerTabData) -> None:
        c = data.customer
        f = self.fields
        f["name"].setText(c.name)
        f["type"].setText(
            self.tr("organisation") if c.customer_type == "organization" else self.tr("individual")
        )
        f["level"].setText(wording.level(c.level))
        f["credit"].setText(c.credit_class or "—")
        f["status"].setText(wording.state(c.status))
        f["city"].setText(f"{wording.city(c.city)} {c.district}".strip())
        f["since"].setText(c.created_at.astimezone().strftime("%Y-%m-%d") if c.created_at else "")
        f["manager"].setText(c.manager_name or "")
        self.pii["id_card"].set_masked(c.masked_id_card)
        self.pii["address"].set_masked(c.masked_address)
        self.pii["contact_phone"].set_masked(c.masked_contact_phone)

        self.pii["email"].set_masked(mask_email(c.email))
        self.pii["manager_phone"].set_masked(mask_phone(c.manager_phone))
        self._present_billing(data)
        self.broadband_model.set_records(data.broadband)
        self.broadband_view.setVisible(bool(data.broadband))
        fit_columns(self.broadband_view)
        if isinstance(data.hints, Exception):
            self.hints_model.set_records([])
            self.hints_error.setText(describe(data.hints))
        else:
            self.hints_model.set_records(data.hints)
            self.hints_error.clear()
        fit_columns(self.hints_view)

    def _present_billing(self, data: CustomerTabData) -> None:
        b = self.billing
        summary = data.billing
        for label in b.values():
            label.clear()
            label.setStyleSheet("")
        self.billing_error.clear()
        if summary is None:
            self.billing_error.setText(self.tr("The customer has no contract."))
            return
        if isinstance(summary, Exception):
            self.billing_error.setText(describe(summary))
            return
        b["contract"].setText(summary.contract_no)
        b["payment"].setText(wording.term(summary.payment_method))
        b["balance"].setText(wording.money(summary.balance))
        b["arrears"].setText(wording.money(summary.arrears))
        if summary.arrears > 0:
            b["arrears"].setStyleSheet(RED)
            b["arrears"].setText(
                self.tr("%1 (%2 unpaid bills)")
                .replace("%1", wording.money(summary.arrears))
                .replace("%2", str(summary.unpaid_bills))
            )
        b["credit_limit"].setText(wording.money(summary.credit_limit))
        b["available"].setText(wording.money(summary.available_credit))
        if summary.available_credit < 0:
            b["available"].setStyleSheet(RED)
        if summary.last_bill is not None:
            bill = summary.last_bill
            b["last_bill"].setText(
                f"{bill.month}  {wording.money(bill.amount_due)}  {wording.state(bill.state)}"
            )

    def _reveal(self, key: str) -> None:
        task = asyncio.ensure_future(self._do_reveal(key))
        self._reveal_tasks.add(task)
        task.add_done_callback(self._reveal_tasks.discard)

    async def _do_reveal(self, key: str) -> None:
        field = self.pii[key]
        field.set_busy(True)
        try:
            value = await self.workspace.reveal(key)
        finally:
            field.set_busy(False)
        if value is not None:
            field.reveal(value)

    def clear(self) -> None:
        super().clear()
        for task in list(self._reveal_tasks):
            task.cancel()
        if not self.built:
            return
        for field in self.pii.values():
            field.set_masked("")
        for label in self.fields.values():
            label.clear()
