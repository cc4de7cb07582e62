"""Announcements (expiry, read markers, urgent ones, publishing by team leads and refusal for agents,
audited) and each agent's favourites and recently viewed articles."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.services.errors import Forbidden, ServiceError
from agentdesk.services.knowledge.announcements import AnnouncementDraft


def server_announcements(api) -> list[dict]:
    return api.get("/kb/announcement", params={"limit": 1000}).json()


def test_the_list_shows_those_in_force_and_respects_expiry_by_the_desk_clock(knowledge, api, run):
    run(knowledge.announcements.refresh())
    truth = server_announcements(api)
    entries = run(knowledge.announcements.entries())
    assert {e.id for e in entries} == {a["id"] for a in truth if a["active"]}
    assert all(not e.read for e in entries)
    assert [e.urgent for e in entries] == sorted((e.urgent for e in entries), reverse=True)  # urgent first

    # an hour after the first one expires, it is gone, without asking the knowledge system
    expiring = min((e for e in entries if e.announcement.expire_at), key=lambda e: e.announcement.expire_at)
    later = expiring.announcement.expire_at + timedelta(hours=1)
    knowledge.announcements.clock = lambda: later
    assert expiring.id not in {e.id for e in run(knowledge.announcements.entries())}
    # a scheduled one appears when its time comes; team leads see it before, marked as not in force
    scheduled = [a for a in truth if a["publishAt"] > datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
    assert scheduled
    knowledge.announcements.clock = lambda: datetime.now(UTC)
    lead_view = run(knowledge.announcements.entries(include_scheduled=True))
    assert {a["id"] for a in scheduled} <= {e.id for e in lead_view if not e.announcement.active}
    assert not {a["id"] for a in scheduled} & {e.id for e in run(knowledge.announcements.entries())}


def test_read_markers_are_per_agent_and_urgent_unread_ones_are_listed(knowledge, run):
    run(knowledge.announcements.refresh())
    urgent = run(knowledge.announcements.unread_urgent())
    assert urgent and all(e.urgent and not e.read for e in urgent)
    before = run(knowledge.announcements.unread_count())
    run(knowledge.announcements.mark_read(urgent[0].id))
    assert run(knowledge.announcements.unread_count()) == before - 1
    assert urgent[0].id not in {e.id for e in run(knowledge.announcements.unread_urgent())}
    other_agent = knowledge.announcements.agent
    knowledge.announcements.agent = lambda: "someone_else"
    assert run(knowledge.announcements.unread_count()) == before
    knowledge.announcements.agent = other_agent


def test_team_lead_publishes_once_with_retries_and_it_is_audited(make_service, admin, api, run):
    lead = make_service("demo_lead")
    title = f"测试公告{uuid.uuid4().hex[:6]}"
    draft = AnnouncementDraft(
        title=title,
        body="今晚22点系统升级，期间暂停受理过户业务。",
        priority="urgent",
        expire_at=datetime.now(UTC) + timedelta(days=1),
    )
    published = run(lead.announcements.publish(draft))
    again = run(lead.announcements.publish(draft))  # e.g. the answer was lost and the lead pressed again
    assert again.id == published.id and published.author == "demo_lead" and published.priority == "urgent"

    writes = [
        w
        for w in admin.get("/admin/writes", params={"system": "kb"}).json()["writes"]
        if w["idempotency_key"] == draft.idempotency_key
    ]
    assert [w["status_code"] for w in writes] == [201]  # acted once; the second answer was a replay
    assert sum(1 for a in server_announcements(api) if a["title"] == title) == 1
    entries = run(lead.announcements.entries())
    assert entries[0].id == published.id  # unread, urgent, newest
    audit = run(lead.announcements.audit.entries())
    mine = [e for e in audit if e.idempotency_key == draft.idempotency_key]
    assert [(e.operation, e.outcome, e.system) for e in mine] == [("publishAnnouncement", "ok", "kb")]
    run(lead.aclose())


def test_agent_may_not_publish_and_the_refusal_is_audited(knowledge, api, run):
    title = f"越权公告{uuid.uuid4().hex[:6]}"
    draft = AnnouncementDraft(title=title, body="正文")
    with pytest.raises(Forbidden):
        run(knowledge.announcements.publish(draft))
    assert not [a for a in server_announcements(api) if a["title"] == title]
    audit = [
        e for e in run(knowledge.announcements.audit.entries()) if e.idempotency_key == draft.idempotency_key
    ]
    assert [(e.agent, e.outcome) for e in audit] == [("demo_agent", "failed")]


def test_an_incomplete_draft_is_refused_before_sending(knowledge, run):
    now = datetime.now(UTC)
    assert AnnouncementDraft("", "正文").problems(now) == ["title"]
    assert AnnouncementDraft("标题", "正文", expire_at=now - timedelta(minutes=1)).problems(now) == [
        "expire_at"
    ]
    assert AnnouncementDraft("标题", "正文", priority="loud").problems(now) == ["priority"]
    with pytest.raises(ServiceError):
        run(knowledge.announcements.publish(AnnouncementDraft(" ", "正文")))


def test_favourites_and_recent_articles_per_agent(knowledge, admin, run):
    run(knowledge.sync.sync())
    ids = [r["id"] for r in knowledge.index.db.query("SELECT id FROM kb_article ORDER BY id LIMIT 40")]
    library = knowledge.library
    t0 = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    for n, article_id in enumerate(ids):
        library.clock = lambda n=n: t0 + timedelta(minutes=n)
        run(library.record_view(article_id, f"标题{n}"))
    recent = run(library.recent())
    assert [r.id for r in recent] == list(reversed(ids))[:30]  # newest first, the last 30 only
    assert recent[0].available and recent[0].catalogue_path

    run(library.add_favourite(ids[0], "第一篇"))
    run(library.add_favourite(ids[1], "第二篇"))
    run(library.remove_favourite(ids[0]))
    assert [f.id for f in run(library.favourites())] == [ids[1]]
    assert run(library.is_favourite(ids[1])) and not run(library.is_favourite(ids[0]))

    created = admin.post(
        "/admin/kb/article", json={"catalogueId": "K01-01", "title": "将被删除的收藏", "body": "<p>正文</p>"}
    ).json()
    run(knowledge.sync.sync())
    run(library.add_favourite(created["id"], created["title"]))
    admin.delete(f"/admin/kb/article/{created['id']}").raise_for_status()
    run(knowledge.sync.sync())
    gone = next(f for f in run(library.favourites()) if f.id == created["id"])
    assert gone.title == "将被删除的收藏" and not gone.available

    library.agent = lambda: "another_agent"
    assert run(library.favourites()) == [] and run(library.recent()) == []
