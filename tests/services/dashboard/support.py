"""A known set of tickets and runs made through the simulator, moved into a window of their own in the
past (no seeded ticket is there), so every dashboard number over that window can be computed by hand.

Also builds the dashboard's services for a signed-in user, as the feature plug-in does.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.services.dashboard.factory import DashboardServices, build_dashboard_services
from agentdesk.services.settings import Settings
from agentdesk.storage.database import LocalDatabase
from agentdesk.storage.migrations import REGISTRY
from agentdesk.storage.timestamps import utc_iso

SH = ZoneInfo("Asia/Shanghai")
TEAM = "team-a"
AGENT = "agent01"  # team-a
_windows = itertools.count(0)


def china_now() -> datetime:
    return datetime.now(SH)


def new_shift_hours() -> int:
    """A window of its own for each data set: 150 days back and more (the seeded history is 85 days)."""
    return 24 * (150 + 3 * next(_windows))


def login(url: str, user: str) -> httpx.Client:
    r = httpx.post(f"{url}/auth/login", json={"username": user, "password": "demo"})
    r.raise_for_status()
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {r.json()['token']}"}, timeout=30)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class KnownSet:
    """Seven tickets and four runs of AGENT, shifted back ``shift`` hours (see :func:`make_known_set`)."""

    shift: int
    tickets: dict[str, str] = field(default_factory=dict)  # name -> ticket id
    created: dict[str, datetime] = field(default_factory=dict)
    runs: dict[str, str] = field(default_factory=dict)  # name -> run id
    started: datetime | None = None

    def ids(self, *names: str) -> set[str]:
        return {self.tickets[n] for n in names}

    @property
    def first_day(self) -> date:
        return min(self.created.values()).astimezone(SH).date()

    @property
    def last_day(self) -> date:
        return max(self.created.values()).astimezone(SH).date()

    def local_days(self) -> tuple[date, date]:
        """First and last day in this machine's zone (a desk built without a clock of its own)."""
        return min(self.created.values()).astimezone().date(), max(self.created.values()).astimezone().date()


# name: (type, category, pretreated, created closed, escalated)
TICKETS = {
    "consult_closed": ("consult", "业务咨询", False, True, False),
    "consult_open": ("consult", "资费套餐", False, False, False),
    "billing_pretreated_closed": ("complaint", "计费争议", True, True, False),
    "billing_escalated": ("complaint", "计费争议", False, False, True),
    "barred_open": ("complaint", "停复机", True, False, False),
    "broadband_resolved": ("fault", "宽带故障", True, False, False),
    "broadband_in_progress": ("fault", "宽带故障", False, False, False),
}
# name: (flow, outcome, duration ms)
RUNS = {
    "r1": ("broadband-login", "resolved", 60_000),
    "r2": ("broadband-login", "dispatch", 120_000),
    "r3": ("billing-dispute", "customer_action", 90_000),
    "r4": ("barred-after-payment", "customer_action", 30_000),
}


