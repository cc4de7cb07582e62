"""The local audit trail: every back-office write made from this desk, whatever its outcome.

It answers "who changed what for this customer, when, and did it work" for the agent and the team
lead, and links each line to the back office through the idempotency key the write was sent with.
The request is kept as a short summary with personal data masked and secrets removed (a password
reset carries the new password). The desk retries writes with the same key, so recording the same
key and outcome again adds nothing: the first record stands and is returned.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agentdesk.domain.masking import mask_address, mask_email, mask_id_card, mask_phone
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

OK = "ok"
FAILED = "failed"
WAITING = "waiting"  # listed only: a ticket draft the outbox keeps trying to send (never recorded)
SUMMARY_LIMIT = 1000  # characters: enough to see what was asked, small enough for a table cell
MESSAGE_LIMIT = 500
SECRET_MASK = "******"

_ID_CARD_IN_TEXT = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_SECRET_PARTS = ("password", "passwd", "secret", "token", "credential", "authorization", "apikey")
_SECRET_NAMES = {"pwd", "pin", "otp", "cvv", "puk"}
_ID_PARTS = ("idcard", "idnumber", "idno", "certificate", "certno", "identity", "passport")


@dataclass(frozen=True)
class AuditEntry:
    """One recorded outcome of one back-office write."""

    id: int
    at: datetime  # aware, UTC
    agent: str
    customer_id: str
    number: str
    system: str
    operation: str
    idempotency_key: str
    request_summary: str
    outcome: str  # OK or FAILED (WAITING: a ticket draft not yet sent, see AuditTrail.waiting)
    message: str

    @property
    def ok(self) -> bool:
        return self.outcome == OK

    @property
    def at_local_text(self) -> str:
        """When, in the desk's local time zone, as agents read it."""
        return self.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditTrail:
    """Records and lists audit entries in the local database (``async``; SQLite runs off the loop)."""

    def __init__(self, db: LocalDatabase) -> None:
        self._db = db
        self._listeners: list[Callable[[AuditEntry], None]] = []

    def add_listener(self, listener: Callable[[AuditEntry], None]) -> None:
        """Call ``listener(entry)`` on the event loop after each record (e.g. to refresh a view)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[AuditEntry], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    async def record(
        self,
        *,
        agent: str,
        system: str,
        operation: str,
        idempotency_key: str,
        outcome: str,
        message: str = "",
        customer_id: str = "",
        number: str = "",
        request: Any = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        """Record one outcome of a write; the same key and outcome again returns the first record."""
        for name, value in (("agent", agent), ("system", system), ("operation", operation)):
            if not value or not value.strip():
                raise ValueError(f"an audit entry needs a {name}")
        if not idempotency_key or not idempotency_key.strip():
            raise ValueError("an audit entry needs the idempotency key the write was sent with")
        if outcome not in (OK, FAILED):
            raise ValueError(f"outcome must be {OK!r} or {FAILED!r}, not {outcome!r}")
        row = {
            "recorded_at": utc_iso(at),
            "agent": agent.strip(),
            "customer_id": customer_id or "",
            "service_number": number or "",
            "system": system.strip(),
            "operation": operation.strip(),
            "idempotency_key": idempotency_key.strip(),
            "request_summary": summarize_request(request),
            "outcome": outcome,
            "message": _clip(_mask_text(message or ""), MESSAGE_LIMIT),
        }

        def write(db) -> tuple[dict, bool]:
            cursor = db.conn.execute(
                f"INSERT INTO audit_entry ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
                "ON CONFLICT (idempotency_key, outcome) DO NOTHING",
                list(row.values()),
            )
            stored = db.conn.execute(
                f"SELECT {_COLUMNS} FROM audit_entry WHERE idempotency_key = ? AND outcome = ?",
                (row["idempotency_key"], outcome),
            )
            return _row(stored), cursor.rowcount == 1

        stored, inserted = await self._db.write(write, durable=True)
        entry = _entry(stored)
        if inserted:
            log.info(
                "audit: %s %s.%s %s by %s", entry.number, entry.system, entry.operation, outcome, entry.agent
            )
            for listener in list(self._listeners):
                try:
                    listener(entry)
                except Exception:  # a broken view must not turn a recorded write into an error
                    log.exception("audit listener failed")
        return entry

    async def entries(
        self,
        *,
        customer_id: str | None = None,
        agent: str | None = None,
        number: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Newest first; ``since`` is inclusive, ``until`` exclusive; filters combine with AND."""
        where, params = [], []
        for column, value in (("customer_id", customer_id), ("agent", agent), ("service_number", number)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if since is not None:
            where.append("recorded_at >= ?")
            params.append(utc_iso(since))
        if until is not None:
            where.append("recorded_at < ?")
            params.append(utc_iso(until))
        sql = f"SELECT {_COLUMNS} FROM audit_entry"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?"
        rows = await self._db.aquery(sql, [*params, max(0, int(limit)), max(0, int(offset))])
        return [_entry(r) for r in rows]

    async def waiting(self, *, agent: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Ticket drafts still waiting in the ticket outbox (same database), newest first, as WAITING entries.

        A draft is audited only once the ticket system took or refused it, yet it is already a write this
        desk made; listing it here shows the agent it is not lost. ``message`` is the last attempt's error.
        """
        sql = (
            "SELECT seq, created_at, last_attempt_at, owner, customer_id, service_number, idempotency_key, "
            "summary, last_error FROM ticket_outbox WHERE state IN ('pending', 'sending')"
        )
        params: list[Any] = []
        if agent is not None:
            sql += " AND owner = ?"
            params.append(agent)
        rows = await self._db.aquery(sql + " ORDER BY seq DESC LIMIT ?", [*params, max(0, int(limit))])
        return [
            AuditEntry(
                id=-int(r["seq"]),  # not an audit row: negative, so it never collides with one
                at=parse_utc_iso(r["last_attempt_at"] or r["created_at"]),
                agent=r["owner"],
                customer_id=r["customer_id"],
                number=r["service_number"],
                system="tickets",
                operation="createTroubleTicket",
                idempotency_key=r["idempotency_key"],
                request_summary=_clip(_mask_text(r["summary"] or ""), SUMMARY_LIMIT),
                outcome=WAITING,
                message=_clip(_mask_text(r["last_error"] or ""), MESSAGE_LIMIT),
            )
            for r in rows
        ]


_COLUMNS = (
    "id, recorded_at, agent, customer_id, service_number, system, operation, idempotency_key, "
    "request_summary, outcome, message"
)


def _row(cursor) -> dict:
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def _entry(row: Mapping[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=parse_utc_iso(row["recorded_at"]),
        agent=row["agent"],
        customer_id=row["customer_id"],
        number=row["service_number"],
        system=row["system"],
        operation=row["operation"],
        idempotency_key=row["idempotency_key"],
        request_summary=row["request_summary"],
        outcome=row["outcome"],
        message=row["message"],
    )


# -- request summaries ----------------------------------------------------------------------------
def summarize_request(request: Any) -> str:
    """A short, masked rendering of a write's request body for the audit trail."""
    if request is None or request == "" or request == {}:
        return ""
    if isinstance(request, str):
        return _clip(_mask_text(request), SUMMARY_LIMIT)
    text = json.dumps(_mask_value(None, request), ensure_ascii=False, separators=(",", ":"), default=str)
    return _clip(text, SUMMARY_LIMIT)


def _mask_value(key: str | None, value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_value(key, v) for v in value]
    kind = _kind_of(key)
    if kind == "secret":
        return SECRET_MASK if value not in (None, "") else value
    if not isinstance(value, str):
        return value
    if kind == "id":
        return mask_id_card(value)
    if kind == "address":
        return mask_address(value)
    if kind == "email":
        return mask_email(value)
    if kind == "contact":
        return mask_phone(value)
    return _mask_text(value)


def _kind_of(key: str | None) -> str:
    """What a field name says its value is; the service number itself is not masked."""
    if not key:
        return ""
    name = re.sub(r"[^a-z0-9]", "", key.lower())
    if name in _SECRET_NAMES or any(part in name for part in _SECRET_PARTS):
        return "secret"
    if any(part in name for part in _ID_PARTS):
        return "id"
    if "address" in name or name.endswith("addr"):
        return "address"
    if "email" in name:
        return "email"
    if "contact" in name or "phone" in name or name in ("tel", "telephone", "mobile"):
        return "contact"
    return ""


def _mask_text(text: str) -> str:
    """Free text may still carry an ID card number: mask every one found."""
    return _ID_CARD_IN_TEXT.sub(lambda m: mask_id_card(m.group(0)), text)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
