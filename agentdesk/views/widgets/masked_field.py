"""Personal data shown masked, with an explicit "Show" that the owner of the widget must honour
(and audit) before the full value appears."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class MaskedField(QWidget):
    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Show"))
        self.button.setToolTip(self.tr("Show the full value (recorded in the audit trail)"))
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.reveal_requested)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addWidget(self.button)
        box.addStretch(1)
        self._revealed = False

    @property
    def revealed(self) -> bool:
        return self._revealed

    def text(self) -> str:
        return self.label.text()

    def set_masked(self, masked: str) -> None:
        """Show the masked form (the default); an empty value needs no reveal."""
        self._revealed = False
        self.label.setText(masked)
        self.button.setVisible(bool(masked))
        self.button.setEnabled(True)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)

    def reveal(self, value: str) -> None:
        self._revealed = True
        self.label.setText(value)
        self.button.setVisible(False)
