"""Plugs the toolbox (notepad, calculator, calendar with reminders) into the desk as the toolbox dock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from agentdesk.services.toolbox.toolbox_services import ToolboxServices
from agentdesk.toolbox.toolbox_panel import ToolboxPanel


def plug(desk) -> None:
    services = ToolboxServices.create(desk.database, owner=desk.session.user.username)
    desk.extras["toolbox"] = services

    def make_panel(window) -> ToolboxPanel:
        tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():  # reminders reach the agent while the desk is minimised
            tray = QSystemTrayIcon(QApplication.windowIcon(), window)
            tray.setToolTip(QCoreApplication.translate("MainWindow", "AgentDesk"))
            tray.show()
        panel = ToolboxPanel(services, window, tray=tray)
        window.current_customer_changed.connect(
            lambda m: (
                panel.set_current_customer(m.number, m.name) if m else panel.set_current_customer("", "")
            )
        )
        panel.open_customer_requested.connect(window.open_number)
        panel.show_requested.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
        return panel

    desk.panels["toolbox"] = make_panel
