"""A dock's content until its feature lands: says plainly what will be here, shows no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPanel(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>", self)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setStyleSheet("color: palette(mid);")
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
