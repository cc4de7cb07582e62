"""The dashboard's dock on the workbench: today's indicators with their lights at a glance, and the way
to the full dashboard. No charts here, so pyqtgraph is not loaded with the workbench.

The menu entry (Ctrl+Shift+D) comes from the feature's window actions, so the dock offers none of its own
(two actions with one shortcut would make Qt ignore the key)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from agentdesk.services.dashboard import (
    DashboardNotAllowed,
    DashboardQuery,
    DashboardService,
    DashboardSnapshot,
    PeriodChoice,
)
from agentdesk.services.dashboard.periods import TODAY
from agentdesk.services.errors import DeskError
from agentdesk.views.dashboard import labels
from agentdesk.views.dashboard.indicator_model import TARGET, IndicatorTableModel
from agentdesk.views.dashboard.indicator_model import TODAY as TODAY_COLUMN
from agentdesk.views.dashboard.opener import DashboardOpener
from agentdesk.views.error_text import describe

REFRESH_MS = 5 * 60 * 1000


class DashboardSummaryPanel(QWidget):
    def __init__(
        self,
        service: DashboardService,
        opener: DashboardOpener,
        team: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard-summary")
        self.service = service
        self.opener = opener
        self.team = team
        self.snapshot: DashboardSnapshot | None = None
        self._task: asyncio.Task | None = None
        self.model = IndicatorTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(TODAY_COLUMN, True)  # the period is today
        self.table.setColumnHidden(TARGET, True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.opener.open())
        self.taken = QLabel(self.tr("Not loaded yet"), self)
        self.taken.setObjectName("summary-taken")
        self.taken.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open dashboard"), self)
        self.open_button.setObjectName("open-dashboard-button")
        self.open_button.clicked.connect(lambda: self.opener.open())
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.taken, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._shown = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        self.taken.setText(self.tr("Loading…"))
        try:
            snap = await self.service.load(DashboardQuery(PeriodChoice(TODAY), team=self.team))
        except asyncio.CancelledError:
            raise
        except DashboardNotAllowed:  # another user signed in on this desk
            self.taken.setText(self.tr("The dashboard is for team leads."))
            return
        except DeskError as exc:
            self.taken.setText(describe(exc))
            return
        self.snapshot = snap
        self.model.set_period_title(labels.period("today"))
        self.model.set_rows(snap.rows)
        self.taken.setText(
            self.tr("Data taken at %1").replace(
                "%1", labels.local_time(snap.taken_at, self.service.now().tzinfo)
            )
        )

    def dispose(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
