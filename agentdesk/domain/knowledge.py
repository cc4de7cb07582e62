"""The knowledge base: catalogue, articles (kept offline through the incremental feed), announcements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ANNOUNCEMENT_PRIORITIES = ("normal", "important", "urgent")


@dataclass(frozen=True)
class CatalogueNode:
    id: str
    name: str
    parent_id: str | None
    position: int
    article_count: int
    children: tuple[CatalogueNode, ...] = ()

    def walk(self):
        """This node and every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Article:
    """An article; ``body`` is the editor's HTML, to be sanitised before it is shown."""

    id: str
    title: str
    keywords: tuple[str, ...]
    body: str
    body_format: str
    catalogue_id: str
    catalogue_path: tuple[str, ...]
    flow_id: str | None
    updated_at: datetime | None
    version: int
    deleted: bool = False


@dataclass(frozen=True)
class FeedPage:
    """One page of the change feed: apply ``items`` (tombstones delete), then store ``cursor``."""

    items: tuple[Article, ...]
    cursor: int
    has_more: bool
    remaining: int | None = None


@dataclass(frozen=True)
class Announcement:
    id: str
    title: str
    body: str
    priority: str  # normal | important | urgent
    publish_at: datetime
    expire_at: datetime | None
    author: str
    author_name: str | None
    created_at: datetime | None
    active: bool

    def is_active(self, now: datetime) -> bool:
        return self.publish_at <= now and (self.expire_at is None or now < self.expire_at)
