"""A desk process for the kill -9 test: it queues ticket drafts while the ticket system is down, then
keeps trying to send them until it is killed. Prints QUEUED lines and READY on stdout."""

from __future__ import annotations

import asyncio
import sys

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.tickets.services import build_ticket_services
from agentdesk.storage.database import open_database


async def main(url: str, customer_id: str, number: str, count: int) -> None:
    office = BackOffice(BackendConfig.from_base_url(url, retry_backoff_s=0.01, circuit_cooldown_s=0.0))
    await office.login("demo_agent", "demo")
    services = build_ticket_services(
        office.tickets, open_database(), lambda: "demo_agent", retry_delays=(0.05,)
    )
    for i in range(count):
        draft = TicketDraft(
            ticket_type="fault" if i % 2 else "complaint",
            category="宽带故障",
            description=f"killed desk draft #{i}",
            customer_id=customer_id,
            number=number,
        )
        result = await services.desk.submit(draft, f"killed-{i}", wait=1.0)
        print("QUEUED", result.draft_id, result.entry.state, flush=True)
    print("READY", flush=True)
    services.start()
    await asyncio.Event().wait()  # until SIGKILL


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
