"""A step whose back-office call failed: what failed in words, Retry (a write is retried with the same
idempotency key, so it acts once) or go on without it (the flow's failure branch, or stop)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.services.pretreatment.runs import GIVE_UP, RETRY, StepFailure
from agentdesk.views.error_text import describe


class FailurePage(QWidget):
    answered = Signal(str)  # RETRY or GIVE_UP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-failure")
        self.heading = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("wizard-failure-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#wizard-failure-message { color: #8a1f11; }")
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("wizard-retry")
        self.give_up_button = QPushButton(self, objectName="wizard-give-up")
        self.retry_button.clicked.connect(lambda: self.answered.emit(RETRY))
        self.give_up_button.clicked.connect(lambda: self.answered.emit(GIVE_UP))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.give_up_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_failure(self, failure: StepFailure, lang: str) -> None:
        self.heading.setText(f"<h3>{failure.title.get(lang)}</h3>")
        self.message.setText(describe(failure.error))
        if failure.kind == "end":
            self.give_up_button.setText(self.tr("Finish without the ticket"))
        elif failure.has_fallback:
            self.give_up_button.setText(self.tr("Continue without it"))
        else:
            self.give_up_button.setText(self.tr("Stop the flow"))
        self.retry_button.setDefault(True)
        self.retry_button.setFocus()
