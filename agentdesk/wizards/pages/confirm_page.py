"""An action step: what will change, for which customer and number, and in which system; the agent
confirms or declines. Nothing is written before the agent presses the button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.services.pretreatment.runs import ActionPreview
from agentdesk.views.widgets.operation_names import operation_display_name


class ConfirmPage(QWidget):
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-confirm")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.customer = QLabel(self)
        self.customer.setObjectName("wizard-confirm-customer")
        self.change = QLabel(self)
        self.change.setObjectName("wizard-confirm-change")
        self.change.setWordWrap(True)
        self.change.setFrameShape(QFrame.Shape.StyledPanel)
        self.change.setStyleSheet("QLabel#wizard-confirm-change { background: #fff8e1; padding: 8px; }")
        self.system = QLabel(self)
        self.system.setObjectName("wizard-confirm-system")
        self.confirm_button = QPushButton(self.tr("Confirm and do it"), self)
        self.confirm_button.setObjectName("wizard-confirm-yes")
        self.decline_button = QPushButton(self.tr("Do not change it"), self)
        self.decline_button.setObjectName("wizard-confirm-no")
        self.confirm_button.clicked.connect(lambda: self.answered.emit(True))
        self.decline_button.clicked.connect(lambda: self.answered.emit(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.customer)
        layout.addWidget(self.change)
        layout.addWidget(self.system)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_preview(self, preview: ActionPreview, lang: str, system_name: str) -> None:
        self.heading.setText(f"<h3>{preview.title.get(lang)}</h3>")
        self.customer.setText(
            self.tr("Customer: %1 — number %2")
            .replace("%1", preview.customer_name)
            .replace("%2", preview.number)
        )
        self.change.setText(preview.confirm.get(lang))
        self.system.setText(
            self.tr("This changes %1: %2. It is recorded in the audit trail.")
            .replace("%1", system_name)
            .replace("%2", operation_display_name(preview.operation))
        )
        self.system.setToolTip(f"{preview.system}.{preview.operation}")  # the raw name, for support
        self.confirm_button.setDefault(True)
        self.confirm_button.setFocus()
