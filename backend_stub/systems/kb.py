"""kb: the knowledge base — catalogue, articles, announcements and the incremental feed.

Every article change takes the next global ``version``; the feed lists articles (deleted ones as
tombstones) in version order after a cursor, so a desk keeps an offline copy and resumes an
interrupted sync from the last cursor it stored. Team leads publish announcements; the admin routes
under ``/admin/kb`` edit and delete articles so sync tests can make changes.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Literal

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from pydantic import BaseModel, Field

from backend_stub.auth import User, current_user, require_admin, require_team_lead
from backend_stub.context import StubContext, get_ctx
from backend_stub.db import Database, iso, utcnow
from backend_stub.errors import bad_request, not_found
from backend_stub.paging import Page, page_params, tmf_list
from backend_stub.systems import kb_corpus
from backend_stub.systems.tickets_model import utc_text
from backend_stub.world import SEED_EPOCH
from backend_stub.writes import perform_write

router = APIRouter(prefix="/kb", tags=["kb"])
admin_router = APIRouter(prefix="/admin/kb", tags=["admin"], dependencies=[Depends(require_admin)])

Priority = Literal["normal", "important", "urgent"]
FLOW_IDS = (
    "billing-dispute",
    "barred-after-payment",
    "broadband-login",
    "wireless-data",
    "vas-dispute",
    "addon-not-working",
    "mobile-vpn",
    "order-not-completed",
)
FlowId = Literal[FLOW_IDS]  # type: ignore[valid-type]
FEED_MAX = 2000
BATCH = 5000


# -- helpers ------------------------------------------------------------------------------------------
def _catalogue(db: Database) -> dict[str, dict]:
    return {r["id"]: r for r in db.query("SELECT * FROM kb_catalogue ORDER BY parent_id, position")}


def _path(cat: dict[str, dict], cid: str) -> list[str]:
    names = []
    while cid in cat:
        names.insert(0, cat[cid]["name"])
        cid = cat[cid]["parent_id"]
    return names


def article_json(row: dict, cat: dict[str, dict]) -> dict:
    return {
        "id": row["id"],
        "href": f"/kb/article/{row['id']}",
        "@type": "KnowledgeArticle",
        "title": row["title"],
        "keywords": [k for k in row["keywords"].split(",") if k],
        "body": row["body"],
        "bodyFormat": "html",
        "catalogueId": row["catalogue_id"],
        "cataloguePath": _path(cat, row["catalogue_id"]),
        "flowId": row["flow_id"],
        "lastUpdate": row["updated_at"],
        "version": row["version"],
        "deleted": bool(row["deleted"]),
    }


def announcement_json(row: dict, now: str) -> dict:
    return {
        "id": row["id"],
        "href": f"/kb/announcement/{row['id']}",
        "@type": "Announcement",
        "title": row["title"],
        "body": row["body"],
        "priority": row["priority"],
        "publishAt": row["publish_at"],
        "expireAt": row["expire_at"],
        "author": row["author"],
        "authorName": row.get("author_name"),
        "createdAt": row["created_at"],
        "active": row["publish_at"] <= now and (row["expire_at"] is None or now < row["expire_at"]),
    }


def _next_version(db: Database) -> int:
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) + 1 FROM kb_article"))


def _next_number(db: Database, key: str) -> int:
    with db.tx():
        n = int(db.meta(key) or 0) + 1
        db.set_meta(key, str(n))
    return n


# -- catalogue and articles -------------------------------------------------------------------------------
@router.get("/catalogue")
def catalogue(user: User = Depends(current_user), ctx: StubContext = Depends(get_ctx)) -> list[dict]:
    """The catalogue tree, top directories first, each with its children and live article counts."""
    counts = {
        r["catalogue_id"]: r["n"]
        for r in ctx.db.query(
            "SELECT catalogue_id, COUNT(*) AS n FROM kb_article WHERE deleted=0 GROUP BY catalogue_id"
        )
    }
    nodes = {
        cid: {
            "id": cid,
            "href": f"/kb/catalogue/{cid}",
            "@type": "KnowledgeCatalogue",
            "name": r["name"],
            "parentId": r["parent_id"],
            "position": r["position"],
            "articleCount": counts.get(cid, 0),
            "children": [],
        }
        for cid, r in _catalogue(ctx.db).items()
    }
    tops = []
    for node in sorted(nodes.values(), key=lambda n: (n["position"], n["id"])):
        parent = nodes.get(node["parentId"]) if node["parentId"] else None
        (parent["children"] if parent else tops).append(node)
    for top in tops:
        top["articleCount"] += sum(c["articleCount"] for c in top["children"])
    return tops


@router.get("/article")
def list_articles(
    catalogueId: str | None = Query(None, max_length=32, description="a directory: includes its children"),
    q: str | None = Query(
        None, min_length=1, max_length=50, description="substring of title, keywords or body"
    ),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    """Live (not deleted) articles by catalogue, in id order; ``q`` is a plain online substring filter."""
    where, args = " WHERE deleted=0", []
    if catalogueId is not None:
        where += " AND catalogue_id IN (SELECT id FROM kb_catalogue WHERE id=? OR parent_id=?)"
        args += [catalogueId, catalogueId]
    if q is not None:
        where += " AND (instr(title, ?) > 0 OR instr(keywords, ?) > 0 OR instr(body, ?) > 0)"
        args += [q, q, q]
    total = int(ctx.db.scalar("SELECT COUNT(*) FROM kb_article" + where, args))
    rows = ctx.db.query("SELECT * FROM kb_article" + where + " ORDER BY id" + page.sql(), args)
    cat = _catalogue(ctx.db)
    return tmf_list([article_json(r, cat) for r in rows], total, page)


@router.get("/article/{article_id}")
def get_article(
    article_id: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    row = ctx.db.one("SELECT * FROM kb_article WHERE id=? AND deleted=0", (article_id,))
    if row is None:
        raise not_found("knowledge article", article_id)
    return article_json(row, _catalogue(ctx.db))


@router.get("/feed")
def feed(
    cursor: int = Query(
        0, ge=0, le=2**53, description="the cursor of the last page applied; 0 = from the start"
    ),
    limit: int = Query(500, ge=1, le=FEED_MAX),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    """Articles changed after ``cursor`` in version order, deleted ones included (``deleted: true``)."""
    db = ctx.db
    rows = db.query("SELECT * FROM kb_article WHERE version > ? ORDER BY version LIMIT ?", (cursor, limit))
    new_cursor = rows[-1]["version"] if rows else cursor
    remaining = int(db.scalar("SELECT COUNT(*) FROM kb_article WHERE version > ?", (new_cursor,)))
    cat = _catalogue(db)
    return {
        "items": [article_json(r, cat) for r in rows],
        "cursor": new_cursor,
        "hasMore": remaining > 0,
        "remaining": remaining,
    }


# -- announcements -----------------------------------------------------------------------------------------
SELECT_ANNOUNCEMENTS = (
    "SELECT a.*, u.display_name AS author_name FROM kb_announcement a "
    "LEFT JOIN auth_user u ON u.username = a.author"
)


@router.get("/announcement")
def list_announcements(
    active: bool = Query(False, description="only those published and not expired now"),
    page: Page = Depends(page_params),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
):
    """Announcements, newest publication first; ``active=true`` keeps publishAt <= now < expireAt."""
    now = iso(utcnow())
    where, args = "", []
    if active:
        where, args = " WHERE a.publish_at <= ? AND (a.expire_at IS NULL OR a.expire_at > ?)", [now, now]
    total = int(ctx.db.scalar("SELECT COUNT(*) FROM kb_announcement a" + where, args))
    rows = ctx.db.query(
        SELECT_ANNOUNCEMENTS + where + " ORDER BY a.publish_at DESC, a.id DESC" + page.sql(), args
    )
    return tmf_list([announcement_json(r, now) for r in rows], total, page)


@router.get("/announcement/{announcement_id}")
def get_announcement(
    announcement_id: str = Path(..., max_length=32),
    user: User = Depends(current_user),
    ctx: StubContext = Depends(get_ctx),
) -> dict:
    row = ctx.db.one(SELECT_ANNOUNCEMENTS + " WHERE a.id=?", (announcement_id,))
    if row is None:
        raise not_found("announcement", announcement_id)
    return announcement_json(row, iso(utcnow()))


class AnnouncementCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20_000)
    priority: Priority = "normal"
    publishAt: datetime | None = Field(None, description="default now; a later time schedules it")
    expireAt: datetime | None = Field(None, description="default never")


@router.post("/announcement", status_code=201)
def publish_announcement(
    body: AnnouncementCreate,
    request: Request,
    user: User = Depends(require_team_lead),
    ctx: StubContext = Depends(get_ctx),
):
    """Team leads publish; agents get 403."""
    publish = utc_text(body.publishAt, "publishAt") or iso(utcnow())
    expire = utc_text(body.expireAt, "expireAt")
    if expire is not None and expire <= publish:
        raise bad_request("expireAt", "expireAt: must be later than publishAt")
    db = ctx.db

    def action() -> dict:
        aid = f"AN{_next_number(db, 'kb_announcement_seq'):06d}"
        db.insert(
            "kb_announcement",
            {
                "id": aid,
                "title": body.title,
                "body": body.body,
                "priority": body.priority,
                "publish_at": publish,
                "expire_at": expire,
                "author": user.username,
                "created_at": iso(utcnow()),
            },
        )
        return announcement_json(db.one(SELECT_ANNOUNCEMENTS + " WHERE a.id=?", (aid,)), iso(utcnow()))

    return perform_write(
        ctx,
        request,
        system="kb",
        operation="publishAnnouncement",
        number=None,
        username=user.username,
        action=action,
        request_body=body.model_dump(mode="json"),
        status_code=201,
    )


# -- admin: edit the knowledge base (for sync tests and trainers) -------------------------------------------
class ArticleCreate(BaseModel):
    catalogueId: str = Field(min_length=1, max_length=32)
    title: str = Field(min_length=1, max_length=200)
    keywords: list[str] = Field(default_factory=list, max_length=20)
    body: str = Field(min_length=1, max_length=100_000)
    flowId: FlowId | None = None


class ArticlePatch(BaseModel):
    catalogueId: str | None = Field(None, min_length=1, max_length=32)
    title: str | None = Field(None, min_length=1, max_length=200)
    keywords: list[str] | None = Field(None, max_length=20)
    body: str | None = Field(None, min_length=1, max_length=100_000)
    flowId: FlowId | None = None


def _keywords(words: list[str]) -> str:
    for w in words:
        if not w.strip() or "," in w or len(w) > 40:
            raise bad_request("keywords", "keywords: each keyword is 1-40 characters without commas")
    return ",".join(dict.fromkeys(w.strip() for w in words))


def _check_catalogue(db: Database, cid: str) -> None:
    if not db.scalar("SELECT 1 FROM kb_catalogue WHERE id=?", (cid,)):
        raise bad_request("catalogueId", f"catalogueId: no catalogue {cid!r}")


@admin_router.post("/article", status_code=201)
def admin_create_article(body: ArticleCreate, ctx: StubContext = Depends(get_ctx)) -> dict:
    db = ctx.db
    keywords = _keywords(body.keywords)
    with db.tx():
        _check_catalogue(db, body.catalogueId)
        aid = f"KA{_next_number(db, 'kb_article_seq'):06d}"
        db.insert(
            "kb_article",
            {
                "id": aid,
                "catalogue_id": body.catalogueId,
                "title": body.title,
                "keywords": keywords,
                "body": body.body,
                "flow_id": body.flowId,
                "updated_at": iso(utcnow()),
                "deleted": 0,
                "version": _next_version(db),
            },
        )
        row = db.one("SELECT * FROM kb_article WHERE id=?", (aid,))
    return article_json(row, _catalogue(db))


@admin_router.patch("/article/{article_id}")
def admin_edit_article(
    body: ArticlePatch, article_id: str = Path(..., max_length=32), ctx: StubContext = Depends(get_ctx)
) -> dict:
    """Change the given fields; the article takes the next version (it moves to the feed's end)."""
    db = ctx.db
    changes = {}
    if body.catalogueId is not None:
        _check_catalogue(db, body.catalogueId)
        changes["catalogue_id"] = body.catalogueId
    for column, value in (("title", body.title), ("body", body.body), ("flow_id", body.flowId)):
        if value is not None:
            changes[column] = value
    if body.keywords is not None:
        changes["keywords"] = _keywords(body.keywords)
    with db.tx():
        if not db.scalar("SELECT 1 FROM kb_article WHERE id=? AND deleted=0", (article_id,)):
            raise not_found("knowledge article", article_id)
        changes.update(updated_at=iso(utcnow()), version=_next_version(db))
        db.execute(
            f"UPDATE kb_article SET {', '.join(f'{c}=?' for c in changes)} WHERE id=?",
            [*changes.values(), article_id],
        )
        row = db.one("SELECT * FROM kb_article WHERE id=?", (article_id,))
    return article_json(row, _catalogue(db))


@admin_router.delete("/article/{article_id}")
def admin_delete_article(
    article_id: str = Path(..., max_length=32), ctx: StubContext = Depends(get_ctx)
) -> dict:
    """Delete as a tombstone: the article stays in the feed with ``deleted: true`` and a new version."""
    db = ctx.db
    with db.tx():
        row = db.one("SELECT deleted FROM kb_article WHERE id=?", (article_id,))
        if row is None:
            raise not_found("knowledge article", article_id)
        if not row["deleted"]:
            db.execute(
                "UPDATE kb_article SET deleted=1, updated_at=?, version=? WHERE id=?",
                (iso(utcnow()), _next_version(db), article_id),
            )
        row = db.one("SELECT * FROM kb_article WHERE id=?", (article_id,))
    return article_json(row, _catalogue(db))


def on_app(app: FastAPI, ctx: StubContext) -> None:
    app.include_router(admin_router)


# -- seeding ---------------------------------------------------------------------------------------------------
ANNOUNCEMENTS = [
    (
        "关于{month}月账单出账延迟的通知",
        "因计费系统升级，{month}月账单出账时间推迟两天，客户咨询时请做好解释。",
        "important",
    ),
    ("宽带提速活动上线", "即日起光宽带100M客户可免费体验300M提速一个月，详见营销活动目录。", "normal"),
    (
        "{city}部分小区宽带中断抢修通知",
        "{city}部分小区因光缆被挖断，宽带业务中断，预计今晚22点前恢复，请客户耐心等待，勿重复派单。",
        "urgent",
    ),
    ("国际漫游资费调整", "自下月1日起国际漫游数据流量资费下调，新资费详见资费套餐目录。", "important"),
    ("系统割接期间停止受理过户业务", "CRM系统周六凌晨割接，期间暂停受理过户、销户业务。", "urgent"),
    ("彩铃业务退订口径更新", "客户退订彩铃包月后当月费用不退，请按新口径解释。", "normal"),
    ("越级投诉处理时限提醒", "越级投诉须在2小时内联系客户，请各班组严格执行。", "important"),
    ("春节期间值班安排", "春节期间各班组按排班表值班，班长请提前确认人员。", "normal"),
    ("WLAN热点登录异常", "{city}地区部分WLAN热点登录异常，已在处理，客户申告时请登记后统一回复。", "urgent"),
    ("新版服务规范学习", "请全体客服代表本周内完成新版服务规范学习并通过考试。", "normal"),
]


def seed(ctx: StubContext, rng: random.Random) -> None:
    """The catalogue, ``config.kb_articles`` articles and announcements (some expired, some scheduled)."""
    db = ctx.db
    db.insert_many("kb_catalogue", kb_corpus.catalogue_rows())
    count = ctx.config.kb_articles
    batch = []
    for article in kb_corpus.generate(rng, count, SEED_EPOCH):
        batch.append(article.__dict__)
        if len(batch) >= BATCH:
            db.insert_many("kb_article", batch)
            batch = []
    db.insert_many("kb_article", batch)
    db.set_meta("kb_article_seq", str(count))
    _seed_announcements(db, rng)


def _seed_announcements(db: Database, rng: random.Random) -> None:
    now = utcnow()
    authors = [
        r["username"]
        for r in db.query("SELECT username FROM auth_user WHERE role='team_lead' ORDER BY username")
    ]
    rows = []

    def add(publish: datetime, expire: datetime | None, k: int) -> None:
        title, body, priority = ANNOUNCEMENTS[k % len(ANNOUNCEMENTS)]
        city = rng.choice(kb_corpus.CITY_NAMES)
        month = (publish + timedelta(hours=8)).month
        rows.append(
            {
                "id": f"AN{len(rows) + 1:06d}",
                "title": title.format(city=city, month=month),
                "body": body.format(city=city, month=month),
                "priority": priority,
                "publish_at": iso(publish),
                "expire_at": iso(expire) if expire else None,
                "author": rng.choice(authors) if authors else "demo_lead",
                "created_at": iso(publish),
            }
        )

    for k in range(20):  # history before the epoch: mostly expired
        publish = (SEED_EPOCH - timedelta(days=rng.uniform(1, 90))).replace(microsecond=0)
        add(publish, publish + timedelta(days=rng.choice([3, 7, 14, 30])), k)
    for k in range(8):  # current ones, so "active" has something to show on the day of seeding
        publish = (now - timedelta(days=rng.uniform(0.1, 5))).replace(microsecond=0)
        add(publish, None if k % 4 == 0 else publish + timedelta(days=rng.choice([14, 30, 60])), k + 2)
    for k in range(2):  # scheduled
        publish = (now + timedelta(days=rng.uniform(1, 3))).replace(microsecond=0)
        add(publish, publish + timedelta(days=7), k + 5)
    rows.sort(key=lambda r: r["publish_at"])
    for i, r in enumerate(rows, start=1):
        r["id"] = f"AN{i:06d}"
    db.insert_many("kb_announcement", rows)
    db.set_meta("kb_announcement_seq", str(len(rows)))
