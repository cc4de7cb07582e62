"""Table model of the local audit trail (every back-office write made from this desk)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from agentdesk.views.widgets.health_indicator import system_display_name

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    COLUMNS = ("When", "Agent", "Customer", "Number", "System", "Operation", "Result", "Idempotency key")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.at_local_text
            if col == 6:
                ok = e.ok
                text = (
                    QCoreApplication.translate("AuditTableModel", "done")
                    if ok
                    else QCoreApplication.translate("AuditTableModel", "failed")
                )
                return text + (f": {e.message}" if e.message else "")
            values = (
                None,
                e.agent,
                e.customer_id or "",
                e.number or "",
                system_display_name(e.system),
                e.operation,
                None,
                e.idempotency_key or "",
            )
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and not e.ok:
            return QBrush(QColor("#c0392b"))
        return None
