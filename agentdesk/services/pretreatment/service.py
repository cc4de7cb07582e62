"""Pretreatment as the desk uses it: which flows there are (and which are broken), which one a
customer's discrepancies call for, running one for a number, and the history of runs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentdesk.domain.pretreatment_checks import suggest_flows
from agentdesk.services.errors import ServiceError
from agentdesk.services.pretreatment.dispatch import DirectTicketDispatcher, FallbackDispatcher
from agentdesk.services.pretreatment.engine import FlowEngine
from agentdesk.services.pretreatment.events_source import EventsSource
from agentdesk.services.pretreatment.loader import load_catalog
from agentdesk.services.pretreatment.model import FlowCatalog, FlowDefinition
from agentdesk.services.pretreatment.records import RunRecorder, RunStore, StoredRun
from agentdesk.services.pretreatment.registry import RunSubject
from agentdesk.services.pretreatment.runs import RunDriver, RunResult
from agentdesk.services.pretreatment.vocabulary import Vocabulary, standard_vocabulary

log = logging.getLogger(__name__)


class FlowUnavailable(ServiceError):
    """The flow does not exist or its file is broken (the catalogue says why)."""


@dataclass(frozen=True)
class NumberChoice:
    """A number of the customer a flow can run on."""

    number: str
    service_type: str
    status: str


class PretreatmentService:
    def __init__(
        self,
        backoffice: Any,
        database: Any,
        *,
        agent: Callable[[], str | None],
        audit: Any = None,
        flows_dir: Path | None = None,
        ticket_desk: Callable[[], Any] | None = None,
        events: Callable[[], Any] | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.backoffice = backoffice
        self.vocabulary = vocabulary or standard_vocabulary()
        self._flows_dir = flows_dir
        self._catalog: FlowCatalog | None = None
        self._agent = agent
        tickets = getattr(backoffice, "tickets", None)
        audit_fn = getattr(audit, "record", None)
        self.store = RunStore(database)
        self.events_source = EventsSource(backoffice)
        self.recorder = RunRecorder(self.store, tickets, agent, audit_fn)
        direct = DirectTicketDispatcher(tickets, audit_fn) if tickets is not None else None
        self.engine = FlowEngine(
            backoffice,
            vocabulary=self.vocabulary,
            audit=audit_fn,
            dispatcher=FallbackDispatcher(ticket_desk, direct) if direct is not None else None,
            events=events or (lambda: self.events_source),
            on_finished=self._finished,
        )
        self._listeners: list[Callable[[RunResult], None]] = []

    def add_listener(self, listener: Callable[[RunResult], None]) -> None:
        """``listener(result)`` after every run is stored (e.g. the call's wrap-up links ended runs)."""
        self._listeners.append(listener)

    async def _finished(self, result: RunResult) -> None:
        await self.recorder.finish(result)
        for listener in list(self._listeners):
            try:
                listener(result)
            except Exception:
                log.exception("flow run listener failed")

    # -- the catalogue ----------------------------------------------------------------------------------
    def catalog(self, *, reload: bool = False) -> FlowCatalog:
        if self._catalog is None or reload:
            self._catalog = load_catalog(self._flows_dir, self.vocabulary)
        return self._catalog

    def flow(self, flow_id: str) -> FlowDefinition:
        flow = self.catalog().get(flow_id)
        if flow is None:
            broken = next((u for u in self.catalog().unavailable if u.flow_id == flow_id), None)
            why = f": {broken.problems[0]}" if broken else ""
            raise FlowUnavailable(f"flow {flow_id} is not available{why}")
        return flow

    def flows_for(self, service_type: str | None = None) -> list[FlowDefinition]:
        return [
            f for f in self.catalog().flows.values() if service_type is None or f.applies_to(service_type)
        ]

    def suggest(self, findings: Iterable[Any]) -> list[str]:
        """The available flows the customer view's discrepancies call for, most pressing first."""
        available = self.catalog().flows
        return [f for f in suggest_flows(findings) if f in available]

    # -- customers and numbers ----------------------------------------------------------------------------
    async def subject(self, number: str) -> RunSubject:
        return await self.engine.subject(number)

    async def numbers_of(self, customer_id: str) -> list[NumberChoice]:
        page = await self.backoffice.crm.subscribers(customer_id)
        subs = sorted(
            page.items, key=lambda s: (s.status == "terminated", s.service_type != "mobile", s.number)
        )
        return [NumberChoice(s.number, s.service_type, s.status) for s in subs]

    # -- running ------------------------------------------------------------------------------------------
    async def run(
        self, flow_id: str, number: str, driver: RunDriver, *, subject: RunSubject | None = None
    ) -> RunResult:
        """Run a flow for ``number`` with ``driver`` taking the agent's part; the record is kept."""
        agent = self._agent()
        if not agent:
            raise ServiceError("sign in before running a flow")
        flow = self.flow(flow_id)
        self.recorder._spawn(self._report_pending_quietly())
        return await self.engine.run(flow, number, driver, agent=agent, subject=subject)

    async def _report_pending_quietly(self) -> None:
        try:
            await self.recorder.report_pending()
        except Exception:
            log.exception("reporting earlier flow runs failed")

    async def recent_runs(self, customer_id: str | None = None, limit: int = 50) -> list[StoredRun]:
        return await self.store.recent(customer_id=customer_id, agent=self._agent(), limit=limit)

    async def flush_reports(self, timeout: float = 30.0) -> None:
        await self.recorder.flush(timeout)

    async def aclose(self) -> None:
        await self.recorder.aclose()
        await self.events_source.aclose()
