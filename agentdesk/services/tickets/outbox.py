"""The ticket outbox: drafts wait in the local database until the ticket system has accepted them.

Why it is built this way:

- **Stored before sent.** ``enqueue`` commits the draft durably (fsync) with its idempotency key before
  any network call, so a draft the agent was told is accepted survives the desk being closed, crashing
  or killed (``kill -9``) at any moment after that.
- **One key per draft, on every attempt.** The ticket system acts once per key and replays its first
  answer, so an attempt whose answer was lost (time-out, crash between sending and marking) is repaired
  by sending again: the replay says which ticket was created. A second press of the button finds the
  same ``draft_id`` and adds nothing.
- **In order.** Drafts go out in the order they were submitted (``seq``). A pass stops at the first
  draft the system could not take now (down, time-out, sign-in expired), so none overtakes it; a draft
  the system refuses for its content (4xx) is set aside as ``rejected`` for the agent to correct and
  does not block the others.
- **Per agent.** A ticket is created in the name of the signed-in agent, so only the owner's drafts are
  sent; another agent's wait until that agent signs in at this desk again.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.domain.ticket_drafts import TicketDraft, draft_from_json, draft_to_json
from agentdesk.services.errors import ConnectorError, RequestRejected
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

PENDING = "pending"
SENDING = "sending"
DELIVERED = "delivered"
REJECTED = "rejected"
WAITING_STATES = (PENDING, SENDING)


@dataclass(frozen=True)
class SentTicket:
    """What the ticket system answered for a delivered draft."""

    ticket_id: str
    ticket_system: str
    replayed: bool = False


#: ``send(draft, idempotency_key)`` -> the created ticket; raises ConnectorError
TicketSender = Callable[[TicketDraft, str], Awaitable[SentTicket]]


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    draft_id: str
    idempotency_key: str
    owner: str
    customer_id: str
    number: str
    ticket_type: str
    summary: str
    draft: TicketDraft
    state: str
    attempts: int
    last_error: str
    last_error_kind: str
    created_at: datetime
    last_attempt_at: datetime | None
    delivered_at: datetime | None
    ticket_id: str
    ticket_system: str

    @property
    def waiting(self) -> bool:
        """Not yet accepted by the ticket system, and the desk keeps trying ("waiting to send")."""
        return self.state in WAITING_STATES


@dataclass(frozen=True)
class DeliveryReport:
    """The outcome of one delivery pass."""

    delivered: tuple[OutboxEntry, ...] = ()
    rejected: tuple[OutboxEntry, ...] = ()
    waiting: int = 0  # drafts of the owner still waiting after the pass
    stopped_by: ConnectorError | None = None  # why the pass stopped early (the system is not taking drafts)


OutboxListener = Callable[[str, OutboxEntry | None], None]  # (event, entry): queued|sending|delivered|...


class TicketOutbox:
    """Drafts of one desk, delivered through ``sender``; see the module docstring for the guarantees."""

    def __init__(
        self,
        db: LocalDatabase,
        sender: TicketSender,
        owner: Callable[[], str | None],
        *,
        clock: Callable[[], datetime] | None = None,
        retry_delays: tuple[float, ...] = (2, 5, 10, 30, 60),
    ) -> None:
        self._db = db
        self._send = sender
        self._owner = owner
        self._clock = clock
        self._retry_delays = retry_delays
        self._lock = asyncio.Lock()
        self._listeners: list[OutboxListener] = []
        self._wake: asyncio.Event | None = None
        self._worker: asyncio.Task | None = None
        self._failures = 0
        self.last_report: DeliveryReport | None = None

    # -- listeners ---------------------------------------------------------------------------------
    def add_listener(self, listener: OutboxListener) -> Callable[[], None]:
        """``listener(event, entry)`` on the event loop after each change; returns a remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: str, entry: OutboxEntry | None) -> None:
        for listener in list(self._listeners):
            try:
                listener(event, entry)
            except Exception:  # a broken view must not stop deliveries
                log.exception("outbox listener failed")

    def _now(self) -> str:
        return utc_iso(self._clock() if self._clock else None)

    # -- accepting drafts ------------------------------------------------------------------------------
    async def enqueue(self, draft: TicketDraft, *, draft_id: str, idempotency_key: str) -> OutboxEntry:
        """Store ``draft`` durably; the same ``draft_id`` again returns the stored entry unchanged.

        A ``rejected`` draft submitted again (corrected) goes back to waiting with its new content and
        its old key: the system recorded nothing for the refused attempt.
        """
        owner = self._owner()
        if not owner:
            raise RuntimeError("nobody is signed in: a ticket draft needs its agent")
        if not draft_id or not idempotency_key:
            raise ValueError("a draft needs its draft id and idempotency key")
        row = {
            "draft_id": draft_id,
            "idempotency_key": idempotency_key,
            "owner": owner,
            "customer_id": draft.customer_id,
            "service_number": draft.number,
            "ticket_type": draft.ticket_type,
            "summary": draft.summary,
            "draft_json": draft_to_json(draft),
            "state": PENDING,
            "created_at": self._now(),
        }

        def write(db) -> tuple[dict, str]:
            existing = _select(db, "draft_id = ?", (draft_id,))
            if existing is None:
                db.conn.execute(
                    f"INSERT INTO ticket_outbox ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                return _select(db, "draft_id = ?", (draft_id,)), "queued"
            if existing["state"] == REJECTED:
                db.conn.execute(
                    "UPDATE ticket_outbox SET draft_json = ?, summary = ?, customer_id = ?, service_number = ?,"
                    " ticket_type = ?, state = 'pending', last_error = '', last_error_kind = '' WHERE draft_id = ?",
                    (
                        row["draft_json"],
                        row["summary"],
                        row["customer_id"],
                        row["service_number"],
                        row["ticket_type"],
                        draft_id,
                    ),
                )
                return _select(db, "draft_id = ?", (draft_id,)), "queued"
            return existing, ""

        stored, event = await self._db.write(write, durable=True)
        entry = _entry(stored)
        if event:
            log.info("outbox: draft %s queued (%s, %s)", draft_id, entry.ticket_type, entry.number)
            self._emit(event, entry)
            self.wake()
        return entry

    # -- reading ---------------------------------------------------------------------------------------
    async def entry(self, draft_id: str) -> OutboxEntry | None:
        row = await self._db.read(lambda db: _select(db, "draft_id = ?", (draft_id,)))
        return _entry(row) if row else None

    async def entries(
        self,
        *,
        owner: str | None = None,
        customer_id: str | None = None,
        states: tuple[str, ...] | None = None,
        limit: int = 200,
    ) -> list[OutboxEntry]:
        """Newest first."""
        where, params = ["1 = 1"], []
        if owner is not None:
            where.append("owner = ?")
            params.append(owner)
        if customer_id is not None:
            where.append("customer_id = ?")
            params.append(customer_id)
        if states:
            where.append(f"state IN ({', '.join('?' * len(states))})")
            params.extend(states)
        sql = f"SELECT * FROM ticket_outbox WHERE {' AND '.join(where)} ORDER BY seq DESC LIMIT ?"
        rows = await self._db.aquery(sql, [*params, int(limit)])
        return [_entry(r) for r in rows]

    async def waiting(self, owner: str | None = None) -> list[OutboxEntry]:
        """The drafts still to be sent, in delivery order."""
        owner = owner if owner is not None else self._owner()
        rows = await self._db.aquery(
            "SELECT * FROM ticket_outbox WHERE owner = ? AND state IN ('pending', 'sending') ORDER BY seq",
            (owner or "",),
        )
        return [_entry(r) for r in rows]

    async def discard(self, draft_id: str) -> bool:
        """Drop a rejected draft the agent gave up on (waiting or delivered ones cannot be dropped)."""
        n = await self._db.aexecute(
            "DELETE FROM ticket_outbox WHERE draft_id = ? AND state = 'rejected'", (draft_id,)
        )
        if n:
            self._emit("discarded", None)
        return bool(n)

    async def settled_without_audit(self) -> list[OutboxEntry]:
        """Delivered or rejected drafts whose outcome has no audit entry (``audit_entry``, same database),
        oldest first: what a desk killed between marking a draft and auditing it left behind."""
        rows = await self._db.aquery(
            "SELECT * FROM ticket_outbox AS o WHERE o.state IN ('delivered', 'rejected') AND NOT EXISTS ("
            " SELECT 1 FROM audit_entry AS a WHERE a.idempotency_key = o.idempotency_key"
            " AND a.outcome = CASE o.state WHEN 'delivered' THEN 'ok' ELSE 'failed' END) ORDER BY o.seq"
        )
        return [_entry(r) for r in rows]

    # -- delivering ------------------------------------------------------------------------------------
    async def deliver_pending(self) -> DeliveryReport:
        """Send the owner's waiting drafts in order until done or the system stops taking them."""
        async with self._lock:
            report = await self._pass()
        self.last_report = report
        return report

    async def _pass(self) -> DeliveryReport:
        owner = self._owner()
        delivered: list[OutboxEntry] = []
        rejected: list[OutboxEntry] = []
        if not owner:
            return DeliveryReport(waiting=0)
        while True:
            row = await self._db.read(
                lambda db: _select(
                    db, "owner = ? AND state IN ('pending', 'sending') ORDER BY seq LIMIT 1", (owner,)
                )
            )
            if row is None:
                return DeliveryReport(tuple(delivered), tuple(rejected), 0)
            entry = _entry(row)
            entry = await self._update(
                entry,
                "state = 'sending', attempts = attempts + 1, last_attempt_at = ?",
                (self._now(),),
            )
            self._emit("sending", entry)
            try:
                sent = await self._send(entry.draft, entry.idempotency_key)
            except RequestRejected as exc:
                entry = await self._update(
                    entry,
                    "state = 'rejected', last_error = ?, last_error_kind = ?",
                    (_message(exc), exc.kind),
                )
                log.warning("outbox: ticket system refused draft %s: %s", entry.draft_id, exc)
                rejected.append(entry)
                self._emit("rejected", entry)
                continue
            except ConnectorError as exc:
                entry = await self._update(
                    entry,
                    "state = 'pending', last_error = ?, last_error_kind = ?",
                    (_message(exc), exc.kind),
                )
                log.info("outbox: draft %s waits (%s)", entry.draft_id, exc)
                self._emit("waiting", entry)
                waiting = await self._count_waiting(owner)
                return DeliveryReport(tuple(delivered), tuple(rejected), waiting, exc)
            entry = await self._update(
                entry,
                "state = 'delivered', delivered_at = ?, ticket_id = ?, ticket_system = ?,"
                " last_error = '', last_error_kind = ''",
                (self._now(), sent.ticket_id, sent.ticket_system),
            )
            log.info(
                "outbox: draft %s delivered as %s%s",
                entry.draft_id,
                sent.ticket_id,
                " (replayed)" if sent.replayed else "",
            )
            delivered.append(entry)
            self._emit("delivered", entry)

    async def _update(self, entry: OutboxEntry, assignments: str, params: tuple[Any, ...]) -> OutboxEntry:
        def write(db) -> dict:
            db.conn.execute(f"UPDATE ticket_outbox SET {assignments} WHERE seq = ?", (*params, entry.seq))
            return _select(db, "seq = ?", (entry.seq,))

        return _entry(await self._db.write(write, durable=True))

    async def _count_waiting(self, owner: str) -> int:
        return int(
            await asyncio.to_thread(
                self._db.scalar,
                "SELECT COUNT(*) FROM ticket_outbox WHERE owner = ? AND state IN ('pending', 'sending')",
                (owner,),
            )
        )

    # -- the background worker ---------------------------------------------------------------------------
    def start(self) -> None:
        """Deliver in the background: now, after each ``wake()``, and with growing pauses while it fails."""
        if self._worker is None or self._worker.done():
            self._wake = asyncio.Event()
            self._wake.set()
            self._worker = asyncio.ensure_future(self._run())

    def wake(self) -> None:
        """Try again now (a draft was queued, the agent signed in, the system came back)."""
        if self._wake is not None:
            self._failures = 0
            self._wake.set()

    @property
    def running(self) -> bool:
        return self._worker is not None and not self._worker.done()

    async def _run(self) -> None:
        assert self._wake is not None
        delay: float | None = None
        while True:
            try:
                try:
                    if delay is None:
                        await self._wake.wait()
                    else:
                        # asyncio.timeout, not wait_for(wake.wait()): wait_for fails before awaiting the
                        # coroutine it was handed when no loop runs, leaving "Event.wait never awaited"
                        async with asyncio.timeout(delay):
                            await self._wake.wait()
                except TimeoutError:
                    pass
                self._wake.clear()
                report = await self.deliver_pending()
            except asyncio.CancelledError:
                raise
            except Exception:
                # Local storage trouble, or a step taken while no event loop was "running" (qasync's
                # run_until_complete processes Qt events once more after it stopped): keep the worker
                # alive, yield without needing the loop, and try again later.
                log.exception("outbox delivery pass failed")
                report = DeliveryReport(waiting=1)
                await asyncio.sleep(0)
            if report.waiting:
                # the system is down, slow or the sign-in expired: try again later, less and less often;
                # with some jitter, so desks that lost the system together do not return together
                delay = self._retry_delays[min(self._failures, len(self._retry_delays) - 1)]
                delay *= random.uniform(0.8, 1.2)
                self._failures += 1
            else:
                self._failures = 0
                delay = None  # all sent: sleep until the next wake() (a new draft)

    async def aclose(self) -> None:
        """Stop the worker; waiting drafts stay in the database for the next start."""
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
            try:
                await self._worker
            except asyncio.CancelledError:
                pass
        self._worker = None


def _select(db, where: str, params: tuple[Any, ...]) -> dict | None:
    cursor = db.conn.execute(f"SELECT * FROM ticket_outbox WHERE {where}", params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _entry(row: dict) -> OutboxEntry:
    return OutboxEntry(
        seq=row["seq"],
        draft_id=row["draft_id"],
        idempotency_key=row["idempotency_key"],
        owner=row["owner"],
        customer_id=row["customer_id"],
        number=row["service_number"],
        ticket_type=row["ticket_type"],
        summary=row["summary"],
        draft=draft_from_json(row["draft_json"]),
        state=row["state"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        last_error_kind=row["last_error_kind"],
        created_at=parse_utc_iso(row["created_at"]),
        last_attempt_at=parse_utc_iso(row["last_attempt_at"]) if row["last_attempt_at"] else None,
        delivered_at=parse_utc_iso(row["delivered_at"]) if row["delivered_at"] else None,
        ticket_id=row["ticket_id"],
        ticket_system=row["ticket_system"],
    )


def _message(exc: ConnectorError) -> str:
    text = exc.message or str(exc)
    return text if len(text) <= 500 else text[:499] + "…"
