"""The periods a team lead picks on the dashboard, turned into the UTC interval the back end counts.

A period is a run of whole local days; one that reaches today ends "now", as the ticket system's own
default does. Local means the desk's time zone (the clock's), which also decides the days of the trend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

TODAY, YESTERDAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, LAST_MONTH, CUSTOM = (
    "today", "yesterday", "last_7_days", "last_30_days", "this_month", "last_month", "custom",
)  # fmt: skip
PERIOD_KINDS = (TODAY, YESTERDAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, LAST_MONTH, CUSTOM)
MAX_DAYS = 366  # the ticket system's limit


class PeriodError(ValueError):
    """A custom period the back end would refuse (backwards, in the future or too long)."""


@dataclass(frozen=True)
class PeriodChoice:
    kind: str = LAST_30_DAYS
    first: date | None = None  # custom: first and last local day, both included
    last: date | None = None


@dataclass(frozen=True)
class Interval:
    since: datetime  # aware UTC
    until: datetime  # aware UTC, exclusive
    first_day: date  # local
    last_day: date  # local, included
    tz_offset_minutes: int

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


def tz_offset_minutes(now: datetime) -> int:
    offset = now.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def local_midnight(day: date, now: datetime) -> datetime:
    """The start of a local day as an aware UTC time (the desk's zone is ``now``'s)."""
    return datetime.combine(day, time(0), tzinfo=now.tzinfo).astimezone(UTC)


def days_of(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """First and last local day of a period (last included)."""
    kind = choice.kind
    if kind == TODAY:
        return today, today
    if kind == YESTERDAY:
        return today - timedelta(days=1), today - timedelta(days=1)
    if kind == LAST_7_DAYS:
        return today - timedelta(days=6), today
    if kind == LAST_30_DAYS:
        return today - timedelta(days=29), today
    if kind == THIS_MONTH:
        return today.replace(day=1), today
    if kind == LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if kind == CUSTOM:
        if choice.first is None or choice.last is None:
            raise PeriodError("a custom period needs a first and a last day")
        return choice.first, choice.last
    raise PeriodError(f"unknown period {kind!r}")


def interval(choice: PeriodChoice, now: datetime) -> Interval:
    """The period as the back end counts it: [first local midnight, the end of the last day or now)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware time in the desk's zone")
    today = now.date()
    first, last = days_of(choice, today)
    if last < first:
        raise PeriodError("the period ends before it starts")
    if first > today:
        raise PeriodError("the period lies in the future")
    last = min(last, today)
    if (last - first).days + 1 > MAX_DAYS:
        raise PeriodError(f"a period is at most {MAX_DAYS} days")
    since = local_midnight(first, now)
    until = min(local_midnight(last + timedelta(days=1), now), now.astimezone(UTC))
    return Interval(since, until, first, last, tz_offset_minutes(now))


def day_bounds(day: date, within: Interval, now: datetime) -> tuple[datetime, datetime]:
    """One local day of a period, clipped to it (today ends now)."""
    since = max(local_midnight(day, now), within.since)
    until = min(local_midnight(day + timedelta(days=1), now), within.until)
    return since, until
