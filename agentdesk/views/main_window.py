"""The workbench: search, the open customers as tabs, docks for tools, knowledge and tickets,
and a status bar that says who is signed in and how each back-office system is doing.

The window only orchestrates: every look-up goes through the desk's services.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from agentdesk.services.errors import DeskError, Unauthorised
from agentdesk.services.settings import WINDOW_GEOMETRY, WINDOW_STATE
from agentdesk.views.error_text import describe
from agentdesk.views.start_page import StartPage
from agentdesk.views.widgets.health_indicator import HealthView, SystemHealthBar, system_display_name
from agentdesk.views.widgets.placeholder_panel import PlaceholderPanel
from agentdesk.views.widgets.search_box import CustomerSearchBox
from agentdesk.views.workbench.workbench import Workbench

if TYPE_CHECKING:
    from agentdesk.views.customer.customer_workspace import CustomerWorkspace

log = logging.getLogger(__name__)
WORKSPACE_MODULE = "agentdesk.views.customer.customer_workspace"  # imported when the first customer opens


def is_workspace(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a customer view, without importing the customer view's code to find out (the
    window starts without it: the start page and the docks are shown first)."""
    module = sys.modules.get(WORKSPACE_MODULE)
    return module is not None and isinstance(widget, module.CustomerWorkspace)


HEALTH_SYSTEMS = ["crm", "billing", "usage", "bims", "hlr", "aaa", "ismp", "tickets", "kb", "events"]
# Docks the window places itself; panels of other keys (e.g. calls, pretreatment, dashboard) get a dock too.
KNOWN_PANELS = ("toolbox", "knowledge", "tickets")


def is_deferred(factory) -> bool:
    """Whether a panel factory asks to be built when its dock is first shown (see agentdesk.features)."""
    return callable(getattr(factory, "window_part", None))


