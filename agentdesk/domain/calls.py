"""Calls to the hotline as the CTI reports them, and the few pure rules the workbench applies to them.

A call rings at one agent, may be answered, and ends for one of four reasons. The desk keeps the calls of
the agent's shift with the customer it was for and the wrap-up the agent chose.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

RINGING = "ringing"
ANSWERED = "answered"
ENDED = "ended"
CALL_STATES: tuple[str, ...] = (RINGING, ANSWERED, ENDED)

#: why a call ended: the agent hung up, rejected it while ringing, the caller hung up, or gave up ringing
AGENT_HANGUP = "agentHangup"
REJECTED = "rejected"
CALLER_HANGUP = "callerHangup"
ABANDONED = "abandoned"
END_REASONS: tuple[str, ...] = (AGENT_HANGUP, REJECTED, CALLER_HANGUP, ABANDONED)


@dataclass(frozen=True)
class Call:
    """One call as the CTI knows it; times are UTC."""

    id: str
    agent: str
    caller: str
    called: str
    state: str
    ringing_at: datetime
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: str | None = None
    wait_s: int | None = None
    talk_s: int | None = None

    @property
    def was_answered(self) -> bool:
        return self.answered_at is not None

    @property
    def missed(self) -> bool:
        """Ended without anyone talking (rejected or abandoned)."""
        return self.state == ENDED and not self.was_answered


@dataclass(frozen=True)
class CallEvent:
    """One event of the agent's stream: ``name`` is ringing, answered or ended; ``id`` orders them."""

    id: int | None
    name: str
    call: Call
    at: datetime | None = None


@dataclass(frozen=True)
class CallRecord:
    """A call of the shift as the desk keeps it: the CTI's facts, the customer and the wrap-up."""

    call_id: str
    agent: str
    caller: str
    ringing_at: datetime
    state: str = RINGING
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: str | None = None
    customer_id: str = ""
    customer_name: str = ""
    customer_level: str = ""
    disposition: str = ""
    wrapup_id: str = ""
    wrapup_s: int | None = None

    @property
    def talk_s(self) -> int | None:
        if self.answered_at and self.ended_at:
            return max(0, int((self.ended_at - self.answered_at).total_seconds()))
        return None

    @property
    def wait_s(self) -> int | None:
        end = self.answered_at or self.ended_at
        return max(0, int((end - self.ringing_at).total_seconds())) if end else None

    @property
    def missed(self) -> bool:
        return self.state == ENDED and self.answered_at is None

    def merged(self, call: Call) -> CallRecord:
        """This record brought up to date with what the CTI now says of the call (never backwards)."""
        order = {RINGING: 0, ANSWERED: 1, ENDED: 2}
        state = call.state if order.get(call.state, 0) >= order.get(self.state, 0) else self.state
        return replace(
            self,
            state=state,
            answered_at=call.answered_at or self.answered_at,
            ended_at=call.ended_at or self.ended_at,
            end_reason=call.end_reason or self.end_reason,
        )


def record_of(call: Call) -> CallRecord:
    return CallRecord(
        call_id=call.id,
        agent=call.agent,
        caller=call.caller,
        ringing_at=call.ringing_at,
        state=call.state,
        answered_at=call.answered_at,
        ended_at=call.ended_at,
        end_reason=call.end_reason,
    )


@dataclass(frozen=True)
class ShiftSummary:
    """What the agent's shift looks like so far: counts and average handling times."""

    calls: int
    answered: int
    missed: int
    talk_s: int
    average_talk_s: int | None
    average_wrapup_s: int | None


def shift_summary(records: list[CallRecord] | tuple[CallRecord, ...]) -> ShiftSummary:
    answered = [r for r in records if r.answered_at is not None]
    talks = [r.talk_s for r in answered if r.talk_s is not None]
    wraps = [r.wrapup_s for r in records if r.wrapup_s is not None]
    return ShiftSummary(
        calls=len(records),
        answered=len(answered),
        missed=sum(1 for r in records if r.missed),
        talk_s=sum(talks),
        average_talk_s=round(sum(talks) / len(talks)) if talks else None,
        average_wrapup_s=round(sum(wraps) / len(wraps)) if wraps else None,
    )


def clock_text(seconds: int | float | None) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour on), as call timers show it; ``--:--`` when unknown."""
    if seconds is None:
        return "--:--"
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def display_number(number: str) -> str:
    """A caller's number grouped for reading aloud: 189 1234 5678; other lengths unchanged."""
    digits = number.strip()
    if len(digits) == 11 and digits.isdigit() and digits.startswith("1"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits


def lookup_number(caller: str) -> str:
    """The caller's number as the customer search knows it: without +86/0086 and spaces or dashes."""
    number = "".join(ch for ch in caller.strip() if ch.isdigit() or ch == "+")
    for prefix in ("+86", "0086"):
        if number.startswith(prefix) and len(number) - len(prefix) >= 7:
            return number[len(prefix) :]
    if number.startswith("86") and len(number) == 13 and number[2] == "1":
        return number[2:]
    return number.lstrip("+")
