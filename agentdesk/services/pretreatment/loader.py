"""Reads flow definitions from ``resources/flows/*.toml`` and refuses broken ones with precise reasons.

Why TOML: it is the format of ``pyproject.toml`` that maintainers already read and write, it is
parsed by the standard library (``tomllib``), comments are allowed (a flow is training material too),
and arrays of tables (``[[steps]]``) read as the ordered list of steps a flow is. Every problem names
the file, the step and what is wrong; a broken file makes only that flow unavailable, never the desk.

Every flow starts with the known-service-event check (issue 13): the loader puts three standard steps
in front of the flow's own first step unless the file says ``known_events = false``.
"""

from __future__ import annotations

import logging
import re
import tomllib
from pathlib import Path
from typing import Any

from agentdesk.resources import resources_dir
from agentdesk.services.pretreatment.model import (
    EVENT_CHECK_STEP,
    EVENT_END_STEP,
    EVENT_QUERY_STEP,
    EVENT_REGISTER_STEP,
    OUTCOMES,
    SERVICE_TYPES,
    SEVERITIES,
    STEP_KINDS,
    TICKET_TYPES,
    Choice,
    FlowCatalog,
    FlowDefinition,
    FlowProblem,
    Step,
    Text,
    UnavailableFlow,
)
from agentdesk.services.pretreatment.validation import validate_flow
from agentdesk.services.pretreatment.vocabulary import Vocabulary, standard_vocabulary

log = logging.getLogger(__name__)

FLOW_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
STEP_ID = re.compile(r"^[a-z][a-z0-9_]*$")
RESERVED_STEPS = (EVENT_QUERY_STEP, EVENT_CHECK_STEP, EVENT_REGISTER_STEP, EVENT_END_STEP)

TOP_KEYS = {"id", "version", "title", "description", "category", "service_types", "known_events", "steps"}
COMMON_KEYS = {"id", "kind", "title", "explain"}
KIND_KEYS = {
    "query": {"query", "next", "on_error"},
    "check": {"fact", "branches", "default"},
    "action": {"action", "confirm", "next", "on_failure", "on_decline"},
    "ask": {"question", "choices", "skip"},
    "end": {"outcome", "script", "ticket_type", "category", "severity", "summary"},
}
REQUIRED = {
    "query": ("query", "next"),
    "check": ("fact", "branches"),
    "action": ("action", "confirm", "next", "on_failure", "on_decline"),
    "ask": ("question", "choices"),
    "end": ("outcome", "script"),
}


