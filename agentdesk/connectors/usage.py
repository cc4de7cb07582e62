"""Usage (TMF635): call detail records of one number, at most one month per query, and their totals."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from agentdesk.connectors.base import SystemClient
from agentdesk.connectors.common import get_page, page_of
from agentdesk.connectors.parsing import Fields
from agentdesk.domain.common import Page
from agentdesk.domain.usage import UsageRecord, UsageSummary, UsageTotals

SYSTEM = "usage"
When = date | datetime | str | None


def _record(f: Fields) -> UsageRecord:
    return UsageRecord(
        id=f.req_str("id"),
        usage_type=f.req_str("usageType"),
        at=f.req_dt("usageDate"),
        number=f.req_str("number"),
        peer_number=f.opt_str("peerNumber"),
        duration_s=f.opt_int("durationSeconds", 0) or 0,
        volume_kb=f.opt_int("volumeKb", 0) or 0,
        location=f.str_or("location"),
        amount=f.req_int("amount"),
        description=f.str_or("description"),
        status=f.str_or("status", "rated"),
    )


def _totals(f: Fields) -> UsageTotals:
    return UsageTotals(
        usage_type=f.opt_str("usageType"), count=f.req_int("count"), duration_s=f.opt_int("durationSeconds", 0) or 0,
        volume_kb=f.opt_int("volumeKb", 0) or 0, amount=f.req_int("amount"),
    )  # fmt: skip


def parse_summary(body: Any) -> UsageSummary:
    f = Fields(body, SYSTEM, "usageSummary")
    return UsageSummary(
        number=f.req_str("number"), start=f.opt_dt("from"), end=f.opt_dt("to"), total=_totals(f.req_obj("total")),
        by_type=f.each("byType", _totals),
    )  # fmt: skip


PARSERS: dict[str, Any] = {"summary": parse_summary, "records": page_of(SYSTEM, "usage", _record)}


def _types(types: Iterable[str] | None) -> str | None:
    return ",".join(types) if types else None


class UsageConnector:
    def __init__(self, client: SystemClient) -> None:
        self.client = client

    async def records(
        self, number: str, *, since: When = None, until: When = None, types: Iterable[str] | None = None,
        offset: int = 0, limit: int = 1000,
    ) -> Page[UsageRecord]:  # fmt: skip
        """One page of CDRs, oldest first; a period over 31 days is refused (RequestRejected, field ``to``)."""
        params = {
            "number": number,
            "from": since,
            "to": until,
            "type": _types(types),
            "offset": offset,
            "limit": limit,
        }
        return await get_page(self.client, "usage", params, "usage", _record)

    async def summary(
        self, number: str, *, since: When = None, until: When = None, types: Iterable[str] | None = None
    ) -> UsageSummary:
        params = {"number": number, "from": since, "to": until, "type": _types(types)}
        return await self.client.get("summary", params, parse=parse_summary)
