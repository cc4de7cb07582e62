"""Opens the one dashboard window of the desk (or brings it to the front), from a menu action."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from agentdesk.services.dashboard import DashboardService

SHORTCUT = "Ctrl+Shift+D"
MAIN_WINDOW = "main-window"  # the workbench's object name


class DashboardOpener(QObject):
    def __init__(self, service: DashboardService, team: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.team = team
        self.window = None  # DashboardWindow once opened
        self.actions: list[QAction] = []

    def action(self, parent: QObject | None = None) -> QAction:
        """A menu entry (Ctrl+Shift+D) that opens the dashboard; disabled when the user is not a team lead."""
        action = QAction(self.tr("Team &dashboard"), parent)
        action.setObjectName("open-dashboard")
        action.setShortcut(QKeySequence(SHORTCUT))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(self.tr("Indicators, trends and targets of the team (team leads)"))
        action.setEnabled(self.service.allowed)
        action.triggered.connect(lambda _checked=False: self.open(_window_of(action)))
        self.actions.append(action)
        return action

    def open(self, parent: QWidget | None = None):
        """Show the dashboard window (built on first use; pyqtgraph loads then)."""
        if not self.service.allowed:  # e.g. a team lead signed out and an agent signed in
            for action in self.actions:
                action.setEnabled(False)
            return None
        if self.window is not None and not _alive(self.window):
            self.window = None
        if self.window is None:
            from agentdesk.views.dashboard.dashboard_window import DashboardWindow

            owner = parent or _main_window()
            self.window = DashboardWindow(self.service, self.team, owner)
            self.window.setWindowFlag(Qt.WindowType.Window, True)  # its own window, closed with the desk
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window


def _alive(widget: QWidget) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:  # deleted with its parent window
        return False
    return True


def _window_of(action: QAction) -> QWidget | None:
    """The workbench window the action was triggered in (it is added to the window and its menus)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and owner.window().objectName() == MAIN_WINDOW:
            return owner.window()
    return None


def _main_window() -> QWidget | None:
    active = QApplication.activeWindow()
    if active is not None and active.objectName() == MAIN_WINDOW:
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == MAIN_WINDOW and w.isVisible()]
    return shown[0] if shown else None
