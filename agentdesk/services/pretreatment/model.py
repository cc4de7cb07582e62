"""What a flow definition is once loaded: a flow, its steps and their bilingual texts.

Flows are data (``resources/flows/*.toml``); these frozen objects are what the loader makes of a file
after checking it, and what the engine and the wizard read. Nothing here talks to a back end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

STEP_KINDS = ("query", "check", "action", "ask", "end")
OUTCOMES = ("resolved", "customer_action", "dispatch")
SERVICE_TYPES = ("mobile", "fixed", "broadband")
TICKET_TYPES = ("consult", "complaint", "fault")
SEVERITIES = ("critical", "major", "minor")

#: the steps every flow starts with (issue 13: a known service event is answered before anything is touched)
EVENT_QUERY_STEP = "known_events"
EVENT_CHECK_STEP = "known_event_check"
EVENT_REGISTER_STEP = "known_event_register"
EVENT_END_STEP = "known_event"


@dataclass(frozen=True)
class Text:
    """One text of a flow in both languages the desk speaks; English is the source."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang.lower().startswith("zh") else self.en

    def map(self, fn) -> Text:
        return Text(fn(self.en), fn(self.zh))


@dataclass(frozen=True)
class Choice:
    """One answer of an ask step and the step it leads to."""

    id: str
    text: Text
    next: str


@dataclass(frozen=True)
class Step:
    """One step of a flow. Which fields matter depends on ``kind``:

    - query: ``query`` (a registered fact query), ``next``, optional ``on_error``;
    - check: ``fact`` and ``branches`` (fact value -> step), optional ``default``;
    - action: ``action`` (a registered back-office write), ``confirm`` text, ``next``, ``on_failure``,
      ``on_decline``;
    - ask: ``question``, ``choices``, optional ``skip``;
    - end: ``outcome``, ``script`` (read to the customer) and, for ``dispatch``, ``ticket_type``,
      ``category``, ``severity`` and the ticket ``summary``.
    """

    id: str
    kind: str
    title: Text
    explain: Text | None = None
    query: str | None = None
    next: str | None = None
    on_error: str | None = None
    fact: str | None = None
    branches: dict[str, str] = field(default_factory=dict)
    default: str | None = None
    action: str | None = None
    confirm: Text | None = None
    on_failure: str | None = None
    on_decline: str | None = None
    question: Text | None = None
    choices: tuple[Choice, ...] = ()
    skip: str | None = None
    outcome: str | None = None
    script: Text | None = None
    ticket_type: str | None = None
    category: str | None = None
    severity: str = "major"
    summary: str | None = None

    def targets(self) -> list[tuple[str, str]]:
        """Every (label, step id) this step may go to next, in a stable order."""
        out: list[tuple[str, str]] = []
        for label in ("next", "on_error", "on_failure", "on_decline", "skip", "default"):
            value = getattr(self, label)
            if value:
                out.append((label, value))
        out += [(f"branches.{k}", v) for k, v in self.branches.items()]
        out += [(f"choices.{c.id}", c.next) for c in self.choices]
        return out


@dataclass(frozen=True)
class FlowDefinition:
    """A loaded, checked flow: the engine can run it and the wizard can show it."""

    id: str
    version: int
    title: Text
    description: Text
    category: str  # the complaint category (ticket category) the flow answers
    service_types: tuple[str, ...]
    steps: dict[str, Step]  # in file order, the event steps first
    start: str
    source: Path | None = None

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def applies_to(self, service_type: str) -> bool:
        return service_type in self.service_types


@dataclass(frozen=True)
class FlowProblem:
    """Why a flow file cannot be used: the file, the step (if one) and the problem in words."""

    file: str
    step: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.file}, step {self.step!r}" if self.step else self.file
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class UnavailableFlow:
    """A flow file that did not load; the desk lists it as unavailable with its problems."""

    file: str
    flow_id: str | None
    problems: tuple[FlowProblem, ...]


@dataclass(frozen=True)
class FlowCatalog:
    flows: dict[str, FlowDefinition]
    unavailable: tuple[UnavailableFlow, ...] = ()

    def get(self, flow_id: str) -> FlowDefinition | None:
        return self.flows.get(flow_id)

    def ids(self) -> list[str]:
        return list(self.flows)
