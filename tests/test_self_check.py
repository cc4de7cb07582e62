"""``python -m agentdesk --demo --check``: the whole desk starts, signs in, opens a customer, and says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_demo_self_check_passes_and_reports_each_step(tmp_path):
    env = {**os.environ, "AGENTDESK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "--demo",
            "--check",
            "--demo-customers",
            "300",
            "-platform",
            "offscreen",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    names = [s["name"] for s in report["steps"]]
    assert names == ["backend", "services", "sign_in", "main_window", "customer_view"]
    assert all(s["ok"] and s["ms"] >= 0 for s in report["steps"])
    # the demo back end's database lives with the user's data and is reused by the next start
    assert list(tmp_path.glob("demo-backend/*.sqlite"))
    assert "Task was destroyed but it is pending" not in out.stderr


def test_check_without_a_back_end_is_refused():
    out = subprocess.run(
        [sys.executable, "-m", "agentdesk", "--check"], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 2 and "--check needs --demo" in out.stderr
