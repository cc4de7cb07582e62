"""The desk's connection to the CTI event stream: connect, listen, and reconnect by itself.

A dropped or failed stream is retried with exponential back-off and jitter (tenacity), and the line says
so while it is down (``disconnected``, the attempt and when the next one comes), so the agent knows a
ringing might not pop. Every reconnect sends the id of the last event handled, so the CTI replays the
events missed meanwhile; an event seen twice is handled once.

A stream that stayed up for ``stable_s`` and then ended is reconnected at once with a fresh back-off; one
that ends right after connecting counts as a failure, so a server that keeps dropping us is not hammered.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_never,
    wait_exponential,
    wait_random,
)

from agentdesk.domain.calls import CallEvent
from agentdesk.services.errors import ConnectorError, SystemUnavailable, Unauthorised

log = logging.getLogger(__name__)

CONNECTING = "connecting"
CONNECTED = "connected"
DISCONNECTED = "disconnected"
STOPPED = "stopped"


@dataclass(frozen=True)
class LineStatus:
    """What the agent sees of the line: ``state``; when disconnected, why, which attempt, next try in."""

    state: str
    attempt: int = 0
    retry_in_s: float | None = None
    error: ConnectorError | None = None

    @property
    def needs_sign_in(self) -> bool:
        return isinstance(self.error, Unauthorised)


class StreamEnded(SystemUnavailable):
    """The CTI closed the stream soon after it opened: treated as a failure, so back-off applies."""

    def __init__(self) -> None:
        super().__init__("cti", "the CTI closed the call stream")


EventHandler = Callable[[CallEvent], Awaitable[None]]


class PhoneLine:
    """Keeps one stream open for the signed-in agent and hands each new event to ``on_event``."""

    def __init__(
        self,
        cti,
        agent: Callable[[], str | None],
        on_event: EventHandler,
        *,
        on_connected: Callable[[], Awaitable[None]] | None = None,
        heartbeat_s: float = 5.0,
        initial_delay_s: float = 0.5,
        max_delay_s: float = 30.0,
        stable_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._cti = cti
        self._agent = agent
        self._on_event = on_event
        self._on_connected = on_connected
        self.heartbeat_s = heartbeat_s
        self.initial_delay_s = initial_delay_s
        self.max_delay_s = max_delay_s
        self.stable_s = stable_s
        self._clock = clock
        self._listeners: list[Callable[[LineStatus], None]] = []
        self._status = LineStatus(STOPPED)
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()
        self._stopping = False
        self.last_event_id: int | None = None
        self._listening_as: str | None = None
        self.connections = 0  # streams opened so far (the first one and every reconnect)

    # -- status ---------------------------------------------------------------------------------------------
    @property
    def status(self) -> LineStatus:
        return self._status

    def add_listener(self, listener: Callable[[LineStatus], None], *, replay: bool = True) -> None:
        self._listeners.append(listener)
        if replay:
            listener(self._status)

    def _set(self, status: LineStatus) -> None:
        self._status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("line status listener failed")

    # -- running --------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start listening (once); the task runs until :meth:`aclose`."""
        if self._task is None or self._task.done():
            self._stopping = False
            self._task = asyncio.ensure_future(self._run())

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def reconnect_now(self) -> None:
        """Skip the rest of the back-off wait (the agent pressed "reconnect")."""
        self._wake.set()

    async def aclose(self) -> None:
        self._stopping = True
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self._set(LineStatus(STOPPED))

    async def _run(self) -> None:
        try:
            while not self._stopping:
                retrying = AsyncRetrying(
                    retry=retry_if_exception_type(ConnectorError),
                    wait=wait_exponential(multiplier=self.initial_delay_s, max=self.max_delay_s)
                    + wait_random(0, self.initial_delay_s),
                    stop=stop_never,
                    before_sleep=self._waiting,
                    sleep=self._sleep,
                    reraise=True,
                )
                await retrying(self._listen_once)
                if not self._stopping:  # a long-lived stream ended: say so, then reconnect at once
                    self._set(LineStatus(DISCONNECTED, attempt=1, retry_in_s=0.0, error=StreamEnded()))
        except asyncio.CancelledError:
            raise
        except Exception:  # a bug in a handler must not silently end the screen pop for the shift
            log.exception("the phone line stopped on an unexpected error")
            self._set(LineStatus(STOPPED))

    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        waiter = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({waiter}, timeout=seconds)
        finally:
            waiter.cancel()

    def _waiting(self, state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else None
        log.info("CTI stream down (%s); attempt %d, next in %.1f s", error, state.attempt_number, wait or 0)
        self._set(
            LineStatus(
                DISCONNECTED,
                attempt=state.attempt_number,
                retry_in_s=wait,
                error=error if isinstance(error, ConnectorError) else None,
            )
        )

    async def _listen_once(self) -> None:
        agent = self._agent()
        if not agent:
            raise SystemUnavailable("cti", "nobody is signed in")
        if agent != self._listening_as:  # another agent signed in: their events, from now on
            self._listening_as, self.last_event_id = agent, None
        if self._status.state != DISCONNECTED:
            self._set(LineStatus(CONNECTING))
        async with self._cti.open_stream(
            agent, last_event_id=self.last_event_id, heartbeat_s=self.heartbeat_s
        ) as stream:
            opened = self._clock()
            self.connections += 1
            self._set(LineStatus(CONNECTED))
            if self._on_connected is not None:
                try:
                    await self._on_connected()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("catching up after connecting failed")
            async for event in stream:
                if self._agent() != agent:  # signed out, or another agent signed in: not their calls
                    log.info("the signed-in agent changed; reconnecting the call stream")
                    break
                if event.id is not None and self.last_event_id is not None and event.id <= self.last_event_id:
                    continue  # replayed twice (an overlap of two replays): already handled
                try:
                    await self._on_event(event)
                except asyncio.CancelledError:
                    raise
                except Exception:  # one event the desk could not handle must not drop the line
                    log.exception("handling the %s event of call %s failed", event.name, event.call.id)
                if event.id is not None:
                    self.last_event_id = event.id
        if self._clock() - opened < self.stable_s:
            raise StreamEnded()
