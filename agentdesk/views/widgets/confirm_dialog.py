"""A question before something irreversible (a back-office write), awaited without a nested event loop:
the dialog is opened with ``open()`` and answers through a future (never ``exec()`` in a coroutine)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class ConfirmDialog(QDialog):
    def __init__(
        self,
        title: str,
        text: str,
        detail: str = "",
        confirm_text: str = "",
        cancel_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirm-dialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("confirm-text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label = QLabel(detail, self)
        self.detail_label.setObjectName("confirm-detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(detail))
        self.detail_label.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(self)
        self.confirm_button: QPushButton = buttons.addButton(
            confirm_text or self.tr("Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("confirm-button")
        self.cancel_button: QPushButton = buttons.addButton(
            cancel_text or self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancel-button")
        self.cancel_button.setDefault(True)  # Enter alone never writes to a back-office system
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.text_label)
        box.addWidget(self.detail_label)
        box.addWidget(buttons)
        self.setMinimumWidth(420)


async def ask(dialog: QDialog) -> bool:
    """Open ``dialog`` and wait for the answer: True when accepted. The dialog is deleted afterwards."""
    future: asyncio.Future = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: future.done() or future.set_result(code))
    dialog.open()
    try:
        code = await future
    finally:
        if dialog.isVisible():
            dialog.reject()
        dialog.deleteLater()
    return code == QDialog.DialogCode.Accepted
