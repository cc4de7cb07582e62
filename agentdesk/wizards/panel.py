"""The pretreatment dock panel: start a flow for the customer in view (Tools menu, Ctrl+Shift+P), the
flows the customer view's discrepancies suggest, unavailable flow files, and this customer's runs."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from agentdesk.services.errors import DeskError
from agentdesk.wizards import open_flow_wizard
from agentdesk.wizards.runs_model import RunsModel
from agentdesk.wizards.wording import flow_language

log = logging.getLogger(__name__)


def findings_of(workspace: Any) -> list[Any]:
    """The discrepancies the customer view found in its loaded tabs (none while it loads)."""
    out: list[Any] = []
    for page in getattr(workspace, "tab_pages", {}).values():
        data = getattr(page, "data", None)
        try:
            out.extend(getattr(data, "findings", ()) or ())
        except Exception:  # a tab's data that cannot list its findings suggests nothing
            log.debug("no findings from %s", page, exc_info=True)
    return out


def suggest_for_workspace(service: Any, workspace: Any) -> list[str]:
    """The flows the customer view's discrepancies call for (CRM active + HLR barred -> barred-after-payment)."""
    return service.suggest(findings_of(workspace))


class PretreatmentPanel(QWidget):
    def __init__(self, service: Any, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("pretreatment-panel")
        self.service = service
        self.window_ = window
        self.lang = flow_language()
        self.wizards: list[Any] = []
        self._task: asyncio.Task | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("pretreatment-suggestion")
        self.suggestion.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start a flow…"), self)
        self.start_button.setObjectName("pretreatment-start")
        self.start_button.clicked.connect(lambda: self.open_wizard())
        self.unavailable = QLabel(self)
        self.unavailable.setObjectName("pretreatment-unavailable")
        self.unavailable.setWordWrap(True)
        self.model = RunsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("pretreatment-runs")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.start_button)
        layout.addWidget(self.unavailable)
        layout.addWidget(QLabel(self.tr("Runs for this customer:"), self))
        layout.addWidget(self.table, 1)
        self.action = QAction(self.tr("&Pretreatment flow…"), self)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda: self.open_wizard())
        self._show_catalog()
        self.customer_changed(None)

    # -- window integration --------------------------------------------------------------------------------
    def actions_for_window(self) -> list[QAction]:
        return [self.action]

    def attach(self, window: Any) -> None:
        self.window_ = window
        window.current_customer_changed.connect(self.customer_changed)
        # an article's "start this flow" is connected by the feature (agentdesk.features.pretreatment)
        self.customer_changed(window.current_customer())

    def _workspace(self) -> Any:
        tabs = getattr(self.window_, "tabs", None)
        return tabs.currentWidget() if tabs is not None else None

    def customer_changed(self, match: Any) -> None:
        self.match = match
        if match is None:
            self.heading.setText(self.tr("Open a customer to run a pretreatment flow for them."))
        else:
            self.heading.setText(
                self.tr("Customer: %1 (%2)").replace("%1", match.name).replace("%2", match.number)
            )
        workspace = self._workspace()
        loaded = getattr(workspace, "tabs_loaded", None)
        if loaded is not None:
            try:
                loaded.connect(self._show_suggestions, Qt.ConnectionType.UniqueConnection)
            except (RuntimeError, TypeError):  # already connected
                pass
        self._show_suggestions()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = asyncio.ensure_future(self.refresh_runs())

    # -- content -----------------------------------------------------------------------------------------------
    def suggested(self) -> list[str]:
        workspace = self._workspace()
        return suggest_for_workspace(self.service, workspace) if workspace is not None else []

    def _show_suggestions(self) -> None:
        flows = self.service.catalog().flows
        names = [flows[f].title.get(self.lang) for f in self.suggested() if f in flows]
        self.suggestion.setText(self.tr("Suggested: %1").replace("%1", "; ".join(names)) if names else "")
        self.suggestion.setVisible(bool(names))

    def _show_catalog(self) -> None:
        broken = self.service.catalog().unavailable
        if broken:
            self.unavailable.setText(
                self.tr("Unavailable flows: %1").replace("%1", ", ".join(u.flow_id or u.file for u in broken))
            )
            self.unavailable.setToolTip("\n".join(str(p) for u in broken for p in u.problems))
        self.unavailable.setVisible(bool(broken))

    async def refresh_runs(self) -> None:
        match = self.match
        if match is None:
            self.model.set_runs([], {})
            return
        try:
            runs = await self.service.recent_runs(match.customer_id, limit=20)
        except (DeskError, RuntimeError) as exc:  # the local database is closing: nothing to show
            log.info("runs not shown: %s", exc)
            return
        if match is self.match:  # latest wins: the agent may have moved to another customer
            titles = {f.id: f.title.get(self.lang) for f in self.service.catalog().flows.values()}
            self.model.set_runs(runs, titles)

    def start_flow(self, flow_id: str) -> Any:
        """The command palette's entry: the wizard with this flow chosen for the customer in view."""
        return self.open_wizard(flow_id)

    def open_wizard(self, flow_id: str | None = None, *, autostart: bool = False) -> Any:
        """The wizard for the customer in view (its suggested flows first)."""
        match = self.window_.current_customer() if self.window_ is not None else self.match
        wizard = open_flow_wizard(
            self.window_ if isinstance(self.window_, QWidget) else self, self.service, customer=match,
            flow_id=flow_id or next(iter(self.suggested()), None), suggested=self.suggested(), autostart=autostart,
        )  # fmt: skip
        wizard.run_finished.connect(lambda _r: asyncio.ensure_future(self.refresh_runs()))
        self.wizards = [w for w in self.wizards if _alive(w)] + [wizard]
        return wizard


def _alive(widget: Any) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
