"""Checks of a parsed flow against its own graph and the vocabulary, before anyone runs it.

- every branch names a step that exists; every step is reachable from the start;
- every step can reach an end (a loop whose steps never reach one is reported as such);
- a check branches on a fact that can be branched on, with a branch for each of its values (or a
  default), and no branch for a value the fact never has;
- queries and actions exist and work on the flow's service types;
- a fact is used (by a check, a query, an action or a ``{placeholder}`` in a text) only where every
  path to that step has provided it — so a run can never meet an unset fact.
"""

from __future__ import annotations

from collections.abc import Iterable

from agentdesk.services.pretreatment.facts import FILTERS, placeholders, stray_braces
from agentdesk.services.pretreatment.model import FlowDefinition, FlowProblem, Step, Text
from agentdesk.services.pretreatment.vocabulary import Vocabulary


def validate_flow(flow: FlowDefinition, vocabulary: Vocabulary, file: str) -> list[FlowProblem]:
    out: list[FlowProblem] = []

    def problem(step: str | None, text: str) -> None:
        out.append(FlowProblem(file, step, text))

    steps = flow.steps
    for step in steps.values():
        for label, target in step.targets():
            if target not in steps:
                problem(step.id, f"{label} names unknown step {target!r}")
        _check_kind(step, flow, vocabulary, problem)
    if out:
        return out  # the graph checks below need every reference to resolve

    reachable = _reachable(flow.start, steps)
    for step_id in steps:
        if step_id not in reachable:
            problem(step_id, "is unreachable: no step leads to it")
    ends = {s.id for s in steps.values() if s.kind == "end"}
    can_end = _can_reach(ends, steps)
    stuck = [s for s in steps if s in reachable and s not in can_end]
    for cycle in _cycles(stuck, steps):
        path = " → ".join([*cycle, cycle[0]])
        problem(cycle[0], f"loop without exit: {path} never reaches an end step")
    if out:
        return out
    _check_facts(flow, vocabulary, reachable, problem)
    return out


def _check_kind(step: Step, flow: FlowDefinition, vocabulary: Vocabulary, problem) -> None:
    types = set(flow.service_types)
    if step.kind == "query" and step.query:
        spec = vocabulary.queries.get(step.query)
        if spec is None:
            problem(
                step.id,
                f"query {step.query!r} does not exist; known: {', '.join(sorted(vocabulary.queries))}",
            )
        elif not types <= set(spec.service_types):
            problem(step.id, f"query {step.query!r} works on {', '.join(spec.service_types)} only, "
                             f"but the flow is for {', '.join(flow.service_types)}")  # fmt: skip
    if step.kind == "action" and step.action:
        spec = vocabulary.actions.get(step.action)
        if spec is None:
            problem(
                step.id,
                f"action {step.action!r} does not exist; known: {', '.join(sorted(vocabulary.actions))}",
            )
        elif not types <= set(spec.service_types):
            problem(step.id, f"action {step.action!r} works on {', '.join(spec.service_types)} only, "
                             f"but the flow is for {', '.join(flow.service_types)}")  # fmt: skip
    if step.kind == "check" and step.fact:
        outcomes = _outcomes(step, flow, vocabulary)
        if outcomes is None:
            known = vocabulary.facts.get(step.fact)
            if known is None and not step.fact.startswith("answer."):
                problem(step.id, f"checks unknown fact {step.fact!r}")
            elif known is not None:
                problem(
                    step.id,
                    f"fact {step.fact!r} is a {known.kind}; a check branches on yes/no or named values",
                )
        else:
            for value in step.branches:
                if value not in outcomes:
                    problem(
                        step.id,
                        f"branch {value!r} can never happen: {step.fact} is one of {', '.join(outcomes)}",
                    )
            missing = [v for v in outcomes if v not in step.branches]
            if missing and not step.default:
                problem(
                    step.id, f"missing branch for {step.fact} = {', '.join(missing)} (add it or a default)"
                )
    if step.kind == "ask" and not step.choices:
        problem(step.id, "an ask step needs at least one choice")


def _outcomes(step: Step, flow: FlowDefinition, vocabulary: Vocabulary) -> tuple[str, ...] | None:
    fact = step.fact or ""
    if fact.startswith("answer."):
        asked = flow.steps.get(fact.removeprefix("answer."))
        return tuple(c.id for c in asked.choices) if asked is not None and asked.kind == "ask" else None
    known = vocabulary.facts.get(fact)
    return known.outcomes() if known is not None else None


# -- graph --------------------------------------------------------------------------------------------------
def _successors(step: Step) -> list[str]:
    return [target for _label, target in step.targets()]