class FlowFileInvalid(Exception):
    def __init__(self, problems: list[FlowProblem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def default_flows_dir() -> Path:
    return resources_dir() / "flows"


def load_catalog(directory: Path | None = None, vocabulary: Vocabulary | None = None) -> FlowCatalog:
    """Every flow file of ``directory``: the good ones by id, the broken ones listed with their problems."""
    directory = directory or default_flows_dir()
    vocabulary = vocabulary or standard_vocabulary()
    flows: dict[str, FlowDefinition] = {}
    unavailable: list[UnavailableFlow] = []
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
        try:
            flow = load_flow_file(path, vocabulary)
        except FlowFileInvalid as exc:
            log.warning("flow file %s is unavailable: %s", path.name, exc)
            unavailable.append(UnavailableFlow(path.name, path.stem, tuple(exc.problems)))
            continue
        except Exception as exc:  # a loader bug must not take the desk down either
            log.exception("flow file %s could not be read", path.name)
            problem = FlowProblem(path.name, None, f"could not be read: {exc}")
            unavailable.append(UnavailableFlow(path.name, path.stem, (problem,)))
            continue
        if flow.id in flows:
            problem = FlowProblem(path.name, None, f"flow id {flow.id!r} is already used by another file")
            unavailable.append(UnavailableFlow(path.name, flow.id, (problem,)))
            continue
        flows[flow.id] = flow
    return FlowCatalog(flows, tuple(unavailable))


def load_flow_file(path: Path, vocabulary: Vocabulary | None = None) -> FlowDefinition:
    """One checked flow; raises :class:`FlowFileInvalid` with every problem found."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise FlowFileInvalid([FlowProblem(name, None, "is not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise FlowFileInvalid([FlowProblem(name, None, f"is not valid TOML: {exc}")]) from None
    flow, problems = parse_flow(data, name, vocabulary or standard_vocabulary(), source=path)
    if problems or flow is None:
        raise FlowFileInvalid(problems or [FlowProblem(name, None, "could not be read")])
    return flow


# -- parsing --------------------------------------------------------------------------------------------
class _Reader:
    """Collects problems while turning TOML values into model objects."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[FlowProblem] = []

    def problem(self, step: str | None, text: str) -> None:
        self.problems.append(FlowProblem(self.file, step, text))

    def text(self, value: Any, step: str | None, key: str, *, required: bool = True) -> Text | None:
        if value is None:
            if required:
                self.problem(step, f"needs {key} (a table with en and zh)")
            return None
        if not isinstance(value, dict):
            self.problem(step, f'{key} must be a table with en and zh texts, e.g. {key}.en = "..."')
            return None
        extra = sorted(set(value) - {"en", "zh"})
        if extra:
            self.problem(step, f"{key} has unknown language(s) {', '.join(extra)}; use en and zh")
        out = []
        for lang in ("en", "zh"):
            v = value.get(lang)
            if not isinstance(v, str) or not v.strip():
                self.problem(step, f"{key}.{lang} is missing or empty")
                out.append("")
            else:
                out.append(v.strip())
        return Text(*out)

    def string(self, value: Any, step: str | None, key: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(step, f"{key} must be a non-empty text")
            return None
        return value.strip()


def parse_flow(
    data: dict[str, Any], file: str, vocabulary: Vocabulary, *, source: Path | None = None
) -> tuple[FlowDefinition | None, list[FlowProblem]]:
    r = _Reader(file)
    for key in sorted(set(data) - TOP_KEYS):
        r.problem(None, f"unknown key {key!r} at the top of the file")
    flow_id = data.get("id")
    if not isinstance(flow_id, str) or not FLOW_ID.match(flow_id):
        r.problem(None, 'needs id = "lower-case-words-with-hyphens"')
        flow_id = None
    elif source is not None and source.stem != flow_id:
        r.problem(None, f"the file of flow {flow_id!r} must be named {flow_id}.toml")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        r.problem(None, "version must be a whole number from 1")
        version = 1
    title = r.text(data.get("title"), None, "title")
    description = r.text(data.get("description"), None, "description", required=False)
    category = r.string(data.get("category"), None, "category")
    if category is None:
        r.problem(None, "needs category (the complaint category the flow answers, e.g. 宽带故障)")
    types = data.get("service_types")
    if not isinstance(types, list) or not types or any(t not in SERVICE_TYPES for t in types):
        r.problem(None, f"service_types must list some of {', '.join(SERVICE_TYPES)}")
        types = []
    known_events = data.get("known_events", True)
    if not isinstance(known_events, bool):
        r.problem(None, "known_events must be true or false")
        known_events = True
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        r.problem(None, "has no steps (add [[steps]] tables)")
        raw_steps = []
    steps: dict[str, Step] = {}
    for index, raw in enumerate(raw_steps, start=1):
        step = _parse_step(r, raw, index)
        if step is None:
            continue
        if step.id in steps:
            r.problem(step.id, "is defined twice (step ids must be unique)")
            continue
        steps[step.id] = step
    if not steps or title is None or flow_id is None or category is None:
        return None, r.problems
    first = next(iter(steps))
    if known_events:
        steps = {**event_steps(first), **steps}
    flow = FlowDefinition(
        id=flow_id,
        version=version,
        title=title,
        description=description or Text("", ""),
        category=category,
        service_types=tuple(types),
        steps=steps,
        start=next(iter(steps)),
        source=source,
    )
    r.problems.extend(validate_flow(flow, vocabulary, file))
    return flow, r.problems


def _parse_step(r: _Reader, raw: Any, index: int) -> Step | None:
    if not isinstance(raw, dict):
        r.problem(f"#{index}", "is not a table")
        return None
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not STEP_ID.match(step_id):
        r.problem(f"#{index}", 'needs id = "lower_case_name" (letters, digits, _)')
        return None
    if step_id in RESERVED_STEPS:
        r.problem(step_id, "uses a step id reserved for the known-event check")
        return None
    kind = raw.get("kind")
    if kind not in STEP_KINDS:
        r.problem(step_id, f"has unknown kind {kind!r}; use one of {', '.join(STEP_KINDS)}")
        return None
    allowed = COMMON_KEYS | KIND_KEYS[kind]
    for key in sorted(set(raw) - allowed):
        r.problem(step_id, f"has key {key!r}, which a {kind} step does not use")
    for key in REQUIRED[kind]:
        if raw.get(key) in (None, "", [], {}):
            r.problem(step_id, f"{kind} step needs {key}")
    title = r.text(raw.get("title"), step_id, "title") or Text(step_id, step_id)
    fields: dict[str, Any] = {"id": step_id, "kind": kind, "title": title}
    fields["explain"] = r.text(raw.get("explain"), step_id, "explain", required=False)
    for key in ("next", "on_error", "on_failure", "on_decline", "skip", "default", "query", "fact", "action"):
        if key in allowed and raw.get(key) is not None:
            fields[key] = r.string(raw.get(key), step_id, key)
    if kind == "check" and isinstance(raw.get("branches"), dict):
        branches = {}
        for value, target in raw["branches"].items():
            if not isinstance(target, str) or not target:
                r.problem(step_id, f"branch {value!r} must name a step")
                continue
            branches[str(value)] = target
        fields["branches"] = branches
    elif kind == "check" and raw.get("branches") is not None:
        r.problem(step_id, 'branches must be a table: fact value = "next step"')
    if kind == "action":
        fields["confirm"] = r.text(raw.get("confirm"), step_id, "confirm") if raw.get("confirm") else None
    if kind == "ask":
        fields["question"] = r.text(raw.get("question"), step_id, "question") if raw.get("question") else None
        fields["choices"] = _parse_choices(r, step_id, raw.get("choices"))
    if kind == "end":
        _parse_end(r, step_id, raw, fields)
    return Step(**fields)


def _parse_choices(r: _Reader, step_id: str, raw: Any) -> tuple[Choice, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        r.problem(step_id, "choices must be a list of [[steps.choices]] tables")
        return ()
    out: list[Choice] = []
    for i, c in enumerate(raw, start=1):
        if not isinstance(c, dict):
            r.problem(step_id, f"choice #{i} is not a table")
            continue
        for key in sorted(set(c) - {"id", "text", "next"}):
            r.problem(step_id, f"choice #{i} has unknown key {key!r}")
        cid, target = c.get("id"), c.get("next")
        if not isinstance(cid, str) or not STEP_ID.match(cid):
            r.problem(step_id, f'choice #{i} needs id = "lower_case_name"')
            continue
        if any(o.id == cid for o in out):
            r.problem(step_id, f"choice {cid!r} is defined twice")
            continue
        if not isinstance(target, str) or not target:
            r.problem(step_id, f"choice {cid!r} needs next (the step it leads to)")
            continue
        text = r.text(c.get("text"), step_id, f"choice {cid!r} text") or Text(cid, cid)
        out.append(Choice(cid, text, target))
    return tuple(out)


def _parse_end(r: _Reader, step_id: str, raw: dict[str, Any], fields: dict[str, Any]) -> None:
    outcome = raw.get("outcome")
    if outcome is not None and outcome not in OUTCOMES:
        r.problem(step_id, f"outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
    fields["outcome"] = outcome if outcome in OUTCOMES else None
    fields["script"] = r.text(raw.get("script"), step_id, "script") if raw.get("script") else None
    ticket_fields = [k for k in ("ticket_type", "category", "summary", "severity") if k in raw]
    if outcome == "dispatch":
        ticket_type = raw.get("ticket_type")
        if ticket_type not in TICKET_TYPES:
            r.problem(step_id, f"a dispatch end needs ticket_type, one of {', '.join(TICKET_TYPES)}")
        fields["ticket_type"] = ticket_type if ticket_type in TICKET_TYPES else None
        fields["category"] = r.string(raw.get("category"), step_id, "category")
        if fields["category"] is None:
            r.problem(step_id, "a dispatch end needs category (the ticket category)")
        fields["summary"] = r.string(raw.get("summary"), step_id, "summary")
        if fields["summary"] is None:
            r.problem(step_id, "a dispatch end needs summary (the ticket text, with {fact} placeholders)")
        severity = raw.get("severity", "major")
        if severity not in SEVERITIES:
            r.problem(step_id, f"severity must be one of {', '.join(SEVERITIES)}")
        fields["severity"] = severity if severity in SEVERITIES else "major"
    elif ticket_fields and outcome in OUTCOMES:
        r.problem(step_id, f"only a dispatch end has {', '.join(ticket_fields)}")


def event_steps(first: str) -> dict[str, Step]:
    """The known-event check every flow begins with: a known event is explained and the call counted
    against it (if the agent agrees); nothing of the customer's service is touched, no ticket is sent."""
    return {
        EVENT_QUERY_STEP: Step(
            id=EVENT_QUERY_STEP,
            kind="query",
            title=Text("Known service events", "已知服务事件"),
            explain=Text(
                "Active incidents and planned cutovers were looked up first (service-events system reached: "
                "{events.checked}; {subject.number} affected: {events.affected}).",
                "已先查询重大故障和割接事件（事件系统可用：{events.checked}；{subject.number}受影响：{events.affected}）。",
            ),
            query="service_events",
            next=EVENT_CHECK_STEP,
        ),
        EVENT_CHECK_STEP: Step(
            id=EVENT_CHECK_STEP,
            kind="check",
            title=Text("Is the subscriber inside a known event?", "用户是否受已知事件影响？"),
            fact="events.affected",
            branches={"true": EVENT_REGISTER_STEP, "false": first},
        ),
        EVENT_REGISTER_STEP: Step(
            id=EVENT_REGISTER_STEP,
            kind="action",
            title=Text("Count the call against the event", "将来电关联到事件"),
            confirm=Text(
                "{subject.number} ({subject.customer_name}) is inside the known event {events.title}. Register "
                "this call against the event so it is counted? Nothing else is changed and no ticket is sent.",
                "{subject.number}（{subject.customer_name}）在已知事件“{events.title}”影响范围内。是否将本次来电关联到该事件"
                "以便统计？不会做其他改动，也不会派单。",
            ),
            action="events_register_call",
            explain=Text(
                "Known event: {events.title} ({events.kind|label}) since {events.since}, expected back by "
                "{events.expected_end}; this call is counted against it.",
                "已知事件：{events.title}（{events.kind|label}），自{events.since}起，预计{events.expected_end}恢复；"
                "本次来电已关联到该事件。",
            ),
            next=EVENT_END_STEP,
            on_failure=EVENT_END_STEP,
            on_decline=EVENT_END_STEP,
        ),
        EVENT_END_STEP: Step(
            id=EVENT_END_STEP,
            kind="end",
            title=Text("Known event: nothing to change", "已知事件：无需处理"),
            outcome="resolved",
            script=Text(
                "{events.script_en} We know about it ({events.title}, since {events.since}) and expect service "
                "back by {events.expected_end}. There is nothing you need to change; we are sorry for the trouble.",
                "{events.script_zh} 我们已掌握这一情况（{events.title}，自{events.since}起），预计{events.expected_end}前恢复。"
                "您无需做任何设置，给您带来不便，敬请谅解。",
            ),
        ),
    }
