"""The calendar tool used as a person would: browse months, read holidays, add/edit/delete events,
repeat them, change one occurrence, import and export .ics files through the file dialogs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QFileDialog, QTimeEdit

from agentdesk.services.toolbox.events import EventDraft, Recurrence
from agentdesk.toolbox.calendar_view import CalendarWidget
from agentdesk.toolbox.event_dialog import EventDialog
from tests.support.aio import wait_until
from tests.toolbox.conftest import SH


def make(qtbot, services) -> CalendarWidget:
    widget = CalendarWidget(services.calendar)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_month_view_shows_lunar_dates_holidays_and_adjusted_days(qtbot, run, services) -> None:
    w = make(qtbot, services)

    async def scenario() -> None:
        await w.refresh()
        assert w.period.text() == "2026-11"
        today = w.month_view.cell_for(date(2026, 11, 16))
        assert today.property("today") == "true" and today.lunar.text() == "初八"
        assert w.month_view.cell_for(date(2026, 11, 7)).lunar.text() == "立冬"
        click(qtbot, w.prev_button)
        await wait_until(lambda: w.period.text() == "2026-10")
        national = w.month_view.cell_for(date(2026, 10, 1))
        assert national.lunar.text() == "National Day" and national.badge.text() == "Off"
        assert national.property("dayoff") == "true"
        adjusted = w.month_view.cell_for(date(2026, 10, 10))  # a Saturday worked after the Golden Week
        assert adjusted.badge.text() == "Work" and adjusted.property("dayoff") == "false"
        assert w.month_view.cell_for(date(2026, 9, 28)).property("outside") == "true"
        assert "丙午年八月廿一" in national.toolTip()
        assert w.status.text() == ""
        click(qtbot, w.today_button)
        await wait_until(lambda: w.period.text() == "2026-11")
        # a year the holiday library does not cover is said so, not guessed
        w.selected = date(2099, 1, 1)
        await w.refresh()
        assert "2099" in w.status.text() and "Monday to Friday" in w.status.text()

    run(scenario())


def test_create_event_in_the_dialog_and_see_it_in_every_view(qtbot, run, services) -> None:
    w = make(qtbot, services)
    w.set_current_customer("13800138000", "张三")

    async def scenario() -> None:
        await w.refresh()
        click(qtbot, w.new_button)
        dialog = w.dialog
        assert isinstance(dialog, EventDialog) and dialog.isVisible()
        assert dialog.date.date() == QDate(2026, 11, 16) and dialog.time.time() == QTime(10, 0)
        click(qtbot, dialog.save_button)  # no title yet
        await wait_until(lambda: dialog.error.text() != "")
        assert dialog.error.text() == "Please give the event a title (at most 200 characters)."
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.title, "Call back about broadband")
        dialog.time.setFocus()
        dialog.time.setSelectedSection(QTimeEdit.Section.HourSection)  # click on the hours
        qtbot.keyClicks(dialog.time, "1430")
        dialog.duration.selectAll()
        qtbot.keyClicks(dialog.duration, "20")
        dialog.reminder.setCurrentIndex(dialog.reminder.findText("15 minute(s) before"))
        click(qtbot, dialog.use_customer)
        assert dialog.customer_number.text() == "13800138000"
        qtbot.keyClicks(dialog.ticket, "T-42")
        click(qtbot, dialog.save_button)
        await wait_until(lambda: w.dialog is None)
        await wait_until(
            lambda: "14:30 Call back about broadband" in w.month_view.cell_for(date(2026, 11, 16)).lines
        )
        [event] = await services.calendar.events()
        assert event.start == datetime(2026, 11, 16, 14, 30, tzinfo=SH)
        assert event.duration == timedelta(minutes=20) and event.reminder == timedelta(minutes=15)
        assert (event.customer_number, event.customer_name, event.ticket_id) == (
            "13800138000",
            "张三",
            "T-42",
        )

        click(qtbot, w.mode_buttons["week"])
        await wait_until(lambda: w.period.text() == "2026-11-16 – 11-22")
        monday = w.week_view.columns[0]
        assert monday.texts() == ["14:30–14:50  Call back about broadband\n13800138000 张三 · T-42"]
        assert w.week_view.columns[1].texts() == ["No events"]
        click(qtbot, w.mode_buttons["day"])
        await wait_until(lambda: w.period.text() == "2026-11-16")
        day = w.day_view.columns[0].texts()
        assert day[day.index("14:00") + 1].startswith("14:30–14:50  Call back about broadband")
        click(qtbot, w.next_button)
        await wait_until(lambda: w.period.text() == "2026-11-17")

    run(scenario())


def test_edit_one_occurrence_or_the_series_and_delete(qtbot, run, services) -> None:
    w = make(qtbot, services)

    async def scenario() -> None:
        await services.calendar.create(
            EventDraft(
                title="Team huddle",
                start=datetime(2026, 11, 2, 9, 0, tzinfo=SH),
                recurrence=Recurrence.WEEKLY,
            )
        )
        w.set_mode("week")
        await w.refresh()
        monday = w.week_view.columns[0]
        assert monday.texts() == ["09:00–09:30  Team huddle  ↻"]
        # change only this Monday's huddle to 11:00
        item = monday.list.item(0)
        monday.list.itemDoubleClicked.emit(item)
        dialog = w.dialog
        assert dialog.only_this.isVisible() and dialog.date.date() == QDate(2026, 11, 16)
        click(qtbot, dialog.only_this)
        dialog.time.setTime(QTime(11, 0))
        click(qtbot, dialog.save_button)
        await wait_until(lambda: monday.texts() == ["11:00–11:30  Team huddle"])
        click(qtbot, w.next_button)
        await wait_until(lambda: w.week_view.columns[0].texts() == ["09:00–09:30  Team huddle  ↻"])
        # delete next Monday's occurrence only
        monday.list.itemDoubleClicked.emit(monday.list.item(0))
        click(qtbot, w.dialog.only_this)
        click(qtbot, w.dialog.delete_button)
        await wait_until(lambda: monday.texts() == ["No events"])
        # move the whole series to 08:30 from one of its occurrences
        click(qtbot, w.next_button)
        await wait_until(lambda: monday.texts() == ["09:00–09:30  Team huddle  ↻"])
        monday.list.itemDoubleClicked.emit(monday.list.item(0))
        w.dialog.time.setTime(QTime(8, 30))
        click(qtbot, w.dialog.save_button)
        await wait_until(lambda: monday.texts() == ["08:30–09:00  Team huddle  ↻"])
        series = [e for e in await services.calendar.events() if e.is_recurring][0]
        assert series.start == datetime(2026, 11, 2, 8, 30, tzinfo=SH)  # the series keeps its first date
        assert series.exceptions == {date(2026, 11, 16), date(2026, 11, 23)}
        # the whole series goes
        monday.list.itemDoubleClicked.emit(monday.list.item(0))
        click(qtbot, w.dialog.delete_button)
        await wait_until(lambda: monday.texts() == ["No events"])
        assert [e.title for e in await services.calendar.events()] == ["Team huddle"]  # the detached one

    run(scenario())


def test_double_click_on_a_month_day_opens_it_and_an_hour_adds_there(qtbot, run, services) -> None:
    w = make(qtbot, services)

    async def scenario() -> None:
        await w.refresh()
        cell = w.month_view.cell_for(date(2026, 11, 20))
        qtbot.mouseDClick(cell, Qt.MouseButton.LeftButton)
        await wait_until(lambda: w.mode == "day" and w.period.text() == "2026-11-20")
        column = w.day_view.columns[0]
        slot = column.list.item(column.texts().index("16:00"))
        column.list.itemDoubleClicked.emit(slot)
        assert w.dialog.date.date() == QDate(2026, 11, 20) and w.dialog.time.time() == QTime(16, 0)
        qtbot.keyClicks(w.dialog.title, "Visit branch")
        click(qtbot, w.dialog.save_button)
        await wait_until(lambda: "16:00–16:30  Visit branch" in column.texts())
        assert column.texts().index("16:00–16:30  Visit branch") == column.texts().index("16:00") + 1

    run(scenario())


def _accept_file_dialog(qtbot, path: Path) -> None:
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, QFileDialog) and d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].selectFile(str(path))
    dialogs[0].accept()


def test_export_and_import_through_the_file_dialogs(qtbot, run, services, tmp_path) -> None:
    w = make(qtbot, services)
    target = tmp_path / "calendar.ics"

    async def scenario() -> None:
        await services.calendar.create(
            EventDraft(
                title="Shift report",
                start=datetime(2026, 11, 16, 17, 30, tzinfo=SH),
                recurrence=Recurrence.WORKDAYS,
            )
        )
        await w.refresh()
        click(qtbot, w.export_button)
        _accept_file_dialog(qtbot, target)
        await wait_until(lambda: target.exists() and w.status.text().startswith("Exported"))
        assert w.status.text() == f"Exported 1 event(s) to {target}."
        assert b"SUMMARY:Shift report" in target.read_bytes()
        foreign = tmp_path / "outlook.ics"
        foreign.write_bytes(
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:o-1\r\nSUMMARY:Training\r\n"
            b"DTSTART;TZID=Asia/Shanghai:20261118T140000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:o-2\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        click(qtbot, w.import_button)
        _accept_file_dialog(qtbot, foreign)
        await wait_until(lambda: w.status.text().startswith("Imported"))
        assert w.status.text() == (
            "Imported 1 new event(s) and 0 updated. Skipped: Broken (the event has no start time)."
        )
        await wait_until(lambda: "14:00 Training" in w.month_view.cell_for(date(2026, 11, 18)).lines)
        bad = tmp_path / "bad.ics"
        bad.write_bytes(b"this is no calendar")
        await w.import_file(bad)
        assert w.status.text().startswith("Could not import bad.ics")

    run(scenario())
