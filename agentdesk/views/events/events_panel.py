"""The service-events dock: the active and upcoming incidents and cutovers of the agent's region (or the
whole province), with the calls already linked to each, what to tell the customer, and a button to count
the call of the customer in view against the chosen event. Refreshed every minute; when the region's
events change, every open customer view checks its banner again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.domain.events import EventListing, number_to_link
from agentdesk.services.errors import DeskError
from agentdesk.views.customer import wording as customer_wording
from agentdesk.views.error_text import describe
from agentdesk.views.events import wording
from agentdesk.views.events.banner import EventBanners
from agentdesk.views.events.count_call import count_call
from agentdesk.views.events.events_model import EventsTableModel
from agentdesk.views.widgets.load_state import LoadStateStack

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+Shift+O"  # outages (Ctrl+Shift+E is the calendar's new event)
PROVINCE = ""


class EventsPanel(QWidget):
    board_changed = Signal(object)  # the EventBoard now shown

    def __init__(self, service, parent: QWidget | None = None, *, refresh_s: float = 60.0) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("events-panel")
        self.setWindowTitle(self.tr("Service events"))
        self.board = None
        self._fingerprint: tuple | None = None
        self._tasks: dict[str, asyncio.Task] = {}
        self._window = None
        self.banners: EventBanners | None = None

        self.scope_picker = QComboBox(self)
        self.scope_picker.setObjectName("events-scope")
        self.scope_picker.setAccessibleName(self.tr("Events of"))
        region = service.region()
        self.scope_picker.addItem(
            self.tr("My region (%1)").replace("%1", customer_wording.city(region))
            if region
            else self.tr("My region"),
            None,
        )
        self.scope_picker.addItem(self.tr("Whole province"), PROVINCE)
        self.scope_picker.activated.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("events-refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setObjectName("events-status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")

        self.model = EventsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("events-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # the title is never cut; the dock scrolls
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.state = LoadStateStack(self.table, self)
        self.state.retry_requested.connect(self.refresh)

        self.detail = QLabel(self)
        self.detail.setObjectName("events-detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.count_button = QPushButton(self.tr("Count a call of the customer in view"), self)
        self.count_button.setObjectName("events-count-call")
        self.count_button.setToolTip(
            self.tr(
                "Register the call against the chosen event instead of repairing or dispatching a ticket."
            )
        )
        self.count_button.clicked.connect(self.count_current_call)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("events-outcome")
        self.outcome.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.scope_picker, 1)
        top.addWidget(self.refresh_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(self.state, 3)
        box.addWidget(self.detail, 2)
        box.addWidget(self.count_button)
        box.addWidget(self.outcome)

        self._timer = QTimer(self)
        self._timer.setInterval(int(refresh_s * 1000))
        self._timer.timeout.connect(self.refresh)
        self._listener = self._on_linked
        service.add_listener(self._listener)
        self.destroyed.connect(lambda *_: service.remove_listener(self._listener))
        self._update_count_button()
        if not service.available:
            self.state.show_empty(self.tr("No service-events system is configured for this desk."))
            self.refresh_button.setEnabled(False)

    # -- tasks: latest wins per name ---------------------------------------------------------------------
    def _run(self, name: str, coro: Coroutine) -> asyncio.Task:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        self._tasks[name] = task
        return task

    async def aclose(self) -> None:
        """Cancel and await this panel's work (the desk calls it on shutdown)."""
        with contextlib.suppress(RuntimeError):  # the widget may be gone already
            self._timer.stop()
        tasks = [t for t in self._tasks.values() if not t.done()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- window integration ---------------------------------------------------------------------------------
    def actions_for_window(self) -> list[QAction]:
        show = QAction(self.tr("Service &events"), self)
        show.setShortcut(QKeySequence(SHORTCUT))
        show.triggered.connect(self.show_in_window)
        return [show]

    def attach(self, window) -> None:
        """Follow the open customer (for counting a call) and give every customer view its banner."""
        self._window = window
        self.banners = EventBanners(self.service, window)
        signal = getattr(window, "current_customer_changed", None)
        if signal is not None:
            signal.connect(lambda _match: self._update_count_button())
        if self.service.available:
            self.refresh()
            self._timer.start()

    def show_in_window(self) -> None:
        dock = getattr(self._window, "docks", {}).get("events") if self._window is not None else None
        if dock is not None:
            dock.show()
            dock.raise_()
        self.table.setFocus()
        self.refresh()

    def _customer(self):
        window = self._window
        return window.current_customer() if window is not None else None

    # -- the board --------------------------------------------------------------------------------------------
    def refresh(self) -> asyncio.Task | None:
        if not self.service.available:
            return None
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # Qt handled events while the event loop was not running (start-up, tests)
            QTimer.singleShot(0, self, self.refresh)
            return None
        return self._run("board", self._refresh(self.scope_picker.currentData()))

    async def _refresh(self, region: str | None) -> None:
        if self.board is None:
            self.state.show_loading()
        try:
            board = await self.service.board(region)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not isinstance(exc, DeskError):
                log.error("the service-events board failed", exc_info=exc)
            message = describe(exc) if isinstance(exc, DeskError) else type(exc).__name__
            if self.board is None:
                self.state.show_error(message)
            else:  # keep the last list, say it is not current
                self.status.setText(self.tr("Not refreshed: %1").replace("%1", message))
            return
        self.show_board(board)

    def show_board(self, board) -> None:
        selected = self.selected()
        self.board = board
        self.model.set_records(board.events)
        if board.events:
            self.state.show_content()
            row = self.model.row_of(selected.id) if selected is not None else -1
            self.table.selectRow(max(row, 0))
        else:
            self.state.show_empty(self.tr("No active or upcoming service events."))
        self.status.setText(
            self.tr("%1 active, %2 upcoming · updated %3")
            .replace("%1", str(len(board.active)))
            .replace("%2", str(len(board.upcoming)))
            .replace("%3", board.taken_at.astimezone().strftime("%H:%M:%S"))
        )
        self._show_detail()
        fingerprint = board.fingerprint()
        if self._fingerprint is not None and fingerprint != self._fingerprint and self.banners is not None:
            self.banners.recheck()  # an event opened, closed or moved its promise: banners ask anew
        self._fingerprint = fingerprint
        self.board_changed.emit(board)

    def selected(self) -> EventListing | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record(index.row())

    def _show_detail(self) -> None:
        e = self.selected()
        self._update_count_button()
        if e is None:
            self.detail.clear()
            return
        ev = e.event
        lines = [
            f"<b>{escape(ev.title)}</b> — {escape(wording.event_type(ev.event_type))}, "
            f"{escape(wording.severity(ev.severity))}, {escape(wording.status(ev.status))}",
            escape(
                self.tr("Services: %1 · Area: %2")
                .replace("%1", wording.services(ev.service_types))
                .replace("%2", wording.area(ev.affected_cities))
            ),
            escape(
                self.tr("From %1 to %2 (SLA: %3)")
                .replace("%1", wording.when(ev.start))
                .replace("%2", wording.when(ev.expected_end))
                .replace("%3", wording.sla_state(ev.sla.state))
            ),
        ]
        where = [*e.scope.districts, *e.scope.access_points, *e.scope.base_stations]
        if where:
            lines.append(escape(self.tr("Where: %1").replace("%1", ", ".join(where))))
        lines.append(
            escape(
                self.tr("%1 calls from %2 numbers linked; %3 subscribers touched")
                .replace("%1", str(ev.linked_calls))
                .replace("%2", str(ev.linked_numbers))
                .replace("%3", "—" if e.affected_subscribers is None else str(e.affected_subscribers))
            )
        )
        first, second = wording.public_wording(ev.wording_zh, ev.wording_en)
        lines.append(escape(self.tr("Tell the customer:")) + f" “{escape(first)}”")
        if second and second != first:
            lines.append(f'<span style="color:#666">{escape(second)}</span>')
        if e.internal_note:
            note = self.tr("Internal note: %1").replace("%1", e.internal_note)
            lines.append(f'<span style="color:#666">{escape(note)}</span>')
        self.detail.setText("<br>".join(lines))

    # -- counting the call of the customer in view ------------------------------------------------------------
    def _update_count_button(self) -> None:
        self.count_button.setEnabled(
            self.service.available and self.selected() is not None and self._customer() is not None
        )

    def count_current_call(self) -> asyncio.Task | None:
        listing, customer = self.selected(), self._customer()
        if listing is None or customer is None:
            return None
        return self._run("count", self._count(listing, customer))

    async def _count(self, listing: EventListing, customer) -> None:
        self.outcome.setStyleSheet("color: #444;")
        self.outcome.setText(
            self.tr("Checking whether %1 is inside this event…").replace("%1", customer.name)
        )
        try:
            affecting = await self.service.affecting_customer(customer.customer_id, fresh=True)
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self._outcome(describe(exc), False)
            return
        touching = affecting.event(listing.id)
        if touching is None or not touching.impact:
            self._outcome(
                self.tr("%1 is not inside %2: no call was counted.")
                .replace("%1", customer.name)
                .replace("%2", listing.event.title),
                False,
            )
            return
        impact = number_to_link(touching, self._number_in_view(customer))
        link = self.service.link_call(
            listing.id,
            impact.number,
            customer.customer_id,
            event_title=listing.event.title,
            customer_name=customer.name,
            note=self.tr("counted from the service-events panel"),
        )
        counted = await count_call(self, link)
        self._outcome(counted.line, counted.ok)

    def _number_in_view(self, customer) -> str | None:
        window = self._window
        for workspace in getattr(window, "customer_workspaces", lambda: [])():
            if workspace.customer_id == customer.customer_id and workspace.scope is not None:
                return workspace.scope.number
        return getattr(customer, "number", None)

    def _outcome(self, text: str, ok: bool | None) -> None:
        colour = {True: "#1e7d32", False: "#b03a2e", None: "#444"}[ok]
        self.outcome.setStyleSheet(f"color: {colour};")
        self.outcome.setText(text)

    def _on_linked(self, complaint) -> None:
        if complaint.linked_calls is not None and complaint.linked_numbers is not None:
            self.model.update_calls(complaint.event_id, complaint.linked_calls, complaint.linked_numbers)
            self._show_detail()
