"""Clocks for the reminder scheduler: the real one, and a manual one that tests (and training) drive.

The scheduler never calls ``asyncio.sleep`` itself; it asks its clock to wait until a moment or
until it is woken (an event changed). The system clock waits in slices of at most a minute, so a
changed system time or a laptop waking from sleep is noticed within a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta
from typing import Protocol

MAX_SLICE = timedelta(seconds=60)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    async def wait_until(self, moment: datetime | None, wake: asyncio.Event) -> None:
        """Return at ``moment`` (``None``: no deadline), when ``wake`` is set, or a bit earlier."""
        ...


async def _wait_event(event: asyncio.Event, timeout: float | None) -> None:
    # asyncio.timeout, not wait_for(event.wait()): wait_for can fail before it awaits the coroutine it was
    # handed (no running loop in a step qasync takes after stopping), leaving "Event.wait never awaited"
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            await event.wait()


class SystemClock:
    """Wall-clock time; waits in slices so clock changes and sleep/resume are caught."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def wait_until(self, moment: datetime | None, wake: asyncio.Event) -> None:
        limit = MAX_SLICE if moment is None else min(MAX_SLICE, moment - self.now())
        await _wait_event(wake, max(limit.total_seconds(), 0.0))


class ManualClock:
    """A clock that moves only when told to: ``advance``/``set``. Waiters re-check on every move."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._moved: asyncio.Event | None = None

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)
        if self._moved is not None:
            self._moved.set()
            self._moved = None

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)

    async def wait_until(self, moment: datetime | None, wake: asyncio.Event) -> None:
        if moment is not None and self._now >= moment:
            return
        if self._moved is None:
            self._moved = asyncio.Event()
        moved = self._moved
        waiters = [asyncio.ensure_future(moved.wait()), asyncio.ensure_future(wake.wait())]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waiters:
                w.cancel()
