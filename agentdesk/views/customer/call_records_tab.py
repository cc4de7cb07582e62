"""Tab 9 — Call records: CDRs by period (at most one month, the picker keeps to it) and type, totals per
type, thousands of rows fetched page by page as the agent scrolls; sortable and filterable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSplitter

from agentdesk.domain.usage import MAX_PERIOD_DAYS, USAGE_TYPES, UsageTotals
from agentdesk.services.customer_view import Period
from agentdesk.services.customer_view.billing_tabs import CallRecordsTabData
from agentdesk.views.customer import wording
from agentdesk.views.customer.call_records_model import CallRecordsModel, duration_text, volume_text
from agentdesk.views.customer.period_picker import PeriodPicker
from agentdesk.views.customer.tab_base import CustomerTab, TabContext, fit_columns, table
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

PAGE_SIZE = 200
SIZED_FROM_ROWS = 50


def totals_model(parent=None) -> RecordTableModel:
    def name(t: UsageTotals) -> str:
        if t.usage_type:
            return wording.usage_type(t.usage_type)
        return QCoreApplication.translate("CallRecordsModel", "All types")

    columns: list[Column[UsageTotals]] = [
        Column(
            QCoreApplication.translate("CallRecordsModel", "Type"), name, bold=lambda t: t.usage_type is None
        ),
        Column(
            QCoreApplication.translate("CallRecordsModel", "Records"),
            lambda t: str(t.count),
            sort=lambda t: t.count,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CallRecordsModel", "Duration"),
            lambda t: duration_text(t.duration_s),
            sort=lambda t: t.duration_s,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CallRecordsModel", "Volume"),
            lambda t: volume_text(t.volume_kb),
            sort=lambda t: t.volume_kb,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("CallRecordsModel", "Amount"),
            lambda t: wording.money(t.amount),
            sort=lambda t: t.amount,
            align_right=True,
            bold=lambda t: t.usage_type is None,
        ),
    ]
    return RecordTableModel(columns, parent)


class CallRecordsTab(CustomerTab):
    key = "calls"
    TITLE = QT_TRANSLATE_NOOP("CallRecordsTab", "Call records")

    PERIOD_DAYS = 30  # the period picker's first choice

    def __init__(self, workspace) -> None:
        super().__init__(workspace)
        self.period_shown = Period.last_days(self.PERIOD_DAYS)  # the picker's period (it sets it)
        self.types_shown: frozenset[str] = frozenset()  # the ticked usage types (none: all)

    def build(self) -> None:
        bar = QHBoxLayout()
        self.period = PeriodPicker((7, 30), self.PERIOD_DAYS, max_days=MAX_PERIOD_DAYS, parent=self.body)
        self.period.set_period(self.period_shown)
        self.period.changed.connect(self._period_changed)
        bar.addWidget(self.period)
        self.type_boxes: dict[str, QCheckBox] = {}
        for usage_type in USAGE_TYPES:
            box = QCheckBox(wording.usage_type(usage_type), self.body)
            box.setObjectName(f"cdr-type-{usage_type}")
            box.setChecked(usage_type in self.types_shown)
            box.toggled.connect(self._types_changed)
            self.type_boxes[usage_type] = box
            bar.addWidget(box)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        line = QHBoxLayout()
        self.filter_edit = QLineEdit(self.body)
        self.filter_edit.setObjectName("cdr-filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: number, place or description"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_text)
        self.count_label = QLabel(self.body)
        self.count_label.setObjectName("cdr-count")
        line.addWidget(self.filter_edit, 1)
        line.addWidget(self.count_label, 2)
        self.layout_.addLayout(line)
        split = QSplitter(self.body)
        self.model = CallRecordsModel(PAGE_SIZE, self)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self.model.fetch_failed.connect(lambda exc: self.count_label.setText(describe(exc)))
        self.view = table(split, self.model, "call-records")
        # columns are sized from the rows in view and a screen more, not from a whole page: sizing from 200
        # rows froze the window for ~20 ms each time the list was shown
        self.view.horizontalHeader().setResizeContentsPrecision(SIZED_FROM_ROWS)
        self.totals = totals_model(self)
        self.totals_view = table(split, self.totals, "cdr-totals", sortable=False)
        split.addWidget(self.view)
        split.addWidget(self.totals_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 480])
        self.layout_.addWidget(split, 1)

    def selected_types(self) -> frozenset[str]:
        return self.types_shown

    def _period_changed(self, period: Period) -> None:
        self.period_shown = period
        self.workspace.reload_tab(self.key)

    def _types_changed(self, _checked: bool = False) -> None:
        self.types_shown = frozenset(t for t, box in self.type_boxes.items() if box.isChecked())
        self.workspace.reload_tab(self.key)

    def prefetch(self, view, opening, fetch) -> None:
        view.billing.prefetch_call_records(
            opening, fetch, self.period_shown, self.selected_types(), PAGE_SIZE
        )

    async def fetch(self, ctx: TabContext) -> CallRecordsTabData:
        return await ctx.view.billing.call_records(
            ctx.scope, ctx.fetch, self.period_shown, self.selected_types(), PAGE_SIZE
        )

    def empty_text(self, data: CallRecordsTabData) -> str | None:
        if data.query is None:
            return self.tr("The customer has no mobile or fixed number: there are no call records.")
        return None

    def present(self, data: CallRecordsTabData) -> None:
        billing = self.workspace.view.billing
        query = data.query
        self.model.reset(
            data.first_page, data.total, lambda offset, limit: billing.usage_page(query, offset, limit)
        )
        fit_columns(self.view)
        summary = data.summary
        self.totals.set_records([*summary.by_type, summary.total] if summary else [])
        fit_columns(self.totals_view)
        self._update_count()

    def _filter_text(self, text: str) -> None:
        self.model.set_text_filter(text)

    def _update_count(self, *_args) -> None:
        if self.data is None or self.data.query is None:
            self.count_label.clear()
            return
        m = self.model
        self.count_label.setText(
            self.tr("%1: %2 records in %3 – %4; %5 loaded, %6 shown")
            .replace("%1", self.data.query.number)
            .replace("%2", str(m.total))
            .replace("%3", self.data.query.period.start.isoformat())
            .replace("%4", self.data.query.period.end.isoformat())
            .replace("%5", str(m.loaded))
            .replace("%6", str(m.rowCount()))
        )

    def release(self) -> bool:
        model = self.__dict__.get("model")
        if not self.releasable():
            return False
        if model is not None:
            model.dispose()  # a page on its way must not arrive in a deleted model
        return super().release()

    def clear(self) -> None:
        super().clear()
        if self.built:
            self.model.reset([], 0, None)
            self.filter_edit.clear()
