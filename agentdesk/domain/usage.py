"""Call detail records (清单/详单): at most one month per query, by type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

USAGE_TYPES = ("local", "long_distance", "roaming", "data", "sms", "vas")
MAX_PERIOD_DAYS = 31


@dataclass(frozen=True)
class UsageRecord:
    id: str
    usage_type: str  # local | long_distance | roaming | data | sms | vas
    at: datetime
    number: str
    peer_number: str | None
    duration_s: int
    volume_kb: int
    location: str
    amount: int  # fen; 0 inside the package
    description: str
    status: str = "rated"


@dataclass(frozen=True)
class UsageTotals:
    usage_type: str | None  # None for the grand total
    count: int
    duration_s: int
    volume_kb: int
    amount: int


@dataclass(frozen=True)
class UsageSummary:
    number: str
    start: datetime | None
    end: datetime | None
    total: UsageTotals
    by_type: tuple[UsageTotals, ...] = ()

    def of_type(self, usage_type: str) -> UsageTotals | None:
        return next((t for t in self.by_type if t.usage_type == usage_type), None)


def period_too_long(start: datetime, end: datetime) -> bool:
    """The CDR systems answer at most one month (31 days) per query; check before asking."""
    return (end - start).total_seconds() > MAX_PERIOD_DAYS * 86400
