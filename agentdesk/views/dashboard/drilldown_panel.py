"""The list behind a number: the tickets (or pretreatment runs) the clicked bar, point or indicator counts,
with an export of the list. Tickets counted toward a rate's part are marked, so the ones that missed
stand out."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.tickets import FlowRun, Ticket
from agentdesk.views.dashboard import labels
from agentdesk.views.dashboard.table_fit import fit_columns
from agentdesk.views.tickets import labels as ticket_labels
from agentdesk.views.widgets.load_state import LoadStateStack
from agentdesk.views.widgets.record_table_model import Column, RecordTableModel

OVERDUE_TEXT = "#b00020"


def handling_seconds(t: Ticket) -> float | None:
    return (t.resolved_at - t.created_at).total_seconds() if t.resolved_at else None


class DrillDownPanel(QWidget):
    export_csv_requested = Signal()

    def __init__(self, zone: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.kind = "tickets"
        self.title = QLabel(
            self.tr("Click a bar, a point or an indicator to list the tickets behind it."), self
        )
        self.title.setObjectName("drilldown-title")
        self.title.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("drilldown-count")
        self.export_button = QPushButton(self.tr("Export list as CSV…"), self)
        self.export_button.setObjectName("export-list-csv")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv_requested)
        self.model: RecordTableModel = RecordTableModel(self._ticket_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("drilldown-table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.state = LoadStateStack(self.table, self)
        self.state.show_empty(self.tr("Nothing selected yet."))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.state, 1)
        self.file_stem = "drilldown"

    # -- columns ------------------------------------------------------------------------------------------
    def _when(self, moment: datetime | None) -> str:
        return labels.local_time(moment, self.zone)

    def _ticket_columns(self) -> list[Column[Ticket]]:
        def flags(t: Ticket) -> str:
            marks = []
            if t.pretreated:
                marks.append(labels.series("pretreated"))
            marks.append(
                labels.series("closed_at_front_line")
                if t.closed_at_front_line
                else labels.series("dispatched")
            )
            if t.overdue:
                marks.append(ticket_labels.overdue())
            if t.escalated:
                marks.append(ticket_labels.escalated())
            if t.stuck:
                marks.append(ticket_labels.stuck())
            return ", ".join(marks)

        return [
            Column(self.tr("Ticket"), lambda t: t.id),
            Column(self.tr("Type"), lambda t: ticket_labels.ticket_type(t.ticket_type)),
            Column(self.tr("Category"), lambda t: t.category),
            Column(self.tr("Status"), lambda t: ticket_labels.status(t.status)),
            Column(self.tr("Created"), lambda t: self._when(t.created_at), sort=lambda t: t.created_at),
            Column(self.tr("Agent"), lambda t: t.created_by_name or t.created_by),
            Column(self.tr("Service number"), lambda t: t.number or ""),
            Column(self.tr("Handling time"), lambda t: labels.hours(handling_seconds(t)),
                   sort=lambda t: handling_seconds(t), align_right=True),
            Column(self.tr("Satisfaction"), lambda t: str(t.satisfaction) if t.satisfaction else "",
                   sort=lambda t: t.satisfaction, align_right=True),
            Column(self.tr("Flags"), flags, foreground=lambda t: OVERDUE_TEXT if t.overdue else None),
        ]  # fmt: skip

    def _run_columns(self, local_ids: frozenset[str]) -> list[Column[FlowRun]]:
        return [
            Column(self.tr("Run"), lambda r: r.id),
            Column(self.tr("Flow"), lambda r: labels.flow(r.flow_id)),
            Column(self.tr("Outcome"), lambda r: labels.outcome(r.outcome)),
            Column(self.tr("Started"), lambda r: self._when(r.started_at), sort=lambda r: r.started_at),
            Column(self.tr("Agent"), lambda r: r.agent),
            Column(self.tr("Service number"), lambda r: r.number or ""),
            Column(self.tr("Duration"), lambda r: labels.minutes(round(r.duration_ms / 60000)),
                   sort=lambda r: r.duration_ms, align_right=True),
            Column(self.tr("Ticket"), lambda r: r.ticket_id or ""),
            Column(self.tr("Reported"), lambda r: self.tr("not yet (this desk)") if r.id in local_ids else self.tr("yes")),
        ]  # fmt: skip

    # -- content ------------------------------------------------------------------------------------------
    def show_loading(self, title: str) -> None:
        self.title.setText(title)
        self.count.setText("")
        self.export_button.setEnabled(False)
        self.state.show_loading(self.tr("Listing…"))

    def show_error(self, title: str, message: str) -> None:
        self.title.setText(title)
        self.count.setText("")
        self.export_button.setEnabled(False)
        self.state.show_error(message, retry=False)

    def show_result(self, title: str, result, file_stem: str) -> None:
        """``result``: a ``DrillResult`` (tickets or runs)."""
        self.title.setText(title)
        self.file_stem = file_stem
        if result.runs or result.drill.kind == "runs":
            self.kind = "runs"
            self.model.set_columns(self._run_columns(result.local_run_ids))
            self.model.set_records(result.runs)
        else:
            self.kind = "tickets"
            self.model.set_columns(self._ticket_columns())
            self.model.set_records(result.tickets)
        n = len(result)
        text = self.tr("%1 listed").replace("%1", str(n))
        if result.truncated:
            text += " " + self.tr("(only the first ones)")
        self.count.setText(text)
        self.export_button.setEnabled(n > 0)
        if n:
            self.state.show_content()
            fit_columns(self.table)
        else:
            self.state.show_empty(self.tr("No tickets or runs behind this number."))

    def headers(self) -> list[str]:
        return self.model.column_titles()

    def rows(self) -> list[list[str]]:
        return self.model.rows_text()

    def ids(self) -> list[str]:
        """The ids listed, in the order shown (tests read them)."""
        return [r.id for r in self.model.records]
