"""Reminders driven by a manual clock: fire at the lead time, snooze re-fires, missed ones at start."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from agentdesk.services.toolbox.calendar_service import CalendarService
from agentdesk.services.toolbox.clock import ManualClock
from agentdesk.services.toolbox.events import EventDraft, Recurrence
from agentdesk.services.toolbox.reminders import ReminderScheduler
from tests.support.aio import wait_until

SH = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 16, 9, 0, tzinfo=SH)


def make(
    local_db, clock: ManualClock, owner: str = "demo_agent"
) -> tuple[CalendarService, ReminderScheduler]:
    cal = CalendarService(local_db, owner=owner, now=clock.now)
    return cal, ReminderScheduler(cal, clock)


def test_reminder_fires_at_lead_time_snooze_refires_dismiss_ends(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        cal, scheduler = make(local_db, clock)
        fired: list[str] = []
        scheduler.on_fired(
            lambda rs: fired.extend(f"{r.event.title}{' (missed)' if r.missed else ''}" for r in rs)
        )
        scheduler.start()
        await wait_until(lambda: scheduler.checks >= 1)
        event = await cal.create(
            EventDraft(
                title="Call back 张三", start=T0 + timedelta(minutes=30), reminder=timedelta(minutes=15)
            )
        )
        await wait_until(lambda: scheduler.checks >= 2)  # the new event re-armed the scheduler
        clock.advance(timedelta(minutes=14))
        await scheduler.check()  # look now: nothing is due at 09:14
        assert fired == [] and scheduler.active == {}
        clock.advance(timedelta(minutes=1))  # 09:15, the lead time
        await wait_until(lambda: fired)
        assert fired == ["Call back 张三"]
        [reminder] = scheduler.active.values()
        assert reminder.occurrence == event.start and reminder.due == event.start - timedelta(minutes=15)
        assert not reminder.missed

        due = await scheduler.snooze(reminder, 5)
        assert due == clock.now() + timedelta(minutes=5) and scheduler.active == {}
        clock.advance(timedelta(minutes=4, seconds=59))
        await scheduler.check()
        assert fired == ["Call back 张三"]
        clock.advance(timedelta(seconds=1))
        await wait_until(lambda: len(fired) == 2)
        assert list(scheduler.active) == [reminder.key]

        await scheduler.dismiss(scheduler.active[reminder.key])
        assert scheduler.active == {}
        clock.advance(timedelta(hours=3))
        await scheduler.check()
        assert len(fired) == 2  # dismissed for good
        await scheduler.stop()

    asyncio.run(scenario())


def test_scheduler_sleeps_until_the_next_reminder_instead_of_polling(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        cal, scheduler = make(local_db, clock)
        await cal.create(
            EventDraft(
                title="Shift report",
                start=T0 + timedelta(hours=8),
                recurrence=Recurrence.DAILY,
                reminder=timedelta(minutes=10),
            )
        )
        # the scheduler answers with the moment of the next reminder: that is what it waits for
        assert await scheduler.check() == (T0 + timedelta(hours=7, minutes=50)).astimezone(UTC)
        clock.advance(timedelta(hours=7, minutes=50))
        fired = []
        scheduler.on_fired(fired.extend)
        next_due = await scheduler.check()
        assert [r.occurrence.astimezone(SH).strftime("%d %H:%M") for r in fired] == ["16 17:00"]
        assert next_due == (T0 + timedelta(days=1, hours=7, minutes=50)).astimezone(
            UTC
        )  # re-armed for tomorrow

    asyncio.run(scenario())


def test_missed_reminders_are_listed_at_the_next_start(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        cal, first_session = make(local_db, clock)
        await cal.create(
            EventDraft(title="Callback A", start=T0 + timedelta(hours=2), reminder=timedelta(minutes=5))
        )
        await cal.create(
            EventDraft(
                title="Daily check",
                start=T0 + timedelta(hours=1),
                recurrence=Recurrence.DAILY,
                reminder=timedelta(minutes=0),
            )
        )
        await cal.create(
            EventDraft(title="Next week", start=T0 + timedelta(days=7), reminder=timedelta(minutes=5))
        )
        await first_session.check()  # the desk ran at 09:00, then was closed
        await first_session.stop()

        clock.advance(timedelta(days=1, hours=1, minutes=1))  # reopened next day at 10:01
        cal2, second_session = make(local_db, clock)
        shown = []
        second_session.on_fired(shown.extend)
        second_session.start()
        await wait_until(lambda: shown)
        got = sorted(
            (r.event.title, r.occurrence.astimezone(SH).strftime("%d %H:%M"), r.missed) for r in shown
        )
        assert got == [
            ("Callback A", "16 11:00", True),
            ("Daily check", "16 10:00", True),
            ("Daily check", "17 10:00", True),
        ]
        assert len(second_session.active) == 3
        await second_session.stop()

    asyncio.run(scenario())


def test_unanswered_reminder_comes_back_after_restart(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        cal, first = make(local_db, clock)
        fired = []
        first.on_fired(fired.extend)
        first.start()
        await wait_until(lambda: first.checks == 1)
        await cal.create(
            EventDraft(title="Visit", start=T0 + timedelta(minutes=10), reminder=timedelta(minutes=15))
        )
        await wait_until(lambda: fired)
        assert [r.event.title for r in fired] == ["Visit"] and not fired[
            0
        ].missed  # new event inside its lead time
        await first.stop()  # closed while the banner showed it
        clock.advance(timedelta(minutes=30))
        _, second = make(local_db, clock)
        again = []
        second.on_fired(again.extend)
        second.start()
        await wait_until(lambda: again)
        assert [(r.event.title, r.missed) for r in again] == [("Visit", True)]
        await second.dismiss(again[0])
        await second.stop()
        _, third = make(local_db, clock)
        none = []
        third.on_fired(none.extend)
        await third.check()
        assert none == []

    asyncio.run(scenario())


def test_deleted_or_done_event_leaves_the_banner_and_old_misses_are_bounded(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        cal, scheduler = make(local_db, clock)
        event = await cal.create(
            EventDraft(title="Gone", start=T0 + timedelta(minutes=1), reminder=timedelta(minutes=5))
        )
        await scheduler.check()
        assert len(scheduler.active) == 1
        await cal.delete(event.id)
        await scheduler.check()
        assert scheduler.active == {}
        # a month closed: only the last 7 days of a daily reminder come back, not thirty
        await cal.create(
            EventDraft(
                title="Daily",
                start=T0 + timedelta(hours=1),
                recurrence=Recurrence.DAILY,
                reminder=timedelta(minutes=0),
            )
        )
        await scheduler.check()
        await scheduler.stop()
        clock.advance(timedelta(days=30))
        _, later = make(local_db, clock)
        shown = []
        later.on_fired(shown.extend)
        await later.check()
        assert len(shown) == 7 and all(r.missed for r in shown)

    asyncio.run(scenario())


def test_reminders_are_per_agent(local_db) -> None:
    async def scenario() -> None:
        clock = ManualClock(T0)
        mine, _ = make(local_db, clock, owner="a")
        _, their_scheduler = make(local_db, clock, owner="b")
        await mine.create(
            EventDraft(title="Mine", start=T0 + timedelta(minutes=1), reminder=timedelta(minutes=5))
        )
        shown = []
        their_scheduler.on_fired(shown.extend)
        await their_scheduler.check()
        assert shown == []

    asyncio.run(scenario())
