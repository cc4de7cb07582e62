"""CTI: incoming-call events for the desk's screen pop, as a server-sent-events stream per agent.

The hub lives in ``ctx.hubs["cti"]``. Its queues belong to the server's event loop (bound on the first
stream); call state is guarded by a lock because answer/hang-up run in FastAPI's thread pool and
``close()`` is called from the thread that stops the server. Calls live in memory only: a restart of
the simulator is a new shift.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.sse import format_sse_event
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from backend_stub import auth
from backend_stub.auth import User, current_user
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import dumps, now_iso, parse_iso
from backend_stub.errors import StubError, not_found
from backend_stub.paging import Page, page_params, slice_list
from backend_stub.writes import perform_write

router = APIRouter(prefix="/cti", tags=["cti"])
admin_router = APIRouter(prefix="/admin/cti", tags=["admin"], dependencies=[Depends(auth.require_admin)])

HOTLINE = "10000"
CallPath = Path(..., max_length=40, description="the call id from the ringing event")
AgentPath = Path(..., max_length=64, description="the agent's user name")
HISTORY = 100  # events kept per agent for Last-Event-ID replay
MAX_CALLS = 5000
RETRY_MS = 1000  # the reconnect delay a browser-like client should use
_CLOSE = object()


@dataclass
class Event:
    id: int
    name: str  # ringing | answered | ended
    data: dict

    def encode(self) -> bytes:
        return format_sse_event(data_str=dumps(self.data), event=self.name, id=str(self.id))


@dataclass
class Call:
    id: str
    agent: str
    caller: str
    state: str = "ringing"  # ringing | answered | ended
    ringing_at: str = ""
    answered_at: str | None = None
    ended_at: str | None = None
    end_reason: str | None = None  # agentHangup | callerHangup | abandoned | rejected

    def view(self) -> dict:
        talk = wait = None
        if self.answered_at:
            wait = _seconds(self.ringing_at, self.answered_at)
            if self.ended_at:
                talk = _seconds(self.answered_at, self.ended_at)
        return {
            "id": self.id,
            "href": f"/cti/call/{self.id}",
            "@type": "Call",
            "callId": self.id,
            "agent": self.agent,
            "callerNumber": self.caller,
            "calledNumber": HOTLINE,
            "state": self.state,
            "ringingAt": self.ringing_at,
            "answeredAt": self.answered_at,
            "endedAt": self.ended_at,
            "endReason": self.end_reason,
            "waitS": wait,
            "talkS": talk,
        }


def _seconds(a: str, b: str) -> int:
    return int((parse_iso(b) - parse_iso(a)).total_seconds())


class CtiHub:
    """Open streams, recent events and calls of every agent."""

    def __init__(self, heartbeat_s: float = 15.0):
        self.heartbeat_s = heartbeat_s
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._streams: dict[str, set[asyncio.Queue]] = {}
        self._history: dict[str, deque[Event]] = {}
        self._calls: OrderedDict[str, Call] = OrderedDict()
        self._timers: dict[int, asyncio.TimerHandle] = {}
        self._next_event = 0
        self._next_timer = 0
        self.closed = False

    # -- streams (called on the server's loop) ---------------------------------------------------------------
    def open_stream(self, agent: str, last_event_id: int | None) -> tuple[asyncio.Queue, list[Event]]:
        queue: asyncio.Queue = asyncio.Queue()
        with self._lock:
            self._loop = self._loop or asyncio.get_running_loop()
            if self.closed:
                queue.put_nowait(_CLOSE)
            self._streams.setdefault(agent, set()).add(queue)
            past = self._history.get(agent, ())
            replay = [e for e in past if last_event_id is not None and e.id > last_event_id]
        return queue, replay

    def close_stream(self, agent: str, queue: asyncio.Queue) -> None:
        with self._lock:
            self._streams.get(agent, set()).discard(queue)

    def streams(self) -> dict[str, int]:
        with self._lock:
            return {a: len(qs) for a, qs in self._streams.items() if qs}

    def drop(self, agent: str) -> int:
        """End the agent's open streams (the desk must reconnect by itself)."""
        with self._lock:
            queues = self._streams.pop(agent, set())
            self._deliver(queues, _CLOSE)
        return len(queues)

    def _deliver(self, queues, item) -> None:
        if self._loop is None:
            return
        for q in queues:
            try:
                self._loop.call_soon_threadsafe(q.put_nowait, item)
            except RuntimeError:  # the loop is already closed: nobody is listening any more
                pass

    def _publish(self, call: Call, name: str) -> None:
        """Record and send one event; the caller holds the lock."""
        self._next_event += 1
        event = Event(self._next_event, name, {**call.view(), "at": now_iso()})
        self._history.setdefault(call.agent, deque(maxlen=HISTORY)).append(event)
        self._deliver(self._streams.get(call.agent, ()), event)

    # -- calls (any thread) ------------------------------------------------------------------------------------
    def ring(self, agent: str, number: str) -> tuple[Call, int]:
        call = Call(
            id=f"CALL-{uuid.uuid4().hex[:12].upper()}", agent=agent, caller=number, ringing_at=now_iso()
        )
        with self._lock:
            self._calls[call.id] = call
            while len(self._calls) > MAX_CALLS:
                self._calls.popitem(last=False)
            self._publish(call, "ringing")
            return call, len(self._streams.get(agent, ()))

    def get(self, call_id: str) -> Call:
        with self._lock:
            call = self._calls.get(call_id)
        if call is None:
            raise not_found("call", call_id)
        return call

    def calls_of(self, agent: str) -> list[dict]:
        with self._lock:
            return [c.view() for c in reversed(self._calls.values()) if c.agent == agent]

    def answer(self, call_id: str) -> dict:
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                raise not_found("call", call_id)
            if call.state != "ringing":
                raise StubError(409, "invalidState", f"call {call_id} is {call.state}, not ringing")
            call.state, call.answered_at = "answered", now_iso()
            self._publish(call, "answered")
            return call.view()

    def end(self, call_id: str, by_agent: bool) -> dict:
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                raise not_found("call", call_id)
            if call.state == "ended":
                raise StubError(409, "invalidState", f"call {call_id} has already ended")
            if by_agent:
                call.end_reason = "agentHangup" if call.state == "answered" else "rejected"
            else:
                call.end_reason = "callerHangup" if call.state == "answered" else "abandoned"
            call.state, call.ended_at = "ended", now_iso()
            self._publish(call, "ended")
            return call.view()

    # -- timers (called on the server's loop) ------------------------------------------------------------------
    def later(self, delay_s: float, fn) -> None:
        """Run ``fn`` after a delay on the server's loop; a call that moved on meanwhile is left alone."""
        loop = asyncio.get_running_loop()
        with self._lock:
            self._loop = self._loop or loop
            self._next_timer += 1
            key = self._next_timer

        def fire() -> None:
            with self._lock:
                self._timers.pop(key, None)
            try:
                fn()
            except StubError:
                pass

        handle = loop.call_later(delay_s, fire)
        with self._lock:
            self._timers[key] = handle

    def close(self) -> None:
        """End every stream and pending timer, so the server can stop promptly (any thread)."""
        with self._lock:
            self.closed = True
            queues = [q for qs in self._streams.values() for q in qs]
            self._streams.clear()
            self._deliver(queues, _CLOSE)
            timers = list(self._timers.values())
            self._timers.clear()
            if self._loop is not None:
                for t in timers:
                    try:
                        self._loop.call_soon_threadsafe(t.cancel)
                    except RuntimeError:
                        pass


