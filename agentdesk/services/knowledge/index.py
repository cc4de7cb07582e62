"""The offline copy of the knowledge base and its full-text index, in the local SQLite database.

Blocking methods, called from ``asyncio.to_thread`` by the sync and search services. Tokens are made
before the write lock is taken (``prepare``), so a page of a sync holds the database for a few
milliseconds and searches typed meanwhile are not held up. The cache is rebuildable from the knowledge
system, so its writes are not fsync'ed (``durable=False``); the cursor is stored in the same transaction
as the page it belongs to, so an interrupted sync resumes exactly after the last page it applied.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from agentdesk.domain.knowledge import Article, CatalogueNode
from agentdesk.domain.knowledge_search import (
    TOKENIZER_VERSION,
    SearchField,
    catalogue_tokens,
    compile_query,
    directory_filter,
    highlight,
    html_to_text,
    index_tokens,
    keyword_tokens,
    snippet,
    text_as_html,
)
from agentdesk.services.knowledge.models import (
    ArticleSummary,
    CachedArticle,
    KnowledgeQuery,
    SearchHit,
    SearchResult,
)
from agentdesk.storage.database import LocalDatabase

log = logging.getLogger(__name__)

# BM25 weights of the FTS columns: a word in the title says more than one in the keywords or body.
WEIGHTS = (8.0, 4.0, 1.0, 2.0)  # title, keywords, body, catalogue
REBUILD_CHUNK = 2000


@dataclass(frozen=True)
class PreparedArticle:
    """A feed item with its text extracted and tokens made, ready to be written in one go."""

    id: str
    version: int
    deleted: bool
    row: dict[str, Any] | None
    tokens: tuple[str, str, str, str] | None


@dataclass(frozen=True)
class ApplyStats:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    skipped: int = 0  # older than what the cache already has


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(value)


def _tokens(
    title: str, keywords: Sequence[str], body_text: str, path: Sequence[str], catalogue_id: str
) -> tuple[str, str, str, str]:
    return (
        index_tokens(title),
        keyword_tokens(keywords),
        index_tokens(body_text),
        catalogue_tokens(path, catalogue_id),
    )


def prepare(items: Iterable[Article]) -> list[PreparedArticle]:
    """Extract the body text and make the tokens (CPU work: run it off the event loop)."""
    out = []
    for item in items:
        if item.deleted:
            out.append(PreparedArticle(item.id, item.version, True, None, None))
            continue
        keywords = [str(k) for k in item.keywords]
        path = [str(p) for p in item.catalogue_path]
        body = item.body if item.body_format == "html" else text_as_html(item.body)
        body_text = html_to_text(body)
        row = {
            "id": item.id,
            "title": item.title,
            "keywords": json.dumps(keywords, ensure_ascii=False),
            "body_html": body,
            "body_text": body_text,
            "catalogue_id": item.catalogue_id,
            "catalogue_path": json.dumps(path, ensure_ascii=False),
            "flow_id": item.flow_id,
            "last_update": _iso(item.updated_at),
            "version": int(item.version),
        }
        out.append(
            PreparedArticle(
                item.id,
                int(item.version),
                False,
                row,
                _tokens(item.title, keywords, body_text, path, item.catalogue_id),
            )
        )
    return out


_STORED = "title, keywords, body_text, catalogue_path, catalogue_id"  # what the tokens are made of


def _stored_tokens(row: sqlite3.Row | tuple) -> tuple[str, str, str, str]:
    title, keywords, body_text, path, catalogue_id = row
    return _tokens(title, json.loads(keywords), body_text, json.loads(path), catalogue_id)


_FTS_INSERT = "INSERT INTO kb_fts (rowid, title, keywords, body, catalogue) VALUES (?, ?, ?, ?, ?)"
_FTS_DELETE = (
    "INSERT INTO kb_fts (kb_fts, rowid, title, keywords, body, catalogue) VALUES ('delete', ?, ?, ?, ?, ?)"
)
_COLUMNS: tuple[str, ...] = (
    "title",
    "keywords",
    "body_html",
    "body_text",
    "catalogue_id",
    "catalogue_path",
    "flow_id",
    "last_update",
    "version",
)
_ARTICLE_INSERT = (
    f"INSERT INTO kb_article (id, {', '.join(_COLUMNS)}) VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})"
)


class KnowledgeIndex:
    """Read and write the cached articles and search them (blocking; see the module docstring)."""

    def __init__(self, db: LocalDatabase) -> None:
        self.db = db

    # -- sync state ---------------------------------------------------------------------------------
    def state(self, key: str) -> str | None:
        return self.db.scalar("SELECT value FROM kb_sync_state WHERE key = ?", (key,))

    def set_state(self, key: str, value: str | None) -> None:
        with self.db.transaction(durable=False) as d:
            _set_state(d.conn, key, value)

    @property
    def cursor(self) -> int:
        return int(self.state("cursor") or 0)

    def article_count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM kb_article") or 0)

    # -- writing ------------------------------------------------------------------------------------
    def apply(self, prepared: Sequence[PreparedArticle], cursor: int | None = None) -> ApplyStats:
        """Write one page of the feed and, in the same transaction, the cursor after it."""
        added = updated = deleted = skipped = 0
        with self.db.transaction(durable=False) as d:
            conn = d.conn
            for p in prepared:
                old = conn.execute(
                    f"SELECT doc, version, {_STORED} FROM kb_article WHERE id = ?", (p.id,)
                ).fetchone()
                if old is not None and old[1] > p.version:
                    skipped += 1
                    continue
                if old is not None:  # out of the index with the tokens it went in with
                    conn.execute(_FTS_DELETE, (old[0], *_stored_tokens(old[2:])))
                    conn.execute("DELETE FROM kb_article WHERE doc = ?", (old[0],))
                if p.deleted:
                    deleted += old is not None
                    skipped += old is None  # a tombstone of an article this copy never had
                    continue
                assert p.row is not None and p.tokens is not None
                # a changed article gets a new doc number: among equally ranked hits the newest
                # change comes first (ORDER BY rowid DESC), with no look-up at query time
                cur = conn.execute(_ARTICLE_INSERT, [p.id] + [p.row[c] for c in _COLUMNS])
                conn.execute(_FTS_INSERT, (cur.lastrowid, *p.tokens))
                updated += old is not None
                added += old is None
            if cursor is not None:
                _set_state(conn, "cursor", str(cursor))
            conn.execute(  # a fresh cache is built with this tokenizer; an older one is rebuilt first
                "INSERT OR IGNORE INTO kb_sync_state (key, value) VALUES ('tokenizer', ?)",
                (str(TOKENIZER_VERSION),),
            )
        return ApplyStats(added, updated, deleted, skipped)

    def store_catalogue(self, nodes: Iterable[tuple[str, str | None, str, int]]) -> None:
        """Replace the catalogue with (id, parent_id, name, position) rows."""
        rows = list(nodes)
        with self.db.transaction(durable=False) as d:
            d.conn.execute("DELETE FROM kb_catalogue")
            d.conn.executemany(
                "INSERT INTO kb_catalogue (id, parent_id, name, position) VALUES (?, ?, ?, ?)", rows
            )

    def ensure_tokens_current(self) -> bool:
        """Re-index every cached article if it was indexed by another tokenizer version; True if it was."""
        stored = self.state("tokenizer")
        if stored is None or stored == str(TOKENIZER_VERSION):
            return False
        log.info("knowledge index: tokenizer %s -> %s, rebuilding", stored, TOKENIZER_VERSION)
        with self.db.transaction(durable=False) as d:
            d.conn.execute("INSERT INTO kb_fts (kb_fts) VALUES ('delete-all')")
        last = 0
        while True:
            with self.db.connection() as d:
                rows = d.conn.execute(
                    f"SELECT doc, {_STORED} FROM kb_article WHERE doc > ? ORDER BY doc LIMIT ?",
                    (last, REBUILD_CHUNK),
                ).fetchall()
            if not rows:
                break
            tokens = [(r[0], *_stored_tokens(r[1:])) for r in rows]
            with self.db.transaction(durable=False) as d:
                d.conn.executemany(_FTS_INSERT, tokens)
            last = rows[-1][0]
        self.set_state("tokenizer", str(TOKENIZER_VERSION))
        return True

    def optimise(self) -> None:
        """Merge the index's segments after a large sync (a few hundred ms; searches are faster after)."""
        with self.db.transaction(durable=False) as d:
            d.conn.execute("INSERT INTO kb_fts (kb_fts) VALUES ('optimize')")

    # -- reading ------------------------------------------------------------------------------------
    def search(self, query: KnowledgeQuery, limit: int = 50, offset: int = 0) -> SearchResult:
        """Ranked hits: articles containing the query as typed first, then (long Chinese queries)
        those containing all of its words. Each part is ranked by FTS5's BM25 over the weighted
        fields (title 8, keywords 4, catalogue 2, body 1) without document-length normalisation
        (the index keeps no sizes, see knowledge.004; articles are of similar length), equal
        scores newest change first."""
        started = time.perf_counter()
        compiled = compile_query(query.text, query.field)
        if compiled.empty:
            return SearchResult(query, (), 0, 0, offset)
        weights = ", ".join(str(w) for w in WEIGHTS)
        ranked = (
            f"SELECT rowid, bm25(kb_fts, {weights}) AS score FROM kb_fts WHERE kb_fts MATCH ? "
            "ORDER BY score, rowid DESC LIMIT ? OFFSET ?"
        )
        count = "SELECT count(*) FROM kb_fts WHERE kb_fts MATCH ?"
        with self.db.connection() as d:
            conn = d.conn
            exact_expr, partial_expr = compiled.exact, compiled.partial
            if query.catalogue_id:  # the directory and its children, as part of the match
                ids = [query.catalogue_id] + [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM kb_catalogue WHERE parent_id = ?", (query.catalogue_id,)
                    )
                ]
                where_dir = directory_filter(ids)
                exact_expr = f"({exact_expr}) AND {where_dir}"
                partial_expr = f"({partial_expr}) AND {where_dir}" if partial_expr else None
            total_exact = conn.execute(count, (exact_expr,)).fetchone()[0]
            picked: list[tuple[int, float, bool]] = []
            if offset < total_exact:
                rows = conn.execute(ranked, (exact_expr, limit, offset)).fetchall()
                picked += [(r[0], r[1], True) for r in rows]
            # the partial matches are counted and ranked only once the exact ones run out
            total_partial: int | None = 0 if partial_expr is None else None
            if partial_expr and offset + limit > total_exact:
                total_partial = conn.execute(count, (partial_expr,)).fetchone()[0]
                want = limit - len(picked)
                if want > 0 and total_partial:
                    skip = max(0, offset - total_exact)
                    rows = conn.execute(ranked, (partial_expr, want, skip)).fetchall()
                    picked += [(r[0], r[1], False) for r in rows]
            articles = self._rows_by_doc(conn, [p[0] for p in picked])
        hits = []
        for doc, score, exact in picked:
            row = articles.get(doc)
            if row is None:
                continue
            terms = compiled.terms if exact else compiled.terms + compiled.parts
            hits.append(
                SearchHit(
                    id=row["id"],
                    title=highlight(row["title"], terms),
                    snippet=snippet(row["body_text"], terms),
                    keywords=tuple(json.loads(row["keywords"])),
                    catalogue_id=row["catalogue_id"],
                    catalogue_path=tuple(json.loads(row["catalogue_path"])),
                    score=float(score),
                    exact=exact,
                    flow_id=row["flow_id"],
                )
            )
        elapsed = (time.perf_counter() - started) * 1000
        return SearchResult(query, tuple(hits), total_exact, total_partial, offset, elapsed)

    @staticmethod
    def _rows_by_doc(conn: sqlite3.Connection, docs: Sequence[int]) -> dict[int, dict[str, Any]]:
        if not docs:
            return {}
        cur = conn.execute(
            "SELECT doc, id, title, keywords, body_text, catalogue_id, catalogue_path, flow_id FROM kb_article "
            f"WHERE doc IN ({', '.join('?' * len(docs))})",
            list(docs),
        )
        names = [c[0] for c in cur.description]
        return {r[0]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}

    def matching_ids(self, text: str, search_field: SearchField = SearchField.ALL) -> set[str]:
        """Every article id the query finds as typed (no paging): for checks and tests."""
        compiled = compile_query(text, search_field)
        if compiled.empty:
            return set()
        rows = self.db.query(
            "SELECT a.id FROM kb_fts JOIN kb_article a ON a.doc = kb_fts.rowid WHERE kb_fts MATCH ?",
            (compiled.exact,),
        )
        return {r["id"] for r in rows}

    def article(self, article_id: str) -> CachedArticle | None:
        row = self.db.one("SELECT * FROM kb_article WHERE id = ?", (article_id,))
        if row is None:
            return None
        return CachedArticle(
            id=row["id"],
            title=row["title"],
            keywords=tuple(json.loads(row["keywords"])),
            body_html=row["body_html"],
            body_text=row["body_text"],
            catalogue_id=row["catalogue_id"],
            catalogue_path=tuple(json.loads(row["catalogue_path"])),
            flow_id=row["flow_id"],
            last_update=row["last_update"],
            version=row["version"],
        )

    def browse(
        self, catalogue_id: str, limit: int = 200, offset: int = 0
    ) -> tuple[list[ArticleSummary], int]:
        """The articles of a directory and its children, newest first, and how many there are."""
        where = (
            "catalogue_id IN (SELECT id FROM kb_catalogue WHERE id = ? OR parent_id = ?) OR catalogue_id = ?"
        )
        args = [catalogue_id] * 3
        total = int(self.db.scalar(f"SELECT count(*) FROM kb_article WHERE {where}", args) or 0)
        rows = self.db.query(
            f"SELECT id, title, catalogue_path, last_update FROM kb_article WHERE {where} "
            "ORDER BY last_update DESC, id LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [
            ArticleSummary(r["id"], r["title"], tuple(json.loads(r["catalogue_path"])), r["last_update"])
            for r in rows
        ], total

    def titles(self, ids: Sequence[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Title and catalogue path of the cached articles among ``ids``."""
        if not ids:
            return {}
        rows = self.db.query(
            f"SELECT id, title, catalogue_path FROM kb_article WHERE id IN ({', '.join('?' * len(ids))})",
            list(ids),
        )
        return {r["id"]: (r["title"], tuple(json.loads(r["catalogue_path"]))) for r in rows}

    def catalogue(self) -> list[CatalogueNode]:
        """The directory tree with the number of cached articles in each (children included)."""
        counts = {
            r["catalogue_id"]: r["n"]
            for r in self.db.query("SELECT catalogue_id, count(*) AS n FROM kb_article GROUP BY catalogue_id")
        }
        rows = self.db.query("SELECT id, parent_id, name, position FROM kb_catalogue ORDER BY position, id")
        children: dict[str | None, list[dict]] = {}
        for r in rows:
            children.setdefault(r["parent_id"], []).append(r)

        def build(r: dict) -> CatalogueNode:
            kids = tuple(build(c) for c in children.get(r["id"], []))
            own = counts.get(r["id"], 0)
            return CatalogueNode(
                r["id"],
                r["name"],
                r["parent_id"],
                r["position"],
                own + sum(k.article_count for k in kids),
                kids,
            )

        known = {r["id"] for r in rows}
        return [build(r) for r in rows if r["parent_id"] is None or r["parent_id"] not in known]


def _set_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute(
        "INSERT INTO kb_sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
