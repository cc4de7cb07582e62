"""The knowledge feature's use-cases in one object: search the offline copy, read and browse
articles, keep the copy in sync, announcements, favourites and recently viewed.

Every local read runs in ``asyncio.to_thread`` (SQLite and highlighting never block the window).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from agentdesk.domain.knowledge import Article, CatalogueNode
from agentdesk.domain.knowledge_search import html_to_text, text_as_html
from agentdesk.services.knowledge.announcements import AnnouncementService
from agentdesk.services.knowledge.index import KnowledgeIndex
from agentdesk.services.knowledge.library import KnowledgeLibrary
from agentdesk.services.knowledge.models import ArticleSummary, CachedArticle, KnowledgeQuery, SearchResult
from agentdesk.services.knowledge.sync import PAGE_SIZE, KnowledgeSync
from agentdesk.storage.database import LocalDatabase

log = logging.getLogger(__name__)

SEARCH_PAGE = 50


def _cached(a: Article) -> CachedArticle:
    body = a.body if a.body_format == "html" else text_as_html(a.body)
    return CachedArticle(
        id=a.id,
        title=a.title,
        keywords=tuple(a.keywords),
        body_html=body,
        body_text=html_to_text(body),
        catalogue_id=a.catalogue_id,
        catalogue_path=tuple(a.catalogue_path),
        flow_id=a.flow_id,
        last_update=a.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ") if a.updated_at else None,
        version=a.version,
    )


class KnowledgeService:
    def __init__(
        self,
        source,
        db: LocalDatabase,
        agent: Callable[[], str],
        *,
        audit=None,
        is_team_lead: Callable[[], bool] = lambda: False,
        page_size: int = PAGE_SIZE,
    ) -> None:
        """``source``: the knowledge connector (``desk.backoffice.kb``); ``agent()``: the signed-in user."""
        self.source = source
        self.agent = agent
        self.is_team_lead = is_team_lead
        self.index = KnowledgeIndex(db)
        self.sync = KnowledgeSync(source, self.index, page_size=page_size)
        self.announcements = AnnouncementService(source, db, agent, audit=audit)
        self.library = KnowledgeLibrary(db, agent)

    async def search(self, query: KnowledgeQuery, offset: int = 0, limit: int = SEARCH_PAGE) -> SearchResult:
        return await asyncio.to_thread(self.index.search, query, limit, offset)

    async def article(self, article_id: str) -> CachedArticle:
        """From the offline copy; an article not synced yet is fetched from the knowledge system.
        Raises NotFound when neither has it (e.g. deleted) and ConnectorError when offline."""
        cached = await asyncio.to_thread(self.index.article, article_id)
        if cached is not None:
            return cached
        return _cached(await self.source.article(article_id))

    async def browse(
        self, catalogue_id: str, offset: int = 0, limit: int = 200
    ) -> tuple[list[ArticleSummary], int]:
        return await asyncio.to_thread(self.index.browse, catalogue_id, limit, offset)

    async def catalogue(self) -> list[CatalogueNode]:
        return await asyncio.to_thread(self.index.catalogue)

    async def aclose(self) -> None:
        await self.sync.aclose()
