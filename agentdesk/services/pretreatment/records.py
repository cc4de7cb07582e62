"""Run records: every run is kept in the local database, and runs that reached an end state are
reported to the back end (``POST /tickets/flowRun``) for the team lead's statistics.

Storing comes first and is durable; reporting happens in the background and is retried later (the
next run, or ``report_pending``) when the ticket system is down, with the run's own key, so a run is
counted once however often it is sent. A report is a back-office write like any other, so each outcome
is audited; the audit entry is written before the run is marked reported, so a desk killed in between
sends the report again (the back end replays it) and audits it then.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.connectors.errors import ConnectorError
from agentdesk.domain.tickets import FlowRunReport
from agentdesk.services.pretreatment.dispatch import report_key, report_of, report_run
from agentdesk.services.pretreatment.runs import RunResult
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredRun:
    """A run as the local history lists it."""

    id: str
    flow_id: str
    agent: str
    customer_id: str
    number: str
    customer_name: str
    started_at: datetime
    duration_ms: int
    outcome: str
    ticket_id: str
    reported: bool
    record: dict[str, Any]


class RunStore:
    def __init__(self, db: LocalDatabase) -> None:
        self._db = db

    async def save(self, result: RunResult) -> None:
        record = result.as_json()
        row = {
            "id": result.run_id,
            "flow_id": result.flow_id,
            "flow_version": result.flow_version,
            "agent": result.agent,
            "customer_id": result.customer_id,
            "service_number": result.number,
            "customer_name": result.customer_name,
            "started_at": utc_iso(result.started_at),
            "ended_at": utc_iso(result.ended_at) if result.ended_at else None,
            "duration_ms": result.duration_ms,
            "outcome": result.outcome,
            "end_step": result.end_step,
            "ticket_id": result.ticket_id,
            "record_json": json.dumps(record, ensure_ascii=False, default=str),
        }

        def write(db) -> None:
            cols = ", ".join(row)
            db.conn.execute(
                f"INSERT INTO pretreatment_run ({cols}) VALUES ({', '.join('?' * len(row))}) "
                "ON CONFLICT (id) DO UPDATE SET outcome=excluded.outcome, ended_at=excluded.ended_at, "
                "duration_ms=excluded.duration_ms, end_step=excluded.end_step, ticket_id=excluded.ticket_id, "
                "record_json=excluded.record_json",
                list(row.values()),
            )

        await self._db.write(write)

    async def mark_reported(self, run_id: str, error: str = "") -> None:
        if error:
            await self._db.aexecute(
                "UPDATE pretreatment_run SET report_error=? WHERE id=?", (error[:500], run_id), durable=False
            )
        else:
            await self._db.aexecute(
                "UPDATE pretreatment_run SET reported_at=?, report_error='' WHERE id=?", (utc_iso(), run_id)
            )

    async def unreported(self, agent: str) -> list[StoredRun]:
        rows = await self._db.aquery(
            "SELECT * FROM pretreatment_run WHERE reported_at IS NULL AND agent=? "
            "AND outcome IN ('resolved', 'customer_action', 'dispatch') ORDER BY started_at",
            (agent,),
        )
        return [_stored(r) for r in rows]

    async def get(self, run_id: str) -> StoredRun | None:
        row = await self._db.aone("SELECT * FROM pretreatment_run WHERE id=?", (run_id,))
        return _stored(row) if row else None

    async def recent(self, *, customer_id: str | None = None, agent: str | None = None, limit: int = 50):
        where, params = [], []
        if customer_id:
            where.append("customer_id=?")
            params.append(customer_id)
        if agent:
            where.append("agent=?")
            params.append(agent)
        sql = "SELECT * FROM pretreatment_run"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = await self._db.aquery(sql + " ORDER BY started_at DESC LIMIT ?", (*params, limit))
        return [_stored(r) for r in rows]


def _stored(row: dict[str, Any]) -> StoredRun:
    return StoredRun(
        id=row["id"], flow_id=row["flow_id"], agent=row["agent"], customer_id=row["customer_id"],
        number=row["service_number"], customer_name=row["customer_name"],
        started_at=parse_utc_iso(row["started_at"]), duration_ms=row["duration_ms"], outcome=row["outcome"],
        ticket_id=row["ticket_id"], reported=row["reported_at"] is not None, record=json.loads(row["record_json"]),
    )  # fmt: skip


class RunRecorder:
    """``finish(result)``: store, then report in the background. ``flush()`` waits for the reports.

    ``audit`` is the audit trail's ``record`` (keyword arguments, async), or None for no audit."""

    def __init__(
        self,
        store: RunStore,
        tickets: Any,
        agent: Callable[[], str | None],
        audit: Callable[..., Awaitable[Any]] | None = None,
    ) -> None:
        self.store = store
        self.tickets = tickets  # the tickets connector (None: reporting is not possible)
        self._agent = agent
        self._audit = audit
        self._tasks: set[asyncio.Task] = set()

    async def finish(self, result: RunResult) -> None:
        await self.store.save(result)
        if result.ended and self.tickets is not None:
            self._spawn(self._report(report_of(result), result.agent))

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _report(self, report: FlowRunReport, agent: str) -> bool:
        run_id = report.id or ""
        try:
            await report_run(self.tickets, report)
        except ConnectorError as exc:
            await self._audit_report(report, agent, "failed", exc.message or str(exc))
            if exc.status == 409 and exc.field == "id":  # already there under another key: it counts
                await self.store.mark_reported(run_id)
                return True
            log.info("flow run %s not reported yet: %s", run_id, exc)
            await self.store.mark_reported(run_id, str(exc))
            return False
        await self._audit_report(report, agent, "ok", "")
        await self.store.mark_reported(run_id)
        return True

    async def _audit_report(self, report: FlowRunReport, agent: str, outcome: str, message: str) -> None:
        if self._audit is None or not agent:
            return
        request = {
            "runId": report.id, "flowId": report.flow_id, "outcome": report.outcome,
            "ticketId": report.ticket_id or "", "durationMs": report.duration_ms, "steps": len(report.steps),
        }  # fmt: skip
        try:
            await self._audit(
                agent=agent, system="tickets", operation="reportFlowRun",
                idempotency_key=report_key(report.id or ""), outcome=outcome, message=message,
                customer_id=report.customer_id or "", number=report.number or "", request=request,
            )  # fmt: skip
        except Exception:
            log.exception("could not audit the report of flow run %s", report.id)

    async def report_pending(self) -> int:
        """Send every run of the signed-in agent the back end has not accepted yet; returns how many went."""
        agent = self._agent()
        if not agent or self.tickets is None:
            return 0
        sent = 0
        for run in await self.store.unreported(agent):
            if await self._report(_report_from_record(run), run.agent):
                sent += 1
        return sent

    async def flush(self, timeout: float = 30.0) -> None:
        tasks = list(self._tasks)
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    async def aclose(self) -> None:
        await self.flush(10.0)
        for task in list(self._tasks):
            task.cancel()


def _report_from_record(run: StoredRun) -> FlowRunReport:
    return FlowRunReport(
        id=run.id, flow_id=run.flow_id, number=run.number or None, customer_id=run.customer_id or None,
        started_at=run.started_at, duration_ms=max(0, min(run.duration_ms, 86_400_000)), outcome=run.outcome,
        ticket_id=run.ticket_id or None, steps=tuple((run.record.get("steps") or [])[-200:]),
    )  # fmt: skip
