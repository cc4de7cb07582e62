"""The runs of the customer in view, newest first, as a table model for the pretreatment panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from agentdesk.wizards.wording import outcome_text


class RunsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.runs: list[Any] = []  # services.pretreatment.records.StoredRun
        self.titles: dict[str, str] = {}
        self.headers = [self.tr("When"), self.tr("Flow"), self.tr("Outcome"), self.tr("Ticket")]

    def set_runs(self, runs: list[Any], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.runs = list(runs)
        self.titles = dict(titles)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        run = self.runs[index.row()]
        column = index.column()
        if column == 0:
            return run.started_at.astimezone().strftime("%m-%d %H:%M")
        if column == 1:
            return self.titles.get(run.flow_id, run.flow_id)
        if column == 2:
            return outcome_text(run.outcome)
        held = (run.record or {}).get("heldForEvent")
        if held and not run.ticket_id:  # the flow reached its dispatch, the ticket desk held it back
            return self.tr("none: known event %1").replace("%1", held)
        return run.ticket_id or ""
