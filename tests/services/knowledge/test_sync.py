"""Keeping the offline copy: full sync, incremental changes with deletions, resuming an interrupted
sync, and searching while the knowledge system is down — all over HTTP against the simulator."""

from __future__ import annotations

import asyncio
import uuid

from agentdesk.services.knowledge.models import KnowledgeQuery
from tests.services.knowledge.conftest import server_articles, server_cursor


def local_ids(service) -> set[str]:
    return {r["id"] for r in service.index.db.query("SELECT id FROM kb_article")}


def test_full_sync_copies_every_live_article_with_progress(knowledge, api, run):
    seen = []
    knowledge.sync.add_listener(seen.append)
    knowledge.sync.page_size = 100
    status = run(knowledge.sync.sync())

    truth = server_articles(api)
    assert local_ids(knowledge) == set(truth)
    assert status.state == "idle" and status.article_count == len(truth)
    assert status.last_synced_at is not None and status.remaining == 0
    assert knowledge.index.cursor == server_cursor(api)
    syncing = [s for s in seen if s.state == "syncing"]
    assert syncing[0].full_sync and syncing[0].done == 0
    assert [s.done for s in syncing[1:]] == sorted(s.done for s in syncing[1:])  # progress only grows
    assert len(syncing) >= 4 and 0 < syncing[1].progress < 1 and syncing[-1].progress == 1.0

    # the copy is the simulator's: title, keywords, body and catalogue path of an article
    some = sorted(truth)[len(truth) // 2]
    cached = run(knowledge.article(some))
    assert (cached.title, list(cached.keywords), cached.body_html) == (
        truth[some]["title"],
        truth[some]["keywords"],
        truth[some]["body"],
    )
    assert list(cached.catalogue_path) == truth[some]["cataloguePath"]
    tops = run(knowledge.catalogue())
    assert [t.name for t in tops][:2] == ["资费套餐", "宽带业务"] and len(tops) == 8
    assert sum(t.article_count for t in tops) == len(truth)


def test_incremental_sync_applies_new_edited_and_deleted_articles(knowledge, api, admin, run):
    run(knowledge.sync.sync())
    word = "增量" + uuid.uuid4().hex[:6]
    made = [
        admin.post(
            "/admin/kb/article",
            json={
                "catalogueId": "K02-01",
                "title": f"{word}测试文章{i}",
                "keywords": ["测试"],
                "body": f"<p>{word}正文{i}</p>",
            },
        ).json()
        for i in range(3)
    ]
    first = run(knowledge.sync.sync())
    assert first.done >= 3 and {m["id"] for m in made} <= local_ids(knowledge)
    assert len(run(knowledge.search(KnowledgeQuery(word))).hits) == 3

    admin.patch(
        f"/admin/kb/article/{made[0]['id']}", json={"title": "改过的标题彩铃退订口径"}
    ).raise_for_status()
    admin.delete(f"/admin/kb/article/{made[1]['id']}").raise_for_status()
    second = run(knowledge.sync.sync())
    assert second.done == 2 and second.state == "idle"

    assert local_ids(knowledge) == set(server_articles(api))
    assert made[1]["id"] not in local_ids(knowledge)
    assert run(knowledge.article(made[0]["id"])).title == "改过的标题彩铃退订口径"
    hits = run(knowledge.search(KnowledgeQuery(word))).hits
    assert {h.id for h in hits} == {made[0]["id"], made[2]["id"]}  # the edited one keeps it in its body
    assert made[0]["id"] in {h.id for h in run(knowledge.search(KnowledgeQuery("彩铃退订口径"))).hits}
    # the old title's words left the index with the old version (the deleted one is gone as well)
    assert not run(knowledge.search(KnowledgeQuery(f"{word}测试文章0"))).hits
    assert not run(knowledge.search(KnowledgeQuery(f"{word}测试文章1"))).hits
    assert run(knowledge.sync.sync()).done == 0  # nothing new: nothing fetched twice


def test_interrupted_sync_resumes_after_the_last_stored_page(make_service, api, run):
    first = make_service(page_size=40)
    pages = []

    async def interrupt_after_two_pages():
        task = first.sync.start()
        first.sync.add_listener(lambda s: pages.append(s.done) if s.state == "syncing" and s.done else None)
        while len(pages) < 2:
            await asyncio.sleep(0.005)
        task.cancel()  # the desk is closed in the middle of its first sync
        await asyncio.gather(task, return_exceptions=True)

    run(interrupt_after_two_pages())
    kept = local_ids(first)
    cursor = first.index.cursor
    truth = server_articles(api)
    assert cursor >= 80 and kept == {i for i, a in truth.items() if a["version"] <= cursor}  # pages whole
    assert len(kept) < len(truth)
    run(first.aclose())

    again = make_service(page_size=40)  # a new desk session on the same local database
    assert run(again.sync.load_status()).article_count == len(kept)
    status = run(again.sync.sync())
    truth = server_articles(api)
    assert local_ids(again) == set(truth)
    assert again.index.cursor == server_cursor(api)
    # it resumed: fetched only what followed the stored cursor, not the whole feed again
    changes_after = api.get("/kb/feed", params={"cursor": cursor, "limit": 1}).json()
    assert status.done == changes_after["remaining"] + len(changes_after["items"])
    run(again.aclose())


def test_sync_with_the_knowledge_system_down_goes_offline_and_search_keeps_working(knowledge, admin, run):
    run(knowledge.sync.sync())
    before = run(knowledge.search(KnowledgeQuery("宽带")))
    assert before.total > 0
    admin.put("/admin/faults/kb", json={"down": True}).raise_for_status()

    status = run(knowledge.sync.sync())
    assert status.state == "offline" and status.error is not None and status.error.system == "kb"
    assert status.article_count == before.total_exact or status.article_count > 0
    offline = run(knowledge.search(KnowledgeQuery("宽带")))
    assert [h.id for h in offline.hits] == [h.id for h in before.hits]
    assert run(knowledge.article(before.hits[0].id)).title == before.hits[0].title.text

    admin.delete("/admin/faults/kb").raise_for_status()
    assert run(knowledge.sync.sync()).state == "idle"


def test_failure_in_the_middle_of_the_first_sync_keeps_the_pages_stored(make_service, admin, api, run):
    service = make_service(page_size=50)
    truth = server_articles(api)
    downed = []

    def down_after_first_page(status):
        if status.state == "syncing" and status.done and not downed:
            downed.append(True)
            admin.put("/admin/faults/kb", json={"down": True}).raise_for_status()

    service.sync.add_listener(down_after_first_page)
    status = run(service.sync.sync())
    assert status.state == "offline"
    stored, cursor = local_ids(service), service.index.cursor
    assert cursor >= 50 and stored == {i for i, a in truth.items() if a["version"] <= cursor}
    assert len(stored) < len(truth)

    admin.delete("/admin/faults/kb").raise_for_status()
    done = run(service.sync.sync())
    assert done.state == "idle" and local_ids(service) == set(server_articles(api))
    run(service.aclose())
