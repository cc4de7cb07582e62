"""The local database: one file in the user-data dir, WAL, thread-safe, durable commits."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agentdesk import paths
from agentdesk.storage import DatabaseClosedError, open_database
from agentdesk.storage.database import database_path

ROOT = Path(__file__).resolve().parents[2]


def test_paths_follow_the_environment_override(user_data_dir):
    assert paths.user_data_dir() == user_data_dir
    assert paths.log_dir() == user_data_dir / "logs" and paths.log_dir().is_dir()
    assert database_path() == user_data_dir / "agentdesk.sqlite"


def test_paths_create_the_directory_on_demand(tmp_path, monkeypatch):
    target = tmp_path / "deep" / "er"
    monkeypatch.setenv("AGENTDESK_DATA_DIR", str(target))
    assert paths.user_data_dir() == target and target.is_dir()


def test_without_override_the_platform_user_data_dir_is_used(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("AGENTDESK_DATA_DIR")
    calls = []
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda app, author: calls.append((app, author)) or str(tmp_path / "p")
    )
    assert paths.user_data_dir() == tmp_path / "p"
    assert calls == [("AgentDesk", "AgentDesk")]


def test_opened_once_per_process_in_wal_mode(user_data_dir):
    db = open_database()
    assert open_database() is db
    assert db.path.parent == user_data_dir.resolve()
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 1  # NORMAL
    assert db.scalar("PRAGMA busy_timeout") == 5000
    assert db.scalar("PRAGMA foreign_keys") == 1
    db.execute("INSERT INTO recent_customer VALUES ('a', 'c', 'n', '', '2026-01-01T00:00:00.000Z', 1)")
    assert (user_data_dir / "agentdesk.sqlite-wal").exists()


def test_durable_transactions_commit_with_full_sync_and_return_to_normal(user_data_dir):
    db = open_database()
    with db.transaction() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        with db.transaction(durable=False):  # joins the durable one
            pass
    assert db.scalar("PRAGMA synchronous") == 1
    with db.transaction(durable=False) as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1
        with pytest.raises(ValueError, match="durable"), db.transaction():
            pass
    assert db.scalar("PRAGMA synchronous") == 1


def test_a_failed_transaction_leaves_nothing_behind(user_data_dir):
    db = open_database()
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn["recent_customer"].insert(
            {
                "agent": "a",
                "customer_id": "c",
                "service_number": "n",
                "name": "",
                "looked_up_at": "t",
                "seq": 1,
            }
        )
        assert conn.execute("SELECT count(*) FROM recent_customer").fetchone()[0] == 1
        raise RuntimeError("abort")
    assert db.scalar("SELECT count(*) FROM recent_customer") == 0
    assert db.scalar("SELECT 1") == 1


def test_async_facade_is_safe_under_concurrent_writers(user_data_dir):
    db = open_database()
    threads: set[str] = set()

    def insert(i: int):
        def work(conn):
            threads.add(threading.current_thread().name)
            conn.execute(
                "INSERT INTO recent_customer VALUES (?, ?, ?, '', '2026-01-01T00:00:00.000Z', ?)",
                ("agent", f"c{i}", f"n{i}", i),
            )
            return i

        return db.write(work, durable=i % 2 == 0)

    async def main():
        results = await asyncio.gather(*(insert(i) for i in range(60)))
        rows = await db.aquery("SELECT customer_id FROM recent_customer")
        one = await db.aone("SELECT count(*) AS n FROM recent_customer")
        changed = await db.aexecute("DELETE FROM recent_customer WHERE seq < 10")
        count = await db.read(lambda conn: conn["recent_customer"].count)
        return results, rows, one, changed, count

    results, rows, one, changed, count = asyncio.run(main())
    assert results == list(range(60))
    assert len(rows) == 60 and one == {"n": 60}
    assert changed == 10 and count == 50
    assert threading.current_thread().name not in threads  # the work ran off the calling thread


def test_use_after_close_is_a_clear_error(user_data_dir):
    db = open_database()
    db.close()
    db.close()  # idempotent
    with pytest.raises(DatabaseClosedError, match="closed"):
        db.query("SELECT 1")
    assert open_database() is not db


WRITER = """
import os, signal, sys
from agentdesk.storage import open_database
db = open_database()
with db.transaction() as conn:
    conn.execute("INSERT INTO audit_entry (recorded_at, agent, system, operation, idempotency_key, outcome) "
                 "VALUES ('2026-11-01T00:00:00.000Z', 'demo_agent', 'crm', 'suspend', 'k-1', 'ok')")
print("acknowledged", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_acknowledged_write_survives_kill_9(user_data_dir):
    proc = subprocess.run(
        [sys.executable, "-c", WRITER],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout.strip() == "acknowledged", proc.stderr
    assert proc.returncode == -signal.SIGKILL
    assert (user_data_dir / "agentdesk.sqlite-wal").stat().st_size > 0  # never checkpointed
    db = open_database()
    assert db.applied_at_open == []
    assert db.scalar("SELECT idempotency_key FROM audit_entry") == "k-1"
