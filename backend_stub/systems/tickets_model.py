"""tickets, the data side: constants of the two ticket systems, the ticket and run filters shared by
the list and statistics routes, and the TMF621 JSON of a ticket and of a pretreatment run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from backend_stub.db import Database, iso, loads, utcnow
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page

SYSTEM_OF = {"consult": "10000", "complaint": "10000", "fault": "112"}
STATUSES = ("acknowledged", "inProgress", "resolved", "closed", "cancelled")
OPEN_STATUSES = ("acknowledged", "inProgress")
STUCK_HOURS = 48
# hours from creation to the due time, by ticket type and severity (the operator's service promise)
DUE_HOURS = {
    "consult": {"critical": 4, "major": 24, "minor": 48},
    "complaint": {"critical": 12, "major": 24, "minor": 72},
    "fault": {"critical": 4, "major": 12, "minor": 24},
}
PRIORITY_OF = {"critical": 1, "major": 2, "minor": 3}
# the category dictionary the two systems share; the lists say which categories each type normally uses
CATEGORIES = {
    "consult": ["业务咨询", "资费套餐", "账单查询", "停复机", "宽带业务", "无线上网", "增值业务", "营销活动"],
    "complaint": ["计费争议", "停复机", "增值业务", "宽带故障", "无线上网", "服务态度", "网络质量", "装移机"],
    "fault": ["宽带故障", "固话故障", "无线上网", "手机通信", "停复机", "附属业务", "集团虚拟网", "装移机"],
}
ALL_CATEGORIES = sorted({c for cats in CATEGORIES.values() for c in cats})
# pretreatment flow that handles a category (resources/flows/<flow id>)
FLOW_OF_CATEGORY = {
    "计费争议": "billing-dispute",
    "停复机": "barred-after-payment",
    "宽带故障": "broadband-login",
    "无线上网": "wireless-data",
    "增值业务": "vas-dispute",
    "附属业务": "addon-not-working",
    "集团虚拟网": "mobile-vpn",
    "装移机": "order-not-completed",
}
TRANSITIONS = {
    "acknowledged": {"inProgress", "resolved", "closed", "cancelled"},
    "inProgress": {"resolved", "closed", "cancelled"},
    "resolved": {"closed", "inProgress"},
    "closed": set(),
    "cancelled": set(),
}


# -- time helpers ---------------------------------------------------------------------------------
def utc_text(value: datetime | None, field: str) -> str | None:
    """A client's datetime as the simulator's ISO text; naive means UTC. Odd years are refused."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise bad_request(field, f"{field}: not a usable time") from exc
    if not 2000 <= value.year <= 2100:
        raise bad_request(field, f"{field}: year must be between 2000 and 2100")
    return iso(value)


def due_time(created: datetime, ticket_type: str, severity: str) -> datetime:
    return created + timedelta(hours=DUE_HOURS[ticket_type][severity])


def next_seq(db: Database, key: str, count: int = 1) -> int:
    """Reserve ``count`` numbers of a counter kept in stub_meta; returns the first one."""
    with db.tx():
        first = int(db.meta(key) or 0) + 1
        db.set_meta(key, str(first + count - 1))
    return first


def ticket_id(system: str, seq: int) -> str:
    return f"T{system}-{seq:08d}"


# -- reading --------------------------------------------------------------------------------------
SELECT_TICKETS = """
SELECT t.*, u.team AS team, u.display_name AS creator_name, c.name AS customer_name,
  (SELECT MAX(s.at) FROM tickets_status_change s WHERE s.ticket_id = t.id) AS status_changed_at,
  (SELECT MAX(n.at) FROM tickets_note n WHERE n.ticket_id = t.id) AS noted_at
FROM tickets_ticket t
LEFT JOIN auth_user u ON u.username = t.created_by
LEFT JOIN crm_customer c ON c.id = t.customer_id
"""
COUNT_TICKETS = "SELECT COUNT(*) FROM tickets_ticket t LEFT JOIN auth_user u ON u.username = t.created_by"
LAST_CHANGE = "(SELECT MAX(s.at) FROM tickets_status_change s WHERE s.ticket_id = t.id)"


