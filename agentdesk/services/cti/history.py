"""The calls of the agent's shift, kept in the local database as their events arrive.

A shift is the last ``SHIFT_HOURS`` hours: long enough for a night shift that crosses midnight, short
enough that yesterday's calls do not count. What the CTI says about a call only ever moves it forward
(ringing → answered → ended); the customer and the wrap-up are the desk's own additions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from agentdesk.domain.calls import Call, CallRecord, ShiftSummary, record_of, shift_summary
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

SHIFT_HOURS = 12
_COLUMNS = (
    "call_id", "agent", "caller", "state", "ringing_at", "answered_at", "ended_at", "end_reason",
    "customer_id", "customer_name", "customer_level", "disposition", "wrapup_id", "wrapup_s",
)  # fmt: skip


def _row(record: CallRecord) -> dict:
    return {
        "call_id": record.call_id,
        "agent": record.agent,
        "caller": record.caller,
        "state": record.state,
        "ringing_at": utc_iso(record.ringing_at),
        "answered_at": utc_iso(record.answered_at) if record.answered_at else None,
        "ended_at": utc_iso(record.ended_at) if record.ended_at else None,
        "end_reason": record.end_reason,
        "customer_id": record.customer_id,
        "customer_name": record.customer_name,
        "customer_level": record.customer_level,
        "disposition": record.disposition,
        "wrapup_id": record.wrapup_id,
        "wrapup_s": record.wrapup_s,
    }


def _record(row: dict) -> CallRecord:
    def when(key: str) -> datetime | None:
        return parse_utc_iso(row[key]) if row.get(key) else None

    return CallRecord(
        call_id=row["call_id"],
        agent=row["agent"],
        caller=row["caller"],
        ringing_at=parse_utc_iso(row["ringing_at"]),
        state=row["state"],
        answered_at=when("answered_at"),
        ended_at=when("ended_at"),
        end_reason=row["end_reason"],
        customer_id=row["customer_id"],
        customer_name=row["customer_name"],
        customer_level=row["customer_level"],
        disposition=row["disposition"],
        wrapup_id=row["wrapup_id"],
        wrapup_s=row["wrapup_s"],
    )


class CallHistory:
    """Stores and lists the shift's calls; listeners hear of every change (to refresh a view)."""

    def __init__(
        self,
        db: LocalDatabase,
        agent: Callable[[], str | None],
        *,
        clock: Callable[[], datetime] | None = None,
        shift_hours: int = SHIFT_HOURS,
    ) -> None:
        self._db = db
        self._agent = agent
        self._clock = clock or (lambda: datetime.now(UTC))
        self._shift = timedelta(hours=shift_hours)
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("call history listener failed")

    def shift_start(self) -> datetime:
        return self._clock() - self._shift

    async def get(self, call_id: str) -> CallRecord | None:
        row = await self._db.aone(
            f"SELECT {', '.join(_COLUMNS)} FROM workbench_call WHERE call_id = ?", [call_id]
        )
        return _record(row) if row else None

    async def note_calls(self, calls: Iterable[Call]) -> list[CallRecord]:
        """Bring the stored calls up to date with what the CTI says (new calls are added)."""
        calls = list(calls)
        if not calls:
            return []

        def write(db) -> list[CallRecord]:
            out = []
            for call in calls:
                found = db.conn.execute(
                    f"SELECT {', '.join(_COLUMNS)} FROM workbench_call WHERE call_id = ?", (call.id,)
                ).fetchone()
                if found is None:
                    record = record_of(call)
                else:
                    record = _record(dict(zip(_COLUMNS, found, strict=True))).merged(call)
                row = {**_row(record), "updated_at": utc_iso(self._clock())}
                db.conn.execute(
                    f"INSERT OR REPLACE INTO workbench_call ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                out.append(record)
            return out

        records = await self._db.write(write, durable=False)
        self._changed()
        return records

    async def note_call(self, call: Call) -> CallRecord:
        return (await self.note_calls([call]))[0]

    async def note_customer(self, call_id: str, customer_id: str, name: str, level: str) -> None:
        await self._db.aexecute(
            "UPDATE workbench_call SET customer_id = ?, customer_name = ?, customer_level = ?, updated_at = ?"
            " WHERE call_id = ?",
            [customer_id, name, level, utc_iso(self._clock()), call_id],
            durable=False,
        )
        self._changed()

    async def note_wrap_up(
        self, call_id: str, disposition: str, wrapup_id: str, wrapup_s: int | None
    ) -> None:
        """The agent finished the wrap-up: durable, because the agent was told it is saved."""
        await self._db.aexecute(
            "UPDATE workbench_call SET disposition = ?, wrapup_id = ?, wrapup_s = ?, updated_at = ? WHERE call_id = ?",
            [disposition, wrapup_id, wrapup_s, utc_iso(self._clock()), call_id],
            durable=True,
        )
        self._changed()

    async def shift(self) -> list[CallRecord]:
        """This agent's calls of the shift, newest first."""
        agent = self._agent()
        if not agent:
            return []
        rows = await self._db.aquery(
            f"SELECT {', '.join(_COLUMNS)} FROM workbench_call WHERE agent = ? AND ringing_at >= ?"
            " ORDER BY ringing_at DESC, call_id DESC",
            [agent, utc_iso(self.shift_start())],
        )
        return [_record(r) for r in rows]

    async def summary(self) -> ShiftSummary:
        return shift_summary(await self.shift())

    async def open_calls(self) -> list[CallRecord]:
        """Calls of the shift the CTI has not reported ended (a desk restarted in the middle of a call)."""
        return [r for r in await self.shift() if r.state != "ended"]