def _reachable(start: str, steps: dict[str, Step]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in _successors(steps[todo.pop()]):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _can_reach(targets: set[str], steps: dict[str, Step]) -> set[str]:
    good = set(targets)
    changed = True
    while changed:
        changed = False
        for s in steps.values():
            if s.id not in good and any(n in good for n in _successors(s)):
                good.add(s.id)
                changed = True
    return good


def _cycles(nodes: Iterable[str], steps: dict[str, Step]) -> list[list[str]]:
    """The loops among ``nodes`` (strongly connected parts with an edge back), each in flow order."""
    nodes = list(nodes)
    inside = set(nodes)
    order = {s: i for i, s in enumerate(steps)}
    done: set[str] = set()
    out = []
    for node in sorted(nodes, key=order.get):
        if node in done:
            continue
        forward = _reachable_within(node, steps, inside)
        part = [n for n in forward if node in _reachable_within(n, steps, inside)]
        done |= set(part)
        if len(part) > 1 or node in _successors(steps[node]):
            out.append(sorted(part, key=order.get))
    return out


def _reachable_within(start: str, steps: dict[str, Step], inside: set[str]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in _successors(steps[todo.pop()]):
            if nxt in inside and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# -- facts: what is certainly known at each step -----------------------------------------------------------
def _provided(step: Step, label: str, vocabulary: Vocabulary) -> set[str]:
    """Facts the step adds on its way out along the edge ``label``."""
    if step.kind == "query" and step.query in vocabulary.queries and label == "next":
        return set(vocabulary.queries[step.query].provides)
    if step.kind == "action" and step.action in vocabulary.actions and label == "next":
        return set(vocabulary.actions[step.action].provides)
    if step.kind == "ask":
        return {f"answer.{step.id}"}
    return set()


def _known_before(flow: FlowDefinition, vocabulary: Vocabulary, reachable: set[str]) -> dict[str, set[str]]:
    universe = set(vocabulary.facts) | {f"answer.{s}" for s in flow.steps}
    start_facts = {n for n in vocabulary.facts if n.startswith("subject.")}
    known = {s: set(universe) for s in reachable}
    known[flow.start] = set(start_facts)
    changed = True
    while changed:
        changed = False
        incoming: dict[str, set[str] | None] = {s: None for s in reachable}
        incoming[flow.start] = set(start_facts)
        for s in reachable:
            step = flow.steps[s]
            for label, target in step.targets():
                out = known[s] | _provided(step, label.split(".")[0], vocabulary)
                cur = incoming[target]
                incoming[target] = set(out) if cur is None else cur & out
        for s in reachable:
            new = incoming[s] if incoming[s] is not None else known[s]
            if s == flow.start:
                new = new & start_facts
            if new != known[s]:
                known[s] = new
                changed = True
    return known


def _check_facts(flow: FlowDefinition, vocabulary: Vocabulary, reachable: set[str], problem) -> None:
    known = _known_before(flow, vocabulary, reachable)

    def need(step: Step, facts: Iterable[str], where: str, extra: set[str] = frozenset()) -> None:
        for fact in facts:
            if fact not in vocabulary.facts and not fact.startswith("answer."):
                problem(step.id, f"{where} uses unknown fact {fact!r}")
            elif fact not in known[step.id] and fact not in extra:
                problem(step.id, f"{where} uses fact {fact!r}, which not every path to this step provides")

    def texts(step: Step, where: str, text: Text | str | None, extra: set[str] = frozenset()) -> None:
        if text is None:
            return
        for value in (text.en, text.zh) if isinstance(text, Text) else (text,):
            if stray_braces(value):
                problem(step.id, f"{where} has a brace that is not a {{fact}} placeholder: {value!r}")
            for fact, flt in placeholders(value):
                if flt is not None and flt not in FILTERS:
                    problem(step.id, f"{where} uses unknown filter |{flt} (known: {', '.join(FILTERS)})")
                need(step, [fact], where, extra)

    for step_id in reachable:
        step = flow.steps[step_id]
        if step.kind == "query" and step.query in vocabulary.queries:
            spec = vocabulary.queries[step.query]
            need(step, spec.needs, f"query {spec.name!r}")
            texts(step, "explain", step.explain, set(spec.provides))
        elif step.kind == "action" and step.action in vocabulary.actions:
            spec = vocabulary.actions[step.action]
            need(step, spec.needs, f"action {spec.name!r}")
            texts(step, "confirm", step.confirm)
            texts(step, "explain", step.explain, set(spec.provides))
        elif step.kind == "check" and step.fact:
            need(step, [step.fact], "the check")
            texts(step, "explain", step.explain)
        elif step.kind == "ask":
            texts(step, "question", step.question)
            texts(step, "explain", step.explain)
            for c in step.choices:
                texts(step, f"choice {c.id!r}", c.text)
        elif step.kind == "end":
            ticket = {"ticket.id", "ticket.system"} if step.outcome == "dispatch" else set()
            texts(step, "script", step.script, ticket)
            texts(step, "summary", step.summary)
            texts(step, "explain", step.explain)
        texts(step, "title", step.title)
