"""Calendar events: CRUD, recurrence with exceptions, DST, Chinese working days, callback list."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agentdesk.services.toolbox.calendar_service import CalendarService
from agentdesk.services.toolbox.events import EventDraft, EventError, Recurrence, occurrence_starts
from agentdesk.services.toolbox.holidays import day_info, has_holiday_data, is_working_day

SH = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def local(*args: int, zone: ZoneInfo = SH) -> datetime:
    return datetime(*args, tzinfo=zone)


def test_event_crud_and_validation(local_db) -> None:
    async def scenario() -> None:
        cal = CalendarService(local_db, owner="demo_agent")
        changes: list[int] = []
        cal.add_listener(lambda: changes.append(1))
        draft = EventDraft(
            title="  Call back 张三 about broadband  ",
            start=local(2026, 11, 16, 10, 0),
            duration=timedelta(minutes=20),
            notes="Line test showed noise",
            reminder=timedelta(minutes=15),
            customer_number="13800138000",
            customer_name="张三",
        )
        event = await cal.create(draft)
        assert event.id > 0 and event.uid.endswith("@agentdesk")
        assert event.title == "Call back 张三 about broadband"
        assert event.start == datetime(2026, 11, 16, 2, 0, tzinfo=UTC)  # stored in UTC
        assert event.start.astimezone(SH).hour == 10  # shown in local time
        assert (await cal.get(event.id)) == event
        moved = await cal.update(
            event.id, replace(event.draft(), start=local(2026, 11, 16, 14, 30), ticket_id="T-42")
        )
        assert moved.start.astimezone(SH).time().isoformat() == "14:30:00"
        assert moved.ticket_id == "T-42" and moved.uid == event.uid
        assert [e.id for e in await cal.events()] == [event.id]
        await cal.delete(event.id)
        assert await cal.get(event.id) is None
        assert len(changes) == 3
        with pytest.raises(EventError) as err:
            await cal.create(replace(draft, title="   "))
        assert err.value.field == "title"
        with pytest.raises(EventError) as err:
            await cal.create(replace(draft, start=datetime(2026, 11, 16, 10, 0)))
        assert err.value.field == "start"
        with pytest.raises(EventError) as err:
            await cal.create(replace(draft, duration=timedelta(days=30)))
        assert err.value.field == "duration"
        with pytest.raises(EventError) as err:
            await cal.create(replace(draft, tz="Mars/Olympus"))
        assert err.value.field == "tz"
        with pytest.raises(EventError) as err:
            await cal.update(9999, draft)
        assert err.value.field == "id"
        assert await CalendarService(local_db, owner="someone_else").events() == []

    asyncio.run(scenario())


def test_daily_recurrence_with_exceptions_and_until(local_db) -> None:
    async def scenario() -> None:
        cal = CalendarService(local_db)
        event = await cal.create(
            EventDraft(
                title="Stand-up",
                start=local(2026, 11, 2, 9, 0),
                duration=timedelta(minutes=15),
                recurrence=Recurrence.DAILY,
                until=local(2026, 11, 8, 23, 59),
                exceptions=frozenset({date(2026, 11, 4)}),
            )
        )
        occ = await cal.occurrences(local(2026, 11, 1), local(2026, 12, 1))
        assert [o.local_date.day for o in occ] == [2, 3, 5, 6, 7, 8]
        assert all(o.start.astimezone(SH).hour == 9 and o.end - o.start == timedelta(minutes=15) for o in occ)
        # delete one more occurrence from the series
        event = await cal.skip_occurrence(event.id, date(2026, 11, 6))
        assert [o.local_date.day for o in await cal.occurrences(local(2026, 11, 1), local(2026, 12, 1))] == [
            2,
            3,
            5,
            7,
            8,
        ]
        # change one occurrence only: it leaves the series and becomes an event of its own
        single = await cal.detach_occurrence(
            event.id,
            date(2026, 11, 7),
            replace(event.draft(), title="Stand-up (moved)", start=local(2026, 11, 7, 11, 0)),
        )
        occ = await cal.occurrences(local(2026, 11, 7), local(2026, 11, 8))
        assert [(o.event.id, o.event.title, o.start.astimezone(SH).hour) for o in occ] == [
            (single.id, "Stand-up (moved)", 11)
        ]
        assert not single.is_recurring

    asyncio.run(scenario())


def test_weekly_and_monthly_rules(local_db) -> None:
    async def scenario() -> None:
        cal = CalendarService(local_db)
        await cal.create(
            EventDraft(title="Team meeting", start=local(2026, 11, 4, 16, 0), recurrence=Recurrence.WEEKLY)
        )
        await cal.create(
            EventDraft(title="Bill run", start=local(2026, 1, 31, 8, 0), recurrence=Recurrence.MONTHLY)
        )
        occ = await cal.occurrences(local(2026, 11, 1), local(2027, 1, 1))
        weekly = [o.local_date.isoformat() for o in occ if o.event.title == "Team meeting"]
        assert weekly[:3] == ["2026-11-04", "2026-11-11", "2026-11-18"] and len(weekly) == 9
        monthly = [
            o.local_date.isoformat() for o in await cal.occurrences(local(2026, 1, 1), local(2026, 8, 1))
        ]
        # months without a 31st are skipped, as RFC 5545 does
        assert monthly == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]

    asyncio.run(scenario())


def test_recurring_event_keeps_wall_clock_across_daylight_saving() -> None:
    from agentdesk.services.toolbox.events import Event

    event = Event(
        title="Berlin sync",
        start=local(2026, 10, 19, 9, 0, zone=BERLIN),
        tz="Europe/Berlin",
        recurrence=Recurrence.WEEKLY,
        id=1,
    ).validated()
    starts = occurrence_starts(event, datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 10, tzinfo=UTC))
    assert [s.astimezone(BERLIN).strftime("%m-%d %H:%M") for s in starts] == [
        "10-19 09:00",
        "10-26 09:00",
        "11-02 09:00",
        "11-09 09:00",
    ]
    # the UTC instants differ by the DST change (CEST +02:00 -> CET +01:00, 2026-10-25)
    assert [s.hour for s in starts] == [7, 8, 8, 8]


def test_workdays_follow_chinese_holidays_and_adjusted_days(local_db) -> None:
    async def scenario() -> None:
        cal = CalendarService(local_db)
        await cal.create(
            EventDraft(title="Shift report", start=local(2026, 9, 18, 17, 30), recurrence=Recurrence.WORKDAYS)
        )
        occ = await cal.occurrences(local(2026, 9, 18), local(2026, 10, 13))
        days = [o.local_date.strftime("%m-%d") for o in occ]
        # National Day / Mid-autumn 2026: 25 Sep and 1-7 Oct off; Sun 20 Sep and Sat 10 Oct are working days
        assert days == [
            "09-18",
            "09-20",
            "09-21",
            "09-22",
            "09-23",
            "09-24",
            "09-28",
            "09-29",
            "09-30",
            "10-08",
            "10-09",
            "10-10",
            "10-12",
        ]

    asyncio.run(scenario())


def test_holidays_and_lunar_dates_for_a_known_year() -> None:
    national = day_info(date(2026, 10, 1))
    assert national.holiday == "National Day" and national.is_day_off and national.holiday_data
    assert national.lunar_full == "丙午年八月廿一"
    spring = day_info(date(2026, 2, 17))
    assert (
        spring.holiday == "Spring Festival"
        and spring.lunar == "春节"
        and spring.lunar_full == "丙午年正月初一"
    )
    adjusted = day_info(date(2026, 2, 14))  # a Saturday worked before Spring Festival
    assert adjusted.is_adjusted_workday and not adjusted.is_day_off and adjusted.holiday == "Spring Festival"
    assert day_info(date(2026, 9, 25)).lunar == "中秋节"
    assert day_info(date(2026, 11, 7)).lunar == "立冬"  # a solar term
    assert day_info(date(2026, 11, 9)).lunar == "十月"  # first day of a lunar month shows the month
    assert day_info(date(2026, 11, 10)).lunar == "初二"
    assert is_working_day(date(2026, 11, 16)) and not is_working_day(date(2026, 11, 15))
    # a year the holiday library does not know yet: flagged, and Monday-Friday is assumed
    assert not has_holiday_data(2099)
    future = day_info(date(2099, 10, 1))
    assert not future.holiday_data and future.holiday == "" and future.is_workday


def test_callback_list_sorted_with_overdue(local_db) -> None:
    async def scenario() -> None:
        now = local(2026, 11, 16, 12, 0)
        cal = CalendarService(local_db, now=lambda: now)
        late = await cal.create(
            EventDraft(title="Call 李四", start=local(2026, 11, 16, 9, 0), customer_number="13900000001")
        )
        soon = await cal.create(
            EventDraft(title="Ticket follow-up", start=local(2026, 11, 16, 15, 0), ticket_id="T-7")
        )
        await cal.create(EventDraft(title="Lunch", start=local(2026, 11, 16, 11, 0)))  # not linked
        weekly = await cal.create(
            EventDraft(
                title="Weekly check 王五",
                start=local(2026, 11, 2, 10, 0),
                recurrence=Recurrence.WEEKLY,
                customer_number="13700000002",
            )
        )
        items = await cal.callbacks()
        assert [(i.event.id, i.overdue) for i in items] == [
            (late.id, True),
            (soon.id, False),
            (weekly.id, False),
        ]
        assert items[2].due == local(2026, 11, 23, 10, 0)  # the next occurrence of a recurring callback
        await cal.set_done(late.id)
        assert [i.event.id for i in await cal.callbacks()] == [soon.id, weekly.id]
        await cal.set_done(late.id, done=False)
        assert [i.event.id for i in await cal.callbacks()][0] == late.id

    asyncio.run(scenario())


def test_occurrence_window_includes_events_running_into_it(local_db) -> None:
    async def scenario() -> None:
        cal = CalendarService(local_db)
        await cal.create(
            EventDraft(title="Night shift", start=local(2026, 11, 16, 22, 0), duration=timedelta(hours=8))
        )
        nov17 = await cal.occurrences(local(2026, 11, 17), local(2026, 11, 18))
        assert [o.event.title for o in nov17] == ["Night shift"]
        assert await cal.occurrences(local(2026, 11, 17, 6, 0), local(2026, 11, 18)) == []

    asyncio.run(scenario())
