"""iCalendar (.ics, RFC 5545) export and import of calendar events, so they can move to Outlook.

Export writes each event with its zone (TZID plus VTIMEZONE), RRULE, EXDATE, a display VALARM for
the reminder, and the customer/ticket link both as ``X-AGENTDESK-*`` properties (read back on import)
and as LOCATION (what Outlook shows). "Workdays" becomes Monday-to-Friday plus EXDATE for public
holidays and RDATE for adjusted working weekends in the years the holiday data covers, and carries
``X-AGENTDESK-RECURRENCE:WORKDAYS`` so the desk reads it back as "workdays".

Import keeps what the desk can represent; a rule it cannot (every second week, the second Tuesday
of a month, ...) imports the first occurrence only and is reported as simplified, and an event it
cannot read at all is reported as skipped, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from agentdesk.services.toolbox.events import (
    MAX_DURATION,
    MAX_OCCURRENCES,
    Event,
    EventDraft,
    EventError,
    Recurrence,
)
from agentdesk.services.toolbox.holidays import has_holiday_data, holiday_exceptions

if TYPE_CHECKING:
    from icalendar import Event as VEvent

PRODID = "-//AgentDesk//Toolbox Calendar//EN"
_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
X_NUMBER = "X-AGENTDESK-CUSTOMER-NUMBER"
X_NAME = "X-AGENTDESK-CUSTOMER-NAME"
X_TICKET = "X-AGENTDESK-TICKET"
X_RECURRENCE = "X-AGENTDESK-RECURRENCE"
MAX_IMPORT_BYTES = 10 * 1024 * 1024


@dataclass
class ImportPlan:
    """What an .ics file holds for the desk: drafts by UID, and what could not be taken as it was."""

    drafts: list[tuple[str, EventDraft]] = field(default_factory=list)
    simplified: list[str] = field(default_factory=list)  # titles whose recurrence was reduced
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title or UID, reason)


class IcsError(ValueError):
    """The file is not an iCalendar file the desk can read."""


def _link_text(event: Event) -> str:
    parts = []
    if event.customer_number or event.customer_name:
        parts.append(" ".join(p for p in (event.customer_number, event.customer_name) if p))
    if event.ticket_id:
        parts.append(event.ticket_id)
    return " / ".join(parts)


def export_ics(events: list[Event], now: datetime | None = None) -> bytes:
    """An iCalendar file with ``events``."""
    from icalendar import Alarm, Calendar  # imported when a file is made or read, not when the desk starts
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    for event in events:
        zone = event.zone
        local_start = event.start.astimezone(zone)
        item = VEvent()
        item.add("uid", event.uid)
        item.add("dtstamp", stamp)
        item.add("summary", event.title)
        if event.notes:
            item.add("description", event.notes)
        item.add("dtstart", local_start)
        item.add("duration", event.duration)
        if event.is_recurring:
            rule: dict[str, object] = {
                "freq": {"daily": "DAILY", "workdays": "WEEKLY", "weekly": "WEEKLY", "monthly": "MONTHLY"}[
                    event.recurrence.value
                ]
            }
            if event.recurrence is Recurrence.WORKDAYS:
                rule["byday"] = _WEEKDAYS[:5]
                item.add(X_RECURRENCE, "WORKDAYS")
            if event.until:
                rule["until"] = event.until.astimezone(UTC)
            item.add("rrule", rule)
            exdates = {d for d in event.exceptions}
            rdates: set[date] = set()
            if event.recurrence is Recurrence.WORKDAYS:
                last = (
                    event.until.astimezone(zone).date() if event.until else date(local_start.year + 2, 12, 31)
                )
                off, on = holiday_exceptions(local_start.date(), last)
                exdates |= set(off)
                rdates = {d for d in on if d not in event.exceptions}
            at = local_start.timetz().replace(tzinfo=None)
            if exdates:
                item.add("exdate", [datetime.combine(d, at, zone) for d in sorted(exdates)])
            if rdates:
                item.add("rdate", [datetime.combine(d, at, zone) for d in sorted(rdates)])
        if event.reminder is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", event.title)
            alarm.add("trigger", -event.reminder)
            item.add_component(alarm)
        if event.is_linked:
            item.add("location", _link_text(event))
            item.add(X_NUMBER, event.customer_number)
            item.add(X_NAME, event.customer_name)
            item.add(X_TICKET, event.ticket_id)
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()


def _aware(value: datetime | date, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return datetime.combine(value, time(0), zone)


def _zone_name(value: datetime | date, default: str) -> str:
    tz = getattr(value, "tzinfo", None)
    key = getattr(tz, "key", None)
    if key and key != "UTC":
        try:
            ZoneInfo(key)
            return key
        except (ValueError, KeyError):
            pass
    return default


def _dates(component: VEvent, name: str, zone: ZoneInfo) -> list[datetime]:
    raw = component.get(name)
    if raw is None:
        return []
    out = []
    for group in raw if isinstance(raw, list) else [raw]:
        for item in group.dts:
            value = item.dt
            if isinstance(value, tuple):  # a PERIOD: its start
                value = value[0]
            out.append(_aware(value, zone).astimezone(zone))
    return out


def _recurrence(
    component: VEvent, start: datetime, zone: ZoneInfo
) -> tuple[Recurrence, datetime | None, bool]:
    """(kind, until, simplified) for the event's RRULE."""
    raw = component.get("rrule")
    if raw is None:
        return Recurrence.NONE, None, bool(component.get("rdate"))
    rule = {k.upper(): v for k, v in dict(raw).items()}
    freq = (rule.pop("FREQ", [""])[0] or "").upper()
    interval = int(rule.pop("INTERVAL", [1])[0])
    until_values = rule.pop("UNTIL", None)
    count_values = rule.pop("COUNT", None)
    rule.pop("WKST", None)
    byday = [str(d).upper() for d in rule.pop("BYDAY", [])]
    bymonthday = [int(d) for d in rule.pop("BYMONTHDAY", [])]
    kind = None
    if interval == 1 and not rule:
        weekday = _WEEKDAYS[start.weekday()]
        if freq == "DAILY" and not byday and not bymonthday:
            kind = Recurrence.DAILY
        elif freq == "WEEKLY" and sorted(byday, key=_WEEKDAYS.index) == _WEEKDAYS[:5] and not bymonthday:
            kind = Recurrence.WORKDAYS
        elif freq == "WEEKLY" and byday in ([], [weekday]) and not bymonthday:
            kind = Recurrence.WEEKLY
        elif freq == "MONTHLY" and not byday and bymonthday in ([], [start.day]):
            kind = Recurrence.MONTHLY
    if kind is None:
        return Recurrence.NONE, None, True
    until = None
    if until_values:
        until = _aware(until_values[0], UTC).astimezone(UTC)
    elif count_values:
        text = component.get("rrule").to_ical().decode()
        naive = start.replace(tzinfo=None)
        occurrences = list(islice(rrulestr(text, dtstart=naive), MAX_OCCURRENCES))
        until = occurrences[-1].replace(tzinfo=zone).astimezone(UTC) if occurrences else None
    return kind, until, False


