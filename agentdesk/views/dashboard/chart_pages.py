"""The dashboard's chart pages: a chart over its own table of the same numbers, with exports.

Trend per day, complaints by category, tickets by agent and pretreatment runs by flow. A click on a bar
or point (or a double-click on a table row) says which one through a signal; the dashboard lists the
tickets or runs behind it. Imports pyqtgraph (through ``charts``): load this module lazily.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.indicators import AgentLine, CategoryComplaints
from agentdesk.domain.tickets import DayCounts, FlowRunStatistics
from agentdesk.views.dashboard import labels
from agentdesk.views.dashboard.charts import CategoryChart, Series
from agentdesk.views.dashboard.table_fit import fit_columns
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

TREND_SERIES = ("total", "pretreated", "closed_at_front_line", "dispatched", "escalated")
AGENT_SERIES = ("total", "closed_at_front_line", "dispatched")
OUTCOMES = ("resolved", "customer_action", "dispatch")
COUNTERS = (
    "total", "consult", "complaint", "fault", "pretreated", "closed_at_front_line", "dispatched", "overdue",
    "escalated", "stuck",
)  # fmt: skip


def _count(counts, key: str) -> int:
    return int(getattr(counts, key))


class ChartPage(QWidget):
    """A chart, its table and the two exports; subclasses fill both from a snapshot."""

    export_png_requested = Signal()
    export_csv_requested = Signal()

    def __init__(self, file_stem: str, *, bars: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = file_stem
        self.chart = CategoryChart(self, bars=bars)
        self.model: RecordTableModel = RecordTableModel([], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.row_activated(self.model.record(index.row())))
        self.note = QLabel(self)
        self.note.setObjectName("chart-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.png_button = QPushButton(self.tr("Export chart as PNG…"), self)
        self.png_button.setObjectName("export-png")
        self.png_button.clicked.connect(self.export_png_requested)
        self.csv_button = QPushButton(self.tr("Export table as CSV…"), self)
        self.csv_button.setObjectName("export-csv")
        self.csv_button.clicked.connect(self.export_csv_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def set_records(self, records) -> None:
        self.model.set_records(records)
        fit_columns(self.table)

    def headers(self) -> list[str]:
        return self.model.column_titles()

    def rows(self) -> list[list[str]]:
        return self.model.rows_text()

    def row_activated(self, record) -> None:  # overridden: a double-clicked row drills down
        return None


class TrendPage(ChartPage):
    """Tickets per local day: all, pretreated, closed at the front line, dispatched, escalated."""

    day_clicked = Signal(str, str)  # ISO date, series

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("trend", bars=False, parent=parent)
        self.chart.set_title(self.tr("Tickets per day"), self.tr("Tickets"))
        self.chart.item_clicked.connect(lambda i, key: self.day_clicked.emit(self._days[i].date, key))
        self._days: list[DayCounts] = []
        columns: list[Column] = [Column(self.tr("Date"), lambda d: d.date)]
        for key in COUNTERS:
            columns.append(
                Column(labels.series(key), lambda d, k=key: str(_count(d.counts, k)),
                       sort=lambda d, k=key: _count(d.counts, k), align_right=True)
            )  # fmt: skip
        self.model.set_columns(columns)

    def show_days(self, days: Sequence[DayCounts]) -> None:
        self._days = list(days)
        series = [
            Series(
                k, labels.series(k), tuple(_count(d.counts, k) for d in self._days), labels.SERIES_COLOURS[k]
            )
            for k in TREND_SERIES
        ]
        every = max(1, len(self._days) // 10)
        self.chart.set_data([d.date[5:] for d in self._days], series, tick_every=every)
        self.set_records(self._days)

    def row_activated(self, record) -> None:
        self.day_clicked.emit(record.date, "total")


class CategoryPage(ChartPage):
    """Complaint tickets by category, with each category's rate per 10,000 subscribers."""

    category_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("complaints_by_category", parent=parent)
        self.chart.set_title(self.tr("Complaints by category"), self.tr("Complaints"))
        self.chart.item_clicked.connect(lambda i, _key: self.category_clicked.emit(self._rows[i].category))
        self._rows: list[CategoryComplaints] = []
        self.model.set_columns(
            [
                Column(self.tr("Category"), lambda r: r.category),
                Column(
                    self.tr("Complaints"), lambda r: str(r.count), sort=lambda r: r.count, align_right=True
                ),
                Column(
                    self.tr("Per 10,000 subscribers"),
                    lambda r: labels.number(r.per_10k, 2),
                    sort=lambda r: r.per_10k or 0,
                    align_right=True,
                ),  # fmt: skip
            ]
        )

    def show_categories(self, rows: Sequence[CategoryComplaints], subscriber_base: int) -> None:
        self._rows = list(rows)
        values = tuple(r.count for r in self._rows)
        self.chart.set_data(
            [r.category for r in self._rows],
            [Series("complaint", labels.series("complaint"), values, labels.SERIES_COLOURS["complaint"])],
        )
        self.set_records(self._rows)
        self.note.setText(
            self.tr("Subscribers in service: %1. Click a bar to list its tickets.").replace(
                "%1", labels.number(subscriber_base)
            )
        )

    def row_activated(self, record) -> None:
        self.category_clicked.emit(record.category)


