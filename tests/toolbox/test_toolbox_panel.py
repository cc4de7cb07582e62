"""The whole toolbox panel: shortcuts, insert customer, copy to ticket, reminders in the banner
and as a notification (also while minimised), missed reminders at start, and the callback list."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMainWindow

from agentdesk.services.toolbox.events import EventDraft, Recurrence
from agentdesk.services.toolbox.toolbox_services import ToolboxServices
from agentdesk.storage.database import LocalDatabase
from agentdesk.toolbox.toolbox_panel import ToolboxPanel
from tests.support.aio import wait_until
from tests.toolbox.conftest import NOW, SH


def make(qtbot, services, **kwargs) -> ToolboxPanel:
    panel = ToolboxPanel(services, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    return panel


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tools_open_from_their_shortcuts_and_customer_goes_into_the_note(qtbot, run, services) -> None:
    async def scenario() -> None:
        window = QMainWindow()
        qtbot.addWidget(window)
        panel = ToolboxPanel(services, window)  # built inside the running loop, as the desk does
        window.setCentralWidget(panel)
        for action in panel.actions_for_window():
            window.addAction(action)
        window.show()
        window.activateWindow()
        await wait_until(window.isActiveWindow)
        tickets: list[str] = []
        panel.copy_note_to_ticket.connect(tickets.append)
        await panel.ready
        shortcuts = {a.objectName(): a.shortcut().toString() for a in panel.actions_for_window()}
        assert shortcuts == {
            "toolbox-notepad": "Ctrl+Shift+N",
            "toolbox-calculator": "Ctrl+Shift+C",
            "toolbox-calendar": "Ctrl+Shift+L",
            "toolbox-callbacks": "Ctrl+Shift+B",
            "toolbox-new-event": "Ctrl+Shift+E",
        }
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key.Key_C, mods)
        assert panel.tabs.currentWidget() is panel.calculator and panel.calculator.expression.hasFocus()
        qtbot.keyClicks(panel.calculator.expression, "19.99*3")
        qtbot.keyClick(panel.calculator.expression, Qt.Key.Key_Return)
        assert panel.calculator.money.text() == "¥59.97"
        qtbot.keyClick(window, Qt.Key.Key_L, mods)
        assert panel.tabs.currentWidget() is panel.calendar
        qtbot.keyClick(window, Qt.Key.Key_B, mods)
        assert panel.tabs.currentWidget() is panel.callbacks
        qtbot.keyClick(window, Qt.Key.Key_N, mods)
        assert panel.tabs.currentWidget() is panel.notepad and panel.notepad.editor.hasFocus()
        qtbot.keyClicks(panel.notepad.editor, "Caller")
        panel.insert_customer("13800138000", "张三")  # the window's "insert customer" with its customer
        assert panel.notepad.editor.toPlainText() == "Caller 13800138000 张三 "
        click(qtbot, panel.notepad.ticket_button)
        assert tickets == ["Caller 13800138000 张三 "]
        await wait_until(lambda: panel.notepad.status.text().startswith("Saved"))
        qtbot.keyClick(window, Qt.Key.Key_E, mods)
        await wait_until(lambda: panel.calendar.dialog is not None)
        dialog = panel.calendar.dialog
        click(qtbot, dialog.use_customer)  # the customer in view links the new event
        assert dialog.customer_number.text() == "13800138000"
        dialog.reject()
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    run(scenario())


def test_reminder_banner_snooze_refires_and_dismiss(qtbot, run, services, clock) -> None:
    async def scenario() -> None:
        panel = make(qtbot, services)
        await panel.ready
        assert not panel.banner.isVisible()
        await services.calendar.create(
            EventDraft(
                title="Call back 张三",
                start=NOW + timedelta(minutes=30),
                reminder=timedelta(minutes=15),
                customer_number="13800138000",
                customer_name="张三",
            )
        )
        clock.advance(timedelta(minutes=14))
        await services.reminders.check()  # look now: nothing is due at 09:14
        assert not panel.banner.isVisible()
        clock.advance(timedelta(minutes=1))
        await wait_until(panel.banner.isVisible)
        [text] = panel.banner.texts()
        assert text == "<b>Call back 张三</b> — 09:30 (in 15 min) · 13800138000 张三"
        assert panel.banner.title.text() == "Reminders (1)"
        # offscreen there is no system tray: the desk flashes in the taskbar instead
        assert panel.notifier.shown == [
            ("alert", "Reminder", "Call back 张三\n09:30 (in 15 min)\n13800138000 张三")
        ]

        click(qtbot, panel.banner.rows[0].snooze_buttons[5])
        await wait_until(lambda: not panel.banner.isVisible())
        clock.advance(timedelta(minutes=4, seconds=59))
        await services.reminders.check()
        assert not panel.banner.isVisible()
        clock.advance(timedelta(seconds=1))
        await wait_until(panel.banner.isVisible)
        assert panel.banner.texts() == ["<b>Call back 张三</b> — 09:30 (in 10 min) · 13800138000 张三"]
        assert len(panel.notifier.shown) == 2
        click(qtbot, panel.banner.rows[0].dismiss_button)
        await wait_until(lambda: not panel.banner.isVisible())
        clock.advance(timedelta(hours=1))
        await services.reminders.check()
        assert not panel.banner.isVisible() and len(panel.notifier.shown) == 2
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    run(scenario())


def test_reminders_fire_while_the_desk_is_minimised(qtbot, run, services, clock) -> None:
    async def scenario() -> None:
        panel = make(qtbot, services)
        await panel.ready
        panel.showMinimized()
        await wait_until(panel.isMinimized)
        await services.calendar.create(
            EventDraft(
                title="Daily check",
                start=NOW + timedelta(hours=1),
                recurrence=Recurrence.DAILY,
                reminder=timedelta(minutes=10),
            )
        )
        clock.advance(timedelta(minutes=50))
        await wait_until(lambda: panel.notifier.shown)
        assert panel.notifier.shown[0][1:] == ("Reminder", "Daily check\n10:00 (in 10 min)")
        assert len(panel.banner.rows) == 1  # waiting in the banner when the agent comes back
        clock.advance(timedelta(days=1))  # and tomorrow's occurrence fires too
        await wait_until(lambda: len(panel.notifier.shown) == 2)
        assert len(panel.banner.rows) == 2 and panel.banner.dismiss_all_button.isVisibleTo(panel.banner)
        click(qtbot, panel.banner.dismiss_all_button)
        await wait_until(lambda: panel.banner.rows == [])
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    run(scenario())


def test_missed_reminders_are_shown_at_the_next_start(qtbot, run, user_data_dir, aloop, clock) -> None:
    db = LocalDatabase(user_data_dir / "agentdesk.sqlite")
    first = ToolboxServices.create(db, owner="demo_agent", tz="Asia/Shanghai", clock=clock)

    async def yesterday() -> None:
        await first.calendar.create(
            EventDraft(
                title="Call back 李四",
                start=NOW + timedelta(hours=2),
                reminder=timedelta(minutes=5),
                customer_number="13900000001",
                customer_name="李四",
            )
        )
        await first.reminders.check()  # the desk ran at 09:00 and was closed before 10:55
        await first.aclose()

    run(yesterday())
    clock.advance(timedelta(hours=5))  # started again at 14:00
    services = ToolboxServices.create(db, owner="demo_agent", tz="Asia/Shanghai", clock=clock)

    async def today() -> None:
        panel = make(qtbot, services)
        await panel.ready
        await wait_until(panel.banner.isVisible)
        assert panel.banner.texts() == [
            "<b>Call back 李四</b> — 11:00 (started 3 h ago) · 13900000001 李四 "
            "<span style='color:#b00020'>missed while the desk was closed</span>"
        ]
        assert panel.notifier.shown[0][1] == "Missed reminder"
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    try:
        run(today())
    finally:
        db.close()


def test_callback_list_sorted_overdue_highlighted_done_and_open(qtbot, run, services, clock) -> None:
    async def scenario() -> None:
        panel = make(qtbot, services)
        opened: list[str] = []
        panel.open_customer_requested.connect(opened.append)
        cal = services.calendar
        await cal.create(
            EventDraft(title="Ticket follow-up", start=NOW + timedelta(hours=3), ticket_id="T-7")
        )
        await cal.create(
            EventDraft(
                title="Call 李四",
                start=NOW - timedelta(hours=2),
                customer_number="13900000001",
                customer_name="李四",
            )
        )
        await cal.create(EventDraft(title="Lunch", start=NOW + timedelta(hours=4)))  # not a callback
        await panel.ready
        panel.show_tool("callbacks")
        table = panel.callbacks
        await wait_until(lambda: len(table.rows()) == 2)
        assert table.rows() == [
            ["2026-11-16 07:00", "13900000001 李四", "", "Call 李四", "Overdue by 2 hour(s)"],
            ["2026-11-16 12:00", "", "T-7", "Ticket follow-up", "Due in 3 hour(s)"],
        ]
        assert table.summary.text() == "2 callback(s) · 1 overdue"
        overdue = table.model.index(0, 3)
        assert overdue.data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#fde7e9")
        assert table.model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole) is None
        # time passes: the ticket follow-up becomes overdue at the next refresh
        clock.advance(timedelta(hours=3, minutes=1))
        await table.refresh()
        assert table.rows()[1][4] == "Overdue by 1 minute(s)"
        spot = table.table.visualRect(table.model.index(0, 1)).center()
        qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert opened == ["13900000001"]
        click(qtbot, table.done_button)
        await wait_until(lambda: [r[3] for r in table.rows()] == ["Ticket follow-up"])
        table.table.selectRow(0)
        click(qtbot, table.edit_button)
        await wait_until(lambda: panel.calendar.dialog is not None)
        assert panel.calendar.dialog.ticket.text() == "T-7" and panel.tabs.currentWidget() is panel.calendar
        panel.calendar.dialog.reject()
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    run(scenario())


def test_panel_without_callbacks_for_agents(qtbot, run, services) -> None:
    async def scenario() -> None:
        panel = make(qtbot, services, show_callbacks=False)
        await panel.ready
        assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
            "Notepad",
            "Calculator",
            "Calendar",
        ]
        assert "toolbox-callbacks" not in {a.objectName() for a in panel.actions_for_window()}
        await panel.aclose()
        await services.aclose()  # stop the scheduler inside the loop

    run(scenario())


def test_local_time_display_is_independent_of_the_stored_utc(qtbot, run, user_data_dir, aloop, clock) -> None:
    """The same stored event shows at the wall-clock time of the desk's zone."""
    db = LocalDatabase(user_data_dir / "agentdesk.sqlite")
    berlin = ToolboxServices.create(db, owner="x", tz="Europe/Berlin", clock=clock)

    async def scenario() -> None:
        await berlin.calendar.create(EventDraft(title="Sync", start=datetime(2026, 11, 16, 16, 0, tzinfo=SH)))
        panel = make(qtbot, berlin)
        await panel.ready
        panel.calendar.open_day(datetime(2026, 11, 16).date())
        await wait_until(lambda: panel.calendar.period.text() == "2026-11-16")
        await panel.calendar.refresh()
        assert (
            "09:00–09:30  Sync" in panel.calendar.day_view.columns[0].texts()
        )  # 16:00 Beijing = 09:00 Berlin
        await panel.aclose()
        await berlin.aclose()

    try:
        run(scenario())
    finally:
        db.close()
