"""docs/DEMO.md tells trainers which numbers to search; they must be what the default seed creates."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from backend_stub import StubConfig, StubServer

DOC = Path(__file__).resolve().parents[2] / "docs" / "DEMO.md"


def test_demo_doc_lists_the_seeded_demo_customers(tmp_path):
    documented = dict(re.findall(r"^\| `(\w+)` \| (\S+) \|", DOC.read_text(encoding="utf-8"), re.M))
    with StubServer(StubConfig(db_path=tmp_path / "demo.sqlite", admin_token="t")) as stub:  # the defaults
        served = httpx.get(f"{stub.url}/admin/scenarios/demo", headers={"X-Admin-Token": "t"}, timeout=30).json()
        faults = httpx.get(f"{stub.url}/admin/scenarios", headers={"X-Admin-Token": "t"}, timeout=30).json()
    actual = {c["fault"]: c["number"] for c in served["customers"]}
    assert actual == documented
    assert set(actual) == {f["name"] for f in faults["faults"]}
