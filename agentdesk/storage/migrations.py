"""Forward-only schema migrations of the local database, declared per feature.

Each feature owns ``agentdesk/storage/schema_<feature>.py`` with
``MIGRATIONS = [("<feature>.001_<name>", "<SQL script>"), ...]`` and adds that module to ``REGISTRY``
below (append, never reorder: the order is the order of application on a fresh database).
Applied ids are recorded in ``schema_migrations`` (the schema version table); a migration runs
once, in its own transaction, and a failing one is rolled back and reported by id.
"""

from __future__ import annotations

import importlib
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from agentdesk.storage.timestamps import utc_iso

log = logging.getLogger(__name__)

# Later features append their module here; tests/storage/test_migrations.py fails for a
# schema_*.py that is missing from this list.
REGISTRY: list[str] = [
    "agentdesk.storage.schema_audit",
    "agentdesk.storage.schema_recent_customers",
    "agentdesk.storage.schema_toolbox",
    "agentdesk.storage.schema_tickets",
    "agentdesk.storage.schema_knowledge",
    "agentdesk.storage.schema_workbench",
    "agentdesk.storage.schema_pretreatment",
]

VERSION_TABLE_SQL = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)

_ID = re.compile(r"^(?P<feature>[a-z][a-z0-9_]*)\.(?P<number>\d{3})_[a-z0-9_]+$")
# Statements that would end, split or escape the transaction each migration runs in.
_FORBIDDEN = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "VACUUM", "ATTACH", "DETACH"}
_COMMENT = re.compile(r"^\s*(?:--[^\n]*(?:\n|$)|/\*.*?\*/)", re.S)


class MigrationError(RuntimeError):
    """A migration is malformed or failed; the database stays at the last good version."""


@dataclass(frozen=True)
class Migration:
    id: str
    sql: str
    module: str


def feature_of(module_name: str) -> str:
    """``agentdesk.storage.schema_audit`` -> ``audit``: the prefix every id of that module carries."""
    return module_name.rsplit(".", 1)[-1].removeprefix("schema_")


def load(registry: Iterable[str] | None = None) -> list[Migration]:
    """Import the registered schema modules and check their declarations, in application order."""
    found: list[Migration] = []
    seen: dict[str, str] = {}
    for module_name in REGISTRY if registry is None else registry:
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise MigrationError(
                f"schema module {module_name} is registered but cannot be imported: {exc}"
            ) from exc
        declared = getattr(module, "MIGRATIONS", None)
        if not isinstance(declared, list | tuple):
            raise MigrationError(f"{module_name} must define MIGRATIONS = [(id, sql), ...]")
        found.extend(_check_module(module_name, declared, seen))
    return found


def _check_module(module_name: str, declared: Sequence, seen: dict[str, str]) -> list[Migration]:
    feature = feature_of(module_name)
    last_number = 0
    out = []
    for item in declared:
        if not (isinstance(item, tuple) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise MigrationError(
                f"{module_name}: each migration must be an (id, sql) pair of strings, got {item!r}"
            )
        mig_id, sql = item
        match = _ID.match(mig_id)
        if not match or match["feature"] != feature:
            raise MigrationError(
                f"{module_name}: migration id {mig_id!r} must look like '{feature}.001_name'"
            )
        number = int(match["number"])
        if number <= last_number:
            raise MigrationError(
                f"{module_name}: migration {mig_id!r} is out of order (numbers must increase)"
            )
        if mig_id in seen:
            raise MigrationError(f"migration id {mig_id!r} is declared twice ({seen[mig_id]}, {module_name})")
        if not split_statements(sql):
            raise MigrationError(f"{module_name}: migration {mig_id!r} has no SQL statement")
        last_number = number
        seen[mig_id] = module_name
        out.append(Migration(mig_id, sql, module_name))
    return out


def split_statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (``;`` inside strings or triggers stays inside)."""
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if _strip_comments(buffer).strip(" \t\r\n;"):
                statements.append(buffer.strip())
            buffer = ""
    tail = buffer[:-1]  # the last piece got a ';' it did not have
    if _strip_comments(tail).strip():
        statements.append(tail.strip())
    return statements


def _strip_comments(sql: str) -> str:
    while True:
        stripped = _COMMENT.sub("", sql, count=1)
        if stripped == sql:
            return sql
        sql = stripped


def _first_keyword(statement: str) -> str:
    words = _strip_comments(statement).split(None, 1)
    return words[0].upper().rstrip(";") if words else ""


def applied_ids(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM schema_migrations ORDER BY rowid")]


def apply_pending(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[str]:
    """Apply every migration not yet in ``schema_migrations``, each in its own transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so the explicit transactions
    here are the only ones. Returns the ids applied now.
    """
    conn.execute(VERSION_TABLE_SQL)
    known = {m.id for m in migrations}
    unknown = [i for i in applied_ids(conn) if i not in known]
    if unknown:
        # A newer desk (or a removed feature) wrote these; their tables are simply not used.
        log.warning("local database has migrations this version does not know: %s", ", ".join(unknown))
    done_now = []
    for migration in migrations:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Checked inside the write lock: another desk process may have applied it meanwhile.
            if conn.execute("SELECT 1 FROM schema_migrations WHERE id = ?", (migration.id,)).fetchone():
                conn.execute("ROLLBACK")
                continue
            for statement in split_statements(migration.sql):
                keyword = _first_keyword(statement)
                if keyword in _FORBIDDEN:
                    raise MigrationError(
                        f"{keyword} is not allowed in a migration (each runs in its own transaction)"
                    )
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
                (migration.id, utc_iso()),
            )
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            last = applied_ids(conn)
            at = last[-1] if last else "an empty schema"
            raise MigrationError(
                f"local database migration {migration.id!r} ({migration.module}) failed and was rolled back; "
                f"the database stays at {at}: {exc}"
            ) from exc
        log.info("applied local database migration %s", migration.id)
        done_now.append(migration.id)
    return done_now