def parse_ics(data: bytes, default_tz: str = "Asia/Shanghai") -> ImportPlan:
    """Read the events of an .ics file; times without a zone are taken in ``default_tz``."""
    if len(data) > MAX_IMPORT_BYTES:
        raise IcsError("the file is larger than 10 MB")
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and others for garbage
        raise IcsError(f"not an iCalendar file: {exc}") from exc
    plan = ImportPlan()
    default_zone = ZoneInfo(default_tz)
    for component in calendar.walk("VEVENT"):
        title = str(component.get("summary", "")).strip()
        uid = str(component.get("uid", "")).strip()
        label = title or uid or "?"
        try:
            draft, simplified = _draft(component, title, default_tz, default_zone)
        except (EventError, ValueError, TypeError, KeyError, OverflowError) as exc:
            plan.skipped.append((label, str(exc)))
            continue
        if simplified:
            plan.simplified.append(label)
        if not uid:
            uid = f"{draft.start.astimezone(UTC):%Y%m%dT%H%M%SZ}-{abs(hash(title))}@imported"
        plan.drafts.append((uid, draft))
    return plan


def _draft(component: VEvent, title: str, default_tz: str, default_zone: ZoneInfo) -> tuple[EventDraft, bool]:
    if component.get("dtstart") is None:
        raise EventError("start", "the event has no start time")
    raw_start = component.decoded("dtstart")
    tz = _zone_name(raw_start, default_tz)
    zone = ZoneInfo(tz)
    start = _aware(raw_start, default_zone).astimezone(zone)
    if component.get("dtend") is not None:
        duration = _aware(component.decoded("dtend"), default_zone) - start
    elif component.get("duration") is not None:
        duration = component.decoded("duration")
    elif not isinstance(raw_start, datetime):
        duration = timedelta(days=1)  # an all-day event
    else:
        duration = timedelta(0)
    if duration > MAX_DURATION:
        raise EventError("duration", "events longer than 14 days are not imported")
    recurrence, until, simplified = _recurrence(component, start, zone)
    exceptions: set[date] = set()
    if recurrence is not Recurrence.NONE:
        exceptions = {d.date() for d in _dates(component, "exdate", zone)}
        if recurrence is Recurrence.WORKDAYS and str(component.get(X_RECURRENCE, "")).upper() == "WORKDAYS":
            # our own export listed the public holidays as EXDATE: the calendar knows them anyway
            years = {d.year for d in exceptions}
            holidays = set()
            for year in years:
                if has_holiday_data(year):
                    holidays |= set(holiday_exceptions(date(year, 1, 1), date(year, 12, 31))[0])
            exceptions -= holidays
    reminder = None
    for alarm in component.walk("VALARM"):
        trigger = alarm.get("trigger")
        if trigger is None:
            continue
        value = alarm.decoded("trigger")
        if isinstance(value, timedelta) and str(trigger.params.get("RELATED", "START")).upper() == "START":
            reminder = max(-value, timedelta(0))
        elif isinstance(value, datetime):
            reminder = max(start - _aware(value, default_zone), timedelta(0))
        break
    draft = EventDraft(
        title=title or "(no title)",
        start=start,
        duration=duration,
        tz=tz,
        notes=str(component.get("description", "")),
        recurrence=recurrence,
        until=until,
        exceptions=frozenset(exceptions),
        reminder=reminder,
        customer_number=str(component.get(X_NUMBER, "")),
        customer_name=str(component.get(X_NAME, "")),
        ticket_id=str(component.get(X_TICKET, "")),
    )
    return draft.validated(), simplified
