"""The calls of the agent's shift: a summary line and the calls, newest first. Enter on a call opens its
caller. One loader feeds every view of it (the dock and, if the agent chose so, the start page)."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agentdesk.domain.calls import clock_text, shift_summary
from agentdesk.i18n import TranslationContext
from agentdesk.views.workbench.call_history_model import CallHistoryModel, RecordRole

log = logging.getLogger(__name__)


class CallHistoryCounts(TranslationContext):
    """Texts with a count of the call history (the panel subclasses the view, so its self.tr would not do)."""


class CallHistoryLoader(QObject):
    """Reloads the shift's calls (debounced) whenever the history changes; views share its model."""

    summary_changed = Signal(object)  # domain.calls.ShiftSummary

    def __init__(self, phone, signals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phone = phone
        self.model = CallHistoryModel(self)
        self.summary = None
        self._task: asyncio.Task | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        signals.history_changed.connect(self._debounce.start)

    def reload(self) -> None:
        """Latest wins: a reload still running is cancelled."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        try:
            records = await self.phone.history.shift()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("the shift's calls could not be read")
            return
        self.model.set_records(records)
        self.summary = shift_summary(records)
        self.summary_changed.emit(self.summary)

    async def loaded(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def aclose(self) -> None:
        try:
            self._debounce.stop()
        except RuntimeError:  # closed after the window was deleted
            pass
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


class CallHistoryView(QWidget):
    open_number = Signal(str)

    def __init__(self, loader: CallHistoryLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-history")
        self.loader = loader
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("call-summary")
        self.summary_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("call-table")
        self.table.setAccessibleName(QCoreApplication.translate("CallHistoryView", "Calls of this shift"))
        self.table.setModel(loader.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        loader.summary_changed.connect(self.show_summary)
        self.show_summary(loader.summary)

    def show_summary(self, summary) -> None:
        if summary is None or not summary.calls:
            self.summary_label.setText(
                QCoreApplication.translate("CallHistoryView", "No calls yet in this shift.")
            )
            return
        parts = [
            CallHistoryCounts.tr("%n call(s)", "", summary.calls),
            QCoreApplication.translate("CallHistoryView", "%1 answered").replace("%1", str(summary.answered)),
            QCoreApplication.translate("CallHistoryView", "%1 missed").replace("%1", str(summary.missed)),
        ]
        if summary.average_talk_s is not None:
            parts.append(
                QCoreApplication.translate("CallHistoryView", "average talk %1").replace(
                    "%1", clock_text(summary.average_talk_s)
                )
            )
        if summary.average_wrapup_s is not None:
            parts.append(
                QCoreApplication.translate("CallHistoryView", "average wrap-up %1").replace(
                    "%1", clock_text(summary.average_wrapup_s)
                )
            )
        self.summary_label.setText(" · ".join(parts))

    def _activate(self, index) -> None:
        record = index.data(RecordRole) if index.isValid() else None
        if record is None:
            record = self.loader.model.records[index.row()]
        self.open_number.emit(record.caller)


class CallHistoryPanel(CallHistoryView):
    """The "Calls" dock: the shift's calls; ``attach`` also puts the call bar on the window."""

    def __init__(self, loader: CallHistoryLoader, attach, parent: QWidget | None = None) -> None:
        super().__init__(loader, parent)
        self.setWindowTitle(self.tr("Calls"))
        self._attach = attach
        self.open_number.connect(lambda number: self._open(number))
        self._window = None

    def attach(self, window) -> None:
        self._window = window
        self.on_window = self._attach(window, self)

    async def aclose(self) -> None:
        """The window closes: stop this panel's work (the phone itself closes with the desk)."""
        closing = getattr(self, "on_window", None)
        if closing is not None:
            await closing.aclose()
        await self.loader.aclose()

    def _open(self, number: str) -> None:
        if self._window is not None:
            self._window.open_number(number)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.loader.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
