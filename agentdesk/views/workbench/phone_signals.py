"""The thin Qt adapter over the phone services: their callbacks become signals the widgets connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PhoneSignals(QObject):
    state_changed = Signal(object)  # services.cti.PhoneState
    line_changed = Signal(object)  # services.cti.LineStatus
    popped = Signal(object)  # services.cti.Pop: open this customer, or an empty view with the number
    history_changed = Signal()

    def __init__(self, phone, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phone = phone
        phone.calls.add_listener(self._state)
        phone.calls.add_pop_listener(self._pop)
        phone.line.add_listener(self._line)
        phone.history.add_listener(self._history)

    # The services call these on the event loop's thread (the GUI thread under qasync). A listener may
    # outlive the widgets (the desk closes after the window), so a deleted adapter is ignored.
    def _state(self, state) -> None:
        self._emit("state_changed", state)

    def _pop(self, pop) -> None:
        self._emit("popped", pop)

    def _line(self, status) -> None:
        self._emit("line_changed", status)

    def _history(self) -> None:
        self._emit("history_changed")

    def _emit(self, name: str, *args) -> None:
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # the C++ object is gone (window closed): nobody listens any more
            pass
