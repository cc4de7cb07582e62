"""The ticket desk dock: the customer's tickets across 10000 and 112, or "my tickets"; drafts waiting
to send; one ticket in full; the entry form (Ctrl+Shift+T), the call wrap-up (Ctrl+Shift+W) and the
agent's numbers for today.

Loads are named tasks, latest wins: moving to another customer cancels the load for the previous one,
and an answer that still arrives for it is dropped (stale-response guard).
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.errors import DeskError
from agentdesk.views.error_text import describe
from agentdesk.views.tickets.entry_form import TicketEntryForm
from agentdesk.views.tickets.statistics_strip import StatisticsStrip
from agentdesk.views.tickets.ticket_detail import TicketDetail
from agentdesk.views.tickets.ticket_table_model import KEY_ROLE, TicketTableModel
from agentdesk.views.tickets.wrapup_dialog import WrapUpDialog

log = logging.getLogger(__name__)

CUSTOMER, MINE = 0, 1
NEW_TICKET_SHORTCUT = "Ctrl+Shift+T"
WRAP_UP_SHORTCUT = "Ctrl+Shift+W"
AUTO_REFRESH_MS = 120_000  # the back office moves tickets on; the list follows without a click
CLOCK_TICK_MS = 60_000  # re-judge overdue against the clock


class TicketPanel(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-panel")
        self.services = services
        self.desk = services.desk
        self.customer = None  # the window's current match (customer_id, name, number), or None
        self.window_ref = None
        self.form: TicketEntryForm | None = None
        self.wrapup_dialog: WrapUpDialog | None = None
        self._load_task: asyncio.Task | None = None
        self._detail_task: asyncio.Task | None = None
        self._stats_task: asyncio.Task | None = None
        self._tasks: set[asyncio.Task] = set()
        self.catalogue = None

        self.scope = QTabBar(self)
        self.scope.setObjectName("ticket-scope")
        self.scope.addTab(self.tr("Customer's tickets"))
        self.scope.addTab(self.tr("My tickets"))
        self.scope.currentChanged.connect(lambda _i: self.refresh())
        self.open_only = QCheckBox(self.tr("&Open only"), self)
        self.open_only.setObjectName("ticket-open-only")
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.overdue_only = QCheckBox(self.tr("O&verdue only"), self)
        self.overdue_only.setObjectName("ticket-overdue-only")
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("ticket-refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("ticket-outbox-status")
        self.send_now = QPushButton(self.tr("Send now"), self)
        self.send_now.setObjectName("ticket-send-now")
        self.send_now.clicked.connect(self.send_waiting)
        self.new_button = QPushButton(self.tr("New ticket…"), self)
        self.new_button.setObjectName("ticket-new")
        self.new_button.setToolTip(NEW_TICKET_SHORTCUT)
        self.new_button.clicked.connect(lambda: self.new_ticket())
        self.wrapup_button = QPushButton(self.tr("Wrap up call…"), self)
        self.wrapup_button.setObjectName("ticket-wrapup")
        self.wrapup_button.setToolTip(WRAP_UP_SHORTCUT)
        self.wrapup_button.clicked.connect(self.wrap_up)
        self.info = QLabel(self)
        self.info.setObjectName("ticket-info")
        self.info.setWordWrap(True)

        self.model = TicketTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ticket-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._row_selected(cur.row())
        )
        self.detail = TicketDetail(self.desk, services.agent, self)
        self.detail.ticket_changed.connect(self._ticket_changed)
        self.detail.send_now_requested.connect(self.send_waiting)
        self.detail.edit_draft_requested.connect(self._edit_draft)
        self.detail.discard_draft_requested.connect(self._discard_draft)
        self.stats = StatisticsStrip(self)

        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.open_only)
        top.addWidget(self.overdue_only)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.outbox_label)
        top.addWidget(self.send_now)
        top.addWidget(self.new_button)
        top.addWidget(self.wrapup_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(split, 1)
        layout.addWidget(self.stats)

        self.new_action = QAction(self.tr("New &ticket…"), self)
        self.new_action.setObjectName("action-new-ticket")
        self.new_action.setShortcut(QKeySequence(NEW_TICKET_SHORTCUT))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(lambda: self.new_ticket())
        self.wrapup_action = QAction(self.tr("&Wrap up call…"), self)
        self.wrapup_action.setObjectName("action-wrap-up")
        self.wrapup_action.setShortcut(QKeySequence(WRAP_UP_SHORTCUT))
        self.wrapup_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.wrapup_action.triggered.connect(self.wrap_up)

        self._remove_listener = services.outbox.add_listener(self._outbox_event)
        remove, tasks = self._remove_listener, self._tasks

        def destroyed(*_args) -> None:  # must not touch self: its C++ half is gone
            remove()
            for task in list(tasks):
                task.cancel()

        self.destroyed.connect(destroyed)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_TICK_MS)
        self.clock.timeout.connect(self.model.tick)
        self.clock.start()
        self.auto_refresh = QTimer(self)
        self.auto_refresh.setInterval(AUTO_REFRESH_MS)
        self.auto_refresh.timeout.connect(self.refresh)
        self.auto_refresh.start()
        self.set_customer(None)

    # -- the window --------------------------------------------------------------------------------------
    def actions_for_window(self) -> list[QAction]:
        return [self.new_action, self.wrapup_action]

    def attach(self, window) -> None:
        self.window_ref = window
        window.current_customer_changed.connect(self.set_customer)
        self.set_customer(window.current_customer())

    def set_customer(self, match) -> None:
        """The window moved to another customer (or to none): show that customer's tickets."""
        self.customer = match
        if match is not None:
            self.services.wrapups.call_for(match.customer_id, match.number, match.name)
        self.wrapup_button.setEnabled(match is not None)
        self.wrapup_action.setEnabled(match is not None)
        if match is None and self.scope.currentIndex() == CUSTOMER:
            self._cancel(self._load_task)
            self.model.clear()
            self.detail.clear()
            self.info.setText(self.tr("Open a customer to see their tickets, or look at your own tickets."))
            self._spawn(self._refresh_outbox_status())
            self._start_stats()
            return
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------------
    def _token(self) -> tuple:
        cid = self.customer.customer_id if self.customer is not None else None
        return (self.scope.currentIndex(), cid, self.open_only.isChecked(), self.overdue_only.isChecked())

    def refresh(self) -> None:
        """Load the list again (latest wins) and the agent's numbers."""
        if self.scope.currentIndex() == CUSTOMER and self.customer is None:
            self.set_customer(None)
            return
        self._cancel(self._load_task)
        self._load_task = self._spawn(self._load(self._token()))
        self._start_stats()

    async def _load(self, token: tuple) -> None:
        scope, customer_id, open_only, overdue_only = token
        self.info.setText(self.tr("Loading tickets…"))
        overdue = True if overdue_only else None
        drafts = await self.desk.outbox_entries(customer_id if scope == CUSTOMER else None)
        if self.catalogue is None:
            self.catalogue = await self.desk.catalogue()
            self.model.system_of_type = dict(self.catalogue.system_of_type)
        try:
            if scope == CUSTOMER:
                page = await self.desk.customer_tickets(customer_id, open_only=open_only, overdue=overdue)
            else:
                page = await self.desk.my_tickets(open_only=open_only, overdue=overdue)
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            if token != self._token():
                return
            self._show_rows(drafts, self.model.tickets if self._same_list(token) else [])
            self.info.setText(describe(exc))
            self.info.setStyleSheet("color: #b00020;")
            await self._refresh_outbox_status()
            return
        if token != self._token():  # the agent moved on meanwhile: this answer is for another view
            return
        self._shown = token
        self._show_rows(drafts, page.items)
        total = page.total if page.total is not None else len(page.items)
        self.info.setStyleSheet("")
        self.info.setText(
            self.tr("%n ticket(s) in 10000 and 112, %1 shown", "", total).replace("%1", str(len(page.items)))
        )
        await self._refresh_outbox_status()

    def _same_list(self, token: tuple) -> bool:
        return getattr(self, "_shown", None) == token

    def _show_rows(self, drafts, tickets) -> None:
        key = self._selected_key()
        self.model.set_rows(drafts, tickets)
        row = self.model.row_of(key) if key else -1
        if row >= 0:
            self.table.selectRow(row)
        elif key is not None:
            self.detail.clear()

    def _selected_key(self):
        index = self.table.currentIndex()
        return self.model.data(index, KEY_ROLE) if index.isValid() else None

    def _row_selected(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        item = self.model.item(row)
        self._cancel(self._detail_task)
        if self.model.is_draft_row(row):
            self.detail.show_draft(item)
            return
        self.detail.show_ticket(item)  # the list's copy at once; notes and history follow
        self._detail_task = self._spawn(self._load_detail(item.id))

    async def _load_detail(self, ticket_id: str) -> None:
        try:
            ticket = await self.desk.ticket(ticket_id)
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.detail.action_status.setText(describe(exc))
            return
        if self._selected_key() == ("ticket", ticket_id):
            self.detail.show_ticket(ticket)

    def _ticket_changed(self, ticket) -> None:
        row = self.model.row_of(("ticket", ticket.id))
        if row >= 0:
            self.model.tickets[row - len(self.model.drafts)] = ticket
            self.model.dataChanged.emit(
                self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
            )

    # -- the outbox --------------------------------------------------------------------------------------
    def _outbox_event(self, event: str, entry) -> None:
        if event in ("queued", "delivered", "rejected", "discarded", "waiting"):
            self._spawn(self._refresh_outbox_status())
        if event in ("delivered", "rejected", "queued", "discarded"):
            self.refresh() if (self.customer is not None or self.scope.currentIndex() == MINE) else None

    async def _refresh_outbox_status(self) -> None:
        entries = await self.desk.outbox_entries()
        waiting = sum(1 for e in entries if e.waiting)
        refused = sum(1 for e in entries if e.state == "rejected")
        parts = []
        if waiting:
            parts.append(self.tr("%n ticket(s) waiting to send", "", waiting))
        if refused:
            parts.append(self.tr("%n refused — correct them", "", refused))
        self.outbox_label.setText(" · ".join(parts))
        self.outbox_label.setStyleSheet("color: #b00020;" if refused else "color: #8a5300;")
        self.send_now.setVisible(waiting > 0)

    def send_waiting(self) -> None:
        self._spawn(self.desk.retry_now())

    def _discard_draft(self, draft_id: str) -> None:
        async def discard():
            await self.desk.outbox.discard(draft_id)
            self.detail.clear()

        self._spawn(discard())

    # -- entry form and wrap-up --------------------------------------------------------------------------
    def new_ticket(
        self, description: str = "", prefill: TicketDraft | None = None, draft_id: str | None = None
    ) -> None:
        """Open the entry form for the current customer (``prefill`` from pretreatment or a refused draft)."""
        self._spawn(self._open_form(description, prefill, draft_id))

    async def _open_form(self, description: str, prefill: TicketDraft | None, draft_id: str | None) -> None:
        customer = self.customer
        if customer is None and prefill is None:
            self.info.setText(self.tr("Open the customer first: a ticket is always for a customer."))
            self.info.setStyleSheet("color: #b00020;")
            return
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return
        catalogue = await self.desk.catalogue()
        if prefill is None and description:
            prefill = TicketDraft(ticket_type="consult", category="", description=description)
        self.form = TicketEntryForm(
            self.desk,
            catalogue,
            customer_id=prefill.customer_id if prefill and prefill.customer_id else customer.customer_id,
            number=prefill.number if prefill and prefill.number else customer.number,
            customer_name=prefill.customer_name if prefill and prefill.customer_name else customer.name,
            prefill=prefill,
            draft_id=draft_id,
            parent=self.window() if self.window() is not self else None,
        )
        self.form.submitted.connect(lambda _r: self.refresh())
        self.form.open()

    def _edit_draft(self, entry) -> None:
        self.new_ticket(prefill=entry.draft, draft_id=entry.draft_id)

    def wrap_up(self) -> None:
        self._spawn(self._open_wrapup())

    async def _open_wrapup(self) -> None:
        if self.customer is None:
            return
        if self.wrapup_dialog is not None and self.wrapup_dialog.isVisible():
            self.wrapup_dialog.raise_()
            return
        catalogue = await self.desk.catalogue()
        m = self.customer
        call = self.services.wrapups.call_for(m.customer_id, m.number, m.name)
        tickets = await self.services.wrapups.call_tickets(m.customer_id)
        self.wrapup_dialog = WrapUpDialog(self.services.wrapups, call, catalogue, tickets, self.window())
        self.wrapup_dialog.recorded.connect(self._wrapped_up)
        self.wrapup_dialog.open()

    def _wrapped_up(self, wrapup) -> None:
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Wrap-up recorded."))
        if self.customer is not None and self.customer.customer_id == wrapup.customer_id:
            self.services.wrapups.call_for(
                self.customer.customer_id, self.customer.number, self.customer.name
            )
        self.refresh()

    # -- statistics --------------------------------------------------------------------------------------
    def _start_stats(self) -> None:
        self._cancel(self._stats_task)
        self._stats_task = self._spawn(self._load_stats())

    async def _load_stats(self) -> None:
        try:
            stats = await self.services.statistics.for_agent()
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - numbers are a side show; never break the list for them
            log.exception("agent statistics failed")
            return
        self.stats.show_statistics(stats)

    # -- housekeeping ------------------------------------------------------------------------------------
    def _spawn(self, coro) -> asyncio.Task | None:
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # a signal reached a panel whose event loop is gone (the desk is closing)
            coro.close()
            return None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @staticmethod
    def _cancel(task: asyncio.Task | None) -> None:
        if task is not None and not task.done():
            task.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.dispose()
        super().closeEvent(event)

    def dispose(self) -> None:
        """Stop every load of this panel (the window is closing)."""
        self.clock.stop()
        self.auto_refresh.stop()
        for task in (self._load_task, self._detail_task, self._stats_task, *self._tasks):
            self._cancel(task)
        self.detail.dispose()
