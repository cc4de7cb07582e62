"""The end of a run: the outcome, the script to read to the customer (copyable), the ticket when the case
went to the back office (or why none was sent: a known service event already explains the fault), and
what the flow changed (with anything the agent must read out, such as a
new broadband password, shown here once and never stored)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from agentdesk.services.pretreatment.runs import HELD_FOR_EVENT, RunResult
from agentdesk.wizards.wording import OUTCOME_COLOUR, outcome_text


class OutcomePage(QWidget):
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard-outcome")
        self.badge = QLabel(self)
        self.badge.setObjectName("wizard-outcome-badge")
        self.ticket = QLabel(self)
        self.ticket.setObjectName("wizard-outcome-ticket")
        self.ticket.setWordWrap(True)
        self.script_label = QLabel(self.tr("Read to the customer:"), self)
        self.script = QTextEdit(self)
        self.script.setObjectName("wizard-outcome-script")
        self.script.setReadOnly(True)
        font = self.script.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # read out on the phone: large enough to read at a glance
        self.script.setFont(font)
        self.script.setMaximumHeight(220)
        self.done = QLabel(self)
        self.done.setObjectName("wizard-outcome-done")
        self.done.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy script"), self)
        self.copy_button.setObjectName("wizard-copy-script")
        self.copy_button.clicked.connect(self.copy_script)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("wizard-close")
        self.close_button.clicked.connect(self.close_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.badge)
        layout.addWidget(self.ticket)
        layout.addWidget(self.script_label)
        layout.addWidget(self.script)
        layout.addWidget(self.done)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(self, result: RunResult, lang: str) -> None:
        colour = OUTCOME_COLOUR.get(result.outcome, "#333333")
        self.badge.setText(
            f"<h2 style='color:{colour}'>{outcome_text(result.outcome)}</h2>"
            f"<p>{result.title.get(lang)} — {result.customer_name} {result.number}</p>"
        )
        if result.ticket_id:
            text = self.tr("Ticket %1 (system %2) carries what the flow found.")
            text = text.replace("%1", result.ticket_id).replace("%2", result.ticket_system or "—")
            if result.dispatch_waiting:
                text += " " + self.tr(
                    "It waits in the outbox and is sent as soon as the ticket system answers."
                )
            self.ticket.setText(text)
        elif result.held_for_event:
            held = next((s for s in result.steps if s.outcome == HELD_FOR_EVENT and s.found_shown), None)
            self.ticket.setText(
                held.found_shown.get(lang)
                if held is not None
                else self.tr(
                    "No ticket was sent: the known service event %1 already explains the fault."
                ).replace("%1", result.held_for_event)
            )
        elif result.dispatch_error:
            self.ticket.setText(
                self.tr("The ticket could not be sent: %1. Create it from the ticket desk.").replace(
                    "%1", result.dispatch_error
                )
            )
        elif result.error:
            self.ticket.setText(result.error)
        else:
            self.ticket.setText("")
        self.ticket.setVisible(bool(self.ticket.text()))
        script = result.script.get(lang) if result.script else ""
        self.script.setPlainText(script)
        self.script_label.setVisible(bool(script))
        self.script.setVisible(bool(script))
        self.copy_button.setEnabled(bool(script))
        done = [
            s.found_shown.get(lang) for s in result.steps if s.kind == "action" and s.found_shown is not None
        ]
        changed = [s.title.get(lang) for s in result.steps if s.kind == "action" and s.outcome == "done"]
        lines = []
        if changed:
            lines.append(self.tr("Changed: %1").replace("%1", "; ".join(changed)))
        lines += done
        self.done.setText("\n".join(lines))
        self.done.setVisible(bool(lines))
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def copy_script(self) -> None:
        QGuiApplication.clipboard().setText(self.script.toPlainText())
