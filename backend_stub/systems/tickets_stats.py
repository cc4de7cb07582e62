"""The ticket statistics of the team-lead dashboard, computed from listed tickets and runs.

Pure functions over the same JSON the list routes return, so a client (or a test) that lists the
tickets of a period can recompute every number here. The formulas are documented in
``docs/backend_stub/tickets.md``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from backend_stub.db import iso, parse_iso

TYPES = ("consult", "complaint", "fault")
STATUSES = ("acknowledged", "inProgress", "resolved", "closed", "cancelled")
OUTCOMES = ("resolved", "customer_action", "dispatch")


def period_bounds(now: datetime, start: str | None, end: str | None, tz_minutes: int) -> tuple[str, str]:
    """The period in UTC; by default the last 30 local days, today included, up to now."""
    hi = end or iso(now)
    if start:
        return start, hi
    tz = timedelta(minutes=tz_minutes)
    local_midnight = (parse_iso(hi) + tz).replace(hour=0, minute=0, second=0) - timedelta(days=29)
    return iso(local_midnight - tz), hi


def local_day(text: str, tz_minutes: int) -> str:
    return (parse_iso(text) + timedelta(minutes=tz_minutes)).date().isoformat()


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _counts(tickets: list[dict]) -> dict:
    """The counters every breakdown (whole period, one day, one agent) shares."""
    by_type = Counter(t["ticketType"] for t in tickets)
    front = sum(t["closedAtFrontLine"] for t in tickets)
    return {
        "total": len(tickets),
        **{k: by_type.get(k, 0) for k in TYPES},
        "pretreated": sum(t["pretreated"] for t in tickets),
        "closedAtFrontLine": front,
        "dispatched": len(tickets) - front,
        "overdue": sum(t["overdue"] for t in tickets),
        "escalated": sum(t["escalated"] for t in tickets),
        "stuck": sum(t["stuck"] for t in tickets),
    }


def handling_seconds(t: dict) -> float:
    return (parse_iso(t["resolutionDate"]) - parse_iso(t["creationDate"])).total_seconds()


def compute_statistics(
    tickets: list[dict], runs: list[dict], start: str, end: str, tz_minutes: int, subscriber_base: int
) -> dict:
    """All dashboard numbers for the tickets created and the runs started in [start, end)."""
    total = len(tickets)
    counts = _counts(tickets)
    by_status = Counter(t["status"] for t in tickets)
    by_category = Counter(t["category"] for t in tickets)
    by_type_category: dict[str, Counter] = {k: Counter() for k in TYPES}
    for t in tickets:
        by_type_category[t["ticketType"]][t["category"]] += 1

    days: dict[str, list[dict]] = {}
    first = parse_iso(start) + timedelta(minutes=tz_minutes)
    last = parse_iso(end) - timedelta(seconds=1) + timedelta(minutes=tz_minutes)
    day = datetime(first.year, first.month, first.day, tzinfo=UTC)
    while day.date() <= last.date():
        days[day.date().isoformat()] = []
        day += timedelta(days=1)
    for t in tickets:
        days.setdefault(local_day(t["creationDate"], tz_minutes), []).append(t)

    agents: dict[str, list[dict]] = {}
    for t in tickets:
        agents.setdefault(t["createdBy"], []).append(t)

    cf = [t for t in tickets if t["ticketType"] != "consult"]
    pretreated = [t for t in tickets if t["pretreated"]]
    handled = [handling_seconds(t) for t in tickets if t["resolutionDate"] and not t["closedAtFrontLine"]]
    rated = [t["satisfaction"] for t in tickets if t["satisfaction"] is not None]
    complaints = by_type_category["complaint"]

    run_outcomes = Counter(r["outcome"] for r in runs)
    by_flow: dict[str, Counter] = {}
    for r in runs:
        by_flow.setdefault(r["flowId"], Counter())[r["outcome"]] += 1

    return {
        "tickets": {
            **counts,
            "byType": {k: counts[k] for k in TYPES},
            "bySystem": {"10000": counts["consult"] + counts["complaint"], "112": counts["fault"]},
            "byStatus": {s: by_status.get(s, 0) for s in STATUSES},
            "byCategory": dict(by_category.most_common()),
            "byTypeAndCategory": {k: dict(v.most_common()) for k, v in by_type_category.items()},
            "byDay": [{"date": d, **_counts(ts)} for d, ts in sorted(days.items())],
            "byAgent": [
                {"agent": a, "displayName": ts[0]["createdByName"], "team": ts[0]["team"], **_counts(ts)}
                for a, ts in sorted(agents.items())
            ],
            "open": by_status.get("acknowledged", 0) + by_status.get("inProgress", 0),
            "pretreatedAndClosed": sum(t["closedAtFrontLine"] for t in pretreated),
            "pretreatedAndDispatched": sum(not t["closedAtFrontLine"] for t in pretreated),
            "pretreatmentRate": _rate(sum(t["pretreated"] for t in cf), len(cf)),
            "frontLineResolutionRate": _rate(counts["closedAtFrontLine"], total),
            "closureRate": _rate(by_status.get("resolved", 0) + by_status.get("closed", 0), total),
            "resolved": sum(1 for t in tickets if t["resolutionDate"]),
            "averageHandlingSeconds": _mean(handled),
            "satisfaction": {"rated": len(rated), "average": _mean(rated)},
            "complaintsPer10k": {
                "subscriberBase": subscriber_base,
                "total": sum(complaints.values()) * 10_000 / subscriber_base if subscriber_base else None,
                "byCategory": {
                    c: {"count": n, "per10k": n * 10_000 / subscriber_base if subscriber_base else None}
                    for c, n in complaints.most_common()
                },
            },
        },
        "flowRuns": {
            "total": len(runs),
            "byOutcome": {o: run_outcomes.get(o, 0) for o in OUTCOMES},
            "byFlow": {
                f: {"total": sum(c.values()), **{o: c.get(o, 0) for o in OUTCOMES}}
                for f, c in sorted(by_flow.items())
            },
            "resolvedRate": _rate(run_outcomes.get("resolved", 0), len(runs)),
            "dispatchRate": _rate(run_outcomes.get("dispatch", 0), len(runs)),
            "averageDurationMs": _mean([r["durationMs"] for r in runs]),
        },
    }