def make_known_set(agent: httpx.Client, admin: httpx.Client, customer: dict, shift: int) -> KnownSet:
    """Hand-computed for this set: 7 tickets (2 consult, 3 complaint, 2 fault); closed at the front line 2,
    dispatched 5; pretreated complaint+fault 3 of 5 (60 %); open 3, so overdue 3 and stuck 3 (they are
    150+ days old); escalated 1; handling of the dispatched resolved ones 5 h and 10 h (mean 7.5 h);
    satisfaction 5 and 3 (mean 4.0); complaints 计费争议 2, 停复机 1. Runs: 4, one resolved (25 %)."""
    known = KnownSet(shift)
    for name, (kind, category, pretreated, closed, escalated) in TICKETS.items():
        body = {
            "ticketType": kind, "category": category, "description": f"dashboard test {name}",
            "customerId": customer["customer_id"], "number": customer["number"], "pretreated": pretreated,
            "escalated": escalated, "status": "closed" if closed else "acknowledged",
        }  # fmt: skip
        r = agent.post("/tickets/troubleTicket", json=body)
        assert r.status_code == 201, r.text
        ticket = r.json()
        known.tickets[name] = ticket["id"]
        created = datetime.fromisoformat(ticket["creationDate"].replace("Z", "+00:00"))
        tid = ticket["id"]
        if name == "billing_escalated":
            _status(admin, tid, "inProgress", created + timedelta(hours=1))
            _status(admin, tid, "resolved", created + timedelta(hours=5))
        if name == "broadband_resolved":
            _status(admin, tid, "inProgress", created + timedelta(hours=2))
            _status(admin, tid, "resolved", created + timedelta(hours=10))
        if name == "broadband_in_progress":
            _status(admin, tid, "inProgress", created + timedelta(minutes=30))
        patch: dict = {"shiftBackHours": shift}
        if name == "billing_pretreated_closed":
            patch["satisfaction"] = 5
        if name == "billing_escalated":
            patch["satisfaction"] = 3
        r = admin.patch(f"/admin/tickets/{tid}", json=patch)
        assert r.status_code == 200, r.text
        known.created[name] = datetime.fromisoformat(r.json()["creationDate"].replace("Z", "+00:00"))
    known.started = min(known.created.values())
    for i, (name, (flow, outcome, ms)) in enumerate(RUNS.items()):
        body = {
            "flowId": flow, "outcome": outcome, "durationMs": ms, "number": customer["number"],
            "startedAt": _iso(known.started + timedelta(minutes=i)),
        }  # fmt: skip
        r = agent.post("/tickets/flowRun", json=body)
        assert r.status_code == 201, r.text
        known.runs[name] = r.json()["id"]
    return known


def _status(admin: httpx.Client, tid: str, status: str, at: datetime) -> None:
    r = admin.post(f"/admin/tickets/{tid}/status", json={"status": status, "at": _iso(at)})
    assert r.status_code == 200, r.text


def store_local_run(
    db: LocalDatabase, run_id: str, agent: str, started: datetime, outcome: str, *, reported: bool = False,
    flow: str = "broadband-login", duration_ms: int = 45_000,
) -> None:  # fmt: skip
    """A run as the pretreatment feature stores it on this desk (``reported_at`` NULL until accepted)."""
    db.execute(
        "INSERT INTO pretreatment_run (id, flow_id, agent, started_at, duration_ms, outcome, record_json,"
        " reported_at) VALUES (?, ?, ?, ?, ?, ?, '{}', ?)",
        (run_id, flow, agent, utc_iso(started), duration_ms, outcome, utc_iso() if reported else None),
    )


def open_local_database(directory) -> LocalDatabase:
    """The desk's database with the pretreatment runs table (registered by its feature, or here)."""
    registry = list(dict.fromkeys([*REGISTRY, "agentdesk.storage.schema_pretreatment"]))
    return LocalDatabase(directory / "dashboard.sqlite", registry=registry)


class DashboardFactory:
    """``make(user)`` -> signed-in DashboardServices over the session's simulator; ``close()`` after."""

    def __init__(self, url: str, run: Callable, directory) -> None:
        self.url, self.run, self.directory = url, run, directory
        self.made: list[tuple[BackOffice, DashboardServices]] = []
        self.database = open_local_database(directory)

    def __call__(
        self, user: str = "demo_lead", *, settings: Settings | None = None, **options
    ) -> DashboardServices:
        opts = {"retry_backoff_s": 0.01, "circuit_cooldown_s": 0.0, **options}
        office = BackOffice(BackendConfig.from_base_url(self.url, **opts))
        session = self.run(office.login(user, "demo"))
        services = build_dashboard_services(
            office, self.database, lambda: session.user, lambda: session.is_team_lead, settings=settings,
            clock=china_now,
        )  # fmt: skip
        services.office = office  # type: ignore[attr-defined]
        self.made.append((office, services))
        return services

    def close(self) -> None:
        for office, services in self.made:
            self.run(services.aclose())
            self.run(office.aclose())
        self.database.close()
