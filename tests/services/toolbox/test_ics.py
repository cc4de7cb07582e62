"""iCalendar export and import: a round trip keeps every event, and foreign files are read sensibly."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from agentdesk.services.toolbox.calendar_service import CalendarService
from agentdesk.services.toolbox.events import EventDraft, Recurrence, occurrence_starts
from agentdesk.services.toolbox.ics import IcsError, export_ics, parse_ics

SH = ZoneInfo("Asia/Shanghai")
COMPARED = (
    "uid",
    "title",
    "notes",
    "start",
    "duration",
    "tz",
    "recurrence",
    "until",
    "exceptions",
    "reminder",
    "customer_number",
    "customer_name",
    "ticket_id",
)


def drafts() -> list[EventDraft]:
    return [
        EventDraft(
            title="Call back 张三",
            start=datetime(2026, 11, 16, 10, 0, tzinfo=SH),
            duration=timedelta(minutes=20),
            notes="宽带掉线\nline 2; with, commas",
            reminder=timedelta(minutes=15),
            customer_number="13800138000",
            customer_name="张三",
            ticket_id="T-20261116-0042",
        ),
        EventDraft(
            title="Stand-up",
            start=datetime(2026, 11, 2, 9, 0, tzinfo=SH),
            duration=timedelta(minutes=15),
            recurrence=Recurrence.DAILY,
            exceptions=frozenset({date(2026, 11, 4), date(2026, 11, 11)}),
            reminder=timedelta(0),
        ),
        EventDraft(
            title="Shift report",
            start=datetime(2026, 9, 14, 17, 30, tzinfo=SH),
            recurrence=Recurrence.WORKDAYS,
            until=datetime(2026, 12, 31, 23, 0, tzinfo=SH),
            exceptions=frozenset({date(2026, 11, 20)}),
        ),
        EventDraft(
            title="Berlin sync",
            start=datetime(2026, 10, 12, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")),
            tz="Europe/Berlin",
            recurrence=Recurrence.WEEKLY,
            duration=timedelta(hours=1),
        ),
        EventDraft(
            title="Bill run", start=datetime(2026, 1, 31, 8, 0, tzinfo=SH), recurrence=Recurrence.MONTHLY
        ),
    ]


def test_round_trip_keeps_every_event(local_db) -> None:
    async def scenario() -> None:
        source = CalendarService(local_db, owner="a")
        originals = [await source.create(d) for d in drafts()]
        data = export_ics(originals)
        assert (
            data.startswith(b"BEGIN:VCALENDAR")
            and b"BEGIN:VTIMEZONE" in data
            and b"TZID=Europe/Berlin" in data
        )
        parsed = Calendar.from_ical(data)  # a standard reader accepts it
        assert len(parsed.walk("VEVENT")) == 5
        plan = parse_ics(data)
        assert plan.skipped == [] and plan.simplified == []
        target = CalendarService(local_db, owner="b")
        # the UIDs belong to agent a on this PC: agent b gets copies under new UIDs
        assert await target.upsert_many(plan.drafts) == (5, 0)
        imported = {e.title: e for e in await target.events()}
        assert len(imported) == 5
        window = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
        for original in originals:
            copy = imported[original.title]
            for name in COMPARED:
                if name != "uid":
                    assert getattr(copy, name) == getattr(original, name), (original.title, name)
            assert occurrence_starts(copy, *window) == occurrence_starts(original, *window)
        # importing the file again into the same calendar updates by UID instead of duplicating
        assert await source.upsert_many(parse_ics(data).drafts) == (0, 5)
        assert len(await source.events()) == 5

    asyncio.run(scenario())


def test_workdays_export_lists_holidays_for_other_calendars() -> None:
    from agentdesk.services.toolbox.events import Event

    event = Event(**{**drafts()[2].validated().__dict__}, id=1, uid="w@agentdesk")
    vevent = Calendar.from_ical(export_ics([event])).walk("VEVENT")[0]
    assert dict(vevent["RRULE"])["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    exdates = {d.dt.date() for d in vevent["EXDATE"].dts}
    rdates = {d.dt.date() for d in vevent["RDATE"].dts}
    assert {date(2026, 10, 1), date(2026, 10, 7), date(2026, 11, 20)} <= exdates
    assert {date(2026, 9, 20), date(2026, 10, 10)} <= rdates
    assert vevent["X-AGENTDESK-RECURRENCE"] == "WORKDAYS"


OUTLOOK = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:outlook-1
SUMMARY:Training
DTSTART;TZID=Asia/Shanghai:20261118T140000
DTEND;TZID=Asia/Shanghai:20261118T153000
RRULE:FREQ=WEEKLY;COUNT=3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT30M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:outlook-2
SUMMARY:Company day
DTSTART;VALUE=DATE:20261120
DTEND;VALUE=DATE:20261121
END:VEVENT
BEGIN:VEVENT
UID:outlook-3
SUMMARY:Every other Monday
DTSTART:20261116T010000Z
DURATION:PT1H
RRULE:FREQ=WEEKLY;INTERVAL=2
END:VEVENT
BEGIN:VEVENT
UID:outlook-4
SUMMARY:No start
END:VEVENT
BEGIN:VEVENT
UID:outlook-5
SUMMARY:Floating time
DTSTART:20261119T080000
END:VEVENT
END:VCALENDAR
"""


def test_import_of_a_foreign_file() -> None:
    plan = parse_ics(OUTLOOK)
    by_uid = dict(plan.drafts)
    training = by_uid["outlook-1"]
    assert training.recurrence is Recurrence.WEEKLY and training.duration == timedelta(minutes=90)
    assert training.until == datetime(2026, 12, 2, 14, 0, tzinfo=SH)  # COUNT=3 becomes the last start
    assert training.reminder == timedelta(minutes=30)
    day = by_uid["outlook-2"]
    assert day.start == datetime(2026, 11, 20, tzinfo=SH) and day.duration == timedelta(days=1)
    other = by_uid["outlook-3"]
    assert other.recurrence is Recurrence.NONE and plan.simplified == ["Every other Monday"]
    assert plan.skipped == [("No start", "the event has no start time")]
    floating = by_uid["outlook-5"]
    assert floating.start == datetime(2026, 11, 19, 8, 0, tzinfo=SH)  # no zone: the desk's zone


@pytest.mark.parametrize("data", [b"", b"not a calendar", b"BEGIN:VCALENDAR\nBEGIN:VEVENT\n"])
def test_garbage_is_an_error_not_a_crash(data: bytes) -> None:
    with pytest.raises(IcsError):
        parse_ics(data)
