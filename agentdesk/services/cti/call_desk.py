"""The agent's calls as they happen: screen pop, answer and hang-up, call timer and wrap-up.

Events come from the phone line (``line.PhoneLine``). On ``ringing`` the caller's number is looked up
at once (latest wins per call), so the bar can show name and level before the agent picks up; on
``answered`` the talk timer starts and the desk is asked to pop the customer (or, for an unknown number,
an empty view with the number in the search box) as soon as both the answer and the look-up are in;
on ``ended`` the timer stops and, for a call that was answered, wrap-up begins: its timer runs until the
agent records a disposition (through the ticket desk's wrap-up service when that is plugged in).

Plain asyncio and callbacks; the Qt side listens through a thin adapter in ``views/workbench``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.domain.calls import ANSWERED, ENDED, RINGING, Call, CallEvent, lookup_number
from agentdesk.services.errors import ConnectorError, NotFound, ServiceError

log = logging.getLogger(__name__)

LOOKING, KNOWN, UNKNOWN, FAILED = "looking", "known", "unknown", "failed"


@dataclass(frozen=True)
class Caller:
    """Who is calling, as far as the desk knows yet: ``lookup`` is looking, known, unknown or failed."""

    number: str
    lookup: str = LOOKING
    match: Any = None  # a customer_lookup.CustomerMatch (customer_id, name, number, level, ...)
    error: BaseException | None = None


@dataclass(frozen=True)
class ActiveCall:
    """A call the agent is on (or that rings), with the desk's monotonic anchors for its timers."""

    call: Call
    caller: Caller
    ringing_since: float
    talk_since: float | None = None
    ended_since: float | None = None
    talk_s: int | None = None  # final talk time, from the CTI, once ended
    popped: bool = False


@dataclass(frozen=True)
class PhoneState:
    """What the call bar shows: the call rung or spoken on, other calls ringing, a wrap-up pending."""

    current: ActiveCall | None = None
    also_ringing: int = 0
    wrap_up: ActiveCall | None = None


@dataclass(frozen=True)
class Pop:
    """Open this customer (``match``), or an empty view with ``number`` in the search box (no match)."""

    call_id: str
    number: str
    match: Any = None


class WrapUpUnavailable(ServiceError):
    """There is no ended call waiting for a wrap-up."""


