"""Pretreatment runs this desk ran that the back end has not accepted yet (stored, not reported).

The pretreatment feature stores every run before it reports it (``pretreatment_run``, ``reported_at`` NULL
until the ticket system accepted it). The back end's statistics cannot know those, so the dashboard adds
them where they belong: they are the signed-in user's own runs, so only when the dashboard shows that
user's team (or all teams) and no other agent. Without the pretreatment table there is nothing to add.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from agentdesk.domain.session import AgentUser
from agentdesk.domain.tickets import FLOW_OUTCOMES, FlowRun
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.timestamps import parse_utc_iso, utc_iso

log = logging.getLogger(__name__)

TABLE = "pretreatment_run"


class LocalRunRecords:
    def __init__(self, database: LocalDatabase, user: Callable[[], AgentUser | None]) -> None:
        self._db = database
        self._user = user

    def relevant(self, team: str | None, agent: str | None) -> bool:
        """Whether this desk's runs belong in a dashboard filtered by ``team`` and ``agent``."""
        user = self._user()
        if user is None:
            return False
        return (team is None or team == user.team) and (agent is None or agent == user.username)

    async def unreported(
        self, since: datetime, until: datetime, *, team: str | None = None, agent: str | None = None
    ) -> list[FlowRun]:
        """The user's ended runs started in [since, until) that the back end has not accepted yet."""
        user = self._user()
        if user is None or not self.relevant(team, agent):
            return []
        try:
            exists = await self._db.aone(
                "SELECT 1 AS x FROM sqlite_master WHERE type='table' AND name=?", (TABLE,)
            )
            if exists is None:
                return []
            marks = ",".join("?" for _ in FLOW_OUTCOMES)
            rows = await self._db.aquery(
                f"SELECT id, flow_id, agent, customer_id, service_number, started_at, duration_ms, outcome,"
                f" ticket_id FROM {TABLE} WHERE reported_at IS NULL AND agent = ? AND outcome IN ({marks})"
                f" AND started_at >= ? AND started_at < ? ORDER BY started_at DESC",
                (user.username, *FLOW_OUTCOMES, utc_iso(since), utc_iso(until)),
            )
        except Exception:  # the local store is an addition: the dashboard works without it
            log.exception("local pretreatment runs could not be read")
            return []
        return [
            FlowRun(
                id=r["id"],
                flow_id=r["flow_id"],
                number=r["service_number"] or None,
                customer_id=r["customer_id"] or None,
                agent=r["agent"],
                team=user.team,
                started_at=parse_utc_iso(r["started_at"]),
                duration_ms=int(r["duration_ms"] or 0),
                outcome=r["outcome"],
                ticket_id=r["ticket_id"] or None,
            )  # fmt: skip
            for r in rows
        ]
