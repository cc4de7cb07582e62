"""Callback list for team leads (and agents): every event linked to a customer or ticket that is
not done, by due time, overdue ones highlighted; open the customer, edit, or mark done."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from agentdesk.services.toolbox.calendar_service import CalendarService, CallbackItem

OVERDUE_BACKGROUND = QColor("#fde7e9")
OVERDUE_TEXT = QColor("#b00020")


class CallbackModel(QAbstractTableModel):
    """Rows of :class:`CallbackItem`; columns: due, customer, ticket, title, status."""

    def __init__(self, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.items: list[CallbackItem] = []
        self.now: datetime | None = None
        self.headers = [
            self.tr("Due"),
            self.tr("Customer"),
            self.tr("Ticket"),
            self.tr("Title"),
            self.tr("Status"),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_items(self, items: list[CallbackItem], now: datetime) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.now = now
        self.endResetModel()

    def status_text(self, item: CallbackItem) -> str:
        if self.now is None:
            return ""
        minutes = int((item.due - self.now).total_seconds() // 60)
        if item.overdue:
            late = max(-minutes, 1)
            if late >= 48 * 60:
                return self.tr("Overdue by %n day(s)", "", late // 1440)
            if late >= 120:
                return self.tr("Overdue by %n hour(s)", "", late // 60)
            return self.tr("Overdue by %n minute(s)", "", late)
        if minutes >= 48 * 60:
            return self.tr("Due in %n day(s)", "", minutes // 1440)
        if minutes >= 120:
            return self.tr("Due in %n hour(s)", "", minutes // 60)
        return self.tr("Due in %n minute(s)", "", minutes)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        event = item.event
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{item.due.astimezone(self.zone):%Y-%m-%d %H:%M}"
            if col == 1:
                return " ".join(p for p in (event.customer_number, event.customer_name) if p)
            if col == 2:
                return event.ticket_id
            if col == 3:
                return event.title
            return self.status_text(item)
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and event.notes:
            return event.notes
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class CallbackListWidget(QWidget):
    """The callback list; refreshes on every calendar change and each minute (overdue moves on)."""

    open_customer = Signal(str)  # a service number: the window opens that customer
    edit_requested = Signal(object)  # CallbackItem: the calendar opens the event

    def __init__(self, calendar: CalendarService, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackList")
        self.calendar = calendar
        self.model = CallbackModel(zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("callbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open_customer())
        self.summary = QLabel(self)
        self.summary.setObjectName("callbackSummary")
        self.open_button = QPushButton(self.tr("Open customer"), self)
        self.open_button.clicked.connect(self._open_customer)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.clicked.connect(self._edit)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.clicked.connect(self._mark_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._tasks: set[asyncio.Task] = set()
        self._refresh_task: asyncio.Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        # latest wins: a burst of changes (an import) ends in one load
        self._on_change = lambda: self.refresh()
        calendar.add_listener(self._on_change)
        self.destroyed.connect(lambda: calendar.remove_listener(self._on_change))

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        self._timer.stop()
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    def refresh(self) -> asyncio.Task:
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
        now = self.calendar.now()
        items = await self.calendar.callbacks(now)
        self.model.set_items(items, now)
        overdue = sum(i.overdue for i in items)
        self.summary.setText(
            self.tr("%n callback(s)", "", len(items))
            + (" · " + self.tr("%n overdue", "", overdue) if overdue else "")
        )

    def selected(self) -> CallbackItem | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _open_customer(self) -> None:
        item = self.selected()
        if item is not None and item.event.customer_number:
            self.open_customer.emit(item.event.customer_number)

    def _edit(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_requested.emit(item)

    def _mark_done(self) -> None:
        item = self.selected()
        if item is not None:
            self._spawn(self.calendar.set_done(item.event.id))

    def rows(self) -> list[list[str]]:
        """The table as a person reads it."""
        return [
            [self.model.index(r, c).data() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]
