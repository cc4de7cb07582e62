"""The customers an agent looked up last, for the search box and the start page.

Kept per agent (several agents may share one Windows account) and per customer: finding the same
customer again, by any of their numbers, moves them to the top instead of adding a line. Only the
last ``limit`` (20) are kept. A convenience list, so writes are not fsync'ed (``durable=False``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

LIMIT = 20


@dataclass(frozen=True)
class RecentCustomer:
    number: str  # the service number last used to find the customer
    name: str
    customer_id: str
    looked_up_at: datetime  # aware, UTC


class RecentCustomers:
    """The signed-in agent's recent customers, newest first (``async``; SQLite runs off the loop)."""

    def __init__(
        self, db: LocalDatabase, agent: str | Callable[[], str | None] | None = None, limit: int = LIMIT
    ) -> None:
        """``agent``: the user name, or a callable giving the signed-in agent's (so one instance can be
        built before sign-in); without an agent the list is empty and ``add`` refuses."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._db = db
        self._agent = agent
        self.limit = limit

    @property
    def agent(self) -> str:
        """The agent whose list this is now ('' before sign-in)."""
        agent = self._agent() if callable(self._agent) else self._agent
        return (agent or "").strip()

    async def add(self, number: str, name: str, customer_id: str, at: datetime | None = None) -> None:
        """Remember a look-up; an empty ``name`` keeps the name known from before."""
        number, customer_id = (number or "").strip(), (customer_id or "").strip()
        if not number or not customer_id:
            raise ValueError("a recent customer needs a service number and a customer id")
        agent, limit, when = self.agent, self.limit, utc_iso(at)
        if not agent:
            raise ValueError("recent customers belong to a signed-in agent")

        def write(db) -> None:
            db.conn.execute(
                """
                INSERT INTO recent_customer (agent, customer_id, service_number, name, looked_up_at, seq)
                VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM recent_customer WHERE agent = ?))
                ON CONFLICT (agent, customer_id) DO UPDATE SET
                    service_number = excluded.service_number,
                    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE recent_customer.name END,
                    looked_up_at = excluded.looked_up_at,
                    seq = excluded.seq
                """,
                (agent, customer_id, number, (name or "").strip(), when, agent),
            )
            db.conn.execute(
                """
                DELETE FROM recent_customer WHERE agent = ? AND seq NOT IN
                    (SELECT seq FROM recent_customer WHERE agent = ? ORDER BY seq DESC LIMIT ?)
                """,
                (agent, agent, limit),
            )

        await self._db.write(write, durable=False)

    async def list(self) -> Sequence[RecentCustomer]:
        """Newest first, at most ``limit``; empty before sign-in."""
        if not self.agent:
            return []
        rows = await self._db.aquery(
            "SELECT service_number, name, customer_id, looked_up_at FROM recent_customer "
            "WHERE agent = ? ORDER BY seq DESC LIMIT ?",
            (self.agent, self.limit),
        )
        return [
            RecentCustomer(r["service_number"], r["name"], r["customer_id"], parse_utc_iso(r["looked_up_at"]))
            for r in rows
        ]

    async def clear(self) -> None:
        """Forget this agent's recent customers (the agent's "clear history")."""
        if self.agent:
            await self._db.aexecute(
                "DELETE FROM recent_customer WHERE agent = ?", (self.agent,), durable=False
            )
