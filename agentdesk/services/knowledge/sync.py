"""Keeps the offline copy of the knowledge base up to date from the knowledge system's change feed.

One sync at a time (a second request joins the running one). Each page of the feed is applied in
one local transaction together with the cursor after it, so a sync that is interrupted (the desk
closed, the network gone) resumes after the last page it stored and fetches nothing twice. The next
page is fetched while the current one is written. The first sync of an empty copy is the same walk
from cursor 0 — it runs in the background and reports progress; searches meanwhile use what is there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from agentdesk.domain.knowledge import CatalogueNode, FeedPage
from agentdesk.services.errors import ConnectorError
from agentdesk.services.knowledge.index import KnowledgeIndex, prepare
from agentdesk.services.knowledge.models import SyncStatus
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

PAGE_SIZE = 500  # the connector parses a page on the event loop: 500 articles keep that short
OFFLINE_KINDS = {"unavailable", "timeout", "circuit_open"}
Listener = Callable[[SyncStatus], None]


def _flatten(nodes: tuple[CatalogueNode, ...]) -> list[tuple[str, str | None, str, int]]:
    return [(n.id, n.parent_id, n.name, n.position) for top in nodes for n in top.walk()]


class KnowledgeSync:
    """Pulls the feed into a :class:`KnowledgeIndex`; listeners hear every status change."""

    def __init__(
        self,
        source,
        index: KnowledgeIndex,
        *,
        page_size: int = PAGE_SIZE,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """``source``: the knowledge connector (``feed``, ``catalogue``)."""
        self.source = source
        self.index = index
        self.page_size = page_size
        self.clock = clock
        self._status = SyncStatus("idle")
        self._listeners: list[Listener] = []
        self._task: asyncio.Task | None = None
        self._periodic: asyncio.Task | None = None
        self._loaded = False

    # -- status -------------------------------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        return self._status

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, status: SyncStatus) -> None:
        self._status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("knowledge sync listener failed")

    async def load_status(self) -> SyncStatus:
        """What the local copy holds (count, last sync) before any network call; re-indexes the copy
        if this desk's tokenizer differs from the one that built it."""

        def read() -> tuple[int, str | None]:
            self.index.ensure_tokens_current()
            return self.index.article_count(), self.index.state("last_synced_at")

        count, last = await asyncio.to_thread(read)
        self._loaded = True
        if self._task is None or self._task.done():
            self._emit(
                SyncStatus(
                    self._status.state if self._status.state != "syncing" else "idle",
                    article_count=count,
                    last_synced_at=parse_utc_iso(last) if last else None,
                    message=self._status.message,
                    error=self._status.error,
                )
            )
        return self._status

    # -- syncing ------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task:
        """Start a sync in the background (or return the running one)."""
        if not self.running:
            self._task = asyncio.ensure_future(self._run())
        assert self._task is not None
        return self._task

    async def sync(self) -> SyncStatus:
        """Sync now and return the status afterwards; joins a sync already running."""
        task = self.start()
        return await asyncio.shield(task)

    async def _run(self) -> SyncStatus:
        if not self._loaded:
            await self.load_status()
        base = self._status
        cursor = await asyncio.to_thread(lambda: self.index.cursor)
        full = cursor == 0 or base.article_count == 0
        done = 0
        self._emit(SyncStatus("syncing", base.article_count, base.last_synced_at, 0, None, full_sync=full))
        prefetch: asyncio.Task | None = None
        try:
            catalogue = await self.source.catalogue()
            await asyncio.to_thread(self.index.store_catalogue, _flatten(catalogue))
            page: FeedPage = await self.source.feed(cursor, self.page_size)
            while True:
                if page.has_more:  # fetch the next page while this one is written
                    prefetch = asyncio.ensure_future(self.source.feed(page.cursor, self.page_size))
                items, next_cursor = page.items, page.cursor
                await asyncio.to_thread(lambda: self.index.apply(prepare(items), next_cursor))  # noqa: B023
                done += len(page.items)
                count = await asyncio.to_thread(self.index.article_count)
                remaining = page.remaining if page.remaining is not None else (None if page.has_more else 0)
                self._emit(SyncStatus("syncing", count, base.last_synced_at, done, remaining, full_sync=full))
                if prefetch is None:
                    break
                page, prefetch = await prefetch, None
            now = self.clock()
            await asyncio.to_thread(self.index.set_state, "last_synced_at", utc_iso(now))
            count = await asyncio.to_thread(self.index.article_count)
            log.info("knowledge sync: %d changes applied, %d articles cached", done, count)
            self._emit(SyncStatus("idle", count, now, done, 0))
        except ConnectorError as exc:
            count = await asyncio.to_thread(self.index.article_count)
            state = "offline" if exc.kind in OFFLINE_KINDS else "error"
            log.warning("knowledge sync stopped after %d changes: %s", done, exc)
            self._emit(SyncStatus(state, count, base.last_synced_at, done, None, exc.message, exc))
        finally:
            if prefetch is not None:
                prefetch.cancel()
                with contextlib.suppress(BaseException):
                    await prefetch
            if self._status.state == "syncing":  # cancelled: the stored cursor says where to resume
                self._emit(SyncStatus("idle", self._status.article_count, base.last_synced_at, done))
        return self._status

    # -- periodic -----------------------------------------------------------------------------------
    def start_periodic(self, interval_s: float, *, when: Callable[[], bool] = lambda: True) -> None:
        """Sync now and then every ``interval_s`` (sooner while offline) as long as ``when()`` holds."""
        if self._periodic is not None and not self._periodic.done():
            return

        async def loop() -> None:
            while True:
                if when():
                    with contextlib.suppress(Exception):
                        await self.sync()
                wait = interval_s if self._status.state not in ("offline", "error") else min(interval_s, 60.0)
                await asyncio.sleep(wait)

        self._periodic = asyncio.ensure_future(loop())

    async def aclose(self) -> None:
        """Stop the periodic loop and any running sync (the stored cursor keeps the progress)."""
        for task in (self._periodic, self._task):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        self._periodic = self._task = None
