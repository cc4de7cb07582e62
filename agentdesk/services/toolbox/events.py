"""Calendar events and their recurrence: plain values and pure functions, no storage.

Times are stored in UTC; a recurring event expands in the zone it was planned in (``tz``) with
``dateutil.rrule`` over zone-aware datetimes, so "every Monday 09:00" stays at 09:00 local time on
both sides of a daylight-saving change, and each occurrence is converted back to UTC.

Recurrence kinds: ``daily``; ``workdays`` (mainland China working days: public holidays skipped,
adjusted weekend working days included, Monday to Friday for years without holiday data);
``weekly`` (same weekday); ``monthly`` (same day of the month; months without that day are
skipped, as RFC 5545 does). An exception removes the occurrence on one local date.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule

from agentdesk.services.toolbox.holidays import is_working_day

MAX_TITLE = 200
MAX_NOTES = 20_000
MAX_DURATION = timedelta(days=14)
MAX_REMINDER = timedelta(days=7)
MAX_OCCURRENCES = 5_000  # per expansion: a year of daily events fits many times over


class Recurrence(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"
    WORKDAYS = "workdays"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class EventError(ValueError):
    """An event that cannot be stored; ``field`` names the input at fault."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass(frozen=True)
class EventDraft:
    """What the agent enters: everything of an event except its identity and bookkeeping."""

    title: str
    start: datetime  # aware; any zone
    duration: timedelta = timedelta(minutes=30)
    tz: str = "Asia/Shanghai"
    notes: str = ""
    recurrence: Recurrence = Recurrence.NONE
    until: datetime | None = None  # aware; no occurrence starts after it
    exceptions: frozenset[date] = field(default_factory=frozenset)
    reminder: timedelta | None = None  # lead time before the start
    customer_number: str = ""
    customer_name: str = ""
    ticket_id: str = ""

    def validated(self) -> EventDraft:
        """The draft with its start in UTC, or ``EventError`` naming the wrong field."""
        title = self.title.strip()
        try:
            recurrence = Recurrence(self.recurrence)
        except ValueError as exc:
            raise EventError("recurrence", f"unknown recurrence {self.recurrence!r}") from exc
        if not title:
            raise EventError("title", "an event needs a title")
        if len(title) > MAX_TITLE:
            raise EventError("title", f"the title is longer than {MAX_TITLE} characters")
        if len(self.notes) > MAX_NOTES:
            raise EventError("notes", f"the notes are longer than {MAX_NOTES} characters")
        if self.start.tzinfo is None:
            raise EventError("start", "the start time needs a time zone")
        if not (timedelta(0) <= self.duration <= MAX_DURATION):
            raise EventError("duration", "the duration must be between 0 minutes and 14 days")
        if self.reminder is not None and not (timedelta(0) <= self.reminder <= MAX_REMINDER):
            raise EventError("reminder", "the reminder lead time must be between 0 minutes and 7 days")
        try:
            ZoneInfo(self.tz)
        except (ValueError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
            raise EventError("tz", f"unknown time zone {self.tz!r}") from exc
        until = self.until
        if until is not None:
            if until.tzinfo is None:
                raise EventError("until", "the end of the recurrence needs a time zone")
            until = until.astimezone(UTC)
            if until < self.start:
                raise EventError("until", "the recurrence ends before the event starts")
        if len(self.customer_number) > 40 or len(self.ticket_id) > 60 or len(self.customer_name) > 100:
            raise EventError("link", "the customer or ticket link is too long")
        return replace(
            self,
            title=title,
            start=self.start.astimezone(UTC).replace(microsecond=0),
            until=until,
            customer_number=self.customer_number.strip(),
            customer_name=self.customer_name.strip(),
            ticket_id=self.ticket_id.strip(),
            recurrence=recurrence,
            exceptions=frozenset(self.exceptions) if recurrence is not Recurrence.NONE else frozenset(),
        )


@dataclass(frozen=True)
class Event(EventDraft):
    """A stored event."""

    id: int = 0
    uid: str = ""
    done_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def is_linked(self) -> bool:
        return bool(self.customer_number or self.ticket_id)

    @property
    def is_recurring(self) -> bool:
        return self.recurrence is not Recurrence.NONE

    def draft(self) -> EventDraft:
        """The editable part, e.g. to change one field and save."""
        return EventDraft(**{f: getattr(self, f) for f in EventDraft.__dataclass_fields__})


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event: where it starts and ends (UTC) and which local date it belongs to."""

    event: Event
    start: datetime
    end: datetime

    @property
    def local_date(self) -> date:
        return self.start.astimezone(self.event.zone).date()

    @property
    def key(self) -> tuple[int, datetime]:
        return (self.event.id, self.start)


def _rule(event: Event, local_start: datetime, until_local: datetime | None) -> rrule:
    freq = {
        Recurrence.DAILY: DAILY,
        Recurrence.WORKDAYS: DAILY,  # filtered by the Chinese working-day calendar below
        Recurrence.WEEKLY: WEEKLY,
        Recurrence.MONTHLY: MONTHLY,
    }[event.recurrence]
    return rrule(freq, dtstart=local_start, until=until_local, cache=False)


def occurrence_starts(event: Event, window_start: datetime, window_end: datetime) -> list[datetime]:
    """UTC starts of the occurrences of ``event`` that start in ``[window_start, window_end)``."""
    if event.recurrence is Recurrence.NONE:
        return [event.start] if window_start <= event.start < window_end else []
    zone = event.zone
    local_start = event.start.astimezone(zone).replace(tzinfo=None)
    until_local = event.until.astimezone(zone).replace(tzinfo=None) if event.until else None
    # Expand in naive local wall time, then attach the zone: wall clock kept across DST changes.
    lo = window_start.astimezone(zone).replace(tzinfo=None) - timedelta(days=1)
    hi = window_end.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    out: list[datetime] = []
    for local in _rule(event, local_start, until_local).between(max(lo, local_start), hi, inc=True):
        if local.date() in event.exceptions:
            continue
        if event.recurrence is Recurrence.WORKDAYS and not is_working_day(local.date()):
            continue
        start = local.replace(tzinfo=zone).astimezone(UTC)
        if window_start <= start < window_end and (event.until is None or start <= event.until):
            out.append(start)
            if len(out) >= MAX_OCCURRENCES:
                break
    return out


def expand(events: list[Event], window_start: datetime, window_end: datetime) -> list[Occurrence]:
    """All occurrences of ``events`` that overlap ``[window_start, window_end)``, by start time."""
    out = []
    for event in events:
        # an occurrence that started before the window may still run into it
        for start in occurrence_starts(event, window_start - event.duration, window_end):
            end = start + event.duration
            if end > window_start or start >= window_start:
                out.append(Occurrence(event, start, end))
    out.sort(key=lambda o: (o.start, o.event.id))
    return out


def next_occurrence(
    event: Event, after: datetime, horizon: timedelta = timedelta(days=400)
) -> datetime | None:
    """The first occurrence starting at or after ``after`` within ``horizon``, if any."""
    step = timedelta(days=31)
    lo = after
    while lo < after + horizon:
        starts = occurrence_starts(event, lo, lo + step)
        if starts:
            return starts[0]
        lo += step
    return None


def last_occurrence_before(
    event: Event, before: datetime, horizon: timedelta = timedelta(days=400)
) -> datetime | None:
    """The last occurrence starting before ``before`` within ``horizon``, if any."""
    starts = occurrence_starts(event, max(event.start, before - horizon), before)
    return starts[-1] if starts else None