def hub_of(ctx: StubContext) -> CtiHub:
    return ctx.hubs["cti"]


def on_app(app: FastAPI, ctx: StubContext) -> None:
    ctx.hubs["cti"] = CtiHub(heartbeat_s=float(ctx.config.extra.get("cti_heartbeat_s", 15.0)))
    app.include_router(admin_router)


def _agent_exists(ctx: StubContext, username: str) -> None:
    if not ctx.db.scalar("SELECT 1 FROM auth_user WHERE username=?", (username,)):
        raise not_found("agent", username)


def _may_see(user: User, agent: str) -> None:
    if user.username != agent and not user.is_team_lead:
        raise StubError(403, "forbidden", f"only {agent} or a team lead may follow this agent's calls")


def stream_agent(
    username: str = AgentPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> str:
    """The agent whose stream is asked for, checked in the thread pool (database reads)."""
    _agent_exists(ctx, username)
    _may_see(user, username)
    return username


# -- agent routes ----------------------------------------------------------------------------------------------
@router.get(
    "/agent/{username}/events",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {"schema": {"type": "string"}}},
            "description": "events ringing, answered, ended (data: the call as JSON) and heartbeat comments",
        }
    },
)
async def events(
    request: Request,
    agent: str = Depends(stream_agent),
    heartbeat: float | None = Query(None, ge=0.05, le=300, description="seconds between heartbeat comments"),
    ctx: StubContext = Depends(get_ctx),
) -> StreamingResponse:
    """The agent's call events; send ``Last-Event-ID`` on reconnect to get the events missed meanwhile."""
    hub = hub_of(ctx)
    last = request.headers.get("last-event-id", "").strip()
    queue, replay = hub.open_stream(agent, int(last) if last.isdigit() else None)
    interval = heartbeat or hub.heartbeat_s

    async def body():
        try:
            yield format_sse_event(comment=f"connected agent={agent}", retry=RETRY_MS)
            for event in replay:
                yield event.encode()
            while True:
                try:
                    item: Any = await asyncio.wait_for(queue.get(), interval)
                except TimeoutError:
                    yield b": heartbeat\n\n"
                    continue
                if item is _CLOSE:
                    return
                yield item.encode()
        finally:
            hub.close_stream(agent, queue)

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/agent/{username}/calls")
def agent_calls(
    agent: str = Depends(stream_agent), page: Page = Depends(page_params), ctx: StubContext = Depends(get_ctx)
) -> JSONResponse:
    """The agent's calls since the simulator started, newest first."""
    return slice_list(hub_of(ctx).calls_of(agent), page)


