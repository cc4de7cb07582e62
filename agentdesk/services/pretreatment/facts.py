"""Facts: what a flow run has found out, by name (``billing.arrears``, ``hlr.state``, ``dial.code``).

A fact's *type* is declared once by the query or action that provides it, so the loader can check a
flow before it runs (a check on an enum fact needs a branch for every value) and the wizard can word a
value in plain language. Texts of a flow refer to facts with ``{name}`` placeholders, optionally with a
filter: ``{billing.arrears|money}``, ``{addons.missing_names|list}``, ``{hlr.state|label}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentdesk.domain.money import format_fen
from agentdesk.services.pretreatment.labels import label

FACT_KINDS = ("bool", "enum", "number", "money", "text", "list", "json")
FILTERS = ("money", "list", "label")
MISSING = "—"
SECRET_MASK = "******"

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?:\|([a-z]+))?\}")
_BRACE = re.compile(r"[{}]")
_STOPS = ".。"


@dataclass(frozen=True)
class FactType:
    """The kind of a fact; ``values`` for an enum; ``secret`` facts are shown, never stored or sent."""

    kind: str
    values: tuple[str, ...] = ()
    secret: bool = False
    doc: str = ""

    def outcomes(self) -> tuple[str, ...] | None:
        """The values a check can branch on, or None when the fact cannot be branched on."""
        if self.kind == "bool":
            return ("true", "false")
        if self.kind == "enum":
            return self.values
        return None


def boolean(doc: str = "") -> FactType:
    return FactType("bool", doc=doc)


def enum(*values: str, doc: str = "") -> FactType:
    return FactType("enum", tuple(values), doc=doc)


def money(doc: str = "") -> FactType:
    return FactType("money", doc=doc)


def number(doc: str = "") -> FactType:
    return FactType("number", doc=doc)


def text(doc: str = "", *, secret: bool = False) -> FactType:
    return FactType("text", secret=secret, doc=doc)


def listing(doc: str = "") -> FactType:
    return FactType("list", doc=doc)


def blob(doc: str = "") -> FactType:
    return FactType("json", doc=doc)


#: facts the engine itself provides before the first step
SUBJECT_FACTS: dict[str, FactType] = {
    "subject.number": text("the service number the flow runs on"),
    "subject.customer_id": text(),
    "subject.customer_name": text(),
    "subject.service_type": enum("mobile", "fixed", "broadband"),
    "subject.subscriber_id": text(),
    "subject.account_id": text(),
    "subject.contract_no": text(),
}
#: facts a dispatch end provides to its own script
TICKET_FACTS: dict[str, FactType] = {
    "ticket.id": text("the dispatched ticket (or the waiting draft)"),
    "ticket.system": text("10000 or 112"),
}


def branch_value(value: Any) -> str:
    """How a fact value is matched against a check's branch keys."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def placeholders(template: str) -> list[tuple[str, str | None]]:
    """The (fact, filter) pairs a text refers to."""
    return [(m.group(1), m.group(2)) for m in _PLACEHOLDER.finditer(template)]


def stray_braces(template: str) -> bool:
    """Braces that are not a placeholder (a typo such as ``{billing arrears}``)."""
    return bool(_BRACE.search(_PLACEHOLDER.sub("", template)))


def render(
    template: str,
    facts: Mapping[str, Any],
    lang: str = "en",
    *,
    secrets: frozenset[str] = frozenset(),
    reveal: bool = True,
) -> str:
    """Fill the placeholders of a flow text; unknown or unset facts read as a dash."""

    def one(m: re.Match) -> str:
        name, flt = m.group(1), m.group(2)
        if name in secrets and not reveal:
            return SECRET_MASK
        value = format_value(facts.get(name), flt, lang)
        follows = template[m.end() : m.end() + 1]
        if follows and follows in _STOPS and value[-1:] in _STOPS:  # "{message}." and a message with its own
            value = value[:-1]
        return value

    return _PLACEHOLDER.sub(one, template)


def format_value(value: Any, flt: str | None = None, lang: str = "en") -> str:
    if value is None or value == "" or value == []:
        return MISSING
    if flt == "money" and isinstance(value, int) and not isinstance(value, bool):
        return format_fen(value)
    if isinstance(value, list | tuple):
        sep = "、" if lang.lower().startswith("zh") else ", "
        return sep.join(_label_item(str(v), lang) if flt == "label" else str(v) for v in value)
    if flt == "label":
        return label(str(value), lang)
    if isinstance(value, bool):
        return ("是" if value else "否") if lang.lower().startswith("zh") else ("yes" if value else "no")
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _label_item(item: str, lang: str) -> str:
    """``roaming ¥12.00`` -> ``漫游费 ¥12.00``: the first word of a list item is a code."""
    code, _, rest = item.partition(" ")
    return f"{label(code, lang)} {rest}".strip()


def public_facts(facts: Mapping[str, Any], types: Mapping[str, FactType]) -> dict[str, Any]:
    """The facts that may be stored and sent (secrets masked), for run records and ticket evidence."""
    out = {}
    for name, value in facts.items():
        fact_type = types.get(name)
        out[name] = SECRET_MASK if fact_type is not None and fact_type.secret and value else value
    return out
