"""A short-lived cache of look-ups that many places ask at once (the banner of each open customer, the
panel, a number switch): one request in flight per key, answers kept for a few seconds, and a forget that
also drops answers still on their way (they were asked before the change that made them stale)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class ShortCache(Generic[T]):
    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._answers: dict[Hashable, tuple[float, T]] = {}
        self._inflight: dict[Hashable, asyncio.Task[T]] = {}
        self._epoch = 0  # bumped by forget(): answers asked before it are not kept

    async def get(self, key: Hashable, fetch: Callable[[], Awaitable[T]], *, fresh: bool = False) -> T:
        """The kept answer if younger than ``ttl_s`` (and not ``fresh``), else ``fetch()``'s.

        Callers asking the same key together share one request; one caller cancelled does not cancel the
        others' request.
        """
        if not fresh:
            kept = self._answers.get(key)
            if kept is not None and self._clock() - kept[0] < self.ttl_s:
                return kept[1]
            task = self._inflight.get(key)
            if task is None or task.done():
                task = self._start(key, fetch)
        else:
            task = self._start(key, fetch)
        return await asyncio.shield(task)

    def _start(self, key: Hashable, fetch: Callable[[], Awaitable[T]]) -> asyncio.Task[T]:
        epoch, asked_at = self._epoch, self._clock()

        async def go() -> T:
            value = await fetch()
            if epoch == self._epoch:
                self._drop_expired()
                self._answers[key] = (asked_at, value)
            return value

        task = asyncio.ensure_future(go())
        self._inflight[key] = task
        task.add_done_callback(lambda t: self._done(key, t))
        return task

    def _drop_expired(self) -> None:
        """Answers past ``ttl_s`` are never given again: kept, one per customer ever opened, they grew all
        day (an agent opens hundreds)."""
        now = self._clock()
        for key in [k for k, (at, _) in self._answers.items() if now - at >= self.ttl_s]:
            del self._answers[key]

    def __len__(self) -> int:
        return len(self._answers)

    def _done(self, key: Hashable, task: asyncio.Task[T]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]
        if not task.cancelled():
            task.exception()  # retrieved: a failure nobody awaited any more is not logged as lost

    def forget(self) -> None:
        """Every kept answer is stale (e.g. a call was linked, the agent asked for a refresh)."""
        self._epoch += 1
        self._answers.clear()

    async def aclose(self) -> None:
        tasks = [t for t in self._inflight.values() if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._inflight.clear()
        self._answers.clear()
