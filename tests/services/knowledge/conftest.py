"""Knowledge service tests: connectors signed in on the session's simulator, a fresh local database
per test, and helpers that read the simulator's own view of the knowledge base over HTTP."""

from __future__ import annotations

import gc
import time

import pytest

from agentdesk.connectors.backoffice import BackOffice
from agentdesk.connectors.config import BackendConfig
from agentdesk.domain.knowledge_search import html_to_text
from agentdesk.services.audit import AuditTrail
from agentdesk.services.knowledge.service import KnowledgeService
from agentdesk.storage.database import open_database


@pytest.fixture(autouse=True)
def collect_before_the_loop_closes(aloop):
    """Collect sockets and futures while this test's qasync loop still exists (see tests/connectors)."""
    yield
    gc.collect()


@pytest.fixture
def make_office(stub_server, run):
    made: list[BackOffice] = []

    def make(user: str = "demo_agent", **options) -> BackOffice:
        opts = {"retry_backoff_s": 0.01, **options}
        office = BackOffice(BackendConfig.from_base_url(stub_server.url, **opts), clock=time.monotonic)
        made.append(office)
        run(office.login(user, "demo"))
        return office

    yield make
    for office in made:
        run(office.aclose())


@pytest.fixture
def make_service(make_office):
    """``make_service(user, page_size=...)`` -> a KnowledgeService over the test's local database."""

    def make(user: str = "demo_agent", **kwargs) -> KnowledgeService:
        office = make_office(user)
        db = open_database()
        return KnowledgeService(
            office.kb,
            db,
            lambda: user,
            audit=AuditTrail(db),
            is_team_lead=lambda: user == "demo_lead",
            **kwargs,
        )

    return make


@pytest.fixture
def knowledge(make_service, run):
    service = make_service()
    yield service
    run(service.aclose())


def server_articles(api) -> dict[str, dict]:
    """Every live article as the simulator serves it, by id (the ground truth of a sync)."""
    out: dict[str, dict] = {}
    offset = 0
    while True:
        r = api.get("/kb/article", params={"offset": offset, "limit": 1000})
        r.raise_for_status()
        for a in r.json():
            out[a["id"]] = a
        offset += 1000
        if offset >= int(r.headers["X-Total-Count"]):
            return out


def plain_fields(article: dict) -> list[str]:
    """What an agent reads of an article: its title, each keyword, and the body's text."""
    return [article["title"], *article["keywords"], html_to_text(article["body"])]


def server_cursor(api) -> int:
    """The simulator's latest change number: the cursor a complete sync ends at."""
    cursor = 0
    while True:
        r = api.get("/kb/feed", params={"cursor": cursor, "limit": 2000})
        r.raise_for_status()
        body = r.json()
        cursor = body["cursor"]
        if not body["hasMore"]:
            return cursor
