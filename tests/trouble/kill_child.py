"""A desk process for the kill test: it opens the local database (and says whether it is sound), starts
the ticket outbox, then writes notes, note edits, audit entries and ticket drafts as fast as it can,
printing one ``ACK`` line after each write the desk acknowledged, until it is killed.

    python -m tests.trouble.kill_child URL ROUND CUSTOMER_ID NUMBER
"""

from __future__ import annotations

import asyncio
import json
import sys

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.audit import OK, AuditTrail
from agentdesk.services.tickets.services import build_ticket_services
from agentdesk.services.toolbox.notes import NotesService
from agentdesk.storage.database import open_database

AGENT = "demo_agent"


def ack(kind: str, **fields) -> None:
    print("ACK", json.dumps({"kind": kind, **fields}, ensure_ascii=False), flush=True)


async def main(url: str, round_no: int, customer_id: str, number: str) -> None:
    db = open_database()  # runs pending migrations: a torn earlier write must not stop it
    integrity = db.scalar("PRAGMA integrity_check")
    counts = {
        table: db.scalar(f"SELECT COUNT(*) FROM {table}")
        for table in ("toolbox_note", "audit_entry", "ticket_outbox")
    }
    print("OPEN", json.dumps({"integrity": integrity, **counts}), flush=True)
    office = BackOffice(BackendConfig.from_base_url(url, retry_backoff_s=0.01, circuit_cooldown_s=0.0))
    await office.login(AGENT, "demo")
    audit = AuditTrail(db)
    notes = NotesService(db, owner=AGENT)
    tickets = build_ticket_services(office.tickets, db, lambda: AGENT, audit=audit, retry_delays=(0.05,))
    tickets.start()  # drafts an earlier, killed process left behind go out now
    print("READY", flush=True)
    i = 0
    while True:
        tag = f"r{round_no}-{i}"
        note = await notes.create(f"kill note {tag}")
        ack("note", id=note.id, body=note.body)
        edited = await notes.save(note.id, f"kill note {tag} edited")
        ack("edit", id=note.id, body=edited.body)
        await audit.record(
            agent=AGENT, system="crm", operation="killTest", idempotency_key=f"kill-{tag}", outcome=OK,
            customer_id=customer_id, number=number, request={"tag": tag},
        )  # fmt: skip
        ack("audit", key=f"kill-{tag}")
        draft = TicketDraft(
            ticket_type="consult", category="账单查询", description=f"kill test draft {tag}",
            customer_id=customer_id, number=number,
        )  # fmt: skip
        result = await tickets.desk.submit(draft, f"kill-{tag}", wait=0.0)
        ack("draft", draft_id=result.draft_id)
        i += 1


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]))