class AgentPage(ChartPage):
    """Tickets by agent: all, closed at the front line, dispatched."""

    agent_clicked = Signal(str, str)  # user name, series

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tickets_by_agent", parent=parent)
        self.chart.set_title(self.tr("Tickets by agent"), self.tr("Tickets"))
        self.chart.item_clicked.connect(lambda i, key: self.agent_clicked.emit(self._lines[i].agent, key))
        self._lines: list[AgentLine] = []
        columns: list[Column] = [
            Column(self.tr("Agent"), lambda a: a.agent),
            Column(self.tr("Name"), lambda a: a.display_name),
        ]
        for key in COUNTERS:
            columns.append(
                Column(labels.series(key), lambda a, k=key: str(getattr(a, k)), sort=lambda a, k=key: getattr(a, k),
                       align_right=True)
            )  # fmt: skip
        columns.append(
            Column(
                labels.indicator("front_line_resolution_rate"),
                lambda a: labels.percent(a.front_line_resolution_rate),
                sort=lambda a: a.front_line_resolution_rate or 0,
                align_right=True,
            )  # fmt: skip
        )
        self.model.set_columns(columns)

    def show_agents(self, lines: Sequence[AgentLine]) -> None:
        self._lines = list(lines)
        series = [
            Series(k, labels.series(k), tuple(getattr(a, k) for a in self._lines), labels.SERIES_COLOURS[k])
            for k in AGENT_SERIES
        ]
        self.chart.set_data([a.display_name for a in self._lines], series)
        self.set_records(self._lines)

    def row_activated(self, record) -> None:
        self.agent_clicked.emit(record.agent, "total")


@dataclass(frozen=True)
class FlowLine:
    flow_id: str
    total: int
    resolved: int
    customer_action: int
    dispatch: int

    @property
    def resolved_rate(self) -> float | None:
        return self.resolved / self.total if self.total else None


class FlowPage(ChartPage):
    """Pretreatment runs by flow and outcome."""

    flow_clicked = Signal(str, str)  # flow id, outcome or "total"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pretreatment_runs", parent=parent)
        self.chart.set_title(self.tr("Pretreatment runs by flow"), self.tr("Runs"))
        self.chart.item_clicked.connect(lambda i, key: self.flow_clicked.emit(self._lines[i].flow_id, key))
        self._lines: list[FlowLine] = []
        self.model.set_columns(
            [
                Column(self.tr("Flow"), lambda f: labels.flow(f.flow_id)),
                Column(
                    labels.outcome("total"), lambda f: str(f.total), sort=lambda f: f.total, align_right=True
                ),
                *[
                    Column(
                        labels.outcome(o),
                        lambda f, o=o: str(getattr(f, o)),
                        sort=lambda f, o=o: getattr(f, o),
                        align_right=True,
                    )
                    for o in OUTCOMES
                ],  # fmt: skip
                Column(
                    labels.indicator("flow_resolved_rate"),
                    lambda f: labels.percent(f.resolved_rate),
                    sort=lambda f: f.resolved_rate or 0,
                    align_right=True,
                ),  # fmt: skip
            ]
        )

    def show_runs(self, runs: FlowRunStatistics | None, local_runs: int) -> None:
        by_flow = runs.by_flow if runs else {}
        self._lines = sorted(
            (
                FlowLine(
                    flow,
                    c.get("total", 0),
                    c.get("resolved", 0),
                    c.get("customer_action", 0),
                    c.get("dispatch", 0),
                )
                for flow, c in by_flow.items()
            ),
            key=lambda f: (-f.total, f.flow_id),
        )
        series = [
            Series(o, labels.outcome(o), tuple(getattr(f, o) for f in self._lines), labels.SERIES_COLOURS[o])
            for o in OUTCOMES
        ]
        self.chart.set_data([labels.flow(f.flow_id) for f in self._lines], series)
        self.set_records(self._lines)
        note = self.tr("Runs reported to the ticket system: %1.").replace(
            "%1", str((runs.total if runs else 0) - local_runs)
        )
        if local_runs:
            note += " " + self.tr("Includes %n run(s) of this desk not reported yet.", "", local_runs)
        self.note.setText(note)

    def row_activated(self, record) -> None:
        self.flow_clicked.emit(record.flow_id, "total")
