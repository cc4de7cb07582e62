"""A frameless scroll area around a page, so a tall or wide page scrolls on a small screen (1366x768 with
the docks open) instead of forcing the window larger or squeezing its widgets over each other."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(page: QWidget, parent: QWidget | None = None, *, name: str = "") -> QScrollArea:
    """``page`` inside a scroll area that gives it all the room there is and scrolls only below its minimum."""
    area = QScrollArea(parent)
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
