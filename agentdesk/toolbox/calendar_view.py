"""Calendar tool: month, week and day views over the calendar service, the event editor, and
iCalendar import/export. Times are shown in the desk's local zone; the service stores UTC."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.toolbox.calendar_service import CalendarService
from agentdesk.services.toolbox.events import EventDraft, EventError, Occurrence
from agentdesk.services.toolbox.holidays import has_holiday_data
from agentdesk.services.toolbox.ics import IcsError, export_ics, parse_ics
from agentdesk.toolbox.agenda_view import AgendaView, group_by_day, local_midnight
from agentdesk.toolbox.event_dialog import SCOPE_OCCURRENCE, EventDialog
from agentdesk.toolbox.month_view import MonthView, month_grid_start
from agentdesk.views.widgets.scroller import scrolling

log = logging.getLogger(__name__)

MONTH, WEEK, DAY = "month", "week", "day"


class CalendarWidget(QWidget):
    """Navigate by month/week/day; double-click a day or an hour to add, an event to edit."""

    loaded = Signal()  # after each refresh (tests and screenshots wait for it)

    def __init__(self, calendar: CalendarService, now=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.calendar = calendar
        self.zone = calendar.zone
        self._now = now or calendar.now
        self.mode = MONTH
        self.selected = self.today()
        self.current_customer: tuple[str, str] | None = None
        self.dialog: EventDialog | None = None
        self.occurrences: list[Occurrence] = []
        self._tasks: set[asyncio.Task] = set()
        self._refresh_task: asyncio.Task | None = None

        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period = QLabel(self)
        self.period.setObjectName("calendarPeriod")
        self.period.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mode_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        for mode, label in ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")), (DAY, self.tr("Day"))):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[MONTH].setChecked(True)
        self.new_button = QPushButton(self.tr("New event"), self)
        self.new_button.clicked.connect(lambda: self.new_event())
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import events from an iCalendar (.ics) file"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save all events as an iCalendar (.ics) file for Outlook"))
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel(self)
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)

        self.month_view = MonthView(self)
        self.month_view.day_clicked.connect(self.select_day)
        self.month_view.day_opened.connect(self.open_day)
        self.week_view = AgendaView(7, self)
        self.week_view.occurrence_opened.connect(self.edit_occurrence)
        self.week_view.slot_opened.connect(self._slot_opened)
        self.day_view = AgendaView(1, self)
        self.day_view.occurrence_opened.connect(self.edit_occurrence)
        self.day_view.slot_opened.connect(self._slot_opened)
        self.stack = QStackedWidget(self)
        for view in (self.month_view, self.week_view, self.day_view):
            self.stack.addWidget(view)

        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.period, 1)
        for button in self.mode_buttons.values():
            bar.addWidget(button)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.new_button)
        bar2.addStretch(1)
        bar2.addWidget(self.import_button)
        bar2.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scrolling(self.stack, self, name="calendarScroller"), 1)  # a narrow toolbox dock
        layout.addWidget(self.status)
        layout.addLayout(bar2)

        # latest wins: a burst of changes (an import) ends in one load
        self._on_change = lambda: self.refresh()
        calendar.add_listener(self._on_change)
        self.destroyed.connect(lambda: calendar.remove_listener(self._on_change))

    # --- tasks ------------------------------------------------------------------------------------
    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    # --- navigation -------------------------------------------------------------------------------
    def today(self) -> date:
        return self._now().astimezone(self.zone).date()

    def go_today(self) -> None:
        self.selected = self.today()
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            month = self.selected.month - 1 + direction
            year = self.selected.year + month // 12
            self.selected = date(year, month % 12 + 1, 1)
        else:
            self.selected += timedelta(days=7 * direction if self.mode == WEEK else direction)
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget({MONTH: self.month_view, WEEK: self.week_view, DAY: self.day_view}[mode])
        self.refresh()

    def select_day(self, day: date) -> None:
        self.selected = day
        if self.mode == MONTH and day.month != self._shown_month:
            self.refresh()
        else:
            self._render()

    def open_day(self, day: date) -> None:
        self.selected = day
        self.set_mode(DAY)

    def visible_range(self) -> tuple[date, date]:
        """First day shown and the day after the last one."""
        if self.mode == MONTH:
            first = month_grid_start(self.selected.year, self.selected.month)
            return first, first + timedelta(days=42)
        if self.mode == WEEK:
            first = self.selected - timedelta(days=self.selected.weekday())
            return first, first + timedelta(days=7)
        return self.selected, self.selected + timedelta(days=1)

    # --- loading ----------------------------------------------------------------------------------
    def refresh(self) -> asyncio.Task:
        """Reload the visible range (latest wins)."""
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_task.cancel()
        self._refresh_task = self._spawn(self._load())
        return self._refresh_task

    async def wait_loaded(self) -> None:
        """Until the latest refresh is done (one cancelled by a newer refresh does not count)."""
        while self._refresh_task is not None:
            task = self._refresh_task
            await asyncio.wait([task])
            if task is self._refresh_task:
                return

    async def _load(self) -> None:
        first, end = self.visible_range()
        self.occurrences = await self.calendar.occurrences(
            local_midnight(first, self.zone), local_midnight(end, self.zone)
        )
        self._render()
        self.loaded.emit()

    _shown_month = 0

    def _render(self) -> None:
        first, end = self.visible_range()
        by_day = group_by_day(self.occurrences, self.zone)
        today = self.today()
        if self.mode == MONTH:
            self._shown_month = self.selected.month
            self.month_view.show_month(
                self.selected.year, self.selected.month, by_day, today, self.selected, self.zone
            )
            self.period.setText(
                self.tr("%1-%2")
                .replace("%1", str(self.selected.year))
                .replace("%2", f"{self.selected.month:02d}")
            )
        elif self.mode == WEEK:
            self.week_view.show_days(first, by_day, today, self.zone)
            last = end - timedelta(days=1)
            self.period.setText(f"{first:%Y-%m-%d} – {last:%m-%d}")
        else:
            self.day_view.show_days(first, by_day, today, self.zone)
            self.period.setText(f"{first:%Y-%m-%d}")
        years = {first.year, (end - timedelta(days=1)).year}
        missing = sorted(y for y in years if not has_holiday_data(y))
        if missing:
            self.status.setText(
                self.tr(
                    "Public holidays for %1 are not published in this version yet; Monday to Friday is assumed."
                ).replace("%1", ", ".join(map(str, missing)))
            )
        elif self.status.property("sticky") != "true":
            self.status.clear()

    # --- editing ----------------------------------------------------------------------------------
    def new_event(self, day: date | None = None, hour: int | None = None) -> EventDialog:
        day = day or self.selected
        now = self._now().astimezone(self.zone)
        if hour is None:
            hour = min(now.hour + 1, 23) if day == now.date() else 9
        start = datetime(day.year, day.month, day.day, hour, 0, tzinfo=self.zone)
        return self._open_dialog(
            EventDialog(self.zone, self.calendar.tz, start, None, None, self.current_customer, self)
        )

    def _slot_opened(self, slot: tuple[date, int | None]) -> None:
        self.new_event(slot[0], slot[1])

    def edit_occurrence(self, occurrence: Occurrence) -> EventDialog:
        event = occurrence.event
        day = occurrence.local_date if event.is_recurring else None
        return self._open_dialog(
            EventDialog(
                self.zone, self.calendar.tz, occurrence.start, event, day, self.current_customer, self
            )
        )

    def _open_dialog(self, dialog: EventDialog) -> EventDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.save_requested.connect(lambda draft, scope: self._spawn(self._save(dialog, draft, scope)))
        dialog.delete_requested.connect(lambda scope: self._spawn(self._delete(dialog, scope)))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()
        dialog.title.setFocus()
        return dialog

    def _forget(self, dialog: EventDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    async def _save(self, dialog: EventDialog, draft: EventDraft, scope: str) -> None:
        try:
            if dialog.original is None:
                await self.calendar.create(draft)
            elif scope == SCOPE_OCCURRENCE and dialog.occurrence_date is not None:
                await self.calendar.detach_occurrence(dialog.original.id, dialog.occurrence_date, draft)
            else:
                await self.calendar.update(dialog.original.id, draft)
        except EventError as exc:
            dialog.show_error(self.describe_error(exc))
            return
        except Exception as exc:  # the local database failed: keep the dialog and its input
            log.exception("saving the event failed")
            dialog.show_error(self.tr("Could not save the event: %1").replace("%1", str(exc)))
            return
        dialog.accept()

    async def _delete(self, dialog: EventDialog, scope: str) -> None:
        event = dialog.original
        if event is None:
            return
        if scope == SCOPE_OCCURRENCE and dialog.occurrence_date is not None:
            await self.calendar.skip_occurrence(event.id, dialog.occurrence_date)
        else:
            await self.calendar.delete(event.id)
        dialog.accept()

    def describe_error(self, error: EventError) -> str:
        return {
            "title": self.tr("Please give the event a title (at most 200 characters)."),
            "duration": self.tr("The duration must be between 0 minutes and 14 days."),
            "until": self.tr("The repetition must end after the event starts."),
            "reminder": self.tr("The reminder must be between 0 minutes and 7 days before."),
            "notes": self.tr("The notes are too long."),
            "link": self.tr("The customer or ticket link is too long."),
            "id": self.tr("This event was deleted meanwhile."),
        }.get(error.field, str(error))

    # --- iCalendar --------------------------------------------------------------------------------
    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import events"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("iCalendar files (*.ics)"))
        dialog.fileSelected.connect(lambda path: self._spawn(self.import_file(Path(path))))
        dialog.open()
        return dialog

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export events"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.setNameFilter(self.tr("iCalendar files (*.ics)"))
        dialog.selectFile(f"agentdesk-{self.today():%Y%m%d}.ics")
        dialog.fileSelected.connect(lambda path: self._spawn(self.export_file(Path(path))))
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.status.setProperty("sticky", "true")
        self.status.setText(text)
        # the label as context: the timer dies with it if the calendar is closed first
        QTimer.singleShot(15000, self.status, lambda: self.status.setProperty("sticky", "false"))

    async def import_file(self, path: Path) -> None:
        try:
            data = await asyncio.to_thread(path.read_bytes)
            plan = await asyncio.to_thread(parse_ics, data, self.calendar.tz)
            created, updated = await self.calendar.upsert_many(plan.drafts)
        except (OSError, IcsError, EventError) as exc:
            self._say(self.tr("Could not import %1: %2").replace("%1", path.name).replace("%2", str(exc)))
            return
        parts = [
            self.tr("Imported %1 and %2.")
            .replace("%1", self.tr("%n new event(s)", "", created))
            .replace("%2", self.tr("%n updated", "", updated))
        ]
        if plan.simplified:
            parts.append(
                self.tr("Kept only the first date of: %1 (repetition not supported).").replace(
                    "%1", ", ".join(plan.simplified)
                )
            )
        if plan.skipped:
            parts.append(
                self.tr("Skipped: %1.").replace("%1", "; ".join(f"{t} ({r})" for t, r in plan.skipped))
            )
        self._say(" ".join(parts))

    async def export_file(self, path: Path) -> None:
        events = await self.calendar.events()
        data = export_ics(events, self._now())
        try:
            await asyncio.to_thread(path.write_bytes, data)
        except OSError as exc:
            self._say(self.tr("Could not save %1: %2").replace("%1", path.name).replace("%2", str(exc)))
            return
        self._say(self.tr("Exported %n event(s) to %1.", "", len(events)).replace("%1", str(path)))

    def set_current_customer(self, number: str, name: str) -> None:
        self.current_customer = (number, name) if number else None
