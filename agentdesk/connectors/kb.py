"""Knowledge base: the catalogue tree, articles, the incremental change feed (the desk keeps an offline
copy from it) and announcements (published by team leads)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agentdesk.connectors.base import SystemClient, wire_value
from agentdesk.connectors.common import get_page, page_of, seg
from agentdesk.connectors.parsing import Fields, as_list
from agentdesk.domain.common import Page
from agentdesk.domain.knowledge import Announcement, Article, CatalogueNode, FeedPage

SYSTEM = "kb"
_MAX_DEPTH = 8


def _node(f: Fields, depth: int = 0) -> CatalogueNode:
    if depth > _MAX_DEPTH:
        raise f.bad("children", "a catalogue at most 8 levels deep")
    return CatalogueNode(
        id=f.req_str("id"),
        name=f.req_str("name"),
        parent_id=f.opt_str("parentId"),
        position=f.opt_int("position", 0) or 0,
        article_count=f.opt_int("articleCount", 0) or 0,
        children=tuple(_node(c, depth + 1) for c in f.objs("children")),
    )


def _article(f: Fields) -> Article:
    return Article(
        id=f.req_str("id"),
        title=f.req_str("title"),
        keywords=f.strs("keywords"),
        body=f.str_or("body"),
        body_format=f.str_or("bodyFormat", "html"),
        catalogue_id=f.req_str("catalogueId"),
        catalogue_path=f.strs("cataloguePath"),
        flow_id=f.opt_str("flowId"),
        updated_at=f.opt_dt("lastUpdate"),
        version=f.req_int("version"),
        deleted=bool(f.opt_bool("deleted", False)),
    )


def _announcement(f: Fields) -> Announcement:
    return Announcement(
        id=f.req_str("id"),
        title=f.req_str("title"),
        body=f.str_or("body"),
        priority=f.req_str("priority"),
        publish_at=f.req_dt("publishAt"),
        expire_at=f.opt_dt("expireAt"),
        author=f.req_str("author"),
        author_name=f.opt_str("authorName"),
        created_at=f.opt_dt("createdAt"),
        active=f.req_bool("active"),
    )


def parse_catalogue(body: Any) -> tuple[CatalogueNode, ...]:
    return tuple(_node(f) for f in as_list(body, SYSTEM, "catalogue"))


def parse_feed(body: Any) -> FeedPage:
    f = Fields(body, SYSTEM, "feed")
    return FeedPage(
        items=f.each("items", _article, required=True), cursor=f.req_int("cursor"), has_more=f.req_bool("hasMore"),
        remaining=f.opt_int("remaining"),
    )  # fmt: skip


def parse_article(body: Any) -> Article:
    return _article(Fields(body, SYSTEM, "article"))


def parse_announcement(body: Any) -> Announcement:
    return _announcement(Fields(body, SYSTEM, "announcement"))


PARSERS: dict[str, Any] = {
    "catalogue": parse_catalogue,
    "feed": parse_feed,
    "article": parse_article,
    "announcement": parse_announcement,
    "articles": page_of(SYSTEM, "articles", _article),
    "announcements": page_of(SYSTEM, "announcements", _announcement),
}


class KnowledgeConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def catalogue(self) -> tuple[CatalogueNode, ...]:
        return await self.client.get("catalogue", parse=parse_catalogue)

    async def article(self, article_id: str) -> Article:
        return await self.client.get(f"article/{seg(article_id)}", parse=parse_article)

    async def articles(
        self, catalogue_id: str, *, text: str | None = None, offset: int = 0, limit: int = 100
    ) -> Page[Article]:
        """Live articles of a directory and its children; ``text`` is the server's plain substring filter."""
        params = {"catalogueId": catalogue_id, "q": text, "offset": offset, "limit": limit}
        return await get_page(self.client, "article", params, "articles", _article)

    async def feed(self, cursor: int = 0, limit: int = 500) -> FeedPage:
        """Changes after ``cursor`` in version order (tombstones included); store the answer's cursor."""
        return await self.client.get("feed", {"cursor": cursor, "limit": limit}, parse=parse_feed)

    async def announcements(
        self, *, active_only: bool = False, offset: int = 0, limit: int = 100
    ) -> Page[Announcement]:
        params = {"active": "true" if active_only else None, "offset": offset, "limit": limit}
        return await get_page(self.client, "announcement", params, "announcements", _announcement)

    async def announcement(self, announcement_id: str) -> Announcement:
        return await self.client.get(f"announcement/{seg(announcement_id)}", parse=parse_announcement)

    async def publish_announcement(
        self, title: str, body: str, priority: str = "normal", *, publish_at: datetime | None = None,
        expire_at: datetime | None = None, idempotency_key: str,
    ) -> Announcement:  # fmt: skip
        """Team leads only (:class:`Forbidden` for agents)."""
        payload = {
            "title": title,
            "body": body,
            "priority": priority,
            "publishAt": publish_at,
            "expireAt": expire_at,
        }
        payload = {k: wire_value(v) for k, v in payload.items() if v is not None}
        reply = await self.client.write(
            "POST",
            "announcement",
            idempotency_key=idempotency_key,
            json_body=payload,
            parse=parse_announcement,
        )
        return reply.value
