"""Tab 6 — Balance: balance books by number or contract, their income and expense records over a chosen
period, and the credit-limit summary (available credit = balance + limit − arrears)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QRadioButton

from agentdesk.services.customer_view import BY_CONTRACT, BY_NUMBER, Period
from agentdesk.services.customer_view.billing_tabs import BalanceTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.balance_model import books_model, movements_model
from agentdesk.views.customer.period_picker import PeriodPicker
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.error_text import describe

RED = "color: #c0392b; font-weight: bold;"


class BalanceTab(CustomerTab):
    key = "balance"
    TITLE = QT_TRANSLATE_NOOP("BalanceTab", "Balance")

    PERIOD_DAYS = 90  # the period picker's first choice

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.by = BY_NUMBER
        self.period_shown = Period.last_days(self.PERIOD_DAYS)  # the picker's period (it sets it)

    def build(self) -> None:
        bar = QHBoxLayout()
        self.by_number = QRadioButton(self.tr("By number"), self.body)
        self.by_number.setObjectName("balance-by-number")
        self.by_contract = QRadioButton(self.tr("By contract"), self.body)
        self.by_contract.setObjectName("balance-by-contract")
        self.by_number.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_number)
        group.addButton(self.by_contract)
        self.by_number.toggled.connect(self._by_changed)
        self.period = PeriodPicker((30, 90, 180, 365), self.PERIOD_DAYS, parent=self.body)
        self.period.set_period(self.period_shown)
        self.period.changed.connect(self._period_changed)
        bar.addWidget(self.by_number)
        bar.addWidget(self.by_contract)
        bar.addSpacing(12)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.layout_.addLayout(bar)

        top = QHBoxLayout()
        credit = QGroupBox(self.tr("Credit control"), self.body)
        form = QFormLayout(credit)
        self.credit: dict[str, QLabel] = {}
        for key, label in (
            ("class", self.tr("Credit class")),
            ("limit", self.tr("Credit limit")),
            ("balance", self.tr("Balance")),
            ("arrears", self.tr("Arrears")),
            ("available", self.tr("Available credit")),
        ):
            value = QLabel(credit)
            value.setObjectName(f"credit-{key}")
            self.credit[key] = value
            form.addRow(label, value)
        top.addWidget(credit)
        books = QGroupBox(self.tr("Balance books"), self.body)
        box = QHBoxLayout(books)
        self.books = books_model(self)
        self.books_view = table(books, self.books, "balance-books")
        box.addWidget(self.books_view)
        top.addWidget(books, 2)
        self.layout_.addLayout(top)
        self.movements_heading = heading("", self.body)
        self.layout_.addWidget(self.movements_heading)
        self.movements = movements_model(self)
        self.movements_view = table(self.body, self.movements, "balance-movements")
        self.layout_.addWidget(self.movements_view, 1)

    def _period_changed(self, period: Period) -> None:
        self.period_shown = period
        self.workspace.reload_tab(self.key)

    def _by_changed(self, *_args) -> None:
        self.by = BY_CONTRACT if self.by_contract.isChecked() else BY_NUMBER
        self.workspace.reload_tab(self.key)

    def prefetch(self, view, opening, fetch) -> None:
        view.billing.prefetch_balance(opening, fetch, self.by, self.period_shown)

    async def fetch(self, ctx: TabContext) -> BalanceTabData:
        return await ctx.view.billing.balance(ctx.scope, ctx.fetch, self.by, self.period_shown)

    def present(self, data: BalanceTabData) -> None:
        c = self.credit
        for label in c.values():
            label.setStyleSheet("")
        if isinstance(data.credit, Exception):
            for label in c.values():
                label.clear()
            c["class"].setText(describe(data.credit))
        else:
            cr = data.credit
            c["class"].setText(cr.credit_class or "—")
            c["limit"].setText(wording.money(cr.credit_limit))
            c["balance"].setText(wording.money(cr.balance))
            c["arrears"].setText(wording.money(cr.arrears))
            c["available"].setText(wording.money(cr.available_credit))
            if cr.arrears > 0:
                c["arrears"].setStyleSheet(RED)
            if cr.over_limit:
                c["available"].setStyleSheet(RED)
                c["available"].setText(wording.money(cr.available_credit) + " " + self.tr("(over the limit)"))
        self.books.set_records(data.books)
        fit_columns(self.books_view)
        self.movements.set_records(data.movements)
        fit_columns(self.movements_view)
        p: Period = data.period
        self.movements_heading.setText(
            "<b>"
            + self.tr("Income and expense %1 – %2: income %3, expense %4, %5 records")
            .replace("%1", p.start.isoformat())
            .replace("%2", p.end.isoformat())
            .replace("%3", wording.money(data.income))
            .replace("%4", wording.money(data.expense))
            .replace("%5", str(len(data.movements)))
            + "</b>"
        )
