"""Table model of the local audit trail (every back-office write made from this desk).

Rows are in the agent's words: the system's display name, the operation's label and what became of the
write with its reason. The raw operation, system and recorded message are the tooltips, for support.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from agentdesk.views.audit_wording import result_text
from agentdesk.views.widgets.health_indicator import system_display_name
from agentdesk.views.widgets.operation_names import operation_display_name

Index = QModelIndex | QPersistentModelIndex

WHEN, AGENT, CUSTOMER, NUMBER, SYSTEM, OPERATION, RESULT, KEY = range(8)
RESULT_COLOURS = {"failed": "#c0392b", "waiting": "#8a5300", "superseded": "#7a7a7a"}


class AuditTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Agent"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Customer"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Number"),
        QT_TRANSLATE_NOOP("AuditTableModel", "System"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Operation"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Result"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Idempotency key"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._confirmed_keys: set[str] = set()

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        # a failed attempt whose key later went through: the write was done after all
        self._confirmed_keys = {e.idempotency_key for e in self._rows if e.outcome == "ok"}
        self.endResetModel()

    def entry(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", self.COLUMNS[section])
        return None

    def _confirmed_later(self, e) -> bool:
        return e.outcome == "failed" and e.idempotency_key in self._confirmed_keys

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == WHEN:
                return e.at_local_text
            if col == RESULT:
                return result_text(e.outcome, e.message, confirmed_later=self._confirmed_later(e))
            values = (
                None,
                e.agent,
                e.customer_id or "",
                e.number or "",
                system_display_name(e.system),
                operation_display_name(e.operation),
                None,
                e.idempotency_key or "",
            )
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == OPERATION:
                return f"{e.system}.{e.operation}"
            if col == SYSTEM:
                return e.system
            if col == RESULT:
                return e.message or None
        if role == Qt.ItemDataRole.ForegroundRole and col == RESULT and e.outcome != "ok":
            colour = RESULT_COLOURS.get("superseded" if self._confirmed_later(e) else e.outcome)
            return QBrush(QColor(colour)) if colour else None
        return None
