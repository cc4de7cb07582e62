"""Property: whatever the ticket system does meanwhile — down, failing, failing now and then, acting but
answering too late — and however often the desk restarts, every draft the desk accepted ends up as
exactly one ticket, and the tickets are created in the order the drafts were submitted."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.domain.ticket_drafts import TicketDraft
from agentdesk.services.tickets.desk import key_of
from agentdesk.services.tickets.services import build_ticket_services
from agentdesk.storage.database import LocalDatabase
from tests.services.tickets.support import creates_for_key, tickets_of

READ_TIMEOUT = 0.15
LATE_MS = 300  # longer than the read time-out: the system acts, the desk never hears the answer

FAULTS = {
    "none": None,
    "down": {"down": True},
    "errors": {"error_rate": 1.0, "error_status": 500},
    "flaky": {"error_rate": 0.5, "error_status": 503},
    "late": {"latency_ms": LATE_MS},
    "malformed": {"malformed_rate": 1.0},
}

operations = st.lists(
    st.one_of(
        st.tuples(st.just("submit"), st.sampled_from(["consult", "complaint", "fault"])),
        st.tuples(st.just("fault"), st.sampled_from(sorted(FAULTS))),
        st.tuples(st.just("deliver"), st.none()),
        st.tuples(st.just("restart"), st.none()),
    ),
    min_size=1,
    max_size=8,
)


class Desk:
    """One desk process: connector, local database and ticket services; ``restart`` loses the memory."""

    def __init__(self, url: str, path: Path) -> None:
        self.url, self.path = url, path
        self.office = self.db = self.services = None

    async def start(self) -> None:
        config = BackendConfig.from_base_url(
            self.url,
            retry_backoff_s=0.01,
            circuit_cooldown_s=0.0,
            read_timeout=READ_TIMEOUT,
            retry_attempts=2,
        )
        self.office = BackOffice(config)
        await self.office.login("demo_agent", "demo")
        self.db = LocalDatabase(self.path)
        self.services = build_ticket_services(self.office.tickets, self.db, lambda: "demo_agent")

    async def stop(self) -> None:
        await self.services.aclose()
        await self.office.aclose()
        self.db.close()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_every_accepted_draft_is_delivered_exactly_once(ops, stub_server, admin, api, run):
    customer = admin.post("/admin/scenarios", json={"fault": "healthy"}).json()
    workdir = Path(tempfile.mkdtemp(prefix="outbox-prop-"))
    accepted: list[str] = []

    def set_fault(name: str) -> None:
        spec = FAULTS[name]
        if spec is None:
            admin.delete("/admin/faults/tickets").raise_for_status()
        else:
            admin.put("/admin/faults/tickets", json=spec).raise_for_status()

    async def scenario() -> None:
        desk = Desk(stub_server.url, workdir / "agentdesk.sqlite")
        await desk.start()
        for op, arg in ops:
            if op == "submit":
                draft_id = f"prop-{workdir.name}-{len(accepted)}"
                draft = TicketDraft(
                    ticket_type=arg,
                    category="网络质量" if arg != "consult" else "业务咨询",
                    description=f"property draft {len(accepted)}",
                    customer_id=customer["customer_id"],
                    number=customer["number"],
                )
                result = await desk.services.desk.submit(draft, draft_id, wait=2.0)
                assert not result.rejected
                accepted.append(draft_id)
            elif op == "fault":
                set_fault(arg)
            elif op == "deliver":
                await desk.services.outbox.deliver_pending()
            else:
                await desk.stop()
                desk = Desk(stub_server.url, desk.path)
                await desk.start()
        # the system recovers; requests answered too late finish on the server; the desk restarts
        set_fault("none")
        await asyncio.sleep(LATE_MS / 1000 + 0.2)
        await desk.stop()
        desk = Desk(stub_server.url, desk.path)
        await desk.start()
        report = await desk.services.outbox.deliver_pending()
        assert report.waiting == 0, report
        entries = sorted(await desk.services.outbox.entries(limit=1000), key=lambda e: e.seq)
        await desk.stop()
        assert [e.draft_id for e in entries] == accepted
        assert all(e.state == "delivered" for e in entries)
        numbers = [int(e.ticket_id.rsplit("-", 1)[1]) for e in entries]
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)  # in order, all different

    try:
        run(scenario(), timeout=60)
    finally:
        admin.delete("/admin/faults/tickets")
    listed = tickets_of(api, customer["customer_id"])
    assert len(listed) == len(accepted)
    for draft_id in accepted:
        assert len(creates_for_key(admin, key_of(draft_id))) == 1, draft_id