@dataclass
class TicketFilter:
    """The ticket filters shared by the list and the statistics, so their numbers agree."""

    customer_id: str | None = None
    number: str | None = None
    created_by: str | None = None
    team: str | None = None
    statuses: list[str] | None = None
    ticket_system: str | None = None
    ticket_type: str | None = None
    category: str | None = None
    start: str | None = None
    end: str | None = None
    overdue: bool | None = None
    escalated: bool | None = None
    stuck: bool | None = None
    pretreated: bool | None = None
    closed_at_front_line: bool | None = None

    def where(self, now: datetime) -> tuple[str, list]:
        sql, args = " WHERE 1=1", []
        for column, value in (
            ("t.customer_id", self.customer_id),
            ("t.number", self.number),
            ("t.created_by", self.created_by),
            ("u.team", self.team),
            ("t.system", self.ticket_system),
            ("t.ticket_type", self.ticket_type),
            ("t.category", self.category),
        ):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(value)
        if self.statuses:
            sql += f" AND t.status IN ({','.join('?' for _ in self.statuses)})"
            args += self.statuses
        if self.start is not None:
            sql += " AND t.created_at >= ?"
            args.append(self.start)
        if self.end is not None:
            sql += " AND t.created_at < ?"
            args.append(self.end)
        for column, value in (
            ("t.escalated", self.escalated),
            ("t.pretreated", self.pretreated),
            ("t.closed_at_front_line", self.closed_at_front_line),
        ):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(int(value))
        is_open = "t.status IN ('acknowledged', 'inProgress')"
        if self.overdue is not None:
            sql += f" AND {'' if self.overdue else 'NOT '}({is_open} AND t.due_at < ?)"
            args.append(iso(now))
        if self.stuck is not None:
            sql += f" AND {'' if self.stuck else 'NOT '}({is_open} AND {LAST_CHANGE} < ?)"
            args.append(iso(now - timedelta(hours=STUCK_HOURS)))
        return sql, args


def select_tickets(db: Database, flt: TicketFilter, now: datetime, page: Page | None = None) -> list[dict]:
    where, args = flt.where(now)
    sql = SELECT_TICKETS + where + " ORDER BY t.created_at DESC, t.rowid DESC"
    return db.query(sql + (page.sql() if page else ""), args)


def count_tickets(db: Database, flt: TicketFilter, now: datetime) -> int:
    where, args = flt.where(now)
    return int(db.scalar(COUNT_TICKETS + where, args))


def ticket_json(row: dict, now: datetime, detail: dict | None = None) -> dict:
    """One ticket as TMF621 JSON; ``overdue`` and ``stuck`` are judged at ``now``."""
    now_s = iso(now)
    changed = row["status_changed_at"] or row["created_at"]
    is_open = row["status"] in OPEN_STATUSES
    out = {
        "id": row["id"],
        "href": f"/tickets/troubleTicket/{row['id']}",
        "@type": "TroubleTicket",
        "ticketType": row["ticket_type"],
        "ticketSystem": row["system"],
        "category": row["category"],
        "severity": row["severity"],
        "priority": row["priority"],
        "status": row["status"],
        "statusChangeDate": changed,
        "description": row["description"],
        "customerId": row["customer_id"],
        "customerName": row["customer_name"],
        "number": row["number"],
        "contactPhone": row["contact_phone"],
        "requestedCallbackDate": row["callback_at"],
        "createdBy": row["created_by"],
        "createdByName": row["creator_name"],
        "team": row["team"],
        "creationDate": row["created_at"],
        "lastUpdate": max(changed, row["noted_at"] or ""),
        "expectedResolutionDate": row["due_at"],
        "resolutionDate": row["resolved_at"],
        "escalated": bool(row["escalated"]),
        "pretreated": bool(row["pretreated"]),
        "closedAtFrontLine": bool(row["closed_at_front_line"]),
        "flowRunId": row["flow_run_id"],
        "eventId": row["event_id"],
        "satisfaction": row["satisfaction"],
        "evidence": loads(row["evidence_json"], {}),
        "overdue": is_open and row["due_at"] < now_s,
        "stuck": is_open and changed < iso(now - timedelta(hours=STUCK_HOURS)),
    }
    if detail is not None:
        out.update(detail)
    return out


