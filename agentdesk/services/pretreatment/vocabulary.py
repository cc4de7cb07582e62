"""Every query, action and fact name a flow file may use, gathered from the modules that implement them."""

from __future__ import annotations

from dataclasses import dataclass, field

from agentdesk.services.pretreatment import actions, queries, queries_billing, queries_broadband
from agentdesk.services.pretreatment.facts import SUBJECT_FACTS, TICKET_FACTS, FactType
from agentdesk.services.pretreatment.registry import ActionSpec, QuerySpec


@dataclass(frozen=True)
class Vocabulary:
    queries: dict[str, QuerySpec] = field(default_factory=dict)
    actions: dict[str, ActionSpec] = field(default_factory=dict)
    facts: dict[str, FactType] = field(default_factory=dict)

    @property
    def secrets(self) -> frozenset[str]:
        return frozenset(name for name, t in self.facts.items() if t.secret)


def build_vocabulary(
    query_specs: list[QuerySpec] | None = None, action_specs: list[ActionSpec] | None = None
) -> Vocabulary:
    """The standard vocabulary (or one made of the given specs, for tests); a fact declared twice with
    different types is a programming error and fails at once."""
    if query_specs is None:
        query_specs = queries.QUERIES + queries_billing.QUERIES + queries_broadband.QUERIES
    if action_specs is None:
        action_specs = actions.ACTIONS
    facts: dict[str, FactType] = {**SUBJECT_FACTS, **TICKET_FACTS}

    def declare(owner: str, provides: dict[str, FactType]) -> None:
        for name, fact_type in provides.items():
            known = facts.get(name)
            if known is not None and (known.kind, known.values) != (fact_type.kind, fact_type.values):
                raise ValueError(f"fact {name!r} of {owner} is declared with another type elsewhere")
            facts[name] = fact_type

    q = {}
    for spec in query_specs:
        if spec.name in q:
            raise ValueError(f"query {spec.name!r} declared twice")
        q[spec.name] = spec
        declare(f"query {spec.name}", spec.provides)
    a = {}
    for spec in action_specs:
        if spec.name in a:
            raise ValueError(f"action {spec.name!r} declared twice")
        a[spec.name] = spec
        declare(f"action {spec.name}", spec.provides)
    return Vocabulary(q, a, facts)


_STANDARD: Vocabulary | None = None


def standard_vocabulary() -> Vocabulary:
    global _STANDARD
    if _STANDARD is None:
        _STANDARD = build_vocabulary()
    return _STANDARD
