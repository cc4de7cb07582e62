"""Notes: the agent's plain-text notepad, kept in the local database.

Every save is its own durable transaction, so text the notepad has saved survives the desk being
killed; the notepad saves within a second of typing (see agentdesk.toolbox.notepad).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

TITLE_LENGTH = 80
MAX_BODY_LENGTH = 1_000_000  # a megabyte of text is a pasted log, not a note; refuse more


@dataclass(frozen=True)
class Note:
    id: int
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


def title_of(body: str) -> str:
    """The first non-empty line, shortened: what the list shows and what search matches first."""
    for line in body.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1] + "…"
    return ""


def _note(row: dict[str, Any]) -> Note:
    return Note(
        id=int(row["id"]),
        title=row["title"],
        body=row["body"],
        created_at=parse_utc_iso(row["created_at"]),
        updated_at=parse_utc_iso(row["updated_at"]),
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class NoteTooLargeError(ValueError):
    """The note is larger than the notepad keeps."""


class NotesService:
    """Create, search, save and delete the notes of one agent (``owner``)."""

    def __init__(self, db: LocalDatabase, owner: str = "", now: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.owner = owner
        self._now = now or (lambda: datetime.now(UTC))

    async def list(self, search: str = "") -> list[Note]:
        """All notes, most recently changed first; ``search`` matches title or text, any case."""
        sql = "SELECT * FROM toolbox_note WHERE owner = ?"
        params: list[Any] = [self.owner]
        for word in search.split():
            sql += " AND (title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"
            params += [_like(word), _like(word)]
        sql += " ORDER BY updated_at DESC, id DESC"
        return [_note(r) for r in await self.db.aquery(sql, params)]

    async def get(self, note_id: int) -> Note | None:
        row = await self.db.aone(
            "SELECT * FROM toolbox_note WHERE id = ? AND owner = ?", (note_id, self.owner)
        )
        return _note(row) if row else None

    async def create(self, body: str = "") -> Note:
        self._check(body)
        stamp = utc_iso(self._now())

        def insert(db) -> int:
            cur = db.conn.execute(
                "INSERT INTO toolbox_note (owner, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (self.owner, title_of(body), body, stamp, stamp),
            )
            return int(cur.lastrowid)

        note_id = await self.db.write(insert)
        return Note(note_id, title_of(body), body, parse_utc_iso(stamp), parse_utc_iso(stamp))

    async def save(self, note_id: int, body: str) -> Note | None:
        """Store the new text (durably); ``None`` if the note was deleted meanwhile."""
        self._check(body)
        stamp = utc_iso(self._now())

        def update(db) -> dict[str, Any] | None:
            db.conn.execute(
                "UPDATE toolbox_note SET body = ?, title = ?, updated_at = ? WHERE id = ? AND owner = ? "
                "AND body IS NOT ?",
                (body, title_of(body), stamp, note_id, self.owner, body),
            )
            cur = db.conn.execute(
                "SELECT * FROM toolbox_note WHERE id = ? AND owner = ?", (note_id, self.owner)
            )
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
            return dict(zip(names, row, strict=True)) if row else None

        row = await self.db.write(update)
        return _note(row) if row else None

    async def delete(self, note_id: int) -> None:
        await self.db.aexecute("DELETE FROM toolbox_note WHERE id = ? AND owner = ?", (note_id, self.owner))

    def _check(self, body: str) -> None:
        if len(body) > MAX_BODY_LENGTH:
            raise NoteTooLargeError(f"a note holds at most {MAX_BODY_LENGTH} characters")
