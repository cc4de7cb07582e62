"""Week and day views: one column per day with its lunar date and holiday, events by time.

The day view lists the hours of the working day (07:00–21:00, and any other hour that has an
event) so free slots for a callback are easy to see; the week view lists each day's events.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agentdesk.services.toolbox.events import Occurrence
from agentdesk.services.toolbox.holidays import day_info
from agentdesk.toolbox.month_view import day_caption, weekday_names

ROLE_OCCURRENCE = Qt.ItemDataRole.UserRole
WORKING_HOURS = range(7, 22)


def occurrence_text(occurrence: Occurrence, zone: ZoneInfo) -> str:
    start = occurrence.start.astimezone(zone)
    end = occurrence.end.astimezone(zone)
    link = " · ".join(
        p
        for p in (
            " ".join(x for x in (occurrence.event.customer_number, occurrence.event.customer_name) if x),
            occurrence.event.ticket_id,
        )
        if p
    )
    text = f"{start:%H:%M}–{end:%H:%M}  {occurrence.event.title}"
    if occurrence.event.is_recurring:
        text += "  ↻"
    return f"{text}\n{link}" if link else text


class DayColumn(QWidget):
    """A header (weekday, date, lunar date, holiday) over the list of that day's events."""

    occurrence_opened = Signal(object)
    day_opened = Signal(object)

    def __init__(self, hourly: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hourly = hourly
        self.day: date | None = None
        self.header = QLabel(self)
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header.setObjectName("dayHeader")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 0, 1, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)

    def _activated(self, item: QListWidgetItem) -> None:
        occurrence = item.data(ROLE_OCCURRENCE)
        if occurrence is not None:
            self.occurrence_opened.emit(occurrence)
        elif self.day is not None:
            self.day_opened.emit((self.day, item.data(Qt.ItemDataRole.UserRole + 1)))

    def show_day(self, day: date, occurrences: list[Occurrence], today: date, zone: ZoneInfo) -> None:
        self.day = day
        info = day_info(day)
        marks = []
        if info.is_adjusted_workday:
            marks.append(self.tr("Work"))
        elif info.holiday and info.is_day_off:
            marks.append(self.tr("Off"))
        caption = day_caption(info)
        head = f"{weekday_names()[day.weekday()]} {day:%m-%d}"
        self.header.setText(f"{head}\n{caption}{'  · ' + marks[0] if marks else ''}")
        self.header.setToolTip(info.lunar_full)
        style = "font-weight: bold;"
        if day == today:
            style += "color: white; background: #1a73e8; border-radius: 4px;"
        elif info.is_day_off:
            style += "color: #c62828;"
        self.header.setStyleSheet(style)
        self.list.clear()
        if not self.hourly:
            for occurrence in occurrences:
                self._add(occurrence, zone)
            if not occurrences:
                empty = QListWidgetItem(self.tr("No events"))
                empty.setForeground(QBrush(QColor("#9a9a9a")))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(empty)
            return
        hours = sorted(
            set(WORKING_HOURS) | {o.start.astimezone(zone).hour for o in occurrences if o.local_date == day}
        )
        early = [o for o in occurrences if o.start.astimezone(zone).date() < day]  # started the day before
        for occurrence in early:
            self._add(occurrence, zone)
        for hour in hours:
            slot = QListWidgetItem(f"{hour:02d}:00")
            slot.setForeground(QBrush(QColor("#6b6b6b")))
            font = QFont(slot.font())
            font.setPointSizeF(font.pointSizeF() * 0.9)
            slot.setFont(font)
            slot.setData(Qt.ItemDataRole.UserRole + 1, hour)
            slot.setToolTip(self.tr("Double-click to add an event at this hour"))
            self.list.addItem(slot)
            for occurrence in occurrences:
                local = occurrence.start.astimezone(zone)
                if local.date() == day and local.hour == hour:
                    self._add(occurrence, zone)

    def _add(self, occurrence: Occurrence, zone: ZoneInfo) -> None:
        item = QListWidgetItem(occurrence_text(occurrence, zone))
        item.setData(ROLE_OCCURRENCE, occurrence)
        item.setBackground(QBrush(QColor("#e8f0fe")))
        if occurrence.event.notes:
            item.setToolTip(occurrence.event.notes)
        self.list.addItem(item)

    def texts(self) -> list[str]:
        """What the column lists (events and hour slots), as a person reads it."""
        return [self.list.item(i).text() for i in range(self.list.count())]


class AgendaView(QWidget):
    """``days`` columns (7: week view, 1: day view)."""

    occurrence_opened = Signal(object)
    slot_opened = Signal(object)  # (date, hour or None): add an event there

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView" if days > 1 else "dayView")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.columns = []
        for _ in range(days):
            column = DayColumn(hourly=days == 1, parent=self)
            column.occurrence_opened.connect(self.occurrence_opened)
            column.day_opened.connect(self.slot_opened)
            layout.addWidget(column, 1)
            self.columns.append(column)

    def show_days(
        self, first: date, by_day: dict[date, list[Occurrence]], today: date, zone: ZoneInfo
    ) -> None:
        for i, column in enumerate(self.columns):
            day = first + timedelta(days=i)
            column.show_day(day, by_day.get(day, []), today, zone)


def group_by_day(occurrences: list[Occurrence], zone: ZoneInfo) -> dict[date, list[Occurrence]]:
    """Occurrences under every local day they touch (a night shift shows on both days)."""
    out: dict[date, list[Occurrence]] = {}
    for occurrence in occurrences:
        day = occurrence.start.astimezone(zone).date()
        last = (occurrence.end - timedelta(microseconds=1)).astimezone(zone).date()
        last = max(day, last)
        while day <= last:
            out.setdefault(day, []).append(occurrence)
            day += timedelta(days=1)
    return out


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone)
