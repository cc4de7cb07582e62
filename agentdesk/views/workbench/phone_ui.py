"""The phone on the window: the call bar, the Phone menu, the screen pop and the wrap-up that follows a call.

Screen pop: when a call is answered (by the agent or by the switch) and its caller is known, that
customer's view opens (or comes to the front); an unknown number puts the start page up with the number
in the search box. When an answered call ends, the wrap-up opens: the ticket desk's own (runs, tickets,
front-line report) when it is plugged in and the customer is known, else a short one for the call history.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolBar, QWidget

from agentdesk.services.cti import WrapUpUnavailable
from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.workbench.call_bar import CallBar
from agentdesk.views.workbench.call_history import CallHistoryView
from agentdesk.views.workbench.quick_wrap_up import QuickWrapUpDialog

log = logging.getLogger(__name__)


class PhoneOnWindow(QObject):
    def __init__(self, window, phone, signals, loader, panel) -> None:
        super().__init__(window)
        self.window = window
        self.phone = phone
        self.signals = signals
        self.panel = panel
        self.dialog = None
        self._wrap_call_id: str | None = None
        self._tasks: set[asyncio.Task] = set()

        self.call_bar = CallBar(phone, signals, window)
        self.call_bar.wrap_up_requested.connect(self.wrap_up)
        bar = QToolBar(self.tr("Phone"), window)
        bar.setObjectName("toolbar-phone")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.addWidget(self.call_bar)
        search_bar = window.findChild(QToolBar, "toolbar-search")
        if search_bar is not None:
            # on the search's row, after it: a row of its own costs the customer view height on 1366x768
            window.insertToolBar(search_bar, bar)
            window.insertToolBar(bar, search_bar)
        else:
            window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        # Tab goes from the customer search to the call bar, then on to the customer view: screen order
        previous = window.search
        for button in self.call_bar.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

        wb = window.workbench
        menu = window.menu_before_tools(self.tr("&Phone"))
        self.answer_action = wb.action("phone.answer", self.tr("&Answer the call"), self.call_bar.answer)
        self.hangup_action = wb.action("phone.hangup", self.tr("&Hang up / reject"), self.call_bar.hangup)
        self.wrap_up_action = wb.action("phone.wrap_up", self.tr("&Wrap up the call…"), self.wrap_up)
        self.history_action = wb.action("phone.history", self.tr("&Calls of this shift"), self.show_history)
        self.reconnect_action = wb.action(
            "phone.reconnect", self.tr("&Reconnect the phone line"), phone.line.reconnect_now
        )
        for action in (self.answer_action, self.hangup_action, self.wrap_up_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.addAction(self.reconnect_action)
        self.menu = menu
        window.call_bar_hints = self.update_hints
        self.update_hints()

        calls_view = CallHistoryView(loader)
        calls_view.open_number.connect(window.open_number)
        window.start_page.set_calls_view(calls_view)

        signals.popped.connect(self.pop)
        signals.state_changed.connect(self._state)
        self._state(phone.calls.state)
        loader.reload()
        phone.start()

    def update_hints(self) -> None:
        wb = self.window.workbench
        self.call_bar.set_shortcut_hints(
            wb.keys_text("phone.answer"), wb.keys_text("phone.hangup"), wb.keys_text("phone.wrap_up")
        )

    # -- screen pop -----------------------------------------------------------------------------------------
    def pop(self, pop) -> None:
        w = self.window
        if pop.match is not None:
            w.open_customer(pop.match)
            w.statusBar().showMessage(
                self.tr("Caller: %1 %2").replace("%1", pop.match.name).replace("%2", pop.number), 8000
            )
            return
        w.tabs.setCurrentWidget(w.start_page)
        w.search.setText(pop.number)
        w.search.setFocus(Qt.FocusReason.OtherFocusReason)
        w.search.selectAll()
        w.statusBar().showMessage(
            self.tr(
                "%1 is not a customer number: search by another key, or take the call as a new caller."
            ).replace("%1", pop.number),
            12000,
        )

    def _state(self, state) -> None:
        ringing = state.current is not None and state.current.call.state == "ringing"
        self.answer_action.setEnabled(ringing)
        self.hangup_action.setEnabled(state.current is not None)
        self.wrap_up_action.setEnabled(state.wrap_up is not None)
        if state.wrap_up is not None and state.wrap_up.call.id != self._wrap_call_id:
            self._wrap_call_id = state.wrap_up.call.id  # "ended" starts the wrap-up, once per call
            self.wrap_up()

    def show_history(self) -> None:
        dock = self.window.docks.get("calls")
        if dock is not None:
            dock.show()
            dock.raise_()
        self.panel.focus_table()

    # -- wrap-up --------------------------------------------------------------------------------------------
    def wrap_up(self) -> None:
        pending = self.phone.calls.state.wrap_up
        if pending is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self._spawn(self._open_wrap_up(pending))

    async def _open_wrap_up(self, pending) -> None:
        w = self.window
        match = pending.caller.match or w.current_customer()
        tickets = w.desk.extras.get("tickets")
        if tickets is not None and match is not None:
            try:
                from agentdesk.views.tickets.wrapup_dialog import WrapUpDialog

                call = tickets.wrapups.call_for(
                    match.customer_id, match.number or pending.call.caller, match.name
                )
                catalogue = await tickets.desk.catalogue()
                call_tickets = await tickets.wrapups.call_tickets(match.customer_id)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the short wrap-up still records how the call ended
                log.warning("the ticket desk's wrap-up is not available: %s", exc)
            else:
                dialog = WrapUpDialog(tickets.wrapups, call, catalogue, call_tickets, w)
                dialog.recorded.connect(lambda wrapup: self._spawn(self._recorded(wrapup, match)))
                self._show(dialog)
                return
        who = (
            self.tr("Caller: %1 — %2").replace("%1", match.name).replace("%2", pending.call.caller)
            if match is not None
            else self.tr("Caller: %1 (not a known customer)").replace("%1", pending.call.caller)
        )
        dialog = QuickWrapUpDialog(who, w)
        dialog.chosen.connect(lambda disposition, note: self._spawn(self._finish(disposition, note, match)))
        self._show(dialog)

    def _show(self, dialog) -> None:
        self.dialog = dialog

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    async def _recorded(self, wrapup, match) -> None:
        """The ticket desk's dialog recorded the wrap-up: the call history learns of it."""
        await self._finish(wrapup.disposition, wrapup.note, match, wrapup_id=wrapup.id)

    async def _finish(self, disposition: str, note: str, match, wrapup_id: str | None = None) -> None:
        try:
            await self.phone.calls.finish_wrap_up(disposition, note, match, wrapup_id=wrapup_id)
        except WrapUpUnavailable:
            return
        except DeskError as exc:
            self.call_bar.say(self.tr("Wrap-up not stored: %1").replace("%1", describe(exc)))
            return
        self.call_bar.say(self.tr("Wrap-up recorded."))

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    async def aclose(self) -> None:
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.call_bar.aclose()


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("phone task failed", exc_info=task.exception())
