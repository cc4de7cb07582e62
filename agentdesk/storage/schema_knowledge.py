"""Local tables of the knowledge base: the offline copy with its full-text index, the sync cursor,
the catalogue, announcements with read markers, and each agent's favourites and recently viewed.

``kb_fts`` is a *contentless* FTS5 table (the text lives once, in ``kb_article``): its rowid is
``kb_article.doc`` and its columns hold the tokens of ``agentdesk.domain.knowledge_search``. Deleting
a document from it needs the same tokens again, which the index recomputes from ``kb_article``.
"""

from __future__ import annotations

MIGRATIONS = [
    (
        "knowledge.001_cache",
        """
        CREATE TABLE kb_article (
            doc INTEGER PRIMARY KEY,             -- rowid of kb_fts
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            keywords TEXT NOT NULL,              -- JSON list
            body_html TEXT NOT NULL,             -- as the knowledge system sent it (sanitised when shown)
            body_text TEXT NOT NULL,             -- what is indexed, one line per paragraph
            catalogue_id TEXT NOT NULL,
            catalogue_path TEXT NOT NULL,        -- JSON list of directory names, top first
            flow_id TEXT,
            last_update TEXT,
            version INTEGER NOT NULL
        );
        CREATE INDEX kb_article_catalogue ON kb_article (catalogue_id);
        CREATE VIRTUAL TABLE kb_fts USING fts5 (
            title, keywords, body, catalogue,
            content = '', tokenize = 'unicode61 remove_diacritics 0'
        );
        CREATE TABLE kb_catalogue (
            id TEXT PRIMARY KEY,
            parent_id TEXT,
            name TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE kb_sync_state (key TEXT PRIMARY KEY, value TEXT);
        """,
    ),
    (
        "knowledge.002_announcements",
        """
        CREATE TABLE kb_announcement (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            priority TEXT NOT NULL,              -- normal | important | urgent
            publish_at TEXT NOT NULL,            -- ISO UTC
            expire_at TEXT,
            author TEXT NOT NULL,
            author_name TEXT,
            created_at TEXT
        );
        CREATE TABLE kb_announcement_read (
            agent TEXT NOT NULL,
            announcement_id TEXT NOT NULL,
            read_at TEXT NOT NULL,
            PRIMARY KEY (agent, announcement_id)
        );
        """,
    ),
    (
        "knowledge.003_library",
        """
        CREATE TABLE kb_favourite (
            agent TEXT NOT NULL,
            article_id TEXT NOT NULL,
            title TEXT NOT NULL,                 -- kept so a favourite deleted upstream still shows its name
            added_at TEXT NOT NULL,
            PRIMARY KEY (agent, article_id)
        );
        CREATE TABLE kb_recent (
            agent TEXT NOT NULL,
            article_id TEXT NOT NULL,
            title TEXT NOT NULL,
            viewed_at TEXT NOT NULL,
            PRIMARY KEY (agent, article_id)
        );
        CREATE INDEX kb_recent_by_time ON kb_recent (agent, viewed_at);
        """,
    ),
    (
        "knowledge.004_fast_ranking",
        # columnsize=0: ranking reads no per-document size (one B-tree look-up per match, which
        # made BM25 over a common word five times slower); the index is rebuilt from kb_article.
        """
        DROP TABLE kb_fts;
        CREATE VIRTUAL TABLE kb_fts USING fts5 (
            title, keywords, body, catalogue,
            content = '', columnsize = 0, tokenize = 'unicode61 remove_diacritics 0'
        );
        UPDATE kb_sync_state SET value = 'rebuild' WHERE key = 'tokenizer';
        """,
    ),
]
