"""``python -m backend_stub``: seeds on first start, reuses the database on the second, serves real HTTP."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

from backend_stub.server import free_port


def _serve(db, port: int, *extra: str) -> tuple[subprocess.Popen, float]:
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "backend_stub",
            "--port",
            str(port),
            "--db",
            str(db),
            "--customers",
            "400",
            "--kb-articles",
            "300",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = t0 + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"simulator exited: {proc.stdout.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc, time.monotonic() - t0
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise AssertionError("simulator did not serve within 60 s")


def _stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    out, _ = proc.communicate(timeout=20)
    return out


def test_first_start_seeds_second_start_reuses(tmp_path):
    db = tmp_path / "stub.sqlite"
    port = free_port()
    proc, _ = _serve(db, port, "--demo-password", "s3cret")
    try:
        login = httpx.post(
            f"http://127.0.0.1:{port}/auth/login", json={"username": "demo_lead", "password": "s3cret"}
        )
        assert login.status_code == 200
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["paths"]
    finally:
        first_log = _stop(proc)
    assert "seeded database" in first_log
    port = free_port()
    proc, _ = _serve(db, port, "--demo-password", "s3cret")
    try:
        token = httpx.post(
            f"http://127.0.0.1:{port}/auth/login", json={"username": "demo_agent", "password": "s3cret"}
        ).json()["token"]
        r = httpx.get(f"http://127.0.0.1:{port}/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert r.json()["username"] == "demo_agent"
    finally:
        second_log = _stop(proc)
    assert "reused database" in second_log


def test_other_seed_on_same_database_is_refused(tmp_path):
    db = tmp_path / "stub.sqlite"
    proc, _ = _serve(db, free_port())
    _stop(proc)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "backend_stub",
            "--port",
            str(free_port()),
            "--db",
            str(db),
            "--seed",
            "7",
            "--customers",
            "400",
            "--kb-articles",
            "300",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode != 0
    assert "was seeded with" in out.stderr
