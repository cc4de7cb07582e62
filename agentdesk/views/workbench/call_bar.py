"""The call bar across the top of the window: the phone line's state, the screen pop of a ringing call
(number at once, name and level once found), answer/hang-up, the talk and wrap-up timers, and wrap-up.

The bar changes colour with the call (ringing amber, talking green, wrap-up blue) so the state is seen
from the corner of the eye, and says in words when the line is down and when it tries again.
"""

from __future__ import annotations

import asyncio
import logging
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from agentdesk.domain.calls import ANSWERED, RINGING, clock_text, display_number
from agentdesk.services.cti import CONNECTED, CONNECTING, DISCONNECTED
from agentdesk.services.errors import DeskError
from agentdesk.views.customer import wording
from agentdesk.views.error_text import describe

log = logging.getLogger(__name__)

PHASE_COLOURS = {
    "idle": ("", ""),
    "ringing": ("#fff3cd", "#5c4400"),
    "talking": ("#e3f4e1", "#1b4d1b"),
    "wrap_up": ("#e3eefb", "#0d3570"),
    "down": ("#fdecea", "#8a1f11"),
}


class CallBar(QFrame):
    wrap_up_requested = Signal()

    def __init__(self, phone, signals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-bar")
        self.setAccessibleName(self.tr("Call bar"))
        self.phone = phone
        self.state = phone.calls.state
        self.line = phone.line.status
        self._tasks: set[asyncio.Task] = set()

        self.line_label = QLabel(self)
        self.line_label.setObjectName("call-line")
        self.reconnect_button = QPushButton(self.tr("Reconnect"), self)
        self.reconnect_button.setObjectName("call-reconnect")
        self.reconnect_button.clicked.connect(phone.line.reconnect_now)
        self.caller_label = QLabel(self)
        self.caller_label.setObjectName("call-caller")
        self.caller_label.setTextFormat(Qt.TextFormat.RichText)
        self.caller_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long name must not widen the window beyond a small screen: the label gives way first
        self.caller_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caller_label.setMinimumWidth(220)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("call-timer")
        self.timer_label.setMinimumWidth(120)
        self.message = QLabel(self)
        self.message.setObjectName("call-message")
        self.message.setWordWrap(True)
        self.answer_button = QPushButton(self.tr("&Answer"), self)
        self.answer_button.setObjectName("call-answer")
        self.answer_button.clicked.connect(self.answer)
        self.hangup_button = QPushButton(self.tr("&Hang up"), self)
        self.hangup_button.setObjectName("call-hangup")
        self.hangup_button.clicked.connect(self.hangup)
        self.wrap_up_button = QPushButton(self.tr("&Wrap up…"), self)
        self.wrap_up_button.setObjectName("call-wrap-up")
        self.wrap_up_button.clicked.connect(self.wrap_up_requested.emit)

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.addWidget(self.line_label)
        row.addWidget(self.reconnect_button)
        row.addSpacing(16)
        row.addWidget(self.caller_label, 1)
        row.addWidget(self.message)
        row.addWidget(self.timer_label)
        row.addWidget(self.answer_button)
        row.addWidget(self.hangup_button)
        row.addWidget(self.wrap_up_button)

        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self._tick)
        signals.state_changed.connect(self.show_state)
        signals.line_changed.connect(self.show_line)
        self.show_line(self.line)
        self.show_state(self.state)

    def buttons(self) -> list[QPushButton]:
        """In the order Tab reaches them."""
        return [self.answer_button, self.hangup_button, self.wrap_up_button, self.reconnect_button]

    def set_shortcut_hints(self, answer: str, hangup: str, wrap_up: str) -> None:
        for button, keys in (
            (self.answer_button, answer),
            (self.hangup_button, hangup),
            (self.wrap_up_button, wrap_up),
        ):
            button.setToolTip(keys)

    # -- showing ----------------------------------------------------------------------------------------
    def phase(self) -> str:
        current = self.state.current
        if current is not None:
            return "ringing" if current.call.state == RINGING else "talking"
        if self.state.wrap_up is not None:
            return "wrap_up"
        return "down" if self.line.state == DISCONNECTED else "idle"

    def show_line(self, status) -> None:
        self.line = status
        if status.state == CONNECTED:
            text, tip = self.tr("● Phone line up"), self.tr("Incoming calls pop up here.")
        elif status.state == CONNECTING:
            text, tip = self.tr("◌ Connecting the phone line…"), ""
        elif status.state == DISCONNECTED:
            if status.needs_sign_in:
                text = self.tr("○ Phone line down: sign in again")
            elif status.retry_in_s is not None:
                text = (
                    self.tr("○ Phone line down — trying again in %1 s (attempt %2)")
                    .replace("%1", f"{status.retry_in_s:.0f}")
                    .replace("%2", str(status.attempt))
                )
            else:
                text = self.tr("○ Phone line down — reconnecting…")
            tip = describe(status.error) if status.error is not None else ""
            text += " " + self.tr("Incoming calls will not pop up.")
        else:
            text, tip = self.tr("Phone line off"), ""
        self.line_label.setText(text)
        self.line_label.setToolTip(tip)
        self.line_label.setAccessibleName(text)
        self.reconnect_button.setVisible(status.state == DISCONNECTED)
        self._paint()

    def show_state(self, state) -> None:
        self.state = state
        current, wrap = state.current, state.wrap_up
        if current is not None:
            self.caller_label.setText(self._caller_text(current, ringing=current.call.state == RINGING))
            if state.also_ringing:
                self.caller_label.setText(
                    self.caller_label.text()
                    + "  "
                    + escape(self.tr("(+%1 more ringing)").replace("%1", str(state.also_ringing)))
                )
        elif wrap is not None:
            self.caller_label.setText(
                escape(self.tr("Wrap-up: %1 — talked %2"))
                .replace("%1", self._who(wrap))
                .replace("%2", clock_text(self.phone.calls.talk_seconds(wrap)))
            )
        else:
            self.caller_label.setText(escape(self.tr("No call")))
        ringing = current is not None and current.call.state == RINGING
        self.answer_button.setVisible(ringing)
        self.hangup_button.setVisible(current is not None)
        self.hangup_button.setText(self.tr("&Reject") if ringing else self.tr("&Hang up"))
        self.wrap_up_button.setVisible(wrap is not None)
        self.caller_label.setAccessibleName(self.caller_label.text())
        if ringing and current.caller.lookup == "looking":
            window = self.window()
            if window is not None:
                QApplication.alert(window)  # the taskbar flashes when the desk is behind another window
        if current is not None or wrap is not None:
            self.ticker.start()
        else:
            self.ticker.stop()
        self._tick()
        self._paint()

    def _who(self, active) -> str:
        match = active.caller.match
        number = escape(display_number(active.call.caller))
        if match is not None:
            return f"<b>{escape(match.name)}</b> {number}"
        return number

    def _caller_text(self, active, ringing: bool) -> str:
        number = f"<b>{escape(display_number(active.call.caller))}</b>"
        head = self.tr("Incoming call") if ringing else self.tr("On the phone")
        caller = active.caller
        if caller.lookup == "looking":
            who = escape(self.tr("looking up the caller…"))
        elif caller.lookup == "known" and caller.match is not None:
            level = wording.level(caller.match.level) if caller.match.level else ""
            who = f"<b>{escape(caller.match.name)}</b>"
            if level:
                who += " · " + escape(self.tr("%1 customer").replace("%1", level))
        elif caller.lookup == "failed":
            reason = describe(caller.error) if isinstance(caller.error, DeskError) else ""
            who = escape(self.tr("caller not looked up") + (f" ({reason})" if reason else ""))
        else:
            who = escape(self.tr("unknown caller"))
        return f"{escape(head)} · {number} · {who}"

    def _tick(self) -> None:
        calls = self.phone.calls
        current = self.state.current
        if current is not None and current.call.state == RINGING:
            text = self.tr("Ringing %1").replace("%1", clock_text(calls.ringing_seconds(current)))
        elif current is not None and current.call.state == ANSWERED:
            text = self.tr("Talking %1").replace("%1", clock_text(calls.talk_seconds(current)))
        elif self.state.wrap_up is not None:
            text = self.tr("Wrap-up %1").replace("%1", clock_text(calls.wrap_up_seconds()))
        else:
            text = ""
        self.timer_label.setText(text)
        self.timer_label.setAccessibleName(text)

    def _paint(self) -> None:
        background, colour = PHASE_COLOURS[self.phase()]
        self.setProperty("phase", self.phase())
        if background:
            self.setStyleSheet(
                f"QFrame#call-bar {{ background: {background}; border-radius: 4px; }}"
                f" QFrame#call-bar QLabel {{ color: {colour}; }}"
            )
        else:
            self.setStyleSheet("")
        if self.phase() in ("ringing", "talking"):  # the caller in larger type, whatever the text size
            font = QFont(self.font())
            font.setPointSizeF(self.font().pointSizeF() * 1.25)
            self.caller_label.setFont(font)
        else:
            self.caller_label.setFont(QFont())  # no font of its own: it follows the window's

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the agent changed the text size
            self._paint()

    # -- the agent's actions ----------------------------------------------------------------------------
    def answer(self) -> None:
        current = self.state.current
        if current is not None and current.call.state == RINGING:
            self._spawn(self._do(self.phone.calls.answer, self.tr("Could not answer: %1")))

    def hangup(self) -> None:
        if self.state.current is not None:
            self._spawn(self._do(self.phone.calls.hangup, self.tr("Could not hang up: %1")))

    async def _do(self, action, failure: str) -> None:
        self.message.clear()
        try:
            await action()
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.message.setText(failure.replace("%1", describe(exc)))
        except Exception as exc:  # the call goes on; say what failed
            log.exception("phone action failed")
            self.message.setText(failure.replace("%1", str(exc)))

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        try:
            self.ticker.stop()
        except RuntimeError:  # the window (and this bar with it) is already gone
            pass
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