class CallDesk:
    def __init__(
        self,
        cti,
        customers,
        history,
        *,
        agent: Callable[[], str | None],
        audit: Any = None,
        wrapups: Callable[[], Any] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._cti = cti
        self._customers = customers
        self.history = history
        self._agent = agent
        self._audit = audit
        self._wrapups = wrapups
        self._clock = clock
        self._calls: dict[str, ActiveCall] = {}  # not ended yet, in ringing order
        self._wrap_up: ActiveCall | None = None
        self._lookups: dict[str, asyncio.Task] = {}
        self._tasks: set[asyncio.Task] = set()
        self._listeners: list[Callable[[PhoneState], None]] = []
        self._pop_listeners: list[Callable[[Pop], None]] = []

    # -- listening ------------------------------------------------------------------------------------------
    def add_listener(self, listener: Callable[[PhoneState], None]) -> None:
        self._listeners.append(listener)
        listener(self.state)

    def add_pop_listener(self, listener: Callable[[Pop], None]) -> None:
        self._pop_listeners.append(listener)

    def _changed(self) -> None:
        state = self.state
        for listener in list(self._listeners):
            try:
                listener(state)
            except Exception:
                log.exception("phone state listener failed")

    @property
    def state(self) -> PhoneState:
        talking = [c for c in self._calls.values() if c.call.state == ANSWERED]
        ringing = [c for c in self._calls.values() if c.call.state == RINGING]
        current = talking[-1] if talking else (ringing[-1] if ringing else None)
        also = len(ringing) - (1 if current is not None and current.call.state == RINGING else 0)
        return PhoneState(current=current, also_ringing=also, wrap_up=self._wrap_up)

    # -- timers ---------------------------------------------------------------------------------------------
    def talk_seconds(self, active: ActiveCall | None = None) -> float | None:
        """Talk time of ``active`` (default: the current call): running while answered, final once ended."""
        active = active or self.state.current
        if active is None:
            return None
        if active.talk_s is not None:
            return float(active.talk_s)
        if active.talk_since is None:
            return None
        end = active.ended_since if active.ended_since is not None else self._clock()
        return max(0.0, end - active.talk_since)

    def ringing_seconds(self, active: ActiveCall | None = None) -> float | None:
        active = active or self.state.current
        if active is None:
            return None
        return max(0.0, self._clock() - active.ringing_since)

    def wrap_up_seconds(self) -> float | None:
        if self._wrap_up is None or self._wrap_up.ended_since is None:
            return None
        return max(0.0, self._clock() - self._wrap_up.ended_since)

    # -- events ---------------------------------------------------------------------------------------------
    async def handle(self, event: CallEvent) -> None:
        """One event of the stream (also replayed ones after a reconnect)."""
        call = event.call
        try:
            await self.history.note_call(call)
        except Exception:  # the history is a record; the screen pop must go on without it
            log.exception("could not store call %s", call.id)
        if event.name == RINGING:
            self._ringing(call)
        elif event.name == ANSWERED:
            self._answered(call)
        elif event.name == ENDED:
            self._ended(call)
        self._changed()

    def _ringing(self, call: Call) -> None:
        if call.id in self._calls:
            return
        self._calls[call.id] = ActiveCall(call, Caller(call.caller), ringing_since=self._clock())
        self._lookups[call.id] = asyncio.ensure_future(self._look_up(call.id, call.caller))

    def _answered(self, call: Call) -> None:
        active = self._calls.get(call.id)
        if active is None:  # its ringing was missed (the desk started during the call)
            self._ringing(call)
            active = self._calls[call.id]
        if active.talk_since is None:
            active = replace(active, call=call, talk_since=self._clock())
        else:
            active = replace(active, call=call)
        self._calls[call.id] = active
        self._maybe_pop(call.id)
        wrapups = self._wrapups()
        match = active.caller.match
        if wrapups is not None and match is not None:
            wrapups.call_for(match.customer_id, match.number or lookup_number(call.caller), match.name)

    def _ended(self, call: Call) -> None:
        active = self._calls.pop(call.id, None)
        task = self._lookups.pop(call.id, None)
        if task is not None and not task.done():
            task.cancel()
        if call.answered_at is None:
            return  # rejected or abandoned: in the history as missed, nothing to wrap up
        now = self._clock()
        if active is None:
            active = ActiveCall(call, Caller(call.caller, UNKNOWN), ringing_since=now, talk_since=now)
        self._wrap_up = replace(active, call=call, ended_since=now, talk_s=call.talk_s)

    async def _look_up(self, call_id: str, caller: str) -> None:
        number = lookup_number(caller)
        try:
            matches = await self._customers.find(number)
        except asyncio.CancelledError:
            raise
        except NotFound:
            result = Caller(caller, UNKNOWN)
        except ServiceError as exc:  # not a number the search knows the form of: an unknown caller
            result = Caller(caller, UNKNOWN, error=exc)
        except ConnectorError as exc:
            result = Caller(caller, FAILED, error=exc)
        except Exception as exc:
            log.exception("looking up caller %s failed", caller)
            result = Caller(caller, FAILED, error=exc)
        else:
            result = Caller(caller, KNOWN, match=matches[0]) if matches else Caller(caller, UNKNOWN)
        finally:
            self._lookups.pop(call_id, None)
        self._caller_found(call_id, result)

    def _caller_found(self, call_id: str, caller: Caller) -> None:
        active = self._calls.get(call_id)
        if active is not None:
            self._calls[call_id] = replace(active, caller=caller)
            if active.call.state == ANSWERED:
                wrapups = self._wrapups()
                if wrapups is not None and caller.match is not None:
                    m = caller.match
                    wrapups.call_for(m.customer_id, m.number or lookup_number(active.call.caller), m.name)
            self._maybe_pop(call_id)
        elif self._wrap_up is not None and self._wrap_up.call.id == call_id:
            self._wrap_up = replace(self._wrap_up, caller=caller)
        else:
            return
        if caller.match is not None:
            m = caller.match
            self._spawn(self.history.note_customer(call_id, m.customer_id, m.name, m.level or ""))
        self._changed()

    def _maybe_pop(self, call_id: str) -> None:
        """Pop once per call, when it is answered and the caller's look-up has finished."""
        active = self._calls.get(call_id)
        if (
            active is None
            or active.popped
            or active.call.state != ANSWERED
            or active.caller.lookup == LOOKING
        ):
            return
        self._calls[call_id] = replace(active, popped=True)
        pop = Pop(call_id, lookup_number(active.call.caller), active.caller.match)
        for listener in list(self._pop_listeners):
            try:
                listener(pop)
            except Exception:
                log.exception("screen pop listener failed")

    async def catch_up(self) -> None:
        """After (re)connecting: the CTI's own list fills the history and settles calls whose events were
        missed beyond the replay window (e.g. the desk was restarted in the middle of a call)."""
        agent = self._agent()
        if not agent:
            return
        page = await self._cti.calls(agent, limit=50)
        await self.history.note_calls(page.items)
        by_id = {c.id: c for c in page.items}
        for call_id in list(self._calls):
            fresh = by_id.get(call_id)
            if fresh is not None and fresh.state == ENDED:
                self._ended(fresh)
        for call in reversed(page.items):
            if call.state != ENDED and call.id not in self._calls:
                self._ringing(call)
                if call.state == ANSWERED:
                    self._answered(call)
        self._changed()

    # -- the agent's actions --------------------------------------------------------------------------------
    async def answer(self) -> Call:
        """Pick up the current ringing call."""
        active = self.state.current
        if active is None or active.call.state != RINGING:
            raise ServiceError("no call is ringing")
        return await self._write("answer", active, self._cti.answer)

    async def hangup(self) -> Call:
        """End the current call (or reject it while it rings)."""
        active = self.state.current
        if active is None:
            raise ServiceError("there is no call to end")
        return await self._write("hangup", active, self._cti.hangup)

    async def _write(self, operation: str, active: ActiveCall, send) -> Call:
        key = new_idempotency_key()
        match = active.caller.match
        outcome, message = "ok", ""
        try:
            return await send(active.call.id, idempotency_key=key)
        except ConnectorError as exc:
            outcome, message = "failed", exc.message
            raise
        finally:
            await self._record(operation, key, outcome, message, active, match)

    async def _record(self, operation, key, outcome, message, active: ActiveCall, match) -> None:
        if self._audit is None:
            return
        try:
            await self._audit.record(
                agent=self._agent() or "",
                system="cti",
                operation=operation,
                idempotency_key=key,
                outcome=outcome,
                message=message or f"call {active.call.id}",
                customer_id=match.customer_id if match is not None else "",
                number=lookup_number(active.call.caller),
                request={"callId": active.call.id},
            )
        except Exception:
            log.exception("could not audit %s of call %s", operation, active.call.id)

    async def finish_wrap_up(
        self, disposition: str, note: str = "", customer: Any = None, *, wrapup_id: str | None = None
    ) -> str:
        """Record how the ended call went and end its wrap-up timer.

        ``customer`` (a match) stands in for an unknown caller the agent found by hand. ``wrapup_id``: the
        ticket desk's wrap-up dialog already recorded it (only the call history learns of it here).
        Returns the ticket desk's wrap-up id ("" when the ticket desk is not plugged in).
        """
        pending = self._wrap_up
        if pending is None:
            raise WrapUpUnavailable("no ended call is waiting for a wrap-up")
        match = pending.caller.match or customer
        wrapups = self._wrapups()
        if wrapup_id is None:
            wrapup_id = ""
            if wrapups is not None and match is not None:
                number = match.number or lookup_number(pending.call.caller)
                wrapups.call_for(match.customer_id, number, match.name)
                recorded = await wrapups.record(match.customer_id, disposition, note=note)
                wrapup_id = recorded.id
        seconds = self.wrap_up_seconds()
        await self.history.note_wrap_up(
            pending.call.id, disposition, wrapup_id, round(seconds) if seconds is not None else None
        )
        if match is not None and pending.caller.match is None:
            await self.history.note_customer(
                pending.call.id, match.customer_id, match.name, match.level or ""
            )
        if self._wrap_up is pending:
            self._wrap_up = None
        self._changed()
        return wrapup_id

    # -- lifecycle ------------------------------------------------------------------------------------------
    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        tasks = [*self._lookups.values(), *self._tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
