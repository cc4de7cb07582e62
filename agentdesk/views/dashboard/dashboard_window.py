"""The dashboard in a window of its own, so a team lead can keep it on a second screen beside the
workbench. One per desk: opening it again brings the open one to the front."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from agentdesk.services.dashboard import DashboardService
from agentdesk.views.dashboard.dashboard_view import DashboardView


class DashboardWindow(QMainWindow):
    def __init__(self, service: DashboardService, team: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard-window")
        self.setWindowTitle(self.tr("Team dashboard — service process monitoring"))
        self.view = DashboardView(service, team, self)
        self.setCentralWidget(self.view)
        self.resize(1400, 900)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.view.dispose()
        event.accept()
