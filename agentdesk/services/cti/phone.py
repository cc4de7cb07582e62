"""The phone's services wired together from the desk's shared parts (the feature plug-in and tests)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agentdesk.connectors.cti import CtiConnector
from agentdesk.services.cti.call_desk import CallDesk
from agentdesk.services.cti.history import CallHistory
from agentdesk.services.cti.line import PhoneLine


@dataclass
class Phone:
    line: PhoneLine
    calls: CallDesk
    history: CallHistory

    def start(self) -> None:
        self.line.start()

    async def aclose(self) -> None:
        await self.line.aclose()
        await self.calls.aclose()


def build_phone(
    desk: Any,
    *,
    wrapups: Callable[[], Any] | None = None,
    clock: Callable[[], float] = time.monotonic,
    **line_options: Any,
) -> Phone:
    """``desk``: the desk's services (backoffice, database, session, customers, audit, extras); ``clock``
    drives the call timers (a test moves it by hand).

    ``wrapups`` finds the ticket desk's wrap-up service when it is plugged in (looked up at each use, so
    the order features plug in does not matter).
    """
    backoffice = desk.backoffice
    cti = getattr(backoffice, "cti", None) or CtiConnector(backoffice.clients["cti"])

    def agent() -> str | None:
        return desk.session.user.username if desk.session.signed_in else None

    def ticket_wrapups() -> Any:
        return getattr(desk.extras.get("tickets"), "wrapups", None)

    history = CallHistory(desk.database, agent)
    calls = CallDesk(
        cti,
        desk.customers,
        history,
        agent=agent,
        audit=desk.audit,
        wrapups=wrapups or ticket_wrapups,
        clock=clock,
    )
    line = PhoneLine(cti, agent, calls.handle, on_connected=calls.catch_up, **line_options)
    return Phone(line=line, calls=calls, history=history)
