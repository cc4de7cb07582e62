"""Tab 5 — Charges: by account-item type and charge type in any combination, by service number or by
contract, month by month; amounts of often-disputed categories in red so a dispute is judged at a glance."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QRadioButton,
    QSplitter,
    QToolButton,
)

from agentdesk.domain.billing import CHARGE_TYPES, ITEM_TYPES
from agentdesk.services.customer_view import BY_CONTRACT, BY_NUMBER, ChargeFilter
from agentdesk.services.customer_view.billing_tabs import ChargesTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.charges_model import charges_model, sorted_totals, totals_model
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table


class ChargesTab(CustomerTab):
    key = "charges"
    TITLE = QT_TRANSLATE_NOOP("ChargesTab", "Charges")

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.filter = ChargeFilter()

    def build(self) -> None:
        bar = QHBoxLayout()
        self.by_number = QRadioButton(self.tr("By number"), self.body)
        self.by_number.setObjectName("charges-by-number")
        self.by_contract = QRadioButton(self.tr("By contract"), self.body)
        self.by_contract.setObjectName("charges-by-contract")
        (self.by_contract if self.filter.by == BY_CONTRACT else self.by_number).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_number)
        group.addButton(self.by_contract)
        self.by_number.toggled.connect(self._filter_changed)
        self.month = QComboBox(self.body)
        self.month.setObjectName("charges-month")
        self.month.setMinimumWidth(110)
        self.month.activated.connect(self._filter_changed)
        self.item_menu, self.item_actions = self._checkable_menu(
            ITEM_TYPES, wording.item_type, self.filter.item_types
        )
        self.charge_menu, self.charge_actions = self._checkable_menu(
            CHARGE_TYPES, wording.charge_type, self.filter.charge_types
        )
        self.item_button = self._menu_button(self.item_menu, "charges-item-types")
        self.charge_button = self._menu_button(self.charge_menu, "charges-charge-types")
        for w in (self.by_number, self.by_contract):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Month:"), self.body))
        bar.addWidget(self.month)
        bar.addWidget(self.item_button)
        bar.addWidget(self.charge_button)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.total_label = QLabel(self.body)
        self.total_label.setObjectName("charges-total")
        self.layout_.addWidget(self.total_label)
        split = QSplitter(self.body)
        self.model = charges_model(self)
        self.view = table(split, self.model, "charges")
        self.totals = totals_model(self)
        self.totals_view = table(split, self.totals, "charge-totals")
        split.addWidget(self.view)
        split.addWidget(self.totals_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.layout_.addWidget(split, 1)
        self._update_buttons()

    def _checkable_menu(self, values, label, chosen: frozenset[str]) -> tuple[QMenu, dict[str, QAction]]:
        menu = QMenu(self)
        actions = {}
        for value in values:
            action = menu.addAction(label(value))
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.toggled.connect(self._filter_changed)
            actions[value] = action
        return menu, actions

    def _menu_button(self, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton(self.body)
        button.setObjectName(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        return button

    def _update_buttons(self) -> None:
        items = [wording.item_type(v) for v in ITEM_TYPES if v in self.filter.item_types]
        kinds = [wording.charge_type(v) for v in CHARGE_TYPES if v in self.filter.charge_types]
        self.item_button.setText(self.tr("Item types: %1").replace("%1", ", ".join(items) or self.tr("all")))
        self.charge_button.setText(
            self.tr("Charge types: %1").replace("%1", ", ".join(kinds) or self.tr("all"))
        )

    def set_filter(self, flt: ChargeFilter) -> None:
        """Show the charges for ``flt`` (what the pickers do; also for flows that open a dispute)."""
        self.filter = flt
        if self.built:
            self._update_buttons()
        self.workspace.reload_tab(self.key)

    def _filter_changed(self, *_args) -> None:
        month = self.month.currentData()
        flt = ChargeFilter(
            by=BY_CONTRACT if self.by_contract.isChecked() else BY_NUMBER,
            month=month or None,
            item_types=frozenset(v for v, a in self.item_actions.items() if a.isChecked()),
            charge_types=frozenset(v for v, a in self.charge_actions.items() if a.isChecked()),
        )
        if flt != self.filter:
            self.set_filter(flt)

    def prefetch(self, view, opening, fetch) -> None:
        view.billing.prefetch_charges(opening, fetch, self.filter)

    async def fetch(self, ctx: TabContext) -> ChargesTabData:
        return await ctx.view.billing.charges(ctx.scope, ctx.fetch, self.filter)

    def present(self, data: ChargesTabData) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for m in data.months:
            self.month.addItem(m, m)
        self.month.setCurrentIndex(max(self.month.findData(data.month), 0))
        self.month.blockSignals(False)
        if self.filter.month is None and data.month:
            self.filter = dataclasses.replace(self.filter, month=data.month)
        self.model.set_records(data.charges)
        fit_columns(self.view)
        self.totals.set_records(sorted_totals(data.totals_by_item_type))
        fit_columns(self.totals_view)
        where = data.scope.contract_no if data.filter.by == BY_CONTRACT else data.scope.number
        self.total_label.setText(
            self.tr("%1, %2: %3 charge lines, total %4")
            .replace("%1", where or "")
            .replace("%2", data.month or self.tr("no bill yet"))
            .replace("%3", str(len(data.charges)))
            .replace("%4", wording.money(data.total))
        )

    def clear(self) -> None:
        super().clear()
        self.filter = ChargeFilter()
        if not self.built:
            return
        self.by_number.blockSignals(True)
        self.by_number.setChecked(True)
        self.by_number.blockSignals(False)
        for action in [*self.item_actions.values(), *self.charge_actions.values()]:
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._update_buttons()
