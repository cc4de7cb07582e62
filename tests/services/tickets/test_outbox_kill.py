"""kill -9 of a desk with tickets in its outbox, some of them in flight: after a restart every draft is
delivered, none lost, none created twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from agentdesk.services.tickets.desk import key_of
from tests.services.tickets.support import creates_for_key, tickets_of

ROOT = Path(__file__).resolve().parents[3]
COUNT = 5


def delivered_in(db_file: Path) -> int:
    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
        n = conn.execute("SELECT COUNT(*) FROM ticket_outbox WHERE state = 'delivered'").fetchone()[0]
    conn.close()
    return n


def test_a_killed_desk_delivers_its_outbox_after_restart(
    tmp_path, stub_server, make_services, customer, api, admin, run
):
    data = tmp_path / "killed-desk"
    data.mkdir()
    db_file = data / "agentdesk.sqlite"
    admin.put("/admin/faults/tickets", json={"down": True}).raise_for_status()
    env = {**os.environ, "AGENTDESK_DATA_DIR": str(data)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.tickets.outbox_child", stub_server.url,
         customer["customer_id"], customer["number"], str(COUNT)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        lines = [child.stdout.readline().strip() for _ in range(COUNT + 1)]
        assert lines[-1] == "READY", (lines, child.stderr.read() if child.poll() is not None else "")
        assert all(line.endswith("pending") for line in lines[:-1]), lines
        # the system comes back, slowly: the child is killed while its next draft is on the wire
        admin.put("/admin/faults/tickets", json={"latency_ms": 300}).raise_for_status()
        deadline = time.monotonic() + 20
        while delivered_in(db_file) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert delivered_in(db_file) >= 2
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert delivered_in(db_file) < COUNT  # some drafts were still in the outbox when it died
    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
        states = [r[0] for r in conn.execute("SELECT state FROM ticket_outbox ORDER BY seq")]
    conn.close()
    print("states at the kill:", states)  # usually one 'sending': its request reached the server
    admin.delete("/admin/faults/tickets").raise_for_status()
    time.sleep(0.4)  # a request the child left on the wire still completes on the server

    restarted = make_services(directory=data)
    report = run(restarted.outbox.deliver_pending())
    assert report.waiting == 0
    entries = sorted(run(restarted.outbox.entries()), key=lambda e: e.seq)
    assert [(e.draft_id, e.state) for e in entries] == [(f"killed-{i}", "delivered") for i in range(COUNT)]
    listed = tickets_of(api, customer["customer_id"])
    assert sorted(t["id"] for t in listed) == sorted(e.ticket_id for e in entries)
    assert len(listed) == COUNT
    for i in range(COUNT):
        assert len(creates_for_key(admin, key_of(f"killed-{i}"))) == 1
    ids = [int(e.ticket_id.rsplit("-", 1)[1]) for e in entries]
    assert ids == sorted(ids)
