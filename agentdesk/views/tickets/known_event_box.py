"""The entry form's known-event box (issue 13): the customer's number is inside an active incident or
cutover that takes the ticket's service. It says which event, since when and until when, what to tell the
customer, and offers counting the call against the event; for a fault ticket (not sent for a known event)
also filing a complaint instead, which goes out carrying the event.

Event words (types, services, local times, the customer wording in the desk's language first) are the
service-events views' own, so the form and the customer-view banner say the same thing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.domain.ticket_events import KnownEvent
from agentdesk.views.events import wording

BACKGROUND = "#fde2e1"  # the banner's colour for an active event


class KnownEventBox(QFrame):
    count_requested = Signal()
    complaint_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-known-event")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#ticket-known-event {{ background: {BACKGROUND}; border-radius: 4px; }}")
        self.known: KnownEvent | None = None
        self.text = QLabel(self)
        self.text.setObjectName("ticket-known-event-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("ticket-known-event-outcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.count_button = QPushButton(self.tr("C&ount the call against the event"), self)
        self.count_button.setObjectName("ticket-count-call")
        self.count_button.setAutoDefault(False)
        self.count_button.clicked.connect(self.count_requested)
        self.complaint_button = QPushButton(self.tr("File as a co&mplaint instead"), self)
        self.complaint_button.setObjectName("ticket-as-complaint")
        self.complaint_button.setAutoDefault(False)
        self.complaint_button.clicked.connect(self.complaint_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_button)
        buttons.addWidget(self.complaint_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.hide()

    def show_event(self, known: KnownEvent | None, ticket_type: str) -> None:
        """Show ``known`` for a ticket of ``ticket_type`` (hidden when None)."""
        if known is None:
            self.known = None
            self.hide()
            return
        if self.known is None or self.known.event_id != known.event_id:
            self.outcome.hide()
            self.count_button.setEnabled(True)
        self.known = known
        e = known.event
        head = (
            self.tr("%1: %2 — %3 out on %4")
            .replace("%1", escape(wording.event_type(e.event_type)))
            .replace("%2", f"<b>{escape(e.title)}</b> ({escape(e.id)})")
            .replace("%3", escape(wording.services(known.services)))
            .replace("%4", escape(known.number))
        )
        timing = (
            self.tr("Since %1, expected back %2.")
            .replace("%1", escape(wording.when(e.start)))
            .replace("%2", f"<b>{escape(wording.when(e.expected_end))}</b>")
        )
        first, second = wording.public_wording(e.wording_zh, e.wording_en)
        say = escape(self.tr("Tell the customer:")) + f" “{escape(first)}”"
        if second and second != first:
            say += f' <span style="color:#666">({escape(second)})</span>'
        if ticket_type == "fault":
            advice = self.tr(
                "No fault ticket is sent for a known event: the outage is already being repaired. Count the "
                "call against the event instead. If the customer insists, file a complaint; it carries the "
                "event."
            )
        else:
            advice = self.tr("This complaint goes out carrying the event, so the back office sees it belongs "
                             "to the outage.")  # fmt: skip
        self.text.setText(f"⚠ {head}<br>{timing}<br>{say}<br><b>{escape(advice)}</b>")
        self.complaint_button.setVisible(ticket_type == "fault")
        self.show()

    def show_outcome(self, line: str, counted: bool) -> None:
        """How counting the call went; once counted, it is not offered again for this event."""
        self.outcome.setText(line)
        self.outcome.setStyleSheet("color: #1b5e20;" if counted else "color: #b00020;")
        self.outcome.show()
        if counted:
            self.count_button.setEnabled(False)
