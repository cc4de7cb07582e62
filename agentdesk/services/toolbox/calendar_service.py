"""Calendar: events of one agent in the local database, their occurrences, and the callback list.

Views call this service and render what it returns; it tells its listeners (the reminder
scheduler, open views) after every change, so a new reminder is armed at once.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agentdesk.services.toolbox.events import (
    Event,
    EventDraft,
    EventError,
    Occurrence,
    Recurrence,
    expand,
    last_occurrence_before,
    next_occurrence,
)
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

_COLUMNS = (
    "uid, owner, title, notes, start_utc, duration_min, tz, recurrence, recur_until, exceptions, "
    "reminder_min, customer_number, customer_name, ticket_id, created_at, updated_at"
)


@dataclass(frozen=True)
class CallbackItem:
    """One line of the team lead's callback list."""

    event: Event
    due: datetime  # UTC: the occurrence the callback is for
    overdue: bool


def _minutes(delta: timedelta | None) -> int | None:
    return None if delta is None else int(delta.total_seconds() // 60)


def event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        id=int(row["id"]),
        uid=row["uid"],
        title=row["title"],
        notes=row["notes"],
        start=parse_utc_iso(row["start_utc"]),
        duration=timedelta(minutes=row["duration_min"]),
        tz=row["tz"],
        recurrence=Recurrence(row["recurrence"]),
        until=parse_utc_iso(row["recur_until"]) if row["recur_until"] else None,
        exceptions=frozenset(date.fromisoformat(d) for d in json.loads(row["exceptions"] or "[]")),
        reminder=timedelta(minutes=row["reminder_min"]) if row["reminder_min"] is not None else None,
        customer_number=row["customer_number"],
        customer_name=row["customer_name"],
        ticket_id=row["ticket_id"],
        done_at=parse_utc_iso(row["done_at"]) if row["done_at"] else None,
        created_at=parse_utc_iso(row["created_at"]),
        updated_at=parse_utc_iso(row["updated_at"]),
    )


def _values(draft: EventDraft) -> tuple:
    return (
        draft.title,
        draft.notes,
        utc_iso(draft.start),
        _minutes(draft.duration),
        draft.tz,
        draft.recurrence.value,
        utc_iso(draft.until) if draft.until else None,
        json.dumps(sorted(d.isoformat() for d in draft.exceptions)),
        _minutes(draft.reminder),
        draft.customer_number,
        draft.customer_name,
        draft.ticket_id,
    )


