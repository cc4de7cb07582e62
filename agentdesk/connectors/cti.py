"""CTI: the agent's incoming-call events as a server-sent-events stream, and answer/hang-up.

The stream rides on the CTI system's shared client through its public :meth:`SystemClient.stream` (same
base URL, TLS trust, bearer token, error mapping and health as every other call); httpx-sse reads the events. Connecting is one attempt: reconnecting with
back-off is the phone-line service's job (``agentdesk.services.cti``), which also remembers the last
event id so a reconnect replays what was missed. Answer and hang-up are keyed writes like any other.

The stream's read time-out is a few heartbeats long: a connection that went silent (a dead network
path that never closed) fails with :class:`SystemTimeout` instead of hanging for ever.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from httpx_sse import EventSource, SSEError

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import get_page, seg
from agentdesk.connectors.errors import MalformedResponse, SystemTimeout, SystemUnavailable
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.calls import CALL_STATES, END_REASONS, Call, CallEvent
from agentdesk.domain.common import Page

SYSTEM = "cti"
EVENT_NAMES = CALL_STATES  # the stream's event names are the states a call enters
DEFAULT_HEARTBEAT_S = 5.0

log = logging.getLogger("agentdesk.connectors.cti")


def _call(f: Fields) -> Call:
    end_reason = f.opt_str("endReason")
    if end_reason is not None and end_reason not in END_REASONS:
        raise f.bad("endReason", "one of " + ", ".join(END_REASONS))
    return Call(
        id=f.req_str("callId") if f.has("callId") else f.req_str("id"),
        agent=f.req_str("agent"),
        caller=f.req_str("callerNumber"),
        called=f.str_or("calledNumber"),
        state=f.choice("state", CALL_STATES),
        ringing_at=f.req_dt("ringingAt"),
        answered_at=f.opt_dt("answeredAt"),
        ended_at=f.opt_dt("endedAt"),
        end_reason=end_reason,
        wait_s=f.opt_int("waitS"),
        talk_s=f.opt_int("talkS"),
    )


def parse_call(body: Any) -> Call:
    return _call(Fields(body, SYSTEM, "call"))


def parse_event(name: str, data: str, event_id: str | None) -> CallEvent:
    """One SSE event (name, JSON data, id) as a :class:`CallEvent`; MalformedResponse if it is not one."""
    if name not in EVENT_NAMES:
        raise MalformedResponse(SYSTEM, f"unknown event {name[:40]!r} on the call stream")
    try:
        body = json.loads(data)
    except ValueError:
        raise MalformedResponse(SYSTEM, f"the {name} event's data is not JSON") from None
    f = Fields(body, SYSTEM, name)
    ident: int | None = None
    if event_id:
        try:
            ident = int(event_id)
        except ValueError:
            raise MalformedResponse(
                SYSTEM, f"the {name} event's id {event_id[:40]!r} is not a number"
            ) from None
    return CallEvent(id=ident, name=name, call=_call(f), at=f.opt_dt("at"))


PARSERS: dict[str, Any] = {
    "call": parse_call,
    # the fuzz test feeds one JSON body; the event wrapper is exercised with a ringing event
    "event": lambda body: parse_event("ringing", json.dumps(body), "1"),
}


class CallStream:
    """An open event stream: iterate it for :class:`CallEvent`; the iteration ends when the server closes
    the stream, and raises a :class:`ConnectorError` when the connection breaks or goes silent.

    The body is read by a task of its own and handed over through a queue. Leaving early cancels that
    task, so httpx's chain of async generators unwinds at a network read instead of being left suspended
    for the garbage collector (which, under qasync's loop, cannot close them cleanly).

    A malformed event is logged and skipped (counted in ``skipped``): one bad event must not cost the
    agent the connection and with it the next ringing.
    """

    _END = object()

    def __init__(self, source: EventSource) -> None:
        self._source = source
        self.skipped = 0
        self.last_event_id: int | None = None
        self.retry_ms: int | None = None
        self._queue: asyncio.Queue = asyncio.Queue()
        self._reader = asyncio.ensure_future(self._read())

    def __aiter__(self) -> CallStream:
        return self

    async def __anext__(self) -> CallEvent:
        item = await self._queue.get()
        if item is self._END:
            self._queue.put_nowait(item)  # stays ended for any later reader
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            self._queue.put_nowait(self._END)
            raise item
        return item

    async def aclose(self) -> None:
        if not self._reader.done():
            self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)

    async def _read(self) -> None:
        try:
            async for sse in self._source.aiter_sse():
                if sse.retry is not None:
                    self.retry_ms = sse.retry
                if not sse.data:  # the opening block (retry only) and empty keep-alives
                    continue
                try:
                    event = parse_event(sse.event, sse.data, sse.id or None)
                except MalformedResponse as exc:
                    self.skipped += 1
                    log.warning("skipped an event of the call stream: %s", exc.message)
                    continue
                if event.id is not None:
                    self.last_event_id = event.id
                self._queue.put_nowait(event)
        except SSEError as exc:
            self._queue.put_nowait(
                MalformedResponse(SYSTEM, f"the call stream is not an event stream ({exc})")
            )
        except httpx.TimeoutException:
            self._queue.put_nowait(SystemTimeout(SYSTEM, "the call stream went silent (no heartbeat)"))
        except httpx.HTTPError as exc:
            self._queue.put_nowait(
                SystemUnavailable(SYSTEM, f"the call stream broke off ({type(exc).__name__})")
            )
        self._queue.put_nowait(self._END)


class CtiConnector:
    """The agent's call events, the shift's calls, and answering or ending a call."""

    def __init__(self, client: SystemClient) -> None:
        self.client = client

    @asynccontextmanager
    async def open_stream(
        self, agent: str, *, last_event_id: int | None = None, heartbeat_s: float = DEFAULT_HEARTBEAT_S
    ) -> AsyncIterator[CallStream]:
        """Connect to ``agent``'s events; on entry the server has answered 200 (the line is up).

        ``last_event_id``: the last event seen before a drop; the server first replays what came after it.
        Raises a :class:`ConnectorError` when the stream cannot be opened.
        """
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        async with self.client.stream(
            "GET",
            f"agent/{seg(agent)}/events",
            params={"heartbeat": f"{heartbeat_s:g}"},
            headers=headers,
            read_timeout=max(heartbeat_s * 3, 2.0),
        ) as response:
            stream = CallStream(EventSource(response))
            try:
                yield stream
            finally:
                await stream.aclose()

    async def calls(self, agent: str, *, offset: int = 0, limit: int = 100) -> Page[Call]:
        """The agent's calls known to the CTI (newest first)."""
        return await get_page(
            self.client, f"agent/{seg(agent)}/calls", {"offset": offset, "limit": limit}, "calls", _call
        )

    async def call(self, call_id: str) -> Call:
        return await self.client.get(f"call/{seg(call_id)}", parse=parse_call)

    async def answer(self, call_id: str, *, idempotency_key: str) -> Call:
        """Pick up a ringing call (409 ``RequestRejected`` when it no longer rings)."""
        reply = await self.client.write(
            "POST", f"call/{seg(call_id)}/answer", idempotency_key=idempotency_key, parse=parse_call
        )
        return reply.value

    async def hangup(self, call_id: str, *, idempotency_key: str) -> Call:
        """End an answered call, or reject a ringing one."""
        reply = await self.client.write(
            "POST", f"call/{seg(call_id)}/hangup", idempotency_key=idempotency_key, parse=parse_call
        )
        return reply.value
