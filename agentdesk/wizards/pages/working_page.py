"""Shown while a step talks to the back office: which step, and that the desk is busy with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class WorkingPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-working")
        self.heading = QLabel(self)
        self.heading.setObjectName("wizard-heading")
        self.heading.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the step's length is the back office's
        self.busy.setTextVisible(False)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_step(self, title: str, doing: bool = False) -> None:
        self.heading.setText(f"<h3>{title}</h3>")
        self.detail.setText(
            self.tr("Making the change in the back office…")
            if doing
            else self.tr("Checking the back office…")
        )
