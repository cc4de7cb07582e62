"""The knowledge base over real HTTP: catalogue, articles, the incremental feed with edits, deletions and
resumption, announcements and their active window, and role gating of publishing."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from backend_stub.systems import kb_corpus

COMMON_WORDS = ["宽带", "停机", "彩铃", "漫游", "流量", "套餐", "密码", "欠费"]


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def walk_feed(
    client: httpx.Client, cursor: int = 0, limit: int = 100, pages: int | None = None
) -> tuple[list, int]:
    """Follow the feed from ``cursor``; stop after ``pages`` pages (an interrupted sync) or at the end."""
    items = []
    while pages is None or pages > 0:
        body = client.get("/kb/feed", params={"cursor": cursor, "limit": limit}).json()
        assert all(a["version"] > cursor for a in body["items"])
        items += body["items"]
        cursor = body["cursor"]
        if not body["hasMore"]:
            assert body["remaining"] == 0
            break
        pages = pages - 1 if pages is not None else None
    return items, cursor


def test_catalogue_tree(api):
    tree = api.get("/kb/catalogue").json()
    assert len(tree) == 8
    assert [d["name"] for d in tree][:3] == ["资费套餐", "宽带业务", "停复机与信控"]
    assert all(3 <= len(d["children"]) <= 6 for d in tree)
    assert all(c["parentId"] == d["id"] for d in tree for c in d["children"])
    live = int(api.get("/kb/article", params={"limit": 1}).headers["X-Total-Count"])
    assert sum(d["articleCount"] for d in tree) == live
    assert all(d["articleCount"] == sum(c["articleCount"] for c in d["children"]) for d in tree)


def test_articles_by_catalogue_with_paging(api):
    tree = api.get("/kb/catalogue").json()
    broadband = next(d for d in tree if d["name"] == "宽带业务")
    first = api.get("/kb/article", params={"catalogueId": broadband["id"], "limit": 10})
    assert int(first.headers["X-Total-Count"]) == broadband["articleCount"]
    second = api.get("/kb/article", params={"catalogueId": broadband["id"], "limit": 10, "offset": 10}).json()
    children = {c["id"] for c in broadband["children"]}
    page = first.json() + second
    assert len({a["id"] for a in page}) == 20
    assert all(a["catalogueId"] in children and a["cataloguePath"][0] == "宽带业务" for a in page)
    leaf = broadband["children"][0]
    only_leaf = api.get("/kb/article", params={"catalogueId": leaf["id"], "limit": 1000}).json()
    assert len(only_leaf) == leaf["articleCount"] and {a["catalogueId"] for a in only_leaf} == {leaf["id"]}
    one = api.get(f"/kb/article/{page[0]['id']}").json()
    assert one == page[0] and one["bodyFormat"] == "html" and one["keywords"]
    assert api.get("/kb/article/KA999999").status_code == 404


def test_full_feed_and_resume_after_interruption(api, stub_server):
    everything, end = walk_feed(api, limit=97)
    versions = [a["version"] for a in everything]
    assert versions == sorted(versions) and len(set(versions)) == len(versions) and end == versions[-1]
    assert len({a["id"] for a in everything}) >= stub_server.config.kb_articles
    assert any(a["deleted"] for a in everything)  # seeded tombstones are part of the feed
    part, cursor = walk_feed(api, limit=50, pages=2)
    assert len(part) == 100
    rest, end2 = walk_feed(api, cursor=cursor, limit=50)
    assert [a["id"] for a in part + rest] == [a["id"] for a in everything] and end2 == end
    assert api.get("/kb/feed", params={"cursor": end}).json() == {
        "items": [],
        "cursor": end,
        "hasMore": False,
        "remaining": 0,
    }
    r = api.get("/kb/feed", params={"limit": 0})
    assert r.status_code == 400 and r.json()["field"] == "limit"


def test_edits_and_deletions_after_a_cursor(api, admin):
    _, cursor = walk_feed(api, limit=1000)
    live = api.get("/kb/article", params={"limit": 3}).json()
    edited, deleted = live[0], live[1]
    r = admin.patch(
        f"/admin/kb/article/{edited['id']}",
        json={"title": "宽带账号密码重置操作指引（修订）", "keywords": ["宽带", "密码"]},
    )
    assert r.status_code == 200 and r.json()["version"] > cursor
    assert admin.delete(f"/admin/kb/article/{deleted['id']}").json()["deleted"] is True
    created = admin.post(
        "/admin/kb/article",
        json={
            "catalogueId": "K02-02",
            "title": "光猫重启后仍无法上网的处理",
            "keywords": ["光猫", "宽带"],
            "body": "<p>先检查光信号。</p>",
            "flowId": "broadband-login",
        },
    )
    assert created.status_code == 201, created.text
    changes, end = walk_feed(api, cursor=cursor, limit=2)
    assert [a["id"] for a in changes] == [edited["id"], deleted["id"], created.json()["id"]]
    assert changes[0]["title"] == "宽带账号密码重置操作指引（修订）" and changes[0]["keywords"] == [
        "宽带",
        "密码",
    ]
    assert changes[0]["body"] == edited["body"]
    assert changes[1]["deleted"] is True
    assert changes[2]["flowId"] == "broadband-login" and changes[2]["cataloguePath"] == [
        "宽带业务",
        "宽带故障处理",
    ]
    assert api.get(f"/kb/article/{deleted['id']}").status_code == 404
    assert admin.patch(f"/admin/kb/article/{deleted['id']}", json={"title": "x"}).status_code == 404
    again, _ = walk_feed(api, cursor=end)
    assert again == []
    bad = admin.post("/admin/kb/article", json={"catalogueId": "K99", "title": "t", "body": "b"})
    assert bad.status_code == 400 and bad.json()["field"] == "catalogueId"
    assert (
        api.delete(f"/admin/kb/article/{edited['id']}").status_code == 401
    )  # a sign-in is not the admin token


def test_common_words_in_many_but_not_all_articles(api):
    articles = [a for a in walk_feed(api, limit=1000)[0] if not a["deleted"]]
    texts = [a["title"] + "".join(a["keywords"]) + a["body"] for a in articles]
    for word in COMMON_WORDS:
        share = sum(word in t for t in texts) / len(texts)
        assert 0.01 < share < 0.6, (word, share)
    phrase = sum("宽带账号密码重置" in t for t in texts)
    assert 0 < phrase < sum("宽带" in t for t in texts)
    assert any(a["flowId"] for a in articles)


def test_corpus_is_deterministic_and_fast():
    end = datetime(2026, 11, 1, tzinfo=UTC)
    first = [a.__dict__ for a in kb_corpus.generate(random.Random(7), 200, end)]
    assert first == [a.__dict__ for a in kb_corpus.generate(random.Random(7), 200, end)]
    t0 = time.perf_counter()
    assert sum(1 for _ in kb_corpus.generate(random.Random(7), 10_000, end)) == 10_000
    assert time.perf_counter() - t0 < 4  # 50,000 for a benchmark stay well under 20 s


def test_announcements_active_window_and_publishing(api, lead_api):
    now = datetime.now(UTC).replace(microsecond=0)
    tag = uuid.uuid4().hex[:8]
    windows = {
        "active": (now - timedelta(hours=1), now + timedelta(days=1)),
        "expired": (now - timedelta(days=3), now - timedelta(days=1)),
        "scheduled": (now + timedelta(days=1), None),
        "forever": (now - timedelta(minutes=5), None),
    }
    made = {}
    for name, (publish, expire) in windows.items():
        body = {
            "title": f"{name} {tag}",
            "body": "系统割接通知",
            "priority": "urgent" if name == "active" else "normal",
            "publishAt": _iso(publish),
            "expireAt": _iso(expire) if expire else None,
        }
        r = lead_api.post("/kb/announcement", json=body)
        assert r.status_code == 201, r.text
        made[name] = r.json()
        assert r.json()["author"] == "demo_lead" and r.json()["authorName"] == "演示班长"
    active = api.get("/kb/announcement", params={"active": True, "limit": 1000}).json()
    ids = {a["id"] for a in active}
    assert made["active"]["id"] in ids and made["forever"]["id"] in ids
    assert made["expired"]["id"] not in ids and made["scheduled"]["id"] not in ids
    assert all(a["active"] for a in active)
    everything = api.get("/kb/announcement", params={"limit": 1000}).json()
    assert {m["id"] for m in made.values()} <= {a["id"] for a in everything}
    assert api.get(f"/kb/announcement/{made['expired']['id']}").json()["active"] is False
    assert api.get(f"/kb/announcement/{made['active']['id']}").json()["priority"] == "urgent"


def test_agent_cannot_publish_and_publishing_is_idempotent(api, lead_api):
    body = {"title": "新版服务规范学习", "body": "请本周内完成学习。"}
    r = api.post("/kb/announcement", json=body)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    key = str(uuid.uuid4())
    first = lead_api.post("/kb/announcement", json=body, headers={"Idempotency-Key": key})
    second = lead_api.post("/kb/announcement", json=body, headers={"Idempotency-Key": key})
    assert first.json()["id"] == second.json()["id"] and second.headers["Idempotency-Replayed"] == "true"
    r = lead_api.post(
        "/kb/announcement",
        json={**body, "publishAt": "2026-11-02T00:00:00Z", "expireAt": "2026-11-01T00:00:00Z"},
    )
    assert r.status_code == 400 and r.json()["field"] == "expireAt"
    r = lead_api.post("/kb/announcement", json={**body, "priority": "panic"})
    assert r.status_code == 400 and r.json()["field"] == "priority"


@pytest.mark.parametrize("path", ["/kb/catalogue", "/kb/feed", "/kb/announcement", "/kb/article"])
def test_sign_in_required(stub_server, path):
    assert httpx.get(stub_server.url + path).status_code == 401
