"""The one engine that runs any flow: headless, async, cancellable, recording every step.

The engine walks the flow's graph: a query adds facts, a check picks a branch by a fact, an action
asks the driver to confirm and then writes (one idempotency key per confirmed action, reused when the
agent retries it), an ask hands a question to the driver, an end closes the run (a dispatch end
sends a ticket carrying the evidence). Who answers — the wizard, the command line, a test — is the
driver's business (see ``runs.RunDriver``).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from agentdesk.connectors.base import new_idempotency_key
from agentdesk.connectors.errors import ConnectorError
from agentdesk.domain.ticket_events import KnownEvent
from agentdesk.services.errors import ServiceError
from agentdesk.services.pretreatment.dispatch import TicketDispatcher, build_evidence
from agentdesk.services.pretreatment.facts import branch_value, public_facts, render
from agentdesk.services.pretreatment.loader import event_steps
from agentdesk.services.pretreatment.model import (
    EVENT_END_STEP,
    EVENT_REGISTER_STEP,
    FlowDefinition,
    Step,
    Text,
)
from agentdesk.services.pretreatment.queries import event_facts
from agentdesk.services.pretreatment.registry import AuditFn, RunContext, RunSubject
from agentdesk.services.pretreatment.runs import (
    ABORTED,
    BACK,
    CANCELLED,
    HELD_FOR_EVENT,
    RETRY,
    SKIP,
    ActionPreview,
    AskPrompt,
    RunDriver,
    RunResult,
    StepFailure,
    StepRecord,
    StepView,
    utcnow,
)
from agentdesk.services.pretreatment.vocabulary import Vocabulary, standard_vocabulary
from agentdesk.services.tickets.known_events import KnownEventTicket

log = logging.getLogger(__name__)

MAX_STEPS = 200  # a run that takes more steps than this is looping: stop it


class FlowNotApplicable(ServiceError):
    """The flow is not for this kind of number (e.g. a broadband flow on a mobile number)."""


class FlowLooping(ServiceError):
    """The run took more steps than any flow needs; it was stopped."""


def new_run_id() -> str:
    return f"PR-{uuid.uuid4().hex[:20]}"


@dataclass
class _Checkpoint:
    """Where an ask was put: going back restores the facts and trail of that moment."""

    step_id: str
    trail_len: int
    facts: dict[str, Any]
    writes: int


class FlowEngine:
    def __init__(
        self,
        backoffice: Any,
        *,
        vocabulary: Vocabulary | None = None,
        audit: AuditFn | None = None,
        dispatcher: TicketDispatcher | None = None,
        events: Callable[[], Any] | None = None,
        on_finished: Callable[[RunResult], Awaitable[None]] | None = None,
    ) -> None:
        self.backoffice = backoffice
        self.vocabulary = vocabulary or standard_vocabulary()
        self.audit = audit
        self.dispatcher = dispatcher
        self.events = events
        self.on_finished = on_finished

    async def subject(self, number: str) -> RunSubject:
        """The subscriber as CRM knows it, with the customer's name (NotFound for an unknown number)."""
        crm = self.backoffice.crm
        sub = await crm.subscriber_by_number(number)
        customer = await crm.customer(sub.customer_id)
        return RunSubject(
            number=sub.number,
            service_type=sub.service_type,
            customer_id=sub.customer_id,
            customer_name=customer.name,
            subscriber_id=sub.id,
            account_id=sub.account_id,
            contract_no=sub.contract_no or "",
            crm_status=sub.status,
        )

    async def run(
        self,
        flow: FlowDefinition,
        number: str,
        driver: RunDriver,
        *,
        agent: str,
        run_id: str | None = None,
        subject: RunSubject | None = None,
    ) -> RunResult:
        subject = subject or await self.subject(number)
        if not flow.applies_to(subject.service_type):
            raise FlowNotApplicable(
                f"flow {flow.id} is for {', '.join(flow.service_types)}, not a {subject.service_type} number"
            )
        events = self.events() if self.events is not None else None
        ctx = RunContext(self.backoffice, subject, subject.facts(), agent, self.audit, events)
        result = RunResult(
            run_id=run_id or new_run_id(), flow_id=flow.id, flow_version=flow.version, title=flow.title,
            number=subject.number, customer_id=subject.customer_id, customer_name=subject.customer_name,
            agent=agent, started_at=utcnow(),
        )  # fmt: skip
        t0 = time.perf_counter()
        try:
            await self._walk(flow, ctx, driver, result)
        except asyncio.CancelledError:
            result.outcome = CANCELLED
            raise
        except FlowLooping as exc:
            result.outcome, result.error = ABORTED, exc.message
        finally:
            result.ended_at = utcnow()
            result.duration_ms = int((time.perf_counter() - t0) * 1000)
            result.facts = public_facts(ctx.facts, self.vocabulary.facts)
            if self.on_finished is not None:
                try:
                    await asyncio.shield(self.on_finished(result))
                except asyncio.CancelledError:
                    pass
                except Exception:  # the run happened; keeping its record must not turn it into a crash
                    log.exception("could not record flow run %s", result.run_id)
        return result

    # -- the walk ---------------------------------------------------------------------------------------
    async def _walk(
        self, flow: FlowDefinition, ctx: RunContext, driver: RunDriver, result: RunResult
    ) -> None:
        current: str | None = flow.start
        checkpoints: list[_Checkpoint] = []
        taken = 0
        while current is not None:
            taken += 1
            if taken > MAX_STEPS:
                raise FlowLooping(f"stopped after {MAX_STEPS} steps: the flow keeps going round")
            step = flow.step(current)
            await driver.step_started(StepView(step.id, step.kind, step.title, len(result.steps) + 1))
            if step.kind == "end":
                current = await self._end(flow, step, ctx, driver, result)
                if current is None:
                    return
                continue
            record = StepRecord(step.id, step.kind, step.title, utcnow())
            t0 = time.perf_counter()
            if step.kind == "query":
                await self._query(step, ctx, driver, record)
            elif step.kind == "check":
                self._check(step, ctx, record)
            elif step.kind == "action":
                await self._action(step, ctx, driver, record)
            elif step.kind == "ask":
                back = await self._ask(step, ctx, driver, record, checkpoints, result)
                if back is not None:
                    current = back
                    continue
            record.ms = (time.perf_counter() - t0) * 1000
            result.steps.append(record)
            await driver.step_finished(record)
            if record.next is None:
                result.outcome = ABORTED
                result.error = record.error or f"step {step.id} has no way on"
                return
            current = record.next

    def _facts(self, facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        return public_facts(facts, self.vocabulary.facts), dict(facts)

    def _render(self, text: Text | None, ctx: RunContext, *, reveal: bool = False) -> Text | None:
        if text is None:
            return None
        secrets = self.vocabulary.secrets
        return Text(
            render(text.en, ctx.facts, "en", secrets=secrets, reveal=reveal),
            render(text.zh, ctx.facts, "zh", secrets=secrets, reveal=reveal),
        )

    async def _attempts(
        self, step: Step, ctx: RunContext, driver: RunDriver, record: StepRecord, call, fallback
    ):
        """Run ``call`` until it succeeds or the driver gives up; returns (facts, error)."""
        attempt = 0
        while True:
            attempt += 1
            ctx.writes = []
            try:
                facts = await call()
            except ConnectorError as exc:
                record.writes.extend(ctx.writes)
                failure = StepFailure(step.id, step.kind, step.title, exc, attempt, fallback is not None)
                if await driver.failed(failure) == RETRY:
                    continue
                return None, exc
            record.writes.extend(ctx.writes)
            return facts, None

    async def _query(self, step: Step, ctx: RunContext, driver: RunDriver, record: StepRecord) -> None:
        spec = self.vocabulary.queries[step.query or ""]
        key = new_idempotency_key() if spec.test_system else None  # one per visit, reused on retries
        record.inputs = {n: ctx.facts.get(n) for n in spec.needs}
        facts, error = await self._attempts(
            step, ctx, driver, record, lambda: spec.run(ctx, key), step.on_error
        )
        if error is not None:
            record.outcome, record.error, record.next = "error", str(error), step.on_error
            return
        ctx.facts.update(facts)
        record.facts, record.shown = self._facts(facts)
        record.outcome, record.next = "done", step.next
        record.found = self._render(step.explain, ctx)
        record.found_shown = self._render(step.explain, ctx, reveal=True)

    def _check(self, step: Step, ctx: RunContext, record: StepRecord) -> None:
        value = branch_value(ctx.facts.get(step.fact or ""))
        record.inputs = {step.fact or "": ctx.facts.get(step.fact or "")}
        record.outcome = value
        record.next = step.branches.get(value, step.default)
        if record.next is None:
            record.error = f"{step.fact} = {value!r} has no branch"
        record.found = self._render(step.explain, ctx)
        record.found_shown = self._render(step.explain, ctx, reveal=True)

    async def _action(self, step: Step, ctx: RunContext, driver: RunDriver, record: StepRecord) -> None:
        spec = self.vocabulary.actions[step.action or ""]
        record.inputs = {n: ctx.facts.get(n) for n in spec.needs}
        preview = ActionPreview(
            step.id, step.title, self._render(step.confirm, ctx) or step.title, spec.system, spec.operation,
            ctx.subject.number, ctx.subject.customer_name,
        )  # fmt: skip
        if not await driver.confirm(preview):
            record.outcome, record.next = "declined", step.on_decline
            return
        key = new_idempotency_key()  # this confirmation's key; every retry of it reuses it
        facts, error = await self._attempts(
            step, ctx, driver, record, lambda: spec.run(ctx, key), step.on_failure
        )
        if error is not None:
            record.outcome, record.error, record.next = "failed", str(error), step.on_failure
            return
        ctx.facts.update(facts)
        record.facts, record.shown = self._facts(facts)
        record.outcome, record.next = "done", step.next
        record.found = self._render(step.explain, ctx)
        record.found_shown = self._render(step.explain, ctx, reveal=True)

    async def _ask(
        self,
        step: Step,
        ctx: RunContext,
        driver: RunDriver,
        record: StepRecord,
        checkpoints: list[_Checkpoint],
        result: RunResult,
    ) -> str | None:
        """Put the question; returns the step to go back to when the agent went back, else None."""
        writes = len(result.writes)
        here = _Checkpoint(step.id, len(result.steps), dict(ctx.facts), writes)
        previous = checkpoints[-1] if checkpoints else None
        can_back = previous is not None and previous.writes == writes  # nothing written since: safe
        prompt = AskPrompt(
            step.id, step.title, self._render(step.question, ctx, reveal=True) or step.title,
            self._render(step.explain, ctx, reveal=True),
            tuple((c.id, self._render(c.text, ctx, reveal=True) or c.text) for c in step.choices),
            can_back, step.skip is not None,
        )  # fmt: skip
        answer = await driver.ask(prompt)
        if answer == BACK and can_back and previous is not None:
            checkpoints.pop()
            del result.steps[previous.trail_len :]
            ctx.facts.clear()
            ctx.facts.update(previous.facts)
            return previous.step_id
        checkpoints.append(here)
        if answer == SKIP and step.skip:
            record.outcome, record.next = "skipped", step.skip
            return None
        choice = next((c for c in step.choices if c.id == answer), None)
        if choice is None:
            raise ValueError(f"{answer!r} is not a choice of step {step.id}")
        ctx.facts[f"answer.{step.id}"] = choice.id
        record.outcome, record.next, record.answer = choice.id, choice.next, choice.text
        return None

    async def _end(
        self, flow: FlowDefinition, step: Step, ctx: RunContext, driver: RunDriver, result: RunResult
    ) -> str | None:
        """Close the run at ``step``; returns the step to go on with when a dispatch was held for a known
        service event (the flow's known-event steps), else None."""
        result.end_step = step.id
        if step.outcome == "dispatch":
            known = await self._dispatch(flow, step, ctx, driver, result)
            if known is not None:
                return await self._held_for_event(flow, step, ctx, driver, result, known)
        result.outcome = step.outcome or ABORTED
        result.script = self._render(step.script, ctx, reveal=True)
        result.stored_script = self._render(step.script, ctx)

    async def _dispatch(
        self, flow: FlowDefinition, step: Step, ctx: RunContext, driver: RunDriver, result: RunResult
    ) -> KnownEvent | None:
        """Send the run's ticket; returns the known event when the ticket desk held it back for one."""
        summary = render(step.summary or "", ctx.facts, "zh", secrets=self.vocabulary.secrets, reveal=False)
        evidence = build_evidence(flow, result, public_facts(ctx.facts, self.vocabulary.facts))
        if self.dispatcher is None:
            result.dispatch_error = "no ticket system is available to this desk"
            return
        attempt = 0
        while True:
            attempt += 1
            try:
                sent = await self.dispatcher.dispatch(
                    run_id=result.run_id, ticket_type=step.ticket_type or "complaint",
                    category=step.category or flow.category, summary=summary, evidence=evidence,
                    customer_id=ctx.subject.customer_id, number=ctx.subject.number,
                    customer_name=ctx.subject.customer_name, severity=step.severity, agent=ctx.agent,
                )  # fmt: skip
            except KnownEventTicket as held:  # asking again changes nothing while the event lasts
                return held.known
            except ConnectorError as exc:
                failure = StepFailure(step.id, "end", step.title, exc, attempt, False)
                if await driver.failed(failure) == RETRY:
                    continue
                result.dispatch_error = str(exc)
                return
            break
        result.ticket_id = sent.ticket_id or sent.reference
        result.ticket_system = sent.ticket_system
        result.dispatch_waiting = sent.waiting
        ctx.facts["ticket.id"] = result.ticket_id
        ctx.facts["ticket.system"] = sent.ticket_system

    async def _held_for_event(
        self,
        flow: FlowDefinition,
        step: Step,
        ctx: RunContext,
        driver: RunDriver,
        result: RunResult,
        known: KnownEvent,
    ) -> str | None:
        """The flow reached ``step`` (a dispatch end) but its fault ticket was not sent: an active event
        already explains the fault (issue 13). The dispatch is recorded as held for that event, and the run
        ends as every known-event run does: the call counted against the event (if the agent agrees) and
        the event's script read to the customer. No ticket, and the run is not reported as a dispatch."""
        facts = event_facts(known.event)
        ctx.facts.update(facts)
        record = StepRecord(step.id, step.kind, step.title, utcnow(), outcome=HELD_FOR_EVENT)
        record.inputs = {"ticket_type": step.ticket_type, "category": step.category or flow.category}
        record.facts, record.shown = self._facts(facts)
        record.found = record.found_shown = self._render(HELD_TEXT, ctx)
        follow = EVENT_REGISTER_STEP if EVENT_REGISTER_STEP in flow.steps else None
        record.next = follow or EVENT_END_STEP
        result.steps.append(record)
        await driver.step_finished(record)
        result.held_for_event, result.held_step, result.end_step = known.event_id, step.id, None
        if follow is not None:
            return follow
        end = event_steps(flow.start)[EVENT_END_STEP]  # a flow without the known-event steps: their end
        result.end_step, result.outcome = end.id, end.outcome or ABORTED
        result.script = self._render(end.script, ctx, reveal=True)
        result.stored_script = self._render(end.script, ctx)
        return None


HELD_TEXT = Text(
    "No ticket was sent: {subject.number} is inside the known event {events.title} ({events.kind|label}, since "
    "{events.since}, expected back by {events.expected_end}); the back office already works on it.",
    "未派单：{subject.number}在已知事件“{events.title}”（{events.kind|label}，自{events.since}起，"
    "预计{events.expected_end}恢复）影响范围内，后台已在处理。",
)
