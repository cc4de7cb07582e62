"""Loading, result, error-with-retry or nothing-to-show: the four states of anything loaded from a back end,
so each part of a screen can wait or fail on its own while the rest works."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget

LOADING, CONTENT, ERROR, EMPTY = "loading", "content", "error", "empty"


class LoadStateStack(QStackedWidget):
    retry_requested = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self._state = LOADING

        self._loading = QWidget(self)
        self.loading_label = QLabel(self.tr("Loading…"), self._loading)
        self.loading_label.setObjectName("loading-text")
        bar = QProgressBar(self._loading)
        bar.setRange(0, 0)  # busy indicator
        bar.setMaximumWidth(240)
        box = QVBoxLayout(self._loading)
        box.addStretch(1)
        box.addWidget(self.loading_label, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

        self._error = QWidget(self)
        self.error_label = QLabel(self._error)
        self.error_label.setObjectName("error-text")
        self.error_label.setWordWrap(True)
        # centred as text, not by the layout: a layout-aligned label gets one line's height and clips
        # the second line of a wrapped message
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b03a2e;")
        self.retry_button = QPushButton(self.tr("Retry"), self._error)
        self.retry_button.setObjectName("retry-button")
        self.retry_button.clicked.connect(self.retry_requested)
        box = QVBoxLayout(self._error)
        box.addStretch(1)
        box.addWidget(self.error_label)
        box.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

        self._empty = QWidget(self)
        self.empty_label = QLabel(self._empty)
        self.empty_label.setObjectName("empty-text")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_label.setStyleSheet("color: #666;")
        box = QVBoxLayout(self._empty)
        box.addStretch(1)
        box.addWidget(self.empty_label)
        box.addStretch(2)

        for page in (self._loading, content, self._error, self._empty):
            self.addWidget(page)
        self.setCurrentWidget(self._loading)

    @property
    def state(self) -> str:
        return self._state

    def show_loading(self, text: str | None = None) -> None:
        self.loading_label.setText(text or self.tr("Loading…"))
        self._state = LOADING
        self.setCurrentWidget(self._loading)

    def show_content(self) -> None:
        self._state = CONTENT
        self.setCurrentWidget(self.content)

    def show_error(self, message: str, retry: bool = True) -> None:
        self.error_label.setText(message)
        self.retry_button.setVisible(retry)
        self._state = ERROR
        self.setCurrentWidget(self._error)

    def show_empty(self, message: str) -> None:
        self.empty_label.setText(message)
        self._state = EMPTY
        self.setCurrentWidget(self._empty)