class MainWindow(QMainWindow):
    reauth_required = Signal()  # a 401 came back: the desk asks for the password again, keeping the work
    sign_out_requested = Signal()
    closed = Signal()  # the agent closed the workbench: the desk quits
    current_customer_changed = Signal(
        object
    )  # the open customer's match (customer_id, name, number), or None
    workspace_opened = Signal(object)  # a new CustomerWorkspace (its tabs are arranged as the agent chose)

    def __init__(self, desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self._search_task: asyncio.Task | None = None
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("AgentDesk — service front workbench"))
        self.resize(1360, 860)
        self.workbench = Workbench(self)

        self.search = CustomerSearchBox(self)
        self.search.search_requested.connect(self.start_search)
        bar = QToolBar(self.tr("Search"), self)
        bar.setObjectName("toolbar-search")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Customer: "), self))
        bar.addWidget(self.search)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customer-tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_customer)
        self.tabs.currentChanged.connect(
            lambda _i: self.current_customer_changed.emit(self.current_customer())
        )
        self.start_page = StartPage(self)
        self.start_page.open_number.connect(self.open_number)
        self.tabs.addTab(self.start_page, self.tr("Start"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)

        self.docks: dict[str, QDockWidget] = {}
        self._deferred: dict[str, object] = {}  # key -> factory of a panel whose dock was not shown yet
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        toolbox = self._panel(
            "toolbox", self.tr("Toolbox"), self.tr("Notepad, calculator and calendar will appear here.")
        )
        knowledge = self._panel(
            "knowledge",
            self.tr("Knowledge base"),
            self.tr("The offline knowledge base with full-text search will appear here."),
        )
        tickets = self._panel(
            "tickets",
            self.tr("Ticket desk"),
            self.tr("Consult, complaint and fault tickets of the customer in view will appear here."),
        )
        self._add_dock("toolbox", self.tr("Toolbox"), toolbox, right)
        self._add_dock("knowledge", self.tr("Knowledge"), knowledge, right)
        self._add_dock("tickets", self.tr("Tickets"), tickets, bottom)
        self._add_deferred_dock("audit", self.tr("Audit trail"), self._audit_panel, bottom)
        self.tabifyDockWidget(self.docks["toolbox"], self.docks["knowledge"])
        self.tabifyDockWidget(self.docks["tickets"], self.docks["audit"])
        self._add_feature_docks()
        self.docks["toolbox"].raise_()
        self.docks["tickets"].raise_()
        # the customer view gets most of the room; a dock the agent widens keeps that in the saved layout
        self.resizeDocks([self.docks["toolbox"]], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["tickets"]], [240], Qt.Orientation.Vertical)
        self._default_state = self.saveState()

        self.agent_label = QLabel(self)
        self.agent_label.setObjectName("status-agent")
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("status-offline")
        self.health_bar = SystemHealthBar(HEALTH_SYSTEMS, self)
        self.statusBar().addWidget(self.agent_label)
        self.statusBar().addPermanentWidget(self.offline_label)
        self.statusBar().addPermanentWidget(self.health_bar)
        desk.health.changed.connect(self._on_health)

        self._build_menus()
        self.show_agent()
        self._restore_layout()
        self.workbench.finish(self.tools_menu)

    # -- building ---------------------------------------------------------------------------------
    def _panel(self, key: str, title: str, explanation: str) -> QWidget:
        """A plugged-in feature's panel (see agentdesk.features), or a placeholder that says what will come."""
        factory = self.desk.panels.get(key)
        if factory is not None:
            try:
                return factory(self)
            except Exception:
                log.exception("panel %s could not be built", key)
        return PlaceholderPanel(title, explanation, self)

    def _add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _audit_panel(self, _window) -> QWidget:
        from agentdesk.views.audit_panel import AuditPanel  # with its dock: it sits behind the tickets

        return AuditPanel(self.desk.audit, self)

    def _add_deferred_dock(self, key: str, title: str, factory, area: Qt.DockWidgetArea) -> None:
        """A dock whose panel is built when the dock is first shown (raised, toggled in the View menu,
        restored visible) or when :meth:`panel` asks for it: docks tabbed behind others cost the start
        nothing. Until then it holds an empty widget."""
        self._add_dock(key, title, QWidget(self), area)
        self._deferred[key] = factory
        self.docks[key].visibilityChanged.connect(self._dock_shown)

    def _dock_shown(self, shown: bool) -> None:
        dock = self.sender()
        key = next((k for k, d in self.docks.items() if d is dock), None)
        if shown and key in self._deferred:
            self.panel(key)

    def panel(self, key: str) -> QWidget | None:
        """The panel in dock ``key`` (built now if its dock was not shown yet), or None without that dock."""
        dock = self.docks.get(key)
        if dock is None:
            return None
        factory = self._deferred.pop(key, None)
        if factory is not None:
            try:
                widget = factory(self)
            except Exception:
                log.exception("panel %s could not be built", key)
                widget = PlaceholderPanel(
                    dock.windowTitle(), self.tr("This panel could not be opened; the log says why."), self
                )
            empty = dock.widget()
            dock.setWidget(widget)
            if empty is not None:
                empty.deleteLater()
            attach = getattr(widget, "attach", None)
            if attach is not None:
                attach(self)
        return dock.widget()

    def _add_feature_docks(self) -> None:
        """A dock for every other plugged-in panel, titled by the panel; a panel that fails is left out.
        A deferred panel (``window_part`` on its factory) is titled by its key's known title."""
        titles = {
            "calls": self.tr("Calls"),
            "pretreatment": self.tr("Pretreatment"),
            "dashboard": self.tr("Team dashboard"),
        }
        for key, factory in self.desk.panels.items():
            if key in KNOWN_PANELS or key in self.docks:
                continue
            if is_deferred(factory):
                self._add_deferred_dock(
                    key, titles.get(key, key), factory, Qt.DockWidgetArea.RightDockWidgetArea
                )
            else:
                try:
                    widget = factory(self)
                except Exception:
                    log.exception("panel %s could not be built", key)
                    continue
                title = widget.windowTitle() or titles.get(key, key)
                self._add_dock(key, title, widget, Qt.DockWidgetArea.RightDockWidgetArea)
            if key == "calls":  # the shift's calls sit with the tickets and the audit trail
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.docks[key])
                self.tabifyDockWidget(self.docks["tickets"], self.docks[key])
            else:
                self.tabifyDockWidget(self.docks["toolbox"], self.docks[key])

    def _action(self, action_id: str, text: str, slot) -> QAction:
        """A window action under its declared id (agentdesk.services.shortcuts): keys as the agent set them."""
        return self.workbench.action(action_id, text, slot)

    def _build_menus(self) -> None:
        wb = self.workbench
        m = self.menuBar()
        desk_menu = m.addMenu(self.tr("&Desk"))
        desk_menu.addAction(self._action("desk.preferences", self.tr("&Preferences…"), wb.open_preferences))
        desk_menu.addSeparator()
        desk_menu.addAction(self._action("desk.sign_out", self.tr("Sign &out"), self.sign_out_requested.emit))
        desk_menu.addSeparator()
        desk_menu.addAction(self._action("desk.quit", self.tr("&Quit"), self.close))

        cust = m.addMenu(self.tr("&Customer"))
        self.focus_search_action = self._action("customer.find", self.tr("&Find customer"), self.focus_search)
        cust.addAction(self.focus_search_action)
        cust.addAction(self._action("customer.next", self.tr("&Next customer"), lambda: self._step_tab(1)))
        cust.addAction(
            self._action("customer.previous", self.tr("&Previous customer"), lambda: self._step_tab(-1))
        )
        cust.addAction(self._action("customer.refresh", self.tr("&Refresh"), self.refresh_current))
        cust.addAction(
            self._action(
                "customer.close",
                self.tr("&Close customer"),
                lambda: self.close_customer(self.tabs.currentIndex()),
            )
        )

        view = m.addMenu(self.tr("&View"))
        view.addAction(self._action("view.palette", self.tr("Command &palette…"), wb.open_palette))
        view.addAction(self._action("view.shortcuts", self.tr("&Keyboard shortcuts"), wb.toggle_overlay))
        view.addAction(self._action("view.start", self.tr("&Start page"), wb.show_start_page))
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self._action("view.larger", self.tr("&Larger text"), lambda: wb.step_font(1)))
        view.addAction(self._action("view.smaller", self.tr("S&maller text"), lambda: wb.step_font(-1)))
        view.addAction(self._action("view.reset_font", self.tr("&Normal text size"), lambda: wb.step_font(0)))
        view.addAction(self._action("view.theme", self.tr("Light/&dark theme"), wb.toggle_theme))
        view.addSeparator()
        view.addAction(self._action("view.reset_layout", self.tr("&Reset layout"), wb.reset_layout))
        self.view_menu = view

        tools = m.addMenu(self.tr("&Tools"))
        self.tools_menu = tools
        for action in self.desk.extras.get("window_actions", []):  # e.g. the team-lead dashboard
            tools.addAction(action)
            self.addAction(action)
        for key, dock in self.docks.items():
            deferred = self._deferred.get(key)
            if deferred is not None:  # its actions now, its panel when first shown (which attaches it)
                part = getattr(deferred, "window_part", None)
                actions = part(self, lambda k=key: self.panel(k)) if part is not None else []
            else:
                actions = getattr(dock.widget(), "actions_for_window", lambda: [])()
            for action in actions:
                tools.addAction(action)
                self.addAction(action)
            attach = getattr(dock.widget(), "attach", None) if deferred is None else None
            if attach is not None:
                attach(self)

    def menu_before_tools(self, title: str) -> QMenu:
        """A menu of a feature (e.g. Phone) placed before Tools."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.tools_menu.menuAction(), menu)
        return menu

    # -- status -------------------------------------------------------------------------------------
    def show_agent(self) -> None:
        user = self.desk.session.user
        role = self.tr("team lead") if self.desk.session.is_team_lead else self.tr("agent")
        self.agent_label.setText(
            self.tr("Signed in: %1 (%2, %3)")
            .replace("%1", user.display_name)
            .replace("%2", user.username)
            .replace("%3", role)
        )

    def _on_health(self, h) -> None:
        self.health_bar.update_health(
            HealthView(h.system, h.level, h.latency_ms, h.error_rate, h.circuit, h.message)
        )
        down = [system_display_name(s) for s in HEALTH_SYSTEMS if self.health_bar.level_of(s) == "down"]
        self.offline_label.setText(self.tr("Unavailable: %1").replace("%1", ", ".join(down)) if down else "")

    def set_offline(self, offline: bool) -> None:
        self.offline_label.setText(self.tr("Offline — working from local data") if offline else "")

    # -- customers ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def open_number(self, number: str) -> None:
        self.search.setText(number)
        self.start_search(number)

    def start_search(self, text: str) -> None:
        """Latest wins: a new search cancels the one still running."""
        if self._search_task and not self._search_task.done():
            self._search_task.cancel()
        self._search_task = asyncio.ensure_future(self._search(text))

    async def _search(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("Searching for %1…").replace("%1", text))
        try:
            matches = await self.desk.customers.find(text)
        except asyncio.CancelledError:
            raise
        except Unauthorised:
            self.reauth_required.emit()
            return
        except DeskError as exc:
            self.statusBar().showMessage(describe(exc), 10000)
            return
        if not matches:
            self.statusBar().showMessage(self.tr("No customer found for %1").replace("%1", text), 8000)
            return
        self.statusBar().clearMessage()
        match = matches[0] if len(matches) == 1 else await self._choose(matches)
        if match is not None:
            self.open_customer(match)

    async def _choose(self, matches):
        from agentdesk.views.customer.match_chooser import choose_match

        return await choose_match(self, matches)

    def open_customer(self, match) -> CustomerWorkspace:
        from agentdesk.views.customer.customer_workspace import CustomerWorkspace

        for i in range(self.tabs.count()):
            w = self.tabs.widget(i)
            if is_workspace(w) and w.customer_id == match.customer_id:
                self.tabs.setCurrentIndex(i)
                return w
        workspace = CustomerWorkspace(self.desk, match, self)
        self.workbench.workspace_opened(workspace)
        index = self.tabs.addTab(workspace, f"{match.name} {match.number}")
        self.tabs.setCurrentIndex(index)
        self.workspace_opened.emit(workspace)
        workspace.load()
        asyncio.ensure_future(self._remember_recent(match))
        return workspace

    async def _remember_recent(self, match) -> None:
        try:
            await self.desk.recent.add(match.number, match.name, match.customer_id)
            self.search.set_recent([(r.number, r.name) for r in await self.desk.recent.list()])
            self.start_page.set_recent(await self.desk.recent.list())
        except Exception:  # a failing local write must not disturb the call
            log.exception("could not store the recent customer")

    async def load_recent(self) -> None:
        recent = await self.desk.recent.list()
        self.search.set_recent([(r.number, r.name) for r in recent])
        self.start_page.set_recent(recent)

    def close_customer(self, index: int) -> None:
        w = self.tabs.widget(index)
        if is_workspace(w):
            self.tabs.removeTab(index)
            w.dispose()
            w.deleteLater()

    def refresh_current(self) -> None:
        w = self.tabs.currentWidget()
        if is_workspace(w):
            w.load()

    def current_customer(self):
        """The match of the customer in the current tab (``customer_id``, ``name``, ``number``), or None."""
        w = self.tabs.currentWidget()
        return w.match if is_workspace(w) else None

    def customer_workspaces(self) -> list[CustomerWorkspace]:
        return [w for i in range(self.tabs.count()) if is_workspace(w := self.tabs.widget(i))]

    # -- layout persistence -------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.desk.settings.get(WINDOW_GEOMETRY)
        state = self.desk.settings.get(WINDOW_STATE)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if state:
            self.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        self.desk.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.desk.settings.set(WINDOW_STATE, bytes(self.saveState().data()))

    def reset_layout(self) -> None:
        """Docks and toolbars as they came (the workbench also puts the customer-view tabs back)."""
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.setVisible(True)

    def ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Save the layout and stop this window's work; the app closes the services after the loop."""
        self.save_layout()
        self.workbench.close()
        if self._search_task and not self._search_task.done():
            self._search_task.cancel()
        for w in self.customer_workspaces():
            w.dispose()
        event.accept()
        self.closed.emit()
