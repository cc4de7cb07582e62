"""The desk's one local SQLite database: ``agentdesk.sqlite`` in the user-data directory.

Decisions, so nobody has to rediscover them:

- **One connection per database, guarded by one lock.** Services reach SQLite from
  ``asyncio.to_thread`` workers, whose threads are pooled and never told when they end; per-thread
  connections there could be neither counted nor closed (and an open handle keeps the file locked on
  Windows). Local statements take milliseconds, so serialising them costs nothing an agent can see,
  and "database is locked" between our own connections cannot happen. Bulk jobs (knowledge cache)
  should commit in chunks so they do not hold the lock for long.
- **WAL + ``synchronous=NORMAL`` by default, ``FULL`` for durable transactions.** In WAL mode a
  commit has reached the operating system when ``COMMIT`` returns, so it survives the desk being
  killed (``kill -9``, a crash) even with NORMAL; NORMAL can only lose the last commits on power
  loss or an OS crash. Data the agent was told is saved (audit trail, ticket outbox, notes) is
  written with ``transaction(durable=True)`` (the default), which switches that commit to FULL (an
  fsync of the WAL), so nothing acknowledged is lost even then. Rebuildable data (caches, recent
  customers) passes ``durable=False``.
- **Busy timeout** of 5 s for the rare second process (a second desk, a DB browser).
- **Opened once per process**: ``open_database()`` returns the same instance for the same file;
  pending migrations run at that first open (see ``agentdesk.storage.migrations``).

Async code calls it through the small facade (``read``, ``write``, ``aquery``, ``aone``,
``aexecute``), which runs the blocking work in ``asyncio.to_thread``. A cancelled await does not
cancel the statement: its transaction still commits or rolls back as a whole.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from agentdesk.paths import user_data_dir
from agentdesk.storage.migrations import apply_pending, load

log = logging.getLogger(__name__)

DB_FILENAME = "agentdesk.sqlite"
BUSY_TIMEOUT_S = 5.0

T = TypeVar("T")
Params = Sequence[Any] | dict[str, Any]


class DatabaseClosedError(RuntimeError):
    """The local database was used after ``close()`` (normally: during shutdown)."""


class LocalDatabase:
    """One SQLite file with its migrations applied; thread-safe; see the module docstring."""

    def __init__(self, path: Path, *, registry: Iterable[str] | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        migrations = load(registry)  # a malformed declaration fails before the file is touched
        self._lock = threading.RLock()
        conn = sqlite3.connect(
            str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # e.g. a network drive: still correct, just slower
                log.warning("local database %s runs in %s journal mode, not WAL", self.path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self.applied_at_open: list[str] = apply_pending(conn, migrations)
            self._db: sqlite_utils.Database | None = sqlite_utils.Database(conn, execute_plugins=False)
        except BaseException:
            conn.close()
            raise
        self._durable_commit = False

    # -- blocking API: call from a worker thread (or at start-up) --------------------------------
    @property
    def closed(self) -> bool:
        return self._db is None

    def _database(self) -> sqlite_utils.Database:
        if self._db is None:
            raise DatabaseClosedError(f"the local database {self.path} is closed")
        return self._db

    @contextmanager
    def connection(self) -> Iterator[sqlite_utils.Database]:
        """Exclusive use of the connection for reads (sqlite-utils API); writes use ``transaction``."""
        with self._lock:
            yield self._database()

    @contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[sqlite_utils.Database]:
        """A write transaction, all or nothing; a nested one joins the outer one.

        ``durable`` makes the commit survive power loss (fsync); a nested durable transaction
        inside a non-durable one is refused, because SQLite fixes the level before ``BEGIN``.
        """
        with self._lock:
            db = self._database()
            conn = db.conn
            if conn.in_transaction:
                if durable and not self._durable_commit:
                    raise ValueError("a durable transaction cannot join a non-durable one")
                yield db
                return
            if durable:
                conn.execute("PRAGMA synchronous = FULL")
            self._durable_commit = durable
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                self._durable_commit = False
                if durable:
                    conn.execute("PRAGMA synchronous = NORMAL")

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        with self.connection() as db:
            cursor = db.conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        with self.connection() as db:
            row = db.conn.execute(sql, params).fetchone()
            return row[0] if row else None

    def execute(self, sql: str, params: Params = (), *, durable: bool = True) -> int:
        """One write statement in its own transaction; returns the number of rows changed."""
        with self.transaction(durable=durable) as db:
            return db.conn.execute(sql, params).rowcount

    def close(self) -> None:
        """Close the connection (idempotent); later calls raise ``DatabaseClosedError``."""
        with self._lock:
            if self._db is None:
                return
            try:
                self._db.conn.execute("PRAGMA optimize")
            except sqlite3.Error:  # best effort: statistics only
                pass
            self._db.conn.close()
            self._db = None
        _forget(self)

    # -- async facade: the blocking work runs in asyncio.to_thread --------------------------------
    async def read(self, fn: Callable[[sqlite_utils.Database], T]) -> T:
        """Run ``fn(db)`` with exclusive use of the connection, off the event loop."""

        def call() -> T:
            with self.connection() as db:
                return fn(db)

        return await asyncio.to_thread(call)

    async def write(self, fn: Callable[[sqlite_utils.Database], T], *, durable: bool = True) -> T:
        """Run ``fn(db)`` inside one write transaction, off the event loop."""

        def call() -> T:
            with self.transaction(durable=durable) as db:
                return fn(db)

        return await asyncio.to_thread(call)

    async def aquery(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self.query, sql, params)

    async def aone(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        return await asyncio.to_thread(self.one, sql, params)

    async def aexecute(self, sql: str, params: Params = (), *, durable: bool = True) -> int:
        return await asyncio.to_thread(lambda: self.execute(sql, params, durable=durable))


# -- one instance per file and process ----------------------------------------------------------
_registry_lock = threading.Lock()
_instances: dict[Path, LocalDatabase] = {}


def database_path(directory: Path | None = None) -> Path:
    return (Path(directory) if directory is not None else user_data_dir()) / DB_FILENAME


def open_database(directory: Path | None = None) -> LocalDatabase:
    """The process's database in ``directory`` (default: the user-data directory), opened once."""
    path = database_path(directory).resolve()
    with _registry_lock:
        existing = _instances.get(path)
        if existing is not None and not existing.closed:
            return existing
        db = LocalDatabase(path)
        _instances[path] = db
        return db


def close_all() -> None:
    """Close every database this process opened (shutdown, and test teardown)."""
    with _registry_lock:
        instances = list(_instances.values())
    for db in instances:
        db.close()


def _forget(db: LocalDatabase) -> None:
    with _registry_lock:
        key = db.path.resolve()
        if _instances.get(key) is db:
            del _instances[key]
