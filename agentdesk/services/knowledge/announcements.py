"""Announcements: a local copy (so the list is there offline), per-agent read markers, the urgent
ones for the sign-in banner, and publishing by team leads.

Expiry is judged by the desk's clock on every read, so an announcement disappears when it expires
even while the knowledge system is unreachable, and a scheduled one appears when its time comes.
Publishing is a back-office write: one idempotency key per confirmed publication (kept for its
retries), and every outcome goes to the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.domain.knowledge import ANNOUNCEMENT_PRIORITIES, Announcement
from agentdesk.services.errors import ConnectorError, ServiceError
from agentdesk.services.knowledge.models import PRIORITY_ORDER, AnnouncementEntry
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

PAGE = 100
MAX_PAGES = 20
TITLE_MAX = 200
BODY_MAX = 20_000


@dataclass
class AnnouncementDraft:
    """What a team lead is about to publish. ``idempotency_key`` stays the same for the retries of one
    confirmed publication; editing the draft after a failure starts a new one."""

    title: str
    body: str
    priority: str = "normal"
    publish_at: datetime | None = None  # None: now
    expire_at: datetime | None = None  # None: never
    idempotency_key: str = field(default_factory=new_idempotency_key)

    def problems(self, now: datetime) -> list[str]:
        """Field names that are not acceptable (the editor marks them)."""
        bad = []
        if not self.title.strip() or len(self.title) > TITLE_MAX:
            bad.append("title")
        if not self.body.strip() or len(self.body) > BODY_MAX:
            bad.append("body")
        if self.priority not in ANNOUNCEMENT_PRIORITIES:
            bad.append("priority")
        start = self.publish_at or now
        if self.expire_at is not None and self.expire_at <= max(start, now):
            bad.append("expire_at")
        return bad


def _to_row(a: Announcement) -> dict:
    return {
        "id": a.id,
        "title": a.title,
        "body": a.body,
        "priority": a.priority,
        "publish_at": utc_iso(a.publish_at),
        "expire_at": utc_iso(a.expire_at) if a.expire_at else None,
        "author": a.author,
        "author_name": a.author_name,
        "created_at": utc_iso(a.created_at) if a.created_at else None,
    }


def _from_row(r: dict, now: datetime) -> Announcement:
    publish = parse_utc_iso(r["publish_at"])
    expire = parse_utc_iso(r["expire_at"]) if r["expire_at"] else None
    return Announcement(
        id=r["id"],
        title=r["title"],
        body=r["body"],
        priority=r["priority"],
        publish_at=publish,
        expire_at=expire,
        author=r["author"],
        author_name=r["author_name"],
        created_at=parse_utc_iso(r["created_at"]) if r["created_at"] else None,
        active=publish <= now and (expire is None or now < expire),
    )


class AnnouncementService:
    def __init__(
        self,
        source,
        db: LocalDatabase,
        agent: Callable[[], str],
        *,
        audit=None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """``source``: the knowledge connector; ``agent()``: the signed-in user name; ``audit``: the
        desk's AuditTrail (publications are recorded there)."""
        self.source = source
        self.db = db
        self.agent = agent
        self.audit = audit
        self.clock = clock
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, listener: Callable[[], None]) -> Callable[[], None]:
        """``listener()`` runs after the list or a read marker changed; returns its remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("announcement listener failed")

    async def refresh(self) -> int:
        """Fetch every announcement from the knowledge system into the local copy; returns how many.
        Raises ConnectorError (the local copy stays as it was)."""
        found: list[Announcement] = []
        for n in range(MAX_PAGES):
            page = await self.source.announcements(offset=n * PAGE, limit=PAGE)
            found.extend(page.items)
            if not page.has_more or not page.items:
                break
        rows = [_to_row(a) for a in found]

        def write(d) -> None:
            d.conn.execute("DELETE FROM kb_announcement")
            if rows:
                cols = list(rows[0])
                d.conn.executemany(
                    f"INSERT INTO kb_announcement ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [[r[c] for c in cols] for r in rows],
                )

        await self.db.write(write, durable=False)
        self._changed()
        return len(rows)

    async def entries(self, *, include_scheduled: bool = False) -> list[AnnouncementEntry]:
        """The announcements in force now (and, for team leads, those scheduled), unread first, then
        by priority and newest publication."""
        now = self.clock()
        agent = self.agent()
        rows = await self.db.aquery(
            "SELECT a.*, r.read_at FROM kb_announcement a LEFT JOIN kb_announcement_read r "
            "ON r.announcement_id = a.id AND r.agent = ?",
            (agent,),
        )
        out = []
        for r in rows:
            a = _from_row(r, now)
            scheduled = a.publish_at > now and (a.expire_at is None or now < a.expire_at)
            if a.active or (include_scheduled and scheduled):
                out.append(AnnouncementEntry(a, read=r["read_at"] is not None))
        out.sort(
            key=lambda e: (
                e.read,
                not e.announcement.active,
                PRIORITY_ORDER.get(e.priority, 9),
                -e.announcement.publish_at.timestamp(),
            )
        )
        return out

    async def unread_count(self) -> int:
        return sum(1 for e in await self.entries() if not e.read)

    async def unread_urgent(self) -> list[AnnouncementEntry]:
        """Urgent announcements in force that this agent has not read: the sign-in banner shows them."""
        return [e for e in await self.entries() if e.urgent and not e.read]

    async def mark_read(self, *announcement_ids: str) -> None:
        agent, when = self.agent(), utc_iso(self.clock())
        if not agent or not announcement_ids:
            return
        await self.db.write(
            lambda d: d.conn.executemany(
                "INSERT OR IGNORE INTO kb_announcement_read (agent, announcement_id, read_at) VALUES (?, ?, ?)",
                [(agent, i, when) for i in announcement_ids],
            ),
            durable=False,
        )
        self._changed()

    async def publish(self, draft: AnnouncementDraft) -> Announcement:
        """Send the announcement to the knowledge system (team leads only: agents get Forbidden) and
        audit the outcome. Raises ServiceError for an incomplete draft and ConnectorError on failure."""
        bad = draft.problems(self.clock())
        if bad:
            raise ServiceError("the announcement is incomplete: " + ", ".join(bad))
        agent = self.agent()
        summary = {
            "title": draft.title,
            "priority": draft.priority,
            "publishAt": utc_iso(draft.publish_at) if draft.publish_at else None,
            "expireAt": utc_iso(draft.expire_at) if draft.expire_at else None,
        }
        try:
            published = await self.source.publish_announcement(
                draft.title.strip(),
                draft.body.strip(),
                draft.priority,
                publish_at=draft.publish_at,
                expire_at=draft.expire_at,
                idempotency_key=draft.idempotency_key,
            )
        except ConnectorError as exc:
            await self._audit(agent, draft, "failed", exc.message, summary)
            raise
        await self._audit(agent, draft, "ok", f"published {published.id}", summary)
        await self.db.write(
            lambda d: d.conn.execute(
                "INSERT OR REPLACE INTO kb_announcement (id, title, body, priority, publish_at, expire_at, "
                "author, author_name, created_at) VALUES (:id, :title, :body, :priority, :publish_at, "
                ":expire_at, :author, :author_name, :created_at)",
                _to_row(published),
            ),
            durable=False,
        )
        self._changed()
        return published

    async def _audit(self, agent: str, draft: AnnouncementDraft, outcome: str, message: str, request) -> None:
        if self.audit is None:
            return
        try:
            await self.audit.record(
                agent=agent or "?",
                system="kb",
                operation="publishAnnouncement",
                idempotency_key=draft.idempotency_key,
                outcome=outcome,
                message=message,
                request=request,
            )
        except Exception:  # the publication itself happened (or failed) either way
            log.exception("could not audit the announcement publication")
