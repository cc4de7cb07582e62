"""The one wizard runner: renders any pretreatment flow step by step while the engine runs it.

The wizard takes the agent's part for the engine (it is the run's driver): each question, confirmation
or failure becomes a page, and the engine waits until the agent answers on it. The window is never
modal and never runs a nested event loop; closing it cancels the run (the engine keeps its record as
cancelled; nothing unconfirmed is ever written).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.services.errors import DeskError
from agentdesk.services.pretreatment.runs import (
    BACK,
    ActionPreview,
    AskPrompt,
    RunResult,
    StepFailure,
    StepRecord,
    StepView,
)
from agentdesk.views.error_text import describe
from agentdesk.views.widgets.health_indicator import system_display_name
from agentdesk.wizards.pages.ask_page import AskPage
from agentdesk.wizards.pages.confirm_page import ConfirmPage
from agentdesk.wizards.pages.failure_page import FailurePage
from agentdesk.wizards.pages.outcome_page import OutcomePage
from agentdesk.wizards.pages.start_page import StartPage
from agentdesk.wizards.pages.working_page import WorkingPage
from agentdesk.wizards.progress import StepProgress
from agentdesk.wizards.wording import flow_language

log = logging.getLogger(__name__)


class FlowWizard(QDialog):
    run_finished = Signal(object)  # the RunResult, once the flow reached an end (or stopped)

    def __init__(
        self, service: Any, parent: QWidget | None = None, *, customer: Any = None, lang: str | None = None
    ):
        super().__init__(parent)
        self.setObjectName("flow-wizard")
        self.setWindowTitle(self.tr("Pretreatment"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.resize(980, 640)
        self.service = service
        self.customer = customer
        self.lang = lang or flow_language()
        self.result: RunResult | None = None
        self._task: asyncio.Task | None = None
        self._answer: asyncio.Future | None = None
        self._asks: list[str] = []

        self.header = QLabel(self)
        self.header.setObjectName("wizard-header")
        self.header.setWordWrap(True)
        self.progress = StepProgress(self.lang, self)
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.stack)
        self.working_page = WorkingPage(self.stack)
        self.confirm_page = ConfirmPage(self.stack)
        self.ask_page = AskPage(self.stack)
        self.failure_page = FailurePage(self.stack)
        self.outcome_page = OutcomePage(self.stack)
        for page in (self.start_page, self.working_page, self.confirm_page, self.ask_page, self.failure_page,
                     self.outcome_page):  # fmt: skip
            self.stack.addWidget(page)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.progress)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("wizard-cancel")
        self.cancel_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

        self.start_page.start_requested.connect(self.start)
        self.confirm_page.answered.connect(self._resolve)
        self.ask_page.answered.connect(self._resolve)
        self.failure_page.answered.connect(self._resolve)
        self.outcome_page.close_requested.connect(self.close)
        self._show_customer()

    # -- before the run ------------------------------------------------------------------------------------
    def _show_customer(self, flow_title: str = "", number: str = "") -> None:
        who = ""
        if self.customer is not None:
            who = f"{self.customer.name} ({self.customer.customer_id})"
        parts = [p for p in (flow_title, who, number) if p]
        self.header.setText(f"<b>{' — '.join(parts)}</b>" if parts else self.tr("Choose a flow and a number"))

    def prepare(
        self, *, suggested: list[str] | None = None, flow_id: str | None = None, number: str = ""
    ) -> None:
        """Fill the start page: the catalogue (suggested flows first), the customer's numbers, a preselection."""
        self.start_page.set_catalog(self.service.catalog(), list(suggested or []), self.lang)
        current = number or (self.customer.number if self.customer is not None else "")
        self.start_page.set_numbers([], current)
        if flow_id:
            self.start_page.select_flow(flow_id)
        self.stack.setCurrentWidget(self.start_page)

    async def load_numbers(self) -> None:
        """The customer's numbers for the number picker (the one the agent searched stays chosen)."""
        if self.customer is None:
            return
        try:
            numbers = await self.service.numbers_of(self.customer.customer_id)
        except DeskError as exc:
            self.start_page.show_error(describe(exc))
            return
        chosen = self.start_page.current_number() or self.customer.number
        flow = self.start_page.current_flow()
        self.start_page.set_numbers([(n.number, n.service_type, n.status) for n in numbers], chosen)
        if flow:
            self.start_page.select_flow(flow)

    # -- the run -----------------------------------------------------------------------------------------------
    def start(self, flow_id: str, number: str) -> asyncio.Task:
        if self._task is not None and not self._task.done():
            return self._task
        self._task = asyncio.ensure_future(self._run(flow_id, number))
        return self._task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _run(self, flow_id: str, number: str) -> None:
        flow = self.service.catalog().get(flow_id)
        self._show_customer(flow.title.get(self.lang) if flow else flow_id, number)
        self.start_page.show_error("")
        self.working_page.show_step(self.tr("Looking up the subscriber"))
        self.stack.setCurrentWidget(self.working_page)
        try:
            result = await self.service.run(flow_id, number, self)
        except asyncio.CancelledError:
            raise
        except DeskError as exc:
            self.start_page.show_error(describe(exc))
            self.stack.setCurrentWidget(self.start_page)
            return
        self.result = result
        self.progress.ended(result.end_step)
        self.outcome_page.show_result(result, self.lang)
        self.stack.setCurrentWidget(self.outcome_page)
        self.cancel_button.hide()
        self.run_finished.emit(result)

    def _wait(self) -> asyncio.Future:
        self._answer = asyncio.get_running_loop().create_future()
        return self._answer

    def _resolve(self, value: object) -> None:
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(value)

    # -- the driver: what the engine asks of the agent --------------------------------------------------------
    async def step_started(self, view: StepView) -> None:
        self.progress.started(view)
        if view.kind in ("query", "end"):
            self.working_page.show_step(view.title.get(self.lang))
            self.stack.setCurrentWidget(self.working_page)

    async def step_finished(self, record: StepRecord) -> None:
        self.progress.finished(record)

    async def confirm(self, preview: ActionPreview) -> bool:
        self.confirm_page.show_preview(preview, self.lang, system_display_name(preview.system))
        self.stack.setCurrentWidget(self.confirm_page)
        answer = bool(await self._wait())
        if answer:
            self.working_page.show_step(preview.title.get(self.lang), doing=True)
            self.stack.setCurrentWidget(self.working_page)
        return answer

    async def ask(self, prompt: AskPrompt) -> str:
        self.ask_page.show_prompt(prompt, self.lang)
        self.stack.setCurrentWidget(self.ask_page)
        answer = str(await self._wait())
        if answer == BACK and self._asks:
            self.progress.went_back(self._asks.pop())
        else:
            self._asks.append(prompt.step_id)
        self.stack.setCurrentWidget(self.working_page)
        return answer

    async def failed(self, failure: StepFailure) -> str:
        self.failure_page.show_failure(failure, self.lang)
        self.stack.setCurrentWidget(self.failure_page)
        answer = str(await self._wait())
        self.stack.setCurrentWidget(self.working_page)
        return answer

    # -- closing -------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Closing mid-way cancels the run: nothing unconfirmed is written, the record says cancelled."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        event.accept()
        super().closeEvent(event)
