"""What one feature hands to another, connected once the window and its panels exist.

Each feature stays ignorant of the others; this is the one place that knows a knowledge paragraph can
go into a note or a ticket, and a note can become a ticket's description.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def _panel(window, key: str):
    dock = window.docks.get(key)
    return dock.widget() if dock is not None else None


def _show(window, key: str) -> None:
    dock = window.docks.get(key)
    if dock is not None:
        dock.show()
        dock.raise_()


def wire(window, desk) -> None:
    toolbox = _panel(window, "toolbox")
    knowledge = _panel(window, "knowledge")
    tickets = _panel(window, "tickets")

    def to_ticket(text: str) -> None:
        if tickets is not None and hasattr(tickets, "new_ticket"):
            _show(window, "tickets")
            tickets.new_ticket(description=text)

    def to_note(text: str) -> None:
        if toolbox is not None and hasattr(toolbox, "insert_text"):
            toolbox.insert_text(text)

    if toolbox is not None and hasattr(toolbox, "copy_note_to_ticket"):
        toolbox.copy_note_to_ticket.connect(to_ticket)
    if knowledge is not None and hasattr(knowledge, "send_to_note"):
        knowledge.send_to_note.connect(to_note)
        knowledge.send_to_ticket.connect(to_ticket)


def signed_in_again(desk) -> None:
    """After a re-sign-in, whatever waited for a valid token goes out now rather than at its next retry."""
    tickets = desk.extras.get("tickets")
    outbox = getattr(tickets, "outbox", None)
    if outbox is not None:
        outbox.wake()