@router.get("/call/{call_id}")
def get_call(
    call_id: str = CallPath, user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)
) -> dict:
    call = hub_of(ctx).get(call_id)
    _may_see(user, call.agent)
    return call.view()


def _call_write(
    ctx: StubContext, request: Request, user: User, call_id: str, operation: str, action
) -> JSONResponse:
    call = hub_of(ctx).get(call_id)
    _may_see(user, call.agent)
    return perform_write(
        ctx,
        request,
        system="cti",
        operation=operation,
        number=call.caller,
        username=user.username,
        action=action,
        request_body={"callId": call_id},
    )


@router.post("/call/{call_id}/answer")
def answer(
    request: Request,
    call_id: str = CallPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """The agent picks up a ringing call: the stream gets ``answered``."""
    return _call_write(ctx, request, user, call_id, "answer", lambda: hub_of(ctx).answer(call_id))


@router.post("/call/{call_id}/hangup")
def hangup(
    request: Request,
    call_id: str = CallPath,
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> JSONResponse:
    """The agent ends (or rejects a ringing) call: the stream gets ``ended``."""
    return _call_write(ctx, request, user, call_id, "hangup", lambda: hub_of(ctx).end(call_id, by_agent=True))


# -- admin routes ----------------------------------------------------------------------------------------------
class RingRequest(BaseModel):
    agent: str = Field(min_length=1, max_length=64)
    number: str = Field(pattern=r"^\+?[0-9]{3,20}$", description="the caller's number")
    answerAfterS: float | None = Field(None, ge=0, le=3600, description="auto answer after this many seconds")
    endAfterS: float | None = Field(
        None,
        ge=0,
        le=3600,
        description="the caller hangs up this many seconds after the answer (or the ringing)",
    )


class DropRequest(BaseModel):
    agent: str = Field(min_length=1, max_length=64)


@admin_router.post("/call", status_code=201)
async def ring(body: RingRequest, ctx: StubContext = Depends(get_ctx)) -> dict:
    """Ring an agent: their streams get ``ringing`` now, and the optional auto answer/end later."""
    await run_in_threadpool(_agent_exists, ctx, body.agent)
    hub = hub_of(ctx)
    call, listeners = hub.ring(body.agent, body.number)
    if body.answerAfterS is not None:
        hub.later(body.answerAfterS, lambda: hub.answer(call.id))
    if body.endAfterS is not None:
        hub.later((body.answerAfterS or 0) + body.endAfterS, lambda: hub.end(call.id, by_agent=False))
    return {**call.view(), "listeners": listeners}


@admin_router.post("/call/{call_id}/end")
def caller_hangup(call_id: str = CallPath, ctx: StubContext = Depends(get_ctx)) -> dict:
    """The caller hangs up (abandons a ringing call or ends an answered one)."""
    return hub_of(ctx).end(call_id, by_agent=False)


@admin_router.post("/drop")
def drop(body: DropRequest, ctx: StubContext = Depends(get_ctx)) -> dict:
    """Close the agent's open streams, to test the desk's reconnect."""
    return {"agent": body.agent, "dropped": hub_of(ctx).drop(body.agent)}


@admin_router.get("/streams")
def open_streams(ctx: StubContext = Depends(get_ctx)) -> dict:
    """Open streams per agent (a test can wait until the desk has reconnected)."""
    return {"streams": hub_of(ctx).streams()}
