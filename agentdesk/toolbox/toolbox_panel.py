"""The toolbox dock: reminder banner on top, then notepad, calculator, calendar and callback list.

The window (agentdesk.views.main_window) puts this panel in its "toolbox" dock and adds
``actions_for_window()`` to its Tools menu; it calls ``set_current_customer`` when the customer in
view changes and listens to ``copy_note_to_ticket`` and ``open_customer_requested``. The panel
works with no back end at all: everything it shows comes from the local database.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QSystemTrayIcon, QTabWidget, QVBoxLayout, QWidget

from agentdesk.services.toolbox.events import Occurrence
from agentdesk.services.toolbox.toolbox_services import ToolboxServices
from agentdesk.toolbox.calculator import CalculatorWidget
from agentdesk.toolbox.calendar_view import CalendarWidget
from agentdesk.toolbox.callback_list import CallbackListWidget
from agentdesk.toolbox.notepad import NotepadWidget
from agentdesk.toolbox.reminder_banner import ReminderBanner, ReminderNotifier

NOTEPAD, CALCULATOR, CALENDAR, CALLBACKS = "notepad", "calculator", "calendar", "callbacks"
SHORTCUTS = {
    NOTEPAD: "Ctrl+Shift+N",
    CALCULATOR: "Ctrl+Shift+C",
    CALENDAR: "Ctrl+Shift+L",
    CALLBACKS: "Ctrl+Shift+B",
}


class ToolboxPanel(QWidget):
    """All tools in one tabbed panel; takes its services, starts the reminder scheduler."""

    copy_note_to_ticket = Signal(str)  # note text for a new ticket's description
    open_customer_requested = Signal(str)  # service number chosen in the callback list
    show_requested = Signal()  # a reminder notification was clicked: bring the desk forward

    def __init__(
        self,
        services: ToolboxServices,
        parent: QWidget | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        show_callbacks: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toolboxPanel")
        self.services = services
        zone = services.zone
        self.banner = ReminderBanner(services.reminders, zone, self)
        self.notifier = ReminderNotifier(services.reminders, zone, tray=tray, window=self, parent=self)
        self.notifier.activated.connect(self._notification_clicked)
        self.notepad = NotepadWidget(services.notes, zone, self)
        self.notepad.copy_to_ticket.connect(self.copy_note_to_ticket)
        self.calculator = CalculatorWidget(self)
        self.calendar = CalendarWidget(services.calendar, parent=self)
        self.callbacks = CallbackListWidget(services.calendar, zone, self)
        self.callbacks.open_customer.connect(self.open_customer_requested)
        self.callbacks.edit_requested.connect(self._edit_callback)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("toolboxTabs")
        self.tabs.setDocumentMode(True)
        self._pages = {
            NOTEPAD: (self.notepad, self.tr("Notepad")),
            CALCULATOR: (self.calculator, self.tr("Calculator")),
            CALENDAR: (self.calendar, self.tr("Calendar")),
            CALLBACKS: (self.callbacks, self.tr("Callbacks")),
        }
        for key, (widget, label) in self._pages.items():
            if key == CALLBACKS and not show_callbacks:
                widget.hide()
                continue
            self.tabs.addTab(widget, label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.tool_actions: dict[str, QAction] = {}
        for key, (_widget, label) in self._pages.items():
            if key == CALLBACKS and not show_callbacks:
                continue
            action = QAction(label, self)
            action.setObjectName(f"toolbox-{key}")
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=key: self.show_tool(k))
            self.tool_actions[key] = action
        new_event = QAction(self.tr("New calendar event"), self)
        new_event.setObjectName("toolbox-new-event")
        new_event.setShortcut(QKeySequence("Ctrl+Shift+E"))
        new_event.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        new_event.triggered.connect(self._new_event)
        self.tool_actions["new_event"] = new_event

        self._tasks: set[asyncio.Task] = set()
        self.ready = self._spawn(self._start())

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _start(self) -> None:
        """Load the tools and start the reminders (missed ones show up in the banner now)."""
        self.services.start()
        self.calendar.refresh()
        self.callbacks.refresh()
        await asyncio.gather(self.notepad.reload(), self.calendar.wait_loaded(), self.callbacks.wait_loaded())

    async def aclose(self) -> None:
        """Save pending notes and stop the panel's background work (the window awaits this on close;
        the reminder scheduler belongs to the services and stops with ``ToolboxServices.aclose``)."""
        await self.notepad.aclose()
        await self.banner.aclose()
        await self.calendar.aclose()
        await self.callbacks.aclose()
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    # --- what the window uses ---------------------------------------------------------------------
    def actions_for_window(self) -> list[QAction]:
        """Tools-menu entries with their shortcuts (Ctrl+Shift+N/C/L/B, Ctrl+Shift+E)."""
        return list(self.tool_actions.values())

    def set_current_customer(self, number: str, name: str) -> None:
        """The customer in view (``""`` for none): used by "Insert customer" and new events."""
        self.notepad.set_current_customer(number, name)
        self.calendar.set_current_customer(number, name)

    def insert_customer(self, number: str, name: str) -> None:
        """Put the customer's number and name into the open note (and show the notepad)."""
        self.show_tool(NOTEPAD)
        self.notepad.insert_customer(number, name)
        self.calendar.set_current_customer(number, name)

    def insert_text(self, text: str) -> None:
        """Put text from another panel (e.g. a knowledge paragraph) into the open note."""
        self.show_tool(NOTEPAD)
        self.notepad.insert_text(text)

    def show_tool(self, key: str) -> None:
        """Bring the panel (and its dock) forward with one tool showing and focused."""
        widget = self._pages[key][0]
        index = self.tabs.indexOf(widget)
        if index < 0:
            return
        dock = self._dock()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.tabs.setCurrentIndex(index)
        focus = {NOTEPAD: self.notepad.editor, CALCULATOR: self.calculator.expression}.get(key, widget)
        focus.setFocus()

    def _dock(self) -> QDockWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        return parent

    def _new_event(self) -> None:
        self.show_tool(CALENDAR)
        self.calendar.new_event()

    def _edit_callback(self, item) -> None:
        self.show_tool(CALENDAR)
        self.calendar.edit_occurrence(Occurrence(item.event, item.due, item.due + item.event.duration))

    def _notification_clicked(self) -> None:
        window = self.window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        self.show_requested.emit()
