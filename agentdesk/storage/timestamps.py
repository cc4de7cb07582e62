"""The one time format of the local database: UTC ISO-8601 with milliseconds and a Z.

Fixed width, so text order is time order in ``ORDER BY`` and range filters; milliseconds, so two
actions in the same second still sort in the order they happened.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_iso(moment: datetime | None = None) -> str:
    """``2026-11-01T08:30:00.125Z`` for ``moment`` (aware; naive means UTC) or for now."""
    moment = datetime.now(UTC) if moment is None else moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_utc_iso(text: str) -> datetime:
    """The aware UTC datetime of a stored timestamp."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
