"""When a search finds several customers (a common name), the agent picks one — without a nested loop."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class MatchChooser(QDialog):
    def __init__(self, matches, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("match-chooser")
        self.setWindowTitle(self.tr("Several customers found"))
        self.matches = list(matches)
        self.list = QListWidget(self)
        for i, m in enumerate(self.matches):
            item = QListWidgetItem(f"{m.name}    {m.number}    {m.city or ''}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the customer on the line:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self):
        row = self.list.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None


async def choose_match(parent: QWidget, matches):
    """Open the chooser with ``open()`` and await its answer (never ``exec()`` inside a coroutine)."""
    dialog = MatchChooser(matches, parent)
    future: asyncio.Future = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: future.done() or future.set_result(code))
    dialog.open()
    try:
        code = await future
    finally:
        dialog.deleteLater()
    return dialog.chosen() if code == QDialog.DialogCode.Accepted else None
