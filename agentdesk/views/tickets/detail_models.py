"""Small table models of one ticket: its status history and its notes (oldest first, as they happened)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from agentdesk.views.tickets import labels


class _RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.headers: list[str] = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self.rows[index.row()], index.column())
        return None

    def cell(self, row, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class StatusHistoryModel(_RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")]

    def cell(self, change, column: int) -> str:
        return (
            change.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            labels.status(change.status),
            change.changed_by or "",
            change.reason or "",
        )[column]


class NotesModel(_RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("When"), self.tr("Author"), self.tr("Note")]

    def cell(self, note, column: int) -> str:
        return (note.at.astimezone().strftime("%Y-%m-%d %H:%M"), note.author, note.text)[column]