def _rows(db, sql: str, params: Iterable[Any]) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, tuple(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


class CalendarService:
    """Events of one agent (``owner``); ``tz`` is the desk's local zone for new events and views."""

    def __init__(
        self,
        db: LocalDatabase,
        owner: str = "",
        tz: str = "Asia/Shanghai",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.owner = owner
        self.tz = tz
        self.zone = ZoneInfo(tz)
        self._now = now or (lambda: datetime.now(UTC))
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        """The service's clock (the reminder clock in tests), UTC."""
        return self._now()

    # --- change notification ----------------------------------------------------------------------
    def add_listener(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs on the event loop after every change to the events."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            try:
                callback()
            except Exception:  # one broken view must not stop the others or the reminders
                log.exception("calendar listener failed")

    # --- reading ----------------------------------------------------------------------------------
    async def events(self) -> list[Event]:
        rows = await self.db.aquery(
            "SELECT * FROM toolbox_event WHERE owner = ? ORDER BY start_utc, id", (self.owner,)
        )
        return [event_from_row(r) for r in rows]

    async def get(self, event_id: int) -> Event | None:
        row = await self.db.aone(
            "SELECT * FROM toolbox_event WHERE id = ? AND owner = ?", (event_id, self.owner)
        )
        return event_from_row(row) if row else None

    async def get_by_uid(self, uid: str) -> Event | None:
        row = await self.db.aone("SELECT * FROM toolbox_event WHERE uid = ? AND owner = ?", (uid, self.owner))
        return event_from_row(row) if row else None

    async def occurrences(self, start: datetime, end: datetime) -> list[Occurrence]:
        """Occurrences overlapping ``[start, end)`` (aware datetimes), in start order."""
        rows = await self.db.aquery(
            "SELECT * FROM toolbox_event WHERE owner = ? AND start_utc < ? "
            "AND (recurrence != 'none' OR start_utc >= ?)",
            (self.owner, utc_iso(end), utc_iso(start - timedelta(days=15))),
        )
        return expand([event_from_row(r) for r in rows], start.astimezone(UTC), end.astimezone(UTC))

    async def callbacks(self, now: datetime | None = None) -> list[CallbackItem]:
        """Events linked to a customer or ticket and not done, by due time; past due ones are overdue."""
        now = (now or self._now()).astimezone(UTC)
        rows = await self.db.aquery(
            "SELECT * FROM toolbox_event WHERE owner = ? AND done_at IS NULL "
            "AND (customer_number != '' OR ticket_id != '')",
            (self.owner,),
        )
        items = []
        for event in (event_from_row(r) for r in rows):
            if event.is_recurring:
                due = next_occurrence(event, now) or last_occurrence_before(event, now)
                if due is None:
                    continue
            else:
                due = event.start
            items.append(CallbackItem(event, due, due < now))
        items.sort(key=lambda i: (i.due, i.event.id))
        return items

    # --- writing ----------------------------------------------------------------------------------
    async def create(self, draft: EventDraft, uid: str | None = None) -> Event:
        draft = draft.validated()
        stamp = utc_iso(self._now())
        uid = uid or f"{uuid.uuid4()}@agentdesk"

        def insert(db) -> dict[str, Any]:
            cur = db.conn.execute(
                f"INSERT INTO toolbox_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid, self.owner, *_values(draft), stamp, stamp),
            )
            return _rows(db, "SELECT * FROM toolbox_event WHERE id = ?", (cur.lastrowid,))[0]

        event = event_from_row(await self.db.write(insert))
        self._changed()
        return event

    async def update(self, event_id: int, draft: EventDraft) -> Event:
        draft = draft.validated()
        stamp = utc_iso(self._now())

        def change(db) -> dict[str, Any] | None:
            db.conn.execute(
                "UPDATE toolbox_event SET title = ?, notes = ?, start_utc = ?, duration_min = ?, tz = ?, "
                "recurrence = ?, recur_until = ?, exceptions = ?, reminder_min = ?, customer_number = ?, "
                "customer_name = ?, ticket_id = ?, updated_at = ? WHERE id = ? AND owner = ?",
                (*_values(draft), stamp, event_id, self.owner),
            )
            rows = _rows(db, "SELECT * FROM toolbox_event WHERE id = ? AND owner = ?", (event_id, self.owner))
            return rows[0] if rows else None

        row = await self.db.write(change)
        if row is None:
            raise EventError("id", f"event {event_id} does not exist")
        self._changed()
        return event_from_row(row)

    async def delete(self, event_id: int) -> None:
        await self.db.aexecute("DELETE FROM toolbox_event WHERE id = ? AND owner = ?", (event_id, self.owner))
        self._changed()

    async def skip_occurrence(self, event_id: int, local_date: date) -> Event:
        """Delete one occurrence of a recurring event (an exception on its local date)."""
        event = await self.get(event_id)
        if event is None:
            raise EventError("id", f"event {event_id} does not exist")
        if not event.is_recurring:
            raise EventError("recurrence", "only a recurring event has occurrences to skip")
        return await self.update(event_id, replace(event.draft(), exceptions=event.exceptions | {local_date}))

    async def detach_occurrence(self, event_id: int, local_date: date, draft: EventDraft) -> Event:
        """Change one occurrence only: skip it in the series and store it as an event of its own."""
        draft = replace(draft, recurrence=Recurrence.NONE, until=None, exceptions=frozenset()).validated()
        await self.skip_occurrence(event_id, local_date)
        return await self.create(draft)

    async def set_done(self, event_id: int, done: bool = True) -> None:
        """Mark a callback done (it leaves the callback list) or not done."""
        stamp = utc_iso(self._now()) if done else None
        await self.db.aexecute(
            "UPDATE toolbox_event SET done_at = ?, updated_at = ? WHERE id = ? AND owner = ?",
            (stamp, utc_iso(self._now()), event_id, self.owner),
        )
        self._changed()

    async def upsert_many(self, drafts: list[tuple[str, EventDraft]]) -> tuple[int, int]:
        """Create or replace events by UID (iCalendar import); returns (created, updated)."""
        checked = [(uid, d.validated()) for uid, d in drafts]
        stamp = utc_iso(self._now())

        def store(db) -> tuple[int, int]:
            created = updated = 0
            for uid, d in checked:
                existing = db.conn.execute(
                    "SELECT id, owner FROM toolbox_event WHERE uid = ?", (uid,)
                ).fetchone()
                if existing and existing[1] == self.owner:
                    db.conn.execute(
                        "UPDATE toolbox_event SET title = ?, notes = ?, start_utc = ?, duration_min = ?, tz = ?, "
                        "recurrence = ?, recur_until = ?, exceptions = ?, reminder_min = ?, customer_number = ?, "
                        "customer_name = ?, ticket_id = ?, updated_at = ? WHERE id = ?",
                        (*_values(d), stamp, existing[0]),
                    )
                    updated += 1
                    continue
                if existing:  # the same UID belongs to another agent on this PC: keep both
                    uid = f"{uuid.uuid4()}@agentdesk"
                db.conn.execute(
                    f"INSERT INTO toolbox_event ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (uid, self.owner, *_values(d), stamp, stamp),
                )
                created += 1
            return created, updated

        result = await self.db.write(store)
        self._changed()
        return result
