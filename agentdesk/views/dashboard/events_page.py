"""Service events on the dashboard: calls linked to each event per hour, and each event's SLA (time to
restore against the promise). Imports pyqtgraph (through ``charts``): load this module lazily."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.service_events import EventActivity, EventStatistics, ServiceEvent
from agentdesk.views.dashboard import labels
from agentdesk.views.dashboard.charts import CategoryChart, Series, TimeChart
from agentdesk.views.dashboard.table_fit import fit_columns
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

MAX_LINES = 8  # events drawn; the table lists them all
PALETTE = ("#1971c2", "#e8590c", "#2f9e44", "#ae3ec9", "#c92a2a", "#0c8599", "#f08c00", "#5c940d")


class EventsPage(QWidget):
    export_png_requested = Signal()
    export_csv_requested = Signal()

    def __init__(self, zone: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = "service_events"
        self.zone = zone
        self.chart = TimeChart(self)
        self.chart.set_title(self.tr("Calls linked to service events, per hour"), self.tr("Calls"))
        self.sla_chart = CategoryChart(self, legend_columns=1)
        self.sla_chart.set_title(self.tr("Time to restore against the promise"), self.tr("Minutes"))
        self.model: RecordTableModel[EventActivity] = RecordTableModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("events-totals")
        self.totals.setWordWrap(True)
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
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.chart)
        charts.addWidget(self.sla_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(charts)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)

    def _columns(self) -> list[Column[EventActivity]]:
        def when(a: EventActivity) -> str:
            return labels.local_time(a.event.start, self.zone)

        def sla_colour(a: EventActivity) -> str | None:
            return labels.SLA_COLOURS.get(a.event.sla.state)

        return [
            Column(self.tr("Event"), lambda a: a.event.id),
            Column(self.tr("Title"), lambda a: a.event.title),
            Column(self.tr("Type"), lambda a: labels.event_type(a.event.event_type)),
            Column(self.tr("Status"), lambda a: labels.event_status(a.event.status)),
            Column(self.tr("Start"), when, sort=lambda a: a.event.start),
            Column(self.tr("Promised"), lambda a: labels.minutes(a.event.sla.promised_minutes),
                   sort=lambda a: a.event.sla.promised_minutes, align_right=True),
            Column(self.tr("Restored after"), lambda a: labels.minutes(a.event.sla.restore_minutes),
                   sort=lambda a: a.event.sla.restore_minutes, align_right=True),
            Column(self.tr("Over the promise"), lambda a: labels.minutes(a.event.sla.overrun_minutes),
                   sort=lambda a: a.event.sla.overrun_minutes, align_right=True),
            Column(self.tr("SLA"), lambda a: labels.sla_state(a.event.sla.state), foreground=sla_colour,
                   bold=lambda a: a.event.sla.state in ("breached", "overdue")),
            Column(self.tr("Calls in period"), lambda a: str(a.calls_in_window), sort=lambda a: a.calls_in_window,
                   align_right=True),
            Column(self.tr("Calls in all"), lambda a: str(a.event.linked_calls), sort=lambda a: a.event.linked_calls,
                   align_right=True),
        ]  # fmt: skip

    def show_events(self, stats: EventStatistics | None, error_text: str = "") -> None:
        if stats is None:
            self.chart.clear()
            self.sla_chart.clear()
            self.model.set_records([])
            self.totals.setText(error_text or self.tr("No service-event figures."))
            return
        busiest = sorted(stats.events, key=lambda a: -a.calls_in_window)[:MAX_LINES]
        lines = [
            (f"{a.event.id} {a.event.title[:16]}", [h.hour for h in a.calls_per_hour],
             [h.calls for h in a.calls_per_hour], PALETTE[i % len(PALETTE)])
            for i, a in enumerate(busiest)
            if a.calls_per_hour
        ]  # fmt: skip
        self.chart.set_lines(lines)
        timed = [a.event for a in stats.events if a.event.sla.promised_minutes is not None]
        self.sla_chart.set_data(
            [e.id for e in timed],
            [
                Series("promised", self.tr("Promised"), tuple(float(e.sla.promised_minutes or 0) for e in timed),
                       "#868e96"),
                Series("taken", self.tr("Time to restore"),
                       tuple(float(_taken(e) or 0) for e in timed), "#e8590c"),
            ],
            value_format="{:,.0f} min",
        )  # fmt: skip
        self.model.set_records(stats.events)
        fit_columns(self.table)
        t = stats.totals
        self.totals.setText(
            self.tr("Events: %1 · calls linked: %2 · active: %3 · SLA met: %4 · breached: %5 · past promise: %6")
            .replace("%1", str(t.events)).replace("%2", str(t.linked_calls)).replace("%3", str(t.active))
            .replace("%4", str(t.sla_met)).replace("%5", str(t.sla_breached)).replace("%6", str(t.overdue))
        )  # fmt: skip

    def headers(self) -> list[str]:
        return self.model.column_titles()

    def rows(self) -> list[list[str]]:
        return self.model.rows_text()


def _taken(event: ServiceEvent) -> int | None:
    """Minutes to restore once restored, else minutes running so far."""
    return event.sla.restore_minutes if event.sla.restore_minutes is not None else event.sla.elapsed_minutes