def load_ticket(db: Database, tid: str, now: datetime | None = None) -> dict:
    """The full ticket with its notes and status history (oldest first)."""
    now = now or utcnow()
    row = db.one(SELECT_TICKETS + " WHERE t.id = ?", (tid,))
    if row is None:
        raise not_found("troubleTicket", tid)
    notes = db.query(
        "SELECT id, author, at, text FROM tickets_note WHERE ticket_id=? ORDER BY at, id", (tid,)
    )
    changes = db.query(
        "SELECT status, at, by, note FROM tickets_status_change WHERE ticket_id=? ORDER BY at, id", (tid,)
    )
    return ticket_json(
        row,
        now,
        {
            "note": [
                {"id": str(n["id"]), "author": n["author"], "date": n["at"], "text": n["text"]} for n in notes
            ],
            "statusChange": [
                {
                    "status": c["status"],
                    "statusChangeDate": c["at"],
                    "changedBy": c["by"],
                    "statusChangeReason": c["note"],
                }
                for c in changes
            ],
        },
    )


def statuses_param(text: str | None) -> list[str] | None:
    if not text:
        return None
    chosen = [s.strip() for s in text.split(",") if s.strip()]
    for s in chosen:
        if s not in STATUSES:
            raise bad_request("status", f"status: unknown status {s!r}; one of {', '.join(STATUSES)}")
    return chosen or None


def period_text(start: datetime | None, end: datetime | None) -> tuple[str | None, str | None]:
    a, b = utc_text(start, "from"), utc_text(end, "to")
    if a and b and a >= b:
        raise bad_request("to", "to: must be later than from")
    return a, b


def add_history(db: Database, tid: str, status: str, at: str, by: str, note: str | None = None) -> None:
    db.execute(
        "INSERT INTO tickets_status_change(ticket_id, at, status, by, note) VALUES (?,?,?,?,?)",
        (tid, at, status, by, note),
    )


SELECT_RUNS = """
SELECT r.*, u.team AS team FROM tickets_flow_run r LEFT JOIN auth_user u ON u.username = r.agent
"""


def run_json(row: dict) -> dict:
    return {
        "id": row["id"],
        "href": f"/tickets/flowRun/{row['id']}",
        "@type": "PretreatmentRun",
        "flowId": row["flow_id"],
        "number": row["number"],
        "customerId": row["customer_id"],
        "agent": row["agent"],
        "team": row["team"],
        "startedAt": row["started_at"],
        "durationMs": row["duration_ms"],
        "outcome": row["outcome"],
        "ticketId": row["ticket_id"],
        "steps": loads(row["steps_json"], []),
    }


@dataclass
class RunFilter:
    agent: str | None = None
    team: str | None = None
    number: str | None = None
    customer_id: str | None = None
    flow_id: str | None = None
    outcome: str | None = None
    start: str | None = None
    end: str | None = None

    def where(self) -> tuple[str, list]:
        sql, args = " WHERE 1=1", []
        for column, value in (
            ("r.agent", self.agent),
            ("u.team", self.team),
            ("r.number", self.number),
            ("r.customer_id", self.customer_id),
            ("r.flow_id", self.flow_id),
            ("r.outcome", self.outcome),
        ):
            if value is not None:
                sql += f" AND {column} = ?"
                args.append(value)
        if self.start is not None:
            sql += " AND r.started_at >= ?"
            args.append(self.start)
        if self.end is not None:
            sql += " AND r.started_at < ?"
            args.append(self.end)
        return sql, args


def select_runs(db: Database, flt: RunFilter, page: Page | None = None) -> list[dict]:
    where, args = flt.where()
    return db.query(
        SELECT_RUNS + where + " ORDER BY r.started_at DESC, r.rowid DESC" + (page.sql() if page else ""), args
    )
