from __future__ import annotations

import gc
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, Signal

from tests.services.tickets.conftest import api, customer  # noqa: F401  (shared fixtures)
from tests.services.tickets.support import ServicesFactory


@pytest.fixture
def make_services(stub_server, run):
    factory = ServicesFactory(stub_server.url, run)
    yield factory
    factory.close()
    gc.collect()


@dataclass(frozen=True)
class Match:
    """What the window says about the open customer."""

    customer_id: str
    name: str
    number: str


def match_of(found: dict) -> Match:
    return Match(found["customer_id"], found["customer_name"], found["number"])


class CustomerWindow(QObject):
    """The two things the panel uses from the main window: the current customer and its signal."""

    current_customer_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.match = None

    def current_customer(self):
        return self.match

    def open(self, match) -> None:
        self.match = match
        self.current_customer_changed.emit(match)


def type_text(qtbot, widget, text: str) -> None:
    """Type as an agent does: Latin keys one by one, Chinese committed by the input method (QTest's
    key clicks cannot carry non-Latin characters)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget.focusProxy() or widget, event)
