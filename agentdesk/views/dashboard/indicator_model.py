"""The indicator table: each quality indicator today and over the chosen period, its target and its light.

The value cells are tinted with their own light (today may be red while the month is green); the state
column repeats the period's light in words, so the table reads the same without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from agentdesk.domain.indicators import IndicatorRow, IndicatorValue
from agentdesk.views.dashboard import labels

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the indicator key of a row
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # the light of a value cell (green/amber/red/none)
INDICATOR, TODAY, PERIOD, TARGET, STATE = range(5)


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[IndicatorRow] = []
        self._headers = [
            self.tr("Indicator"),
            self.tr("Today"),
            self.tr("Period"),
            self.tr("Target (period)"),
            self.tr("State"),
        ]

    def set_rows(self, rows: Sequence[IndicatorRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_period_title(self, title: str) -> None:
        self._headers[PERIOD] = title
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, PERIOD, PERIOD)

    def row(self, row: int) -> IndicatorRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def value_of(self, index: Index) -> IndicatorValue | None:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        return r.today if index.column() == TODAY else r.period

    def column_titles(self) -> list[str]:
        return list(self._headers)

    def rows_text(self) -> list[list[str]]:
        """Every cell as shown (what the CSV export writes)."""
        return [[self._text(r, c) for c in range(len(self._headers))] for r in self._rows]

    def _text(self, r: IndicatorRow, column: int) -> str:
        if column == INDICATOR:
            return labels.indicator(r.key)
        if column in (TODAY, PERIOD):
            v = r.today if column == TODAY else r.period
            detail = labels.detail_text(v)
            value = labels.value_text(r.key, v.value)
            return f"{value}  ({detail})" if detail and v.value is not None else value
        if column == TARGET:
            return labels.target_text(r.key, r.period.target)
        return labels.light(r.period.light)

    # -- Qt ---------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == KEY_ROLE:
            return r.key
        if role == LIGHT_ROLE:
            if column == TODAY:
                return r.today.light
            return r.period.light if column in (PERIOD, STATE) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = labels.explanation(r.key)
            if column == TODAY:
                return f"{tip}\n{labels.light(r.today.light)} · {labels.target_text(r.key, r.today.target)}"
            return tip
        if role == Qt.ItemDataRole.BackgroundRole and column in (TODAY, PERIOD):
            light = r.today.light if column == TODAY else r.period.light
            return QBrush(QColor(labels.LIGHT_COLOURS[light]))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QBrush(QColor(labels.LIGHT_DOTS[r.period.light]))
        if role == Qt.ItemDataRole.FontRole and column == STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return QColor(labels.LIGHT_DOTS[r.period.light])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TODAY, PERIOD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
