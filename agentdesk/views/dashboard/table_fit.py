"""Table columns sized to what they show."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents, the last one filling the rest (Qt stretches it only again
    after it is told anew, once the contents set the widths)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)
