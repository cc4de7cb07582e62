"""Tab 8 — Suspension and resume: fee-related suspensions and resumptions in a period with their reasons,
next to the number's status now, so the agent can explain a "normal" suspension (arrears, the customer's
request) or see that it is not one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel

from agentdesk.domain.billing import BillingSubscriber, SuspensionEvent
from agentdesk.services.customer_view import Period
from agentdesk.services.customer_view.billing_tabs import SuspensionTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.period_picker import PeriodPicker
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, heading, table
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

RED, GREEN = "#c0392b", "#1e7d32"


def suspension_model(parent=None) -> RecordTableModel:
    colour = lambda e: RED if e.action == "suspend" else GREEN  # noqa: E731
    columns: list[Column[SuspensionEvent]] = [
        Column(
            QCoreApplication.translate("SuspensionModel", "Time"),
            lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            sort=lambda e: e.at,
        ),
        Column(QCoreApplication.translate("SuspensionModel", "Number"), lambda e: e.number or ""),
        Column(
            QCoreApplication.translate("SuspensionModel", "Event"),
            lambda e: wording.term(e.action),
            foreground=colour,
            bold=lambda e: True,
        ),
        Column(QCoreApplication.translate("SuspensionModel", "Reason"), lambda e: wording.term(e.reason)),
    ]
    return RecordTableModel(columns, parent)


class SuspensionTab(CustomerTab):
    key = "suspension"
    TITLE = QT_TRANSLATE_NOOP("SuspensionTab", "Suspension")

    PERIOD_DAYS = 180  # the period picker's first choice

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.period_shown = Period.last_days(self.PERIOD_DAYS)  # the picker's period (it sets it)

    def build(self) -> None:
        bar = QHBoxLayout()
        self.period = PeriodPicker((30, 90, 180, 365), self.PERIOD_DAYS, parent=self.body)
        self.period.set_period(self.period_shown)
        self.period.changed.connect(self._period_changed)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        now = QGroupBox(self.tr("Now"), self.body)
        form = QFormLayout(now)
        self.now: dict[str, QLabel] = {}
        for key, label in (
            ("crm", self.tr("CRM status")),
            ("billing", self.tr("Billing status")),
            ("arrears", self.tr("Arrears")),
            ("verdict", self.tr("Judgement")),
        ):
            value = QLabel(now)
            value.setObjectName(f"suspension-{key}")
            value.setWordWrap(True)
            self.now[key] = value
            form.addRow(label, value)
        self.layout_.addWidget(now)
        self.events_heading = heading("", self.body)
        self.layout_.addWidget(self.events_heading)
        self.model = suspension_model(self)
        self.view = table(self.body, self.model, "suspension-log")
        self.layout_.addWidget(self.view, 1)

    def _period_changed(self, period: Period) -> None:
        self.period_shown = period
        self.workspace.reload_tab(self.key)

    def prefetch(self, view, opening, fetch) -> None:
        view.billing.prefetch_suspension(opening, fetch, self.period_shown)

    async def fetch(self, ctx: TabContext) -> SuspensionTabData:
        return await ctx.view.billing.suspension(ctx.scope, ctx.fetch, self.period_shown)

    def empty_text(self, data: SuspensionTabData) -> str | None:
        return self.tr("The customer has no number.") if data.scope.subscriber is None else None

    def present(self, data: SuspensionTabData) -> None:
        sub = data.scope.subscriber
        n = self.now
        n["crm"].setText(wording.state(sub.status) + (f" — {sub.status_reason}" if sub.status_reason else ""))
        if isinstance(data.billing, BillingSubscriber):
            n["billing"].setText(wording.state(data.billing.status))
            n["arrears"].setText(wording.money(data.billing.arrears))
            n["arrears"].setStyleSheet("color: #c0392b;" if data.billing.arrears > 0 else "")
        else:
            n["billing"].setText(describe(data.billing) if data.billing is not None else "")
            n["arrears"].clear()
        if data.verdict is not None:
            n["verdict"].setText(wording.explain(data.verdict))
        elif sub.status == "active":
            n["verdict"].setText(self.tr("%1 is not suspended.").replace("%1", sub.number))
        else:
            n["verdict"].setText(wording.state(sub.status))
        self.model.set_records(data.events)
        fit_columns(self.view)
        suspends = sum(1 for e in data.events if e.action == "suspend")
        self.events_heading.setText(
            "<b>"
            + self.tr("Fee-related events %1 – %2: %3 suspensions, %4 resumptions")
            .replace("%1", data.period.start.isoformat())
            .replace("%2", data.period.end.isoformat())
            .replace("%3", str(suspends))
            .replace("%4", str(len(data.events) - suspends))
            + "</b>"
        )
