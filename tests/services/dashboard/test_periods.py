"""Dashboard periods: whole local days in the desk's zone, ending now when they reach today."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agentdesk.services.dashboard import periods as p
from tests.services.dashboard.support import SH

NOW = datetime(2026, 11, 26, 11, 5, tzinfo=SH)  # 03:05 UTC


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("choice", "since", "until", "days"),
    [
        (p.PeriodChoice(p.TODAY), "2026-11-25T16:00", "2026-11-26T03:05", 1),
        (p.PeriodChoice(p.YESTERDAY), "2026-11-24T16:00", "2026-11-25T16:00", 1),
        (p.PeriodChoice(p.LAST_7_DAYS), "2026-11-19T16:00", "2026-11-26T03:05", 7),
        (p.PeriodChoice(p.LAST_30_DAYS), "2026-10-27T16:00", "2026-11-26T03:05", 30),
        (p.PeriodChoice(p.THIS_MONTH), "2026-10-31T16:00", "2026-11-26T03:05", 26),
        (p.PeriodChoice(p.LAST_MONTH), "2026-09-30T16:00", "2026-10-31T16:00", 31),
        (
            p.PeriodChoice(p.CUSTOM, date(2026, 7, 1), date(2026, 7, 2)),
            "2026-06-30T16:00",
            "2026-07-02T16:00",
            2,
        ),
        (
            p.PeriodChoice(p.CUSTOM, date(2026, 11, 20), date(2026, 12, 5)),
            "2026-11-19T16:00",
            "2026-11-26T03:05",
            7,
        ),
    ],
)
def test_periods(choice, since, until, days):
    i = p.interval(choice, NOW)
    assert (i.since, i.until, i.days, i.tz_offset_minutes) == (utc(since), utc(until), days, 480)


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (date(2026, 11, 20), date(2026, 11, 19), "before it starts"),
        (date(2026, 11, 27), date(2026, 11, 28), "future"),
        (date(2025, 1, 1), date(2026, 11, 1), "at most 366"),
        (None, date(2026, 11, 1), "first and a last"),
    ],
)
def test_impossible_custom_periods_are_refused_before_asking(first, last, message):
    with pytest.raises(p.PeriodError, match=message):
        p.interval(p.PeriodChoice(p.CUSTOM, first, last), NOW)


def test_a_day_of_the_period_is_clipped_to_it():
    i = p.interval(p.PeriodChoice(p.LAST_7_DAYS), NOW)
    assert p.day_bounds(date(2026, 11, 26), i, NOW) == (utc("2026-11-25T16:00"), utc("2026-11-26T03:05"))
    assert p.day_bounds(date(2026, 11, 20), i, NOW) == (utc("2026-11-19T16:00"), utc("2026-11-20T16:00"))
