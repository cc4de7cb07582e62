"""A table model over a list of records, described by columns: what each column shows, how it sorts,
and how it is coloured. Tabs declare their columns; the model does the Qt bookkeeping once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """``text(record)`` is shown; ``sort(record)`` orders (default: the text); colours and a tooltip
    may depend on the record (return None for the default)."""

    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    foreground: Callable[[R], str | None] | None = None
    background: Callable[[R], str | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; ``records`` are the objects behind them (``UserRole`` gives the record)."""

    def __init__(self, columns: Sequence[Column[R]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []

    # -- data -------------------------------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    @property
    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def text(self, row: int, column: int) -> str:
        return self._columns[column].text(self._records[row])

    def rows_text(self) -> list[list[str]]:
        """Every cell as shown: what a test (or a copy to the clipboard) reads."""
        return [[c.text(r) for c in self._columns] for r in self._records]

    # -- Qt -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            colour = column.foreground(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(RIGHT)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort or spec.text
        self.layoutAboutToBeChanged.emit()
        self._records.sort(key=lambda r: _sortable(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _sortable(value: Any) -> tuple:
    """None sorts first; mixed types do not raise."""
    return (value is not None, str(type(value)), value if value is not None else 0)
