"""The vocabulary flow files may use: named fact queries and named back-office actions.

A flow file says *which* query or action a step runs and *where to go* on each outcome; the code
behind each name is here (and in ``queries*.py`` / ``actions.py``), written once, tested once, and
declaring the facts it needs and provides, so the loader can check a flow before anyone runs it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from agentdesk.connectors.errors import ConnectorError
from agentdesk.services.pretreatment.facts import FactType
from agentdesk.services.pretreatment.model import SERVICE_TYPES

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RunSubject:
    """Who and what the flow runs on, as CRM knows it."""

    number: str
    service_type: str
    customer_id: str
    customer_name: str
    subscriber_id: str
    account_id: str
    contract_no: str
    crm_status: str

    def facts(self) -> dict[str, Any]:
        return {
            "subject.number": self.number,
            "subject.customer_id": self.customer_id,
            "subject.customer_name": self.customer_name,
            "subject.service_type": self.service_type,
            "subject.subscriber_id": self.subscriber_id,
            "subject.account_id": self.account_id,
            "subject.contract_no": self.contract_no,
        }


@dataclass(frozen=True)
class WriteRecord:
    """One back-office write a step made: kept in the run record and audited."""

    system: str
    operation: str
    idempotency_key: str
    ok: bool
    changed: bool | None = None
    message: str = ""
    replayed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "operation": self.operation,
            "idempotencyKey": self.idempotency_key,
            "ok": self.ok,
            "changed": self.changed,
            "message": self.message,
            "replayed": self.replayed,
        }


AuditFn = Callable[..., Awaitable[Any]]


@dataclass
class RunContext:
    """What a query or action sees: the connectors, the subject, the facts so far, and a way to write."""

    backoffice: Any
    subject: RunSubject
    facts: dict[str, Any]
    agent: str
    audit: AuditFn | None = None
    events: Any = None  # a service-events source (see queries.service_events), when the desk has one
    memory: dict[str, Any] = field(default_factory=dict)  # per-run state of queries (e.g. dial codes seen)
    writes: list[WriteRecord] = field(default_factory=list)  # of the step being run

    async def write(
        self,
        system: str,
        operation: str,
        key: str,
        call: Callable[[], Awaitable[T]],
        *,
        request: Any = None,
        changed: Callable[[T], bool | None] = lambda r: getattr(r, "changed", None),
    ) -> T:
        """Run one keyed write; record and audit its outcome whatever it is."""
        try:
            result = await call()
        except ConnectorError as exc:
            self.writes.append(WriteRecord(system, operation, key, False, None, exc.message))
            await self._audit(system, operation, key, "failed", exc.message, request)
            raise
        record = WriteRecord(
            system, operation, key, True, changed(result), "", bool(getattr(result, "replayed", False))
        )
        self.writes.append(record)
        await self._audit(system, operation, key, "ok", "", request)
        return result

    async def _audit(self, system: str, operation: str, key: str, outcome: str, message: str, request: Any):
        if self.audit is None or not self.agent:
            return
        try:
            await self.audit(
                agent=self.agent,
                system=system,
                operation=operation,
                idempotency_key=key,
                outcome=outcome,
                message=message,
                customer_id=self.subject.customer_id,
                number=self.subject.number,
                request=request,
            )
        except Exception:  # the write happened; a failing local audit must not hide that
            log.exception("could not audit %s %s", system, operation)


@dataclass(frozen=True)
class QuerySpec:
    """A named look-up: reads systems and returns facts. ``test_system`` marks a diagnostic test
    (dial test, line test) that the back end logs as a write: it gets its own idempotency key and is
    audited, but needs no confirmation because it changes nothing of the customer's service."""

    name: str
    provides: dict[str, FactType]
    run: Callable[[RunContext, str | None], Awaitable[dict[str, Any]]]
    needs: tuple[str, ...] = ()
    service_types: tuple[str, ...] = SERVICE_TYPES
    test_system: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class ActionSpec:
    """A named back-office write the agent confirms; returns facts (e.g. the new password)."""

    name: str
    system: str
    operation: str
    run: Callable[[RunContext, str], Awaitable[dict[str, Any]]]
    needs: tuple[str, ...] = ()
    provides: dict[str, FactType] = field(default_factory=dict)
    service_types: tuple[str, ...] = SERVICE_TYPES
    doc: str = ""


def sub_key(key: str, part: str) -> str:
    """A confirmed action that needs several writes derives one stable key per write from its own."""
    return f"{key}:{part}"
