"""Reminders: fire at an event's lead time, snooze, dismiss, and list the ones missed while closed.

One asyncio task per desk: it checks what is due, tells its listeners, then asks the clock to wait
until the next reminder (or until the calendar changes). What was delivered is recorded per
occurrence in ``toolbox_reminder``, and the moment up to which reminders were delivered in
``toolbox_state``; so a reminder that fell due while the desk was closed (up to ``MISSED_HORIZON``
ago) is delivered at the next start flagged ``missed``, and one that was showing but not answered
when the desk closed comes back too. Nothing here touches Qt: the banner and the tray listen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from agentdesk.services.toolbox.calendar_service import CalendarService, event_from_row
from agentdesk.services.toolbox.clock import Clock, SystemClock
from agentdesk.services.toolbox.events import Event, occurrence_starts
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

MISSED_HORIZON = timedelta(days=7)
LOOKAHEAD = timedelta(days=35)  # the scheduler re-checks at least this often
KEEP_STATES = timedelta(days=60)
SNOOZE_CHOICES = (5, 10, 30)
_WATERMARK = "reminders_checked_until"


@dataclass(frozen=True)
class Reminder:
    """A reminder for one occurrence of an event."""

    event: Event
    occurrence: datetime  # UTC start of the occurrence
    due: datetime  # UTC moment it fired (lead time before the start, or the end of a snooze)
    missed: bool = False  # it fell due while the desk was closed

    @property
    def key(self) -> tuple[int, datetime]:
        return (self.event.id, self.occurrence)


def _rows(db, sql: str, params: tuple) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


class ReminderScheduler:
    """Delivers reminders of a :class:`CalendarService` on time, driven by an injectable clock."""

    def __init__(self, calendar: CalendarService, clock: Clock | None = None) -> None:
        self.calendar = calendar
        self.clock: Clock = clock or SystemClock()
        self.active: dict[tuple[int, datetime], Reminder] = {}
        self._fired_listeners: list[Callable[[list[Reminder]], None]] = []
        self._active_listeners: list[Callable[[], None]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._started_at: datetime | None = None
        self.checks = 0  # how many times the scheduler looked (tests: it did not spin)
        calendar.add_listener(self.reschedule)

    # --- listeners --------------------------------------------------------------------------------
    def on_fired(self, callback: Callable[[list[Reminder]], None]) -> None:
        """``callback(reminders)`` for newly due reminders (notify the agent: tray, sound)."""
        self._fired_listeners.append(callback)

    def on_active_changed(self, callback: Callable[[], None]) -> None:
        """``callback()`` whenever :attr:`active` (the reminders waiting for an answer) changes."""
        self._active_listeners.append(callback)

    def _notify(self, fired: list[Reminder], changed: bool) -> None:
        for callback in list(self._fired_listeners) if fired else ():
            try:
                callback(fired)
            except Exception:
                log.exception("reminder listener failed")
        for callback in list(self._active_listeners) if changed else ():
            try:
                callback()
            except Exception:
                log.exception("reminder listener failed")

    # --- life cycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the scheduler task; the first check delivers the reminders missed while closed."""
        if self._task is None or self._task.done():
            self._started_at = self.clock.now()
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        self.calendar.remove_listener(self.reschedule)
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def reschedule(self) -> None:
        """Events changed: check again now rather than at the previously planned moment."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                next_due = await self.check()
            except asyncio.CancelledError:
                raise
            except Exception:  # e.g. the database closed under us at shutdown: try again later
                log.exception("reminder check failed")
                next_due = self.clock.now() + timedelta(minutes=1)
            await self.clock.wait_until(next_due, self._wake)

    # --- the work ---------------------------------------------------------------------------------
    async def check(self) -> datetime | None:
        """Deliver what is due now; return when the next reminder falls due (``None``: nothing planned)."""
        self.checks += 1
        now = self.clock.now().astimezone(UTC)
        session_start = self._started_at or now
        owner = self.calendar.owner
        first_check = self.checks == 1

        def work(db) -> tuple[list[Reminder], list[Reminder], datetime | None]:
            mark = db.conn.execute(
                "SELECT value FROM toolbox_state WHERE owner = ? AND key = ?", (owner, _WATERMARK)
            ).fetchone()
            watermark = parse_utc_iso(mark[0]) if mark else now
            # "missed" needs an earlier run: on the very first start nothing is known about closing
            closed_before = first_check and mark is not None
            watermark = max(min(watermark, now), now - MISSED_HORIZON)
            events = [
                event_from_row(r)
                for r in _rows(
                    db,
                    "SELECT * FROM toolbox_event WHERE owner = ? AND reminder_min IS NOT NULL AND done_at IS NULL",
                    (owner,),
                )
            ]
            by_id = {e.id: e for e in events}
            states = {
                (r["event_id"], r["occurrence_utc"]): r
                for r in _rows(
                    db,
                    "SELECT r.* FROM toolbox_reminder r JOIN toolbox_event e ON e.id = r.event_id WHERE e.owner = ?",
                    (owner,),
                )
            }
            fired: list[Reminder] = []
            still: list[Reminder] = []
            next_due: datetime | None = None
            for event in events:
                lead = event.reminder or timedelta(0)
                # due now: reminder time in (watermark, now], or a future start whose lead time has passed
                lo = min(watermark + lead, now)
                for start in occurrence_starts(
                    event, lo + timedelta(microseconds=1), now + lead + timedelta(seconds=1)
                ):
                    due = start - lead
                    if due > now:
                        continue
                    state = states.get((event.id, utc_iso(start)))
                    if state is not None:
                        continue
                    reminder = Reminder(event, start, due, missed=closed_before and due < session_start)
                    fired.append(reminder)
                    db.conn.execute(
                        "INSERT OR REPLACE INTO toolbox_reminder (event_id, occurrence_utc, state, due_utc, "
                        "updated_at) VALUES (?, ?, 'fired', ?, ?)",
                        (event.id, utc_iso(start), utc_iso(due), utc_iso(now)),
                    )
                upcoming = occurrence_starts(event, now + lead + timedelta(seconds=1), now + lead + LOOKAHEAD)
                if upcoming:
                    due = upcoming[0] - lead
                    next_due = due if next_due is None or due < next_due else next_due
            for (event_id, occ), row in states.items():
                event = by_id.get(event_id)
                if event is None:
                    continue
                due = parse_utc_iso(row["due_utc"])
                if row["state"] == "snoozed":
                    if due <= now:
                        fired.append(
                            Reminder(
                                event, parse_utc_iso(occ), due, missed=closed_before and due < session_start
                            )
                        )
                        db.conn.execute(
                            "UPDATE toolbox_reminder SET state = 'fired', updated_at = ? "
                            "WHERE event_id = ? AND occurrence_utc = ?",
                            (utc_iso(now), event_id, occ),
                        )
                    else:
                        next_due = due if next_due is None or due < next_due else next_due
                elif row["state"] == "fired" and first_check:
                    # showing when the desk was closed, never answered: show it again
                    still.append(Reminder(event, parse_utc_iso(occ), due, missed=True))
            db.conn.execute(
                "INSERT OR REPLACE INTO toolbox_state (owner, key, value) VALUES (?, ?, ?)",
                (owner, _WATERMARK, utc_iso(now)),
            )
            db.conn.execute(
                "DELETE FROM toolbox_reminder WHERE updated_at < ? AND event_id IN "
                "(SELECT id FROM toolbox_event WHERE owner = ?)",
                (utc_iso(now - KEEP_STATES), owner),
            )
            return fired, still, next_due

        fired, still, next_due = await self.calendar.db.write(work)
        changed = False
        for reminder in still + fired:
            self.active[reminder.key] = reminder
            changed = True
        # an event deleted, done or without reminder now: its banner entry goes away
        live = await self.calendar.db.aquery(
            "SELECT id FROM toolbox_event WHERE owner = ? AND reminder_min IS NOT NULL AND done_at IS NULL",
            (owner,),
        )
        live_ids = {r["id"] for r in live}
        for key in [k for k in self.active if k[0] not in live_ids]:
            del self.active[key]
            changed = True
        fired.sort(key=lambda r: r.due)
        self._notify(still + fired, changed)
        return next_due

    async def snooze(self, reminder: Reminder, minutes: int) -> datetime:
        """Hide the reminder and fire it again ``minutes`` from now; returns when."""
        if minutes <= 0 or minutes > 24 * 60:
            raise ValueError("snooze between 1 minute and 1 day")
        now = self.clock.now().astimezone(UTC)
        due = now + timedelta(minutes=minutes)
        await self._set_state(reminder, "snoozed", due, now)
        return due

    async def dismiss(self, reminder: Reminder) -> None:
        now = self.clock.now().astimezone(UTC)
        await self._set_state(reminder, "dismissed", now, now)

    async def dismiss_all(self) -> None:
        for reminder in list(self.active.values()):
            await self.dismiss(reminder)

    async def _set_state(self, reminder: Reminder, state: str, due: datetime, now: datetime) -> None:
        await self.calendar.db.aexecute(
            "INSERT OR REPLACE INTO toolbox_reminder (event_id, occurrence_utc, state, due_utc, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (reminder.event.id, utc_iso(reminder.occurrence), state, utc_iso(due), utc_iso(now)),
        )
        self.active.pop(reminder.key, None)
        self._notify([], True)
        self.reschedule()
