"""Each agent's favourite articles and recently viewed ones (several agents may share a computer).

Favourites are something the agent chose to keep, so they are written durably; the recent list is
a convenience (last ``RECENT_LIMIT``) and is not. Both keep the title, so an article deleted upstream
still shows its name, marked as no longer available.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from agentdesk.services.knowledge.models import ArticleSummary
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

RECENT_LIMIT = 30


class KnowledgeLibrary:
    def __init__(
        self,
        db: LocalDatabase,
        agent: Callable[[], str],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.agent = agent
        self.clock = clock

    def _who(self) -> str:
        agent = (self.agent() or "").strip()
        if not agent:
            raise ValueError("favourites and recent articles belong to a signed-in agent")
        return agent

    async def add_favourite(self, article_id: str, title: str) -> None:
        agent, when = self._who(), utc_iso(self.clock())
        await self.db.aexecute(
            "INSERT INTO kb_favourite (agent, article_id, title, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (agent, article_id) DO UPDATE SET title = excluded.title",
            (agent, article_id, title, when),
        )

    async def remove_favourite(self, article_id: str) -> None:
        await self.db.aexecute(
            "DELETE FROM kb_favourite WHERE agent = ? AND article_id = ?", (self._who(), article_id)
        )

    async def is_favourite(self, article_id: str) -> bool:
        row = await self.db.aone(
            "SELECT 1 AS x FROM kb_favourite WHERE agent = ? AND article_id = ?", (self._who(), article_id)
        )
        return row is not None

    async def favourites(self) -> list[ArticleSummary]:
        return await self._list("kb_favourite", "added_at")

    async def record_view(self, article_id: str, title: str) -> None:
        agent, when = self._who(), utc_iso(self.clock())

        def write(d) -> None:
            d.conn.execute(
                "INSERT INTO kb_recent (agent, article_id, title, viewed_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (agent, article_id) DO UPDATE SET title = excluded.title, viewed_at = excluded.viewed_at",
                (agent, article_id, title, when),
            )
            d.conn.execute(
                "DELETE FROM kb_recent WHERE agent = ? AND article_id NOT IN (SELECT article_id FROM kb_recent "
                "WHERE agent = ? ORDER BY viewed_at DESC LIMIT ?)",
                (agent, agent, RECENT_LIMIT),
            )

        await self.db.write(write, durable=False)

    async def recent(self) -> list[ArticleSummary]:
        return await self._list("kb_recent", "viewed_at")

    async def _list(self, table: str, when: str) -> list[ArticleSummary]:
        rows = await self.db.aquery(
            f"SELECT t.article_id, t.title AS kept_title, t.{when} AS at, a.title, a.catalogue_path, a.last_update "
            f"FROM {table} t LEFT JOIN kb_article a ON a.id = t.article_id WHERE t.agent = ? "
            f"ORDER BY t.{when} DESC",
            (self._who(),),
        )
        return [
            ArticleSummary(
                id=r["article_id"],
                title=r["title"] or r["kept_title"],
                catalogue_path=tuple(json.loads(r["catalogue_path"])) if r["catalogue_path"] else (),
                last_update=r["last_update"],
                available=r["title"] is not None,
                at=parse_utc_iso(r["at"]),
            )
            for r in rows
        ]
