"""What a flow run shows and records: the prompts it hands to whoever drives it (a wizard, the command
line, a test) and the record of every step taken, which is stored locally and reported to the back end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from agentdesk.services.pretreatment.model import OUTCOMES, Text
from agentdesk.services.pretreatment.registry import WriteRecord

BACK = "__back__"  # an ask answered "go back to the previous question"
SKIP = "__skip__"  # an ask skipped where the flow allows it
RETRY = "retry"
GIVE_UP = "give_up"

ABORTED = "aborted"  # a look-up failed and the agent gave up: no end state, not reported
CANCELLED = "cancelled"  # the agent closed the wizard mid-way
#: a dispatch end's step outcome when the ticket desk refused its fault ticket because an active service
#: event already explains the fault (issue 13): no ticket; the run goes on to the known-event end
HELD_FOR_EVENT = "held_for_event"


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class StepView:
    """A step that is starting: enough to show progress."""

    step_id: str
    kind: str
    title: Text
    position: int  # 1-based, in the order steps are taken


@dataclass(frozen=True)
class ActionPreview:
    """What an action will change, for the agent to confirm; names the customer and the number."""

    step_id: str
    title: Text
    confirm: Text
    system: str
    operation: str
    number: str
    customer_name: str


@dataclass(frozen=True)
class AskPrompt:
    step_id: str
    title: Text
    question: Text
    explain: Text | None
    choices: tuple[tuple[str, Text], ...]
    can_back: bool
    can_skip: bool


@dataclass(frozen=True)
class StepFailure:
    """A back-office call of a step failed; the driver answers RETRY or GIVE_UP."""

    step_id: str
    kind: str
    title: Text
    error: Exception
    attempt: int
    has_fallback: bool  # giving up follows the flow's failure branch (else the run stops)


@dataclass
class StepRecord:
    """One step as it was taken: its inputs, the facts it found, its writes, its outcome and timing."""

    step_id: str
    kind: str
    title: Text
    started_at: datetime
    ms: float = 0.0
    outcome: str = ""
    next: str | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)  # public: secrets masked
    shown: dict[str, Any] = field(default_factory=dict)  # secrets revealed, for the screen only
    found: Text | None = None  # the step's explanation with the facts filled in (secrets masked)
    found_shown: Text | None = None  # the same for the screen, secrets revealed
    writes: list[WriteRecord] = field(default_factory=list)
    answer: Text | None = None
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "step": self.step_id,
            "kind": self.kind,
            "title": self.title.en,
            "startedAt": self.started_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "ms": round(self.ms, 1),
            "outcome": self.outcome,
            "next": self.next,
        }
        if self.inputs:
            out["inputs"] = self.inputs
        if self.facts:
            out["facts"] = self.facts
        if self.found is not None:
            out["found"] = self.found.en
        if self.writes:
            out["writes"] = [w.as_json() for w in self.writes]
        if self.answer is not None:
            out["answer"] = self.answer.en
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class RunResult:
    run_id: str
    flow_id: str
    flow_version: int
    title: Text
    number: str
    customer_id: str
    customer_name: str
    agent: str
    started_at: datetime
    ended_at: datetime | None = None
    duration_ms: int = 0
    outcome: str = ""
    end_step: str | None = None
    script: Text | None = None  # for the screen (a new password shown, if the flow read it out)
    stored_script: Text | None = None  # secrets masked
    ticket_id: str = ""
    ticket_system: str = ""
    dispatch_waiting: bool = False
    dispatch_error: str = ""
    held_for_event: str = ""  # the event whose fault ticket the ticket desk held back (no ticket was sent)
    held_step: str = ""  # the dispatch end the flow reached before that
    steps: list[StepRecord] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # public
    error: str = ""

    @property
    def ended(self) -> bool:
        """The flow reached one of its end states (the only runs reported to the back end)."""
        return self.outcome in OUTCOMES

    @property
    def writes(self) -> list[WriteRecord]:
        return [w for s in self.steps for w in s.writes]

    def as_json(self) -> dict[str, Any]:
        """The run as the command line prints it and the back end receives its steps."""
        return {
            "runId": self.run_id,
            "flowId": self.flow_id,
            "flowVersion": self.flow_version,
            "number": self.number,
            "customerId": self.customer_id,
            "agent": self.agent,
            "startedAt": self.started_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "durationMs": self.duration_ms,
            "outcome": self.outcome,
            "endStep": self.end_step,
            "ticket": self.ticket_id or None,
            "ticketSystem": self.ticket_system or None,
            "dispatchWaiting": self.dispatch_waiting,
            "dispatchError": self.dispatch_error or None,
            "heldForEvent": self.held_for_event or None,
            "heldStep": self.held_step or None,
            "script": self.stored_script.en if self.stored_script else None,
            "scriptZh": self.stored_script.zh if self.stored_script else None,
            "steps": [s.as_json() for s in self.steps],
            "writes": [w.as_json() for w in self.writes],
            "error": self.error or None,
        }


class RunDriver(Protocol):
    """Whoever takes the agent's part: the wizard, the command line, or a test."""

    async def step_started(self, view: StepView) -> None: ...

    async def step_finished(self, record: StepRecord) -> None: ...

    async def confirm(self, preview: ActionPreview) -> bool: ...

    async def ask(self, prompt: AskPrompt) -> str: ...

    async def failed(self, failure: StepFailure) -> str: ...


class AutoDriver:
    """Answers "yes" to every confirmation, takes the first choice at every ask, gives up on failures
    (after the connectors' own retries): the command line's ``--auto`` and the headless tests."""

    def __init__(self, answers: dict[str, str] | None = None, confirm: bool = True) -> None:
        self.answers = dict(answers or {})  # step id -> choice id, where a test wants another path
        self.confirm_actions = confirm
        self.started: list[str] = []
        self.confirmed: list[ActionPreview] = []
        self.asked: list[AskPrompt] = []

    async def step_started(self, view: StepView) -> None:
        self.started.append(view.step_id)

    async def step_finished(self, record: StepRecord) -> None:
        return None

    async def confirm(self, preview: ActionPreview) -> bool:
        self.confirmed.append(preview)
        return self.confirm_actions

    async def ask(self, prompt: AskPrompt) -> str:
        self.asked.append(prompt)
        return self.answers.get(prompt.step_id, prompt.choices[0][0])

    async def failed(self, failure: StepFailure) -> str:
        return GIVE_UP
