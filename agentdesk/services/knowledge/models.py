"""What the knowledge services hand to views: cached articles, search hits, catalogue nodes,
announcements and the sync status. Plain frozen data, so a view can keep them without a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from agentdesk.domain.knowledge import Announcement
from agentdesk.domain.knowledge_search import Highlighted, SearchField


@dataclass(frozen=True)
class KnowledgeQuery:
    """A search as the agent set it up: the text, the field, and an optional directory (with children)."""

    text: str
    field: SearchField = SearchField.ALL
    catalogue_id: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """An article in a list (catalogue browsing, favourites, recently viewed)."""

    id: str
    title: str
    catalogue_path: tuple[str, ...]
    last_update: str | None = None
    available: bool = True  # False: the article was deleted upstream (a favourite may outlive it)
    at: datetime | None = None  # when it was added to favourites or last viewed


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: Highlighted
    snippet: Highlighted
    keywords: tuple[str, ...]
    catalogue_id: str
    catalogue_path: tuple[str, ...]
    score: float  # BM25 (lower is better, as FTS5 reports it)
    exact: bool  # contains the query as typed; False: contains all of its words, ranked after
    flow_id: str | None = None


@dataclass(frozen=True)
class SearchResult:
    query: KnowledgeQuery
    hits: tuple[SearchHit, ...]
    total_exact: int
    total_partial: int | None  # None: not counted yet (the exact matches fill this page)
    offset: int = 0
    elapsed_ms: float = 0.0

    @property
    def total(self) -> int:
        """Hits known so far (the partial matches once they were counted)."""
        return self.total_exact + (self.total_partial or 0)

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.hits) < self.total or self.total_partial is None


@dataclass(frozen=True)
class CachedArticle:
    """One article of the offline copy, as the viewer shows it."""

    id: str
    title: str
    keywords: tuple[str, ...]
    body_html: str
    body_text: str
    catalogue_id: str
    catalogue_path: tuple[str, ...]
    flow_id: str | None
    last_update: str | None
    version: int

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for p in self.body_text.split("\n") if p.strip())


@dataclass(frozen=True)
class SyncStatus:
    """What the panel's status line says about the offline copy."""

    state: str  # idle | syncing | offline | error
    article_count: int = 0
    last_synced_at: datetime | None = None  # the last time the copy caught up with the knowledge system
    done: int = 0  # changes applied by the running sync
    remaining: int | None = None  # changes still to fetch (None: not known yet)
    message: str = ""  # the failure, for offline/error (an agent-readable sentence comes from the view)
    error: BaseException | None = field(default=None, compare=False)
    full_sync: bool = False  # the first sync of the whole base is running

    @property
    def progress(self) -> float | None:
        if self.remaining is None:
            return None
        total = self.done + self.remaining
        return 1.0 if total == 0 else self.done / total


@dataclass(frozen=True)
class AnnouncementEntry:
    """An announcement as this agent sees it: read or not, and whether it is in force now."""

    announcement: Announcement
    read: bool = False

    @property
    def id(self) -> str:
        return self.announcement.id

    @property
    def priority(self) -> str:
        return self.announcement.priority

    @property
    def urgent(self) -> bool:
        return self.announcement.priority == "urgent"


PRIORITY_ORDER = {"urgent": 0, "important": 1, "normal": 2}
